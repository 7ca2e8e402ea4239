package mamori.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mamori.access.AccessException;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.work.Check;
import mamori.work.Desk;
import mamori.work.DocumentType;
import mamori.work.JobId;
import mamori.work.Task;
import mamori.work.TaskId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/*
 * The pages ask the same Desk the API does, so a page's view, entry and verification are decided by
 * the one gate and logged first just as an API call's. A page never holds a value it did not get from
 * the desk for the verifier: an entry refused as invalid comes back as an empty form with the reason
 * beside each field that fails (the reason from the field's check, never the value), and the task the
 * operator still holds is shown again. The region route is the pages' own (the API takes bearer tokens
 * only), answers the one field's watermarked PNG of the task the caller holds, never stored by the
 * browser and never an attachment.
 */
/**
 * {@code /desk/work} and {@code /desk/verify}: the operator's queue (one task at a time, each
 * field's watermarked region beside its input, keyed with the keyboard alone) and the verifier's
 * (both entries side by side, the differing fields marked), over {@link Desk}.
 */
@Controller
class DeskWorkController {
  private final Desk desk;
  private final Entrustments entrustments;
  private final Reasons reasons;
  private final org.springframework.context.MessageSource messages;

  DeskWorkController(
      Desk desk,
      Entrustments entrustments,
      Reasons reasons,
      org.springframework.context.MessageSource messages) {
    this.desk = desk;
    this.entrustments = entrustments;
    this.reasons = reasons;
    this.messages = messages;
  }

  /**
   * One field of the task as a page shows it.
   *
   * @param error the message key of why the value typed does not pass, or null
   * @param first the first entry's value (verifier only), "" otherwise
   * @param second the second entry's value (verifier only)
   */
  record FieldRow(
      String id,
      String label,
      String check,
      boolean required,
      String region,
      String alt,
      @Nullable String error,
      boolean focus,
      String first,
      String second,
      boolean differs) {}

  /** A job of the caller's organisation the caller may work on, for choosing among several. */
  record JobChoice(String id, String purposes) {}

  // ---- the operator's queue

  @GetMapping("/desk/work")
  ModelAndView work(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String job,
      @RequestParam(required = false) @Nullable String done,
      Locale locale) {
    Principal p = Pages.desk(principal);
    return queue(p, Desk.Mode.ENTER, job, done, null, locale);
  }

  @PostMapping("/desk/work/tasks/{task}")
  ModelAndView enter(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String task,
      @RequestParam MultiValueMap<String, String> form,
      Locale locale) {
    Principal p = Pages.desk(principal);
    JobId job = jobOf(form.getFirst("job"));
    Map<String, String> values = values(form);
    try {
      Desk.Entered e = desk.enter(p, taskId(task), values);
      return redirect("/desk/work", job, e.state().code());
    } catch (AccessException refused) {
      return afterRefusal(p, Desk.Mode.ENTER, job, taskId(task), values, refused, locale);
    }
  }

  // ---- the verifier's queue

  @GetMapping("/desk/verify")
  ModelAndView verify(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String job,
      @RequestParam(required = false) @Nullable String done,
      Locale locale) {
    Principal p = Pages.desk(principal);
    return queue(p, Desk.Mode.VERIFY, job, done, null, locale);
  }

  @PostMapping("/desk/verify/tasks/{task}")
  ModelAndView decide(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String task,
      @RequestParam MultiValueMap<String, String> form,
      Locale locale) {
    Principal p = Pages.desk(principal);
    JobId job = jobOf(form.getFirst("job"));
    Map<String, String> values = values(form);
    try {
      desk.verify(p, taskId(task), values);
      return redirect("/desk/verify", job, VERIFIED);
    } catch (AccessException refused) {
      return afterRefusal(p, Desk.Mode.VERIFY, job, taskId(task), values, refused, locale);
    }
  }

  // ---- the region of a field

  @GetMapping("/desk/work/tasks/{task}/regions/{field}")
  ResponseEntity<byte[]> region(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String task,
      @PathVariable String field) {
    Principal p = Pages.desk(principal);
    byte[] png;
    try {
      png = desk.region(p, taskId(task), field);
    } catch (AccessException refused) {
      if (refused.reason() == Reason.TASK_UNKNOWN) {
        // logged by the desk; the caller is not told the task exists
        throw PageRefusal.notFound();
      }
      throw refused;
    }
    return RegionPng.of(png);
  }

  // ---- the queue page

  private ModelAndView queue(
      Principal p,
      Desk.Mode mode,
      @Nullable String job,
      @Nullable String done,
      @Nullable Submitted submitted,
      Locale locale) {
    String page = mode == Desk.Mode.ENTER ? "/desk/work" : "/desk/verify";
    ModelAndView mv = new ModelAndView(mode == Desk.Mode.ENTER ? "desk/work" : "desk/verify");
    List<JobChoice> jobs = jobsOf(p, mode.action());
    mv.addObject("jobs", jobs);
    mv.addObject("page", page);
    String doneKey = doneKey(done);
    if (doneKey != null) {
      mv.addObject("done", doneKey);
    }
    if (job == null || job.isBlank()) {
      if (jobs.isEmpty()) {
        mv.addObject("none", "desk.task.no-entrustment");
        return mv;
      }
      if (jobs.size() > 1) {
        mv.addObject("choose", true);
        return mv;
      }
      job = jobs.getFirst().id();
    }
    JobId jobId = jobOf(job);
    mv.addObject("job", jobId.value());
    Optional<Desk.Given> given;
    Map<String, String> first = Map.of();
    Map<String, String> second = Map.of();
    try {
      if (mode == Desk.Mode.VERIFY) {
        // the task and its two entries in one call: one task.view record for the page
        Optional<Desk.Verification> v = desk.nextVerification(p, jobId);
        given =
            v.map(x ->
                new Desk.Given(
                    x.task(), x.job(), x.part(), Desk.Mode.VERIFY, x.fields(), x.heldUntil()));
        if (v.isPresent()) {
          first = v.get().first();
          second = v.get().second();
        }
      } else {
        given = desk.next(p, jobId, Optional.of(mode));
      }
    } catch (AccessException refused) {
      if (refused.reason() == Reason.QUOTA_HOURLY || refused.reason() == Reason.QUOTA_DAILY) {
        mv.addObject("none", "desk.task.none-quota");
        mv.addObject("reason", reasons.text(refused.reason(), locale));
        return mv;
      }
      if (refused.reason() == Reason.JOB_UNKNOWN || refused.reason() == Reason.JOB_CLOSED) {
        mv.setStatus(HttpStatus.NOT_FOUND);
        mv.addObject("none", "desk.task.no-job");
        return mv;
      }
      throw refused;
    }
    if (given.isEmpty()) {
      mv.addObject("none", "desk.task.none");
      return mv;
    }
    // the desk gives each page only its own kind of task (asked for in its mode)
    Desk.Given g = given.get();
    Map<String, String> errors =
        submitted != null && submitted.task().equals(g.task())
            ? errors(g, submitted.values())
            : Map.of();
    mv.addObject("task", g.task().value());
    mv.addObject("part", g.part());
    // a built-in part by its name; a part of a type loaded from a file by its id
    mv.addObject(
        "partName",
        java.util.Objects.requireNonNullElse(
            messages.getMessage("desk.part." + g.part(), null, g.part(), locale), g.part()));
    mv.addObject("heldUntil", Pages.time(g.heldUntil()));
    mv.addObject("fields", rows(g, errors, first, second, locale));
    if (!errors.isEmpty()) {
      mv.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
      mv.addObject("invalid", true);
    }
    return mv;
  }

  /** What a verifier's decision redirects with; an entry redirects with the task's new state. */
  private static final String VERIFIED = "verified";

  /** The message of what the submission before did, from the redirect's {@code done}. */
  private static @Nullable String doneKey(@Nullable String done) {
    if (VERIFIED.equals(done)) {
      return "desk.task.done." + VERIFIED;
    }
    for (Task.State s : Task.State.values()) {
      if (s.code().equals(done)) {
        return "desk.task.done." + s.code();
      }
    }
    return null;
  }

  private List<FieldRow> rows(
      Desk.Given g,
      Map<String, String> errors,
      Map<String, String> first,
      Map<String, String> second,
      Locale locale) {
    boolean ja = !"en".equals(locale.getLanguage());
    String firstError =
        g.fields().stream()
            .map(DocumentType.FieldSpec::id)
            .filter(errors::containsKey)
            .findFirst()
            .orElse(null);
    List<FieldRow> rows = new ArrayList<>();
    for (int i = 0; i < g.fields().size(); i++) {
      DocumentType.FieldSpec f = g.fields().get(i);
      String label = ja ? f.labelJa() : f.labelEn();
      String a = first.getOrDefault(f.id(), "");
      String b = second.getOrDefault(f.id(), "");
      boolean focus = firstError == null ? i == 0 : f.id().equals(firstError);
      rows.add(
          new FieldRow(
              f.id(),
              label,
              f.check().code(),
              f.required(),
              "/desk/work/tasks/" + g.task().value() + "/regions/" + f.id(),
              ja ? label + "の記入欄の画像" : "Image of the " + label + " box",
              errors.get(f.id()),
              focus,
              a,
              b,
              !first.isEmpty() && !a.equals(b)));
    }
    return rows;
  }

  /**
   * After a refused entry or decision: the same task again with the reason beside each field that
   * fails its check; for a task that moved on (no longer held, decided, keyed by the caller), the
   * queue with the reason; any other refusal goes to the error page.
   */
  private ModelAndView afterRefusal(
      Principal p,
      Desk.Mode mode,
      JobId job,
      TaskId task,
      Map<String, String> values,
      AccessException refused,
      Locale locale) {
    String page = mode == Desk.Mode.ENTER ? "/desk/work" : "/desk/verify";
    return switch (refused.reason()) {
      case ENTRY_INVALID -> queue(p, mode, job.value(), null, new Submitted(task, values), locale);
      case TASK_NOT_HELD, TASK_STATE, TASK_SAME_OPERATOR, QUOTA_HOURLY, QUOTA_DAILY -> {
        ModelAndView mv = queue(p, mode, job.value(), null, null, locale);
        mv.addObject("refusal", reasons.text(refused.reason(), locale));
        yield mv;
      }
      case TASK_UNKNOWN -> throw PageRefusal.notFound();
      default -> throw refused;
    };
  }

  /** What a refused form held: the task and the values typed, never shown again. */
  private record Submitted(TaskId task, Map<String, String> values) {}

  /**
   * The message key of why each typed value does not pass its field's check, by field id; a form
   * refused for something else (a field missing or not of the task) is said in general.
   */
  private static Map<String, String> errors(Desk.Given g, Map<String, String> values) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (DocumentType.FieldSpec f : g.fields()) {
      String problem = problem(f, values.getOrDefault(f.id(), ""));
      if (problem != null) {
        errors.put(f.id(), problem);
      }
    }
    if (errors.isEmpty()) {
      errors.put(g.fields().getFirst().id(), "desk.task.error.form");
    }
    return errors;
  }

  /** The message key of why {@code raw} does not pass {@code f}'s check, or null when it does. */
  static @Nullable String problem(DocumentType.FieldSpec f, String raw) {
    return switch (f.check().check(raw, f.required(), f.maxLength())) {
      case Check.Result.Passed ignored -> null;
      case Check.Result.Failed(String problem) -> {
        if (problem.startsWith("is required")) {
          yield "desk.task.error.required";
        }
        if (problem.contains("control")) {
          yield "desk.task.error.control";
        }
        if (problem.startsWith("is longer")) {
          yield "desk.task.error.too-long";
        }
        if (problem.contains("My Number")) {
          yield "desk.task.error.number-in-text";
        }
        yield "desk.task.error." + f.check().code();
      }
    };
  }

  // ---- the jobs, tasks and values a request names

  /** The jobs the caller's organisation holds in force for {@code action} with them on staff. */
  private List<JobChoice> jobsOf(Principal p, Action action) {
    List<JobChoice> out = new ArrayList<>();
    for (Entrustment e : entrustments.activeHeldBy(p.organisationId().value())) {
      if (e.scope().persons() instanceof PersonSet.Job(String id)
          && e.scope().actions().contains(action)
          && e.contract().staff().contains(p.userId().value())
          && out.stream().noneMatch(j -> j.id().equals(id))) {
        out.add(new JobChoice(id, String.join(", ", e.scope().purposes())));
      }
    }
    return out;
  }

  private static JobId jobOf(@Nullable String job) {
    if (job == null || !JobId.isValid(job)) {
      throw PageRefusal.notFound();
    }
    return new JobId(job);
  }

  private static TaskId taskId(String id) {
    if (!TaskId.isValid(id)) {
      throw PageRefusal.notFound();
    }
    return new TaskId(id);
  }

  /** The form's values: its {@code v.<field>} inputs, by field id. */
  private static Map<String, String> values(MultiValueMap<String, String> form) {
    Map<String, String> out = new LinkedHashMap<>();
    form.forEach((name, list) -> {
      if (name.startsWith("v.") && !list.isEmpty()) {
        out.put(name.substring(2), list.getFirst() == null ? "" : list.getFirst());
      }
    });
    return out;
  }

  private static ModelAndView redirect(String page, JobId job, String done) {
    return new ModelAndView("redirect:" + page + "?job=" + job.value() + "&done=" + done);
  }
}
