package mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.handover.FoundRefused;
import mamori.handover.FoundReports;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /console/found}, for the office's security officer and admin: the pages reported found
 * outside, open ones first, each with its document, page, printer, who printed it and when, when it
 * was reported, how many persons are on it, and its alert; a form per open report to decide it (a
 * kind and a note), which is the one way a report is closed. The decided ones follow. {@code
 * /console/found/{id}} is one report with the persons on it by a shortened token (the whole token
 * in its tooltip), {@value #PERSONS_SHOWN} at a time, the next page after the last token shown.
 */
@Controller
class ConsoleFoundController {
  static final String PATH = "/console/found";

  /** How many decided reports are shown under the open ones. */
  static final int DECIDED_SHOWN = 20;

  /** How many persons one page of a report shows. */
  static final int PERSONS_SHOWN = 100;

  private final FoundReports reports;
  private final SecurityAlerts alerts;

  ConsoleFoundController(FoundReports reports, SecurityAlerts alerts) {
    this.reports = reports;
    this.alerts = alerts;
  }

  /** A person on a reported page: the shortened token shown, the whole one in its title. */
  record Person(String shown, String token) {}

  /** A report as the page shows it. */
  record Row(
      String id,
      String document,
      String kind,
      String title,
      int page,
      int pages,
      boolean internal,
      String printer,
      String printedBy,
      String printedAt,
      String reportedAt,
      int persons,
      @Nullable String alert,
      boolean alertOpen,
      @Nullable String decision,
      @Nullable String note,
      @Nullable String decidedBy,
      String decidedAt) {}

  @GetMapping(PATH)
  String page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String decided,
      Model model) {
    Principal p = Pages.console(principal, FoundReports.DECIDERS);
    return page(p, model, decided);
  }

  private String page(Principal p, Model model, @Nullable String decided) {
    String tenant = p.tenantId().value();
    model.addAttribute(
        "open",
        reports.open(p.tenantId(), FoundReports.MAX_LIST).stream()
            .map(r -> row(tenant, r))
            .toList());
    model.addAttribute(
        "decided",
        reports.decided(p.tenantId(), DECIDED_SHOWN).stream().map(r -> row(tenant, r)).toList());
    model.addAttribute(
        "kinds",
        java.util.Arrays.stream(FoundReports.Decision.values()).map(d -> d.code()).toList());
    model.addAttribute(
        "done", decided != null && reports.get(p.tenantId(), decided).isPresent() ? decided : null);
    return "console/found";
  }

  private Row row(String tenant, FoundReports.Report r) {
    Optional<SecurityAlerts.Alert> alert = r.alertId().flatMap(id -> alerts.get(tenant, id));
    var d = r.document();
    return new Row(
        r.id(),
        d.id(),
        d.kind().code(),
        d.title(),
        r.page(),
        d.pages(),
        d.internal(),
        d.printer(),
        d.printedBy().value(),
        Pages.time(d.printedAt()),
        Pages.time(r.reportedAt()),
        r.persons(),
        r.alertId().orElse(null),
        alert.map(SecurityAlerts.Alert::open).orElse(false),
        r.decision().map(FoundReports.Decision::code).orElse(null),
        r.note().orElse(null),
        r.decidedBy().map(u -> u.value()).orElse(null),
        r.decidedAt().map(Pages::time).orElse(""));
  }

  /** One report, with a page of the persons on it: after the token {@code after}, if given. */
  @GetMapping(PATH + "/{id}")
  String report(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    Principal p = Pages.console(principal, FoundReports.DECIDERS);
    FoundReports.Report r = reports.get(p.tenantId(), id).orElseThrow(PageRefusal::notFound);
    Optional<PersonToken> from;
    try {
      from =
          after == null || after.isEmpty() ? Optional.empty() : Optional.of(new PersonToken(after));
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
    FoundReports.Persons persons = reports.persons(r, from, PERSONS_SHOWN);
    model.addAttribute("r", row(p.tenantId().value(), r));
    model.addAttribute(
        "persons",
        persons.persons().stream()
            .map(t -> new Person(Pages.shortToken(t.value()), t.value()))
            .toList());
    model.addAttribute("next", persons.next().map(PersonToken::value).orElse(null));
    model.addAttribute("paged", from.isPresent());
    return "console/found-report";
  }

  @PostMapping(PATH + "/{id}/decide")
  String decide(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @RequestParam(defaultValue = "") String decision,
      @RequestParam(defaultValue = "") String note,
      HttpServletResponse response,
      Model model) {
    Principal p = Pages.console(principal, FoundReports.DECIDERS);
    try {
      reports.decide(p, id, decision, note);
    } catch (FoundRefused e) {
      switch (e.problem()) {
        case NOT_ALLOWED -> throw PageRefusal.forbidden();
        case UNKNOWN -> throw PageRefusal.notFound();
        default -> {
          response.setStatus(
              e.problem() == FoundRefused.Problem.DECIDED
                  ? HttpStatus.CONFLICT.value()
                  : HttpStatus.BAD_REQUEST.value());
          model.addAttribute(
              "problem", "console.found.problem." + e.problem().name().toLowerCase(Locale.ROOT));
          model.addAttribute("problemReport", id);
          return page(p, model, null);
        }
      }
    }
    return "redirect:" + PATH + "?decided=" + id;
  }
}
