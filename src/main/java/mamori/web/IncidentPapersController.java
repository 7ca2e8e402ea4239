package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mamori.access.AccessGate;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.handover.PrintJob;
import mamori.handover.Printing;
import mamori.identity.Principal;
import mamori.incident.IncidentEvidence;
import mamori.incident.IncidentNotices;
import mamori.incident.IncidentReports;
import mamori.incident.Report;
import mamori.incident.ReportInvalid;
import mamori.incident.ReportKind;
import mamori.incident.ReportPdf;
import mamori.incident.ReportRefused;
import mamori.incident.ReportVersion;
import mamori.portal.LetterPdf;
import mamori.portal.ResidentLetters;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/incidents/{id}/reports|notices|letters.pdf|evidence}: an incident's reports to the
 * PPC, its notices to the affected persons and its evidence export. Who may do what is decided by
 * the incident module: the tenant's security officer acts, its auditor reads, its staff print the
 * letters (the gate reveals names and addresses to staff only).
 */
@RestController
@Tag(
    name = "incidents",
    description = "incidents: the reports to the PPC, the notices to persons, the evidence")
class IncidentPapersController {
  private static final String JSON = "application/json";

  private final IncidentReports reports;
  private final IncidentNotices notices;
  private final IncidentEvidence evidence;
  private final AccessGate gate;
  private final Entrustments entrustments;
  private final Printing printing;
  private final Clock clock;

  IncidentPapersController(
      IncidentReports reports,
      IncidentNotices notices,
      IncidentEvidence evidence,
      AccessGate gate,
      Entrustments entrustments,
      Printing printing,
      Clock clock) {
    this.reports = reports;
    this.notices = notices;
    this.evidence = evidence;
    this.gate = gate;
    this.entrustments = entrustments;
    this.printing = printing;
    this.clock = clock;
  }

  /** A saved version, without its body. */
  record VersionView(
      String incident,
      String kind,
      int version,
      @Schema(description = "SHA-256 of the version's JSON (as served), lower-case hex; logged")
          String sha256,
      String savedBy,
      String savedAt,
      @Schema(description = "the log index of the incident.report-save record") long logIndex,
      @Schema(description = "when it was marked submitted; null while it is not", nullable = true)
          @Nullable String submittedAt,
      @Schema(nullable = true) @Nullable String submittedBy) {
    static VersionView of(ReportVersion v) {
      return new VersionView(
          v.incident(),
          v.kind().code(),
          v.version(),
          v.sha256(),
          v.savedBy(),
          v.savedAt().toString(),
          v.logIndex(),
          v.submittedAt() == null ? null : String.valueOf(v.submittedAt()),
          v.submittedBy());
    }
  }

  /** The draft to edit (the latest version, or the prefill) and the versions saved. */
  record ReportPage(Report draft, List<VersionView> versions) {}

  static ReportKind kind(String kind) {
    return ReportKind.ofCode(kind)
        .orElseThrow(() -> new InvalidRequest("kind", "is preliminary or final"));
  }

  @Operation(
      summary = "An incident's report: the draft and the versions",
      description =
          "The latest saved version's body, or the report prefilled from the incident and the log"
              + " (the count of persons, the items the evidence touched, the dates, the triggers),"
              + " and every saved version. The tenant's security officers and auditors.")
  @ApiResponse(responseCode = "200", description = "the draft and the versions")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/reports/{kind}", produces = JSON)
  ReportPage report(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the incident's id") @PathVariable String id,
      @Parameter(description = "preliminary (速報) or final (確報)") @PathVariable String kind) {
    ReportKind k = kind(kind);
    return new ReportPage(
        reports.draft(p, id, k), reports.versions(p, id, k).stream().map(VersionView::of).toList());
  }

  @Operation(
      summary = "Save a version of the report",
      description =
          "Checks the body (schema mamori.incident-report/1, docs/api.md): a mandatory item missing"
              + " or blank is refused naming it in Japanese and English (report.item-missing), as is"
              + " free text holding a My Number (text.holds-number) or a control character; each"
              + " text at most 2,000 characters. The version's SHA-256 is logged"
              + " (incident.report-save) before it is stored. The tenant's security officers.")
  @ApiResponse(responseCode = "200", description = "the version saved")
  @ApiResponse(
      responseCode = "400",
      description = "an item missing or invalid; field names it",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/reports/{kind}", consumes = JSON, produces = JSON)
  VersionView save(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @PathVariable String kind,
      @RequestBody Report body) {
    return VersionView.of(reports.save(p, id, kind(kind), body));
  }

  @Operation(summary = "The saved versions of the report, oldest first")
  @ApiResponse(responseCode = "200", description = "the versions")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/reports/{kind}/versions", produces = JSON)
  List<VersionView> versions(
      @AuthenticationPrincipal Principal p, @PathVariable String id, @PathVariable String kind) {
    return reports.versions(p, id, kind(kind)).stream().map(VersionView::of).toList();
  }

  @Operation(
      summary = "A version as JSON",
      description =
          "Exactly the bytes whose SHA-256 was logged; the header X-Content-SHA256 repeats it.")
  @ApiResponse(responseCode = "200", description = "the version's JSON")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/reports/{kind}/versions/{n}.json", produces = JSON)
  ResponseEntity<byte[]> versionJson(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n) {
    ReportVersion v = reports.version(p, id, kind(kind), n);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Content-SHA256", v.sha256())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(id + "-" + v.kind().code() + "-v" + n + ".json")
                .build()
                .toString())
        .body(v.body().getBytes(StandardCharsets.UTF_8));
  }

  @Operation(
      summary = "A version as a PDF in Japanese",
      description =
          "The PPC form with the nine items, rendered from the version's JSON; its foot prints the"
              + " logged SHA-256 of that JSON (the PDF's own bytes differ from run to run).")
  @ApiResponse(
      responseCode = "200",
      description = "the form",
      content = @Content(mediaType = "application/pdf"))
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/reports/{kind}/versions/{n}.pdf")
  ResponseEntity<byte[]> versionPdf(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n)
      throws IOException {
    ReportVersion v = reports.version(p, id, kind(kind), n);
    byte[] pdf = ReportPdf.render(IncidentReports.parse(v.body()), v, LetterPdf.DEFAULT_FONT);
    return pdf(pdf, id + "-" + v.kind().code() + "-v" + n + ".pdf");
  }

  @Operation(
      summary = "Mark a version submitted to the PPC",
      description =
          "Once; logged first (incident.report-submit). A submitted version never changes; a"
              + " correction is a new version. The tenant's security officers.")
  @ApiResponse(responseCode = "200", description = "the version, submitted")
  @ApiResponse(
      responseCode = "409",
      description = "report.submitted: submitted already",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/reports/{kind}/versions/{n}/submit", produces = JSON)
  VersionView submit(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @PathVariable String kind,
      @PathVariable int n) {
    return VersionView.of(reports.submit(p, id, kind(kind), n));
  }

  @Operation(
      summary = "Notify every affected person in the resident portal",
      description =
          "Each person not notified yet: an incident.notice record naming their token is logged"
              + " (so it is in their own history), then the notice stored. Running it again"
              + " notifies no one twice. The tenant's security officers.")
  @ApiResponse(responseCode = "200", description = "how many were newly notified, and the counts")
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/notices", produces = JSON)
  IncidentNotices.Notified notifyAll(
      @AuthenticationPrincipal Principal p, @PathVariable String id) {
    return notices.notifyAll(p, id);
  }

  @Operation(summary = "How many of the affected persons were notified, by channel")
  @ApiResponse(responseCode = "200", description = "the counts")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/notices", produces = JSON)
  IncidentNotices.Counts counts(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return notices.counts(p, id);
  }

  @Operation(
      summary = "The letters to the affected persons (PDF, one A4 page each)",
      description =
          "For the tenant's staff: each person's name and address is revealed through the gate as"
              + " a print under the purpose resident-portal-letters, case incident-<id> (so the"
              + " person sees it in the portal); each person's letter is its own NOTICE document,"
              + " registered with the printer named and coded for them on every page (QR code and"
              + " short code); each person's first letter is logged as incident.notice and counted."
              + " No My Number is printed.")
  @ApiResponse(
      responseCode = "200",
      description = "the letters",
      content = @Content(mediaType = "application/pdf"))
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/letters.pdf")
  ResponseEntity<byte[]> letters(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @Parameter(description = "the printer's label stored with each letter")
          @RequestParam(defaultValue = LETTERS_PRINTER)
          String printer)
      throws IOException {
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (Field f : List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.POSTAL_CODE, Field.ADDRESS)) {
      fields.put(f, Mask.NONE);
    }
    Why why = new Why(ResidentLetters.PURPOSE, Why.caseFrom("incident-" + id));
    String tenant = p.tenantId().value();
    String city = entrustments.organisation(tenant).map(Organisation::name).orElse(tenant);
    Printing.Press press;
    try {
      press = Printing.Press.on(printer);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("printer", String.valueOf(e.getMessage()));
    }
    try (PrintJob job = printing.job(p, why, press)) {
      byte[] pdf =
          notices.letters(
              p,
              id,
              city,
              t -> gate.printAddressed(p, new AgencyToken(t.value()), why, fields).values(),
              job,
              LocalDate.now(clock.withZone(IncidentNotices.TOKYO)));
      return pdf(pdf, id + "-letters.pdf");
    }
  }

  /** The printer's label of letters printed from the web when none is named. */
  static final String LETTERS_PRINTER = "web";

  @Operation(
      summary = "The incident's evidence export (JSON)",
      description =
          "Schema mamori.incident-evidence/1 (docs/api.md): the log entries concerned (the"
              + " affected persons' and the alerts' evidence), each with its inclusion proof against"
              + " the newest checkpoint the witnesses cosigned; tokens only. Verify it with `mamori"
              + " log verify --export FILE`. Logged first (incident.evidence-export). Without a"
              + " cosigned checkpoint 409 checkpoint.not-cosigned, unless uncosigned=true accepts"
              + " the log's own signatures. The tenant's security officers and auditors.")
  @ApiResponse(responseCode = "200", description = "the export")
  @ApiResponse(
      responseCode = "409",
      description = "checkpoint.not-cosigned",
      content =
          @Content(mediaType = JSON, schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/evidence", produces = JSON)
  ResponseEntity<byte[]> evidence(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @Parameter(description = "accept a checkpoint signed by the log alone")
          @RequestParam(defaultValue = "false")
          boolean uncosigned) {
    byte[] json = evidence.export(p, id, uncosigned);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(id + "-evidence.json").build().toString())
        .body(json);
  }

  private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(pdf);
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> refused(ReportRefused e) {
    HttpStatus status =
        e.notFound()
            ? HttpStatus.NOT_FOUND
            : e.code().equals(ReportRefused.ROLE) ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT;
    return ApiErrors.answer(status, e.code(), String.valueOf(e.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> invalid(ReportInvalid e) {
    return ResponseEntity.badRequest()
        .body(new ApiErrors.Error(e.code(), String.valueOf(e.getMessage()), e.field()));
  }
}
