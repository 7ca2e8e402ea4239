package mamori.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import mamori.work.Job;
import mamori.work.JobChanges;
import mamori.work.JobException;
import mamori.work.NewJob;
import mamori.work.Pace;
import mamori.work.WorkRoles;
import mamori.work.WorkStore;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /console/jobs}: the tenant's data-entry jobs with their progress and a badge when one is
 * behind its deadline, and {@code /console/jobs/{id}}, one job's progress, pace, forecast,
 * operators and the entrustments that give it, with the remedies for a job behind in the same
 * screen (issue 16 point 5): more operators on an entrustment's staff list, a requested
 * re-entrustment approved, a new deadline, an entrustment's per-operator quotas. Each remedy is
 * logged before it takes effect by the service that decides it; a refusal is shown with its reason
 * on the job's page.
 */
@Controller
class ConsoleJobPagesController {
  static final Set<String> DONE = Set.of("deadline", "quota", "staff", "approve", "closed", "open");
  private final JobChanges changes;
  private final Pace pace;
  private final WorkStore store;
  private final Entrustments entrustments;
  private final Reasons reasons;

  ConsoleJobPagesController(
      JobChanges changes, Pace pace, WorkStore store, Entrustments entrustments, Reasons reasons) {
    this.changes = changes;
    this.pace = pace;
    this.store = store;
    this.entrustments = entrustments;
    this.reasons = reasons;
  }

  @GetMapping("/console/jobs")
  ModelAndView list(@AuthenticationPrincipal @Nullable Principal principal) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    ModelAndView mv = new ModelAndView("console/jobs");
    // where each job stands, read for all of them at once; the job's page reads the whole progress
    mv.addObject("jobs", pace.summaries(changes.jobs(p)).stream().map(JobRow::of).toList());
    mv.addObject("mayCreate", WorkRoles.ADMINS.contains(p.role()));
    return mv;
  }

  /** An entrustment that gives the job, as its page shows it. */
  record Giving(
      String id,
      String from,
      String to,
      String status,
      boolean reEntrustment,
      @Nullable String parent,
      String actions,
      List<String> staff,
      String staffText,
      String quota,
      int hourly,
      int daily) {}

  @GetMapping("/console/jobs/{id}")
  ModelAndView job(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String done) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    ModelAndView mv = page(p, found(p, id));
    if (done != null && DONE.contains(done)) {
      mv.addObject("done", done);
    }
    return mv;
  }

  @PostMapping("/console/jobs/{id}/deadline")
  ModelAndView deadline(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String deadline,
      Locale locale) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    Job j = found(p, id);
    Instant at;
    try {
      // the day typed ends at its last second in Japan, as a job created with that day does
      at = NewJob.deadline(deadline);
    } catch (IllegalArgumentException e) {
      return invalid(p, j, "console.jobs.deadline-invalid");
    }
    return act(p, j, locale, "deadline", () -> changes.setDeadline(p, id, at));
  }

  @PostMapping("/console/jobs/{id}/state")
  ModelAndView state(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String state,
      Locale locale) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    Job j = found(p, id);
    Job.State to;
    try {
      to = Job.State.ofCode(state);
    } catch (IllegalArgumentException e) {
      return invalid(p, j, "console.jobs.state-invalid");
    }
    return act(p, j, locale, to.code(), () -> changes.setState(p, id, to));
  }

  @PostMapping("/console/jobs/{id}/quota")
  ModelAndView quota(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String entrustment,
      @RequestParam(defaultValue = "0") int hourly,
      @RequestParam(defaultValue = "0") int daily,
      Locale locale) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    Job j = found(p, id);
    WorkStore.Quota q;
    try {
      q = new WorkStore.Quota(hourly, daily);
    } catch (IllegalArgumentException e) {
      return invalid(p, j, "console.jobs.quota-invalid");
    }
    return act(p, j, locale, "quota", () -> changes.setQuota(p, id, entrustment, q));
  }

  @PostMapping("/console/jobs/{id}/staff")
  ModelAndView staff(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String entrustment,
      @RequestParam(defaultValue = "") String staff,
      Locale locale) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    Job j = found(p, id);
    List<String> list =
        Arrays.stream(staff.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    try {
      return act(p, j, locale, "staff", () -> changes.changeStaff(p, id, entrustment, list));
    } catch (IllegalArgumentException e) {
      return invalid(p, j, "console.jobs.staff-invalid");
    }
  }

  @PostMapping("/console/jobs/{id}/approve")
  ModelAndView approve(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String entrustment,
      @RequestParam(defaultValue = "") String confirm,
      Locale locale) {
    Principal p = Pages.console(principal, WorkRoles.READERS);
    Job j = found(p, id);
    if (!"yes".equals(confirm)) {
      return invalid(p, j, "console.entrustments.confirm-required");
    }
    return act(p, j, locale, "approve", () -> changes.approve(p, id, entrustment));
  }

  private ModelAndView act(Principal p, Job j, Locale locale, String what, Runnable change) {
    try {
      change.run();
    } catch (EntrustmentException refused) {
      return refused(p, j, reasons.text(refused.reason(), locale));
    } catch (JobException refused) {
      if (refused.kind() == JobException.Kind.INVALID) {
        return invalid(p, j, "console.jobs." + refused.field() + "-invalid");
      }
      String text =
          Reason.ofCode(refused.code()).map(r -> reasons.text(r, locale)).orElse(refused.code());
      return refused(p, j, text);
    }
    return new ModelAndView("redirect:/console/jobs/" + j.id().value() + "?done=" + what);
  }

  private ModelAndView refused(Principal p, Job j, String text) {
    ModelAndView mv = page(p, store.job(p.tenantId(), j.id()).orElse(j));
    mv.setStatus(HttpStatus.FORBIDDEN);
    mv.addObject("refusal", text);
    return mv;
  }

  private ModelAndView invalid(Principal p, Job j, String message) {
    ModelAndView mv = page(p, j);
    mv.setStatus(HttpStatus.BAD_REQUEST);
    mv.addObject("invalid", message);
    return mv;
  }

  private Job found(Principal p, String id) {
    try {
      return changes.job(p, id);
    } catch (JobException e) {
      throw e.kind() == JobException.Kind.NOT_FOUND
          ? PageRefusal.notFound()
          : PageRefusal.forbidden();
    }
  }

  /** How many held documents the job's page lists, the oldest first. */
  static final int HELD_SHOWN = 200;

  /** A held document as the job's page shows it: never a value, only where it is and why. */
  record HeldRow(long id, int seq, String source, String reason, String since) {}

  private ModelAndView page(Principal p, Job j) {
    ModelAndView mv = new ModelAndView("console/job");
    mv.addObject("job", JobFigures.of(pace.progress(j)));
    // the quotas and the organisations' names in one read each, not per entrustment
    Map<String, WorkStore.Quota> quotas = store.quotas(p.tenantId());
    Map<String, String> names = new HashMap<>();
    entrustments.organisations(p.tenantId().value()).forEach(o -> names.put(o.id(), o.name()));
    List<Giving> giving =
        changes.entrustmentsOf(j).stream().map(e -> giving(e, quotas, names)).toList();
    mv.addObject("giving", giving);
    // documents held for the controller (a number of another person, or no one to register)
    mv.addObject(
        "held",
        store.held(p.tenantId(), j.id(), HELD_SHOWN).stream()
            .map(h -> new HeldRow(h.id(), h.seq(), h.source(), h.reason(), Pages.time(h.since())))
            .toList());
    mv.addObject("officer", p.role() == Role.SECURITY_OFFICER);
    mv.addObject("mayChange", WorkRoles.ADMINS.contains(p.role()));
    mv.addObject("closed", j.state() == Job.State.CLOSED);
    mv.addObject("deadlineDate", LocalDate.ofInstant(j.deadline(), Pages.JAPAN).toString());
    return mv;
  }

  private static Giving giving(
      Entrustment e, Map<String, WorkStore.Quota> quotas, Map<String, String> names) {
    var q = Optional.ofNullable(quotas.get(e.id()));
    return new Giving(
        e.id(),
        names.getOrDefault(e.from(), e.from()),
        names.getOrDefault(e.to(), e.to()),
        e.status().name().toLowerCase(Locale.ROOT),
        e.reEntrustment(),
        e.parent(),
        String.join(", ", e.scope().actions().stream().map(a -> a.code()).sorted().toList()),
        e.contract().staff(),
        String.join("\n", e.contract().staff()),
        q.map(x -> x.hourly() + " / " + x.daily()).orElse(""),
        q.map(WorkStore.Quota::hourly).orElse(20),
        q.map(WorkStore.Quota::daily).orElse(120));
  }
}
