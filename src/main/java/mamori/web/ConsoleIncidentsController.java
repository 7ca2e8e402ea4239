package mamori.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.incident.Classification;
import mamori.incident.Incident;
import mamori.incident.IncidentException;
import mamori.incident.Incidents;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/incidents}: the tenant's incidents for its security officer and auditors; the
 * officer opens one by hand or from alert ids, recomputes its affected persons, classifies it and
 * closes it, each act through {@link Incidents} (logged first). An incident's page shows the
 * countdown of its deadlines, the affected count and the four triggers with their reasons.
 */
@Controller
class ConsoleIncidentsController {
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);
  static final Set<Role> OFFICER = Set.of(Role.SECURITY_OFFICER);

  /** The affected persons shown on an incident's page; the API pages through all. */
  static final int SHOWN = 100;

  private final Incidents incidents;
  private final java.time.Clock clock;

  private final mamori.incident.IncidentNotices notices;

  ConsoleIncidentsController(
      Incidents incidents, mamori.incident.IncidentNotices notices, java.time.Clock clock) {
    this.notices = notices;
    this.incidents = incidents;
    this.clock = clock;
  }

  /** An incident as listed. */
  record Row(
      String id,
      String title,
      String status,
      String opened,
      long affected,
      String reportable,
      List<Due> deadlines) {}

  /** A deadline as shown: its kind, day and state. */
  record Due(String kind, String due, String state, long daysLeft) {}

  @GetMapping("/console/incidents")
  String list(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String alerts,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    return listing(p, model, null, alerts);
  }

  private String listing(Principal p, Model model, @Nullable String error, String alerts) {
    model.addAttribute("area", "console");
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    model.addAttribute("error", error);
    model.addAttribute("alerts", Pages.echo(alerts));
    model.addAttribute(
        "incidents",
        incidents.list(p, Incidents.MAX_LIST).stream()
            .map(i ->
                new Row(
                    i.id(),
                    i.title(),
                    i.status().code(),
                    Pages.time(i.openedAt()),
                    i.affectedCount(),
                    Classification.fromJson(i.classification())
                        .map(c -> c.reportable() ? "yes" : "no")
                        .orElse("unknown"),
                    dues(incidents.countdowns(i))))
            .toList());
    return "console/incidents";
  }

  static List<Due> dues(List<mamori.incident.Deadlines.Countdown> c) {
    return c.stream()
        .map(d -> new Due(d.kind().code(), Pages.time(d.due()), d.state().code(), d.daysLeft()))
        .toList();
  }

  /** Opens an incident by hand or from alert ids (comma or space separated). */
  @PostMapping("/console/incidents/open")
  String open(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(defaultValue = "") String alerts,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String summary,
      @RequestParam(defaultValue = "") String aware,
      @RequestParam(defaultValue = "none") String kind,
      @RequestParam(defaultValue = "") String value,
      @RequestParam(defaultValue = "") String from,
      @RequestParam(defaultValue = "") String to,
      Model model) {
    Principal p = Pages.console(principal, OFFICER);
    try {
      List<String> ids = Arrays.stream(alerts.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
      Incident.Suspect suspect = null;
      if (!kind.equals("none") || !value.isBlank()) {
        Incident.Suspect.Kind k =
            Incident.Suspect.Kind.ofCode(kind)
                .orElseThrow(() -> new InvalidInput("console.incidents.error-suspect"));
        Instant f = time(from);
        Instant t = to.isBlank() ? clock.instant() : time(to);
        if (f == null || t == null || t.isBefore(f)) {
          throw new InvalidInput("console.incidents.error-window");
        }
        suspect = new Incident.Suspect(k, value.strip(), f, t);
      }
      Incidents.View v =
          incidents.open(p, new Incidents.Opening(ids, title, summary, time(aware), suspect));
      return "redirect:/console/incidents/" + v.incident().id();
    } catch (InvalidInput e) {
      return listing(p, model, e.key, "");
    } catch (IncidentException e) {
      return listing(p, model, errorKey(e), "");
    } catch (NumberText.Held e) {
      return listing(p, model, "console.incidents.error-number", "");
    }
  }

  @GetMapping("/console/incidents/{id}")
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String error,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    Incidents.View v;
    try {
      v = incidents.view(p, id);
    } catch (IncidentException e) {
      throw PageRefusal.notFound();
    }
    Incident i = v.incident();
    model.addAttribute("area", "console");
    model.addAttribute("officer", p.role() == Role.SECURITY_OFFICER);
    model.addAttribute("open", i.status() == Incident.Status.OPEN);
    model.addAttribute("i", i);
    model.addAttribute("opened", Pages.time(i.openedAt()));
    model.addAttribute("awareAt", Pages.time(i.awareAt()));
    model.addAttribute("from", Pages.time(i.suspect().from()));
    model.addAttribute("to", Pages.time(i.suspect().to()));
    model.addAttribute("closed", Pages.time(i.closedAt()));
    model.addAttribute("deadlines", dues(v.deadlines()));
    model.addAttribute("alerts", v.alerts());
    model.addAttribute("c", v.classification().orElse(null));
    model.addAttribute("notices", notices.counts(p, i.id()));
    model.addAttribute(
        "persons",
        incidents.affected(p, id, "", SHOWN).persons().stream()
            .map(a ->
                new Person(
                    a.person().value(),
                    String.join(", ", a.actions().stream().map(mamori.core.Action::code).toList()),
                    a.evidence().size(),
                    Pages.time(a.first()),
                    Pages.time(a.last())))
            .toList());
    model.addAttribute(
        "error",
        error != null && error.matches("[a-z-]{1,40}") ? "console.incidents.error-" + error : null);
    return "console/incident";
  }

  /** An affected person as shown: the token, never a number. */
  record Person(String token, String actions, int records, String first, String last) {}

  @PostMapping("/console/incidents/{id}/recompute")
  String recompute(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String id) {
    Principal p = Pages.console(principal, OFFICER);
    return act(id, () -> incidents.recompute(p, id, null));
  }

  @PostMapping("/console/incidents/{id}/classify")
  String classify(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "no") String unjust,
      @RequestParam(defaultValue = "") String unjustReason,
      @RequestParam(defaultValue = "no") String network,
      @RequestParam(defaultValue = "") String networkReason,
      @RequestParam(defaultValue = "none") String exemption,
      @RequestParam(defaultValue = "") String exemptionReason) {
    Principal p = Pages.console(principal, OFFICER);
    Classification.Ground g =
        Classification.Ground.ofCode(exemption).orElse(Classification.Ground.NONE);
    return act(
        id,
        () ->
            incidents.classify(
                p,
                id,
                new Classification.Assessment(
                    unjust.equals("yes"),
                    unjustReason,
                    network.equals("yes"),
                    networkReason,
                    g,
                    exemptionReason)));
  }

  @PostMapping("/console/incidents/{id}/close")
  String close(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String reason) {
    Principal p = Pages.console(principal, OFFICER);
    return act(id, () -> incidents.close(p, id, reason));
  }

  private String act(String id, Runnable act) {
    try {
      act.run();
      return "redirect:/console/incidents/" + id;
    } catch (IncidentException e) {
      if (e.kind() == IncidentException.Kind.NOT_FOUND) {
        throw PageRefusal.notFound();
      }
      if (e.kind() == IncidentException.Kind.REFUSED) {
        throw PageRefusal.forbidden();
      }
      return "redirect:/console/incidents/"
          + id
          + "?error="
          + (e.kind() == IncidentException.Kind.CONFLICT ? "closed" : "invalid");
    } catch (NumberText.Held e) {
      return "redirect:/console/incidents/" + id + "?error=number";
    }
  }

  private static String errorKey(IncidentException e) {
    return switch (e.kind()) {
      case NOT_FOUND -> "console.incidents.error-alert";
      case REFUSED -> "console.incidents.error-refused";
      default ->
          e.field().equals("awareAt")
              ? "console.incidents.error-aware"
              : "console.incidents.error-invalid";
    };
  }

  /** A time typed in a datetime-local field, in Japan's time; null for blank. */
  static @Nullable Instant time(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(Pages.JAPAN).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput("console.incidents.error-time");
    }
  }

  /** A form field the page cannot take, by its message key. */
  static final class InvalidInput extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;

    InvalidInput(String key) {
      super(key);
      this.key = key;
    }
  }
}
