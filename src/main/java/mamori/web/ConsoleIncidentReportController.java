package mamori.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.incident.IncidentReports;
import mamori.incident.Report;
import mamori.incident.ReportInvalid;
import mamori.incident.ReportItem;
import mamori.incident.ReportKind;
import mamori.incident.ReportPdf;
import mamori.incident.ReportRefused;
import mamori.incident.ReportVersion;
import mamori.portal.LetterPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/*
 * The console's report page: the nine items as text areas (the security officer edits and saves; an
 * auditor reads), the reporting body, the dates, the triggers as check boxes, and the saved versions
 * with their hashes, PDFs and JSON. A refused save shows the page again with what was typed and the item
 * named; nothing typed is echoed in a message. Plain form posts: no script, so the strict CSP holds.
 */
/**
 * {@code /console/incidents/{id}/reports/{kind}}: an incident's report to the PPC, in the console.
 */
@Controller
class ConsoleIncidentReportController {
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  private final IncidentReports reports;

  ConsoleIncidentReportController(IncidentReports reports) {
    this.reports = reports;
  }

  /** One item of the form: its JSON name, its label in the reader's language, its value. */
  record FormItem(String name, String label, String value, boolean mandatory) {}

  /** A trigger check box. */
  record FormTrigger(String code, String label, boolean checked) {}

  @GetMapping("/console/incidents/{id}/reports/{kind}")
  ModelAndView page(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String kind,
      @RequestParam(required = false) @Nullable String done,
      Locale locale) {
    Principal p = Pages.console(principal, READERS);
    ReportKind k = kind(kind);
    ModelAndView mv = view(p, id, k, refusing(() -> reports.draft(p, id, k)), locale);
    if (done != null && Set.of("saved", "submitted").contains(done)) {
      mv.addObject("done", done);
    }
    return mv;
  }

  @PostMapping("/console/incidents/{id}/reports/{kind}")
  ModelAndView save(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String kind,
      @RequestParam(defaultValue = "") String reporterName,
      @RequestParam(defaultValue = "") String reporterAddress,
      @RequestParam(defaultValue = "") String reporterContact,
      @RequestParam(defaultValue = "") String awareAt,
      @RequestParam(defaultValue = "") String occurredFrom,
      @RequestParam(defaultValue = "") String occurredTo,
      @RequestParam(required = false) @Nullable List<String> triggers,
      @RequestParam(defaultValue = "") String persons,
      @RequestParam(defaultValue = "") String overview,
      @RequestParam(defaultValue = "") String personalItems,
      @RequestParam(defaultValue = "") String cause,
      @RequestParam(defaultValue = "") String secondaryHarm,
      @RequestParam(defaultValue = "") String responseToPersons,
      @RequestParam(defaultValue = "") String publicAnnouncement,
      @RequestParam(defaultValue = "") String recurrence,
      @RequestParam(defaultValue = "") String other,
      Locale locale) {
    Principal p = Pages.console(principal, Set.of(Role.SECURITY_OFFICER));
    ReportKind k = kind(kind);
    Long count;
    try {
      count = persons.isBlank() ? null : Long.parseLong(persons.strip());
    } catch (NumberFormatException e) {
      count = -1L;
    }
    Report typed =
        new Report(
            Report.SCHEMA,
            id,
            k.code(),
            new Report.Reporter(reporterName, reporterAddress, reporterContact),
            new Report.Dates(awareAt, occurredFrom, occurredTo),
            triggers == null ? List.of() : triggers,
            new Report.Items(
                overview,
                personalItems,
                count,
                cause,
                secondaryHarm,
                responseToPersons,
                publicAnnouncement,
                recurrence,
                other));
    try {
      refusing(() -> reports.save(p, id, k, typed));
    } catch (ReportInvalid invalid) {
      ModelAndView mv = view(p, id, k, typed, locale);
      mv.setStatus(HttpStatus.BAD_REQUEST);
      mv.addObject("invalid", String.valueOf(invalid.getMessage()));
      return mv;
    }
    return new ModelAndView(
        "redirect:/console/incidents/" + id + "/reports/" + k.code() + "?done=saved");
  }

  @PostMapping("/console/incidents/{id}/reports/{kind}/versions/{n}/submit")
  String submit(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n) {
    Principal p = Pages.console(principal, Set.of(Role.SECURITY_OFFICER));
    ReportKind k = kind(kind);
    refusing(() -> reports.submit(p, id, k, n));
    return "redirect:/console/incidents/" + id + "/reports/" + k.code() + "?done=submitted";
  }

  @GetMapping("/console/incidents/{id}/reports/{kind}/versions/{n}.pdf")
  ResponseEntity<byte[]> pdf(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n)
      throws IOException {
    Principal p = Pages.console(principal, READERS);
    ReportVersion v = refusing(() -> reports.version(p, id, kind(kind), n));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .body(ReportPdf.render(IncidentReports.parse(v.body()), v, LetterPdf.DEFAULT_FONT));
  }

  @GetMapping("/console/incidents/{id}/reports/{kind}/versions/{n}.json")
  ResponseEntity<byte[]> json(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n) {
    Principal p = Pages.console(principal, READERS);
    ReportVersion v = refusing(() -> reports.version(p, id, kind(kind), n));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Content-SHA256", v.sha256())
        .body(v.body().getBytes(StandardCharsets.UTF_8));
  }

  private ModelAndView view(Principal p, String id, ReportKind k, Report r, Locale locale) {
    boolean ja = locale.getLanguage().equals("ja");
    List<FormItem> items = new ArrayList<>();
    for (ReportItem i : ReportItem.values()) {
      if (i == ReportItem.REPORTER || i == ReportItem.DATES || i == ReportItem.TRIGGERS) {
        continue;
      }
      String value =
          i == ReportItem.PERSONS
              ? (r.items().persons() == null ? "" : String.valueOf(r.items().persons()))
              : r.items().text(i);
      items.add(new FormItem(i.json(), ja ? i.japanese() : i.english(), value, i.mandatory()));
    }
    List<FormTrigger> triggers = new ArrayList<>();
    for (Report.Trigger t : Report.Trigger.values()) {
      triggers.add(new FormTrigger(t.code(), t.japanese(), r.triggers().contains(t.code())));
    }
    ModelAndView mv = new ModelAndView("console/incident-report");
    mv.addObject("incident", id);
    mv.addObject("kind", k.code());
    mv.addObject("report", r);
    mv.addObject("items", items);
    mv.addObject("triggers", triggers);
    mv.addObject("versions", refusing(() -> reports.versions(p, id, k)));
    mv.addObject("mayEdit", p.role() == Role.SECURITY_OFFICER);
    return mv;
  }

  private static ReportKind kind(String kind) {
    return ReportKind.ofCode(kind).orElseThrow(PageRefusal::notFound);
  }

  private static <T> T refusing(java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (ReportRefused refused) {
      throw refused.notFound() ? PageRefusal.notFound() : PageRefusal.forbidden();
    }
  }
}
