package mamori.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.portal.LetterPdf;
import mamori.retention.DeletionRecords;
import mamori.retention.DisposalCertificate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/*
 * The certificate and the CSV hold tokens, purpose ids and counts, never a number or a name, and
 * reveal no person data: like the incident reports' PDFs they are served to the pages' readers
 * without a log record of their own (the run's proposal, approval and each erasure are logged by the
 * run). The CSV is streamed from the database cursor, so a run of millions is not held in memory.
 */
/**
 * {@code /console/retention}, for the tenant's security officer and auditor: the deletion runs
 * newest first with their counts and who proposed and approved them, the active legal holds, and
 * each run's page with its persons by token and its disposal certificate ({@code certificate.pdf},
 * and {@code tokens.csv}).
 */
@Controller
class ConsoleRetentionController {
  static final String PATH = "/console/retention";

  /** Who reads the runs, the holds and the certificates. */
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  /** Who will act on runs and holds once the actions are wired: the security officer. */
  static final Set<Role> DECIDERS = Set.of(Role.SECURITY_OFFICER);

  static final int RUNS_SHOWN = 20;
  static final int PERSONS_SHOWN = 100;

  private final DeletionRecords records;
  private final DisposalCertificate certificate;

  ConsoleRetentionController(DeletionRecords records, DisposalCertificate certificate) {
    this.records = records;
    this.certificate = certificate;
  }

  /** A run as a row of the list and the head of its page. */
  record RunView(
      String id,
      String state,
      String asOf,
      int persons,
      int whole,
      int numberOnly,
      int kept,
      String proposedBy,
      String proposedAt,
      String approvedBy,
      String approvedAt,
      boolean standing,
      String startedAt,
      String finishedAt,
      String cancelledBy,
      boolean large) {
    static RunView of(DeletionRecords.Run r) {
      return new RunView(
          r.runId(),
          r.state().code(),
          r.asOf().toString(),
          r.persons(),
          r.whole(),
          r.numberOnly(),
          r.kept(),
          r.proposedBy().value(),
          Pages.time(r.proposedAt()),
          r.approvedBy().map(UserId::value).orElse(""),
          Pages.time(r.approvedAt().orElse(null)),
          r.standing(),
          Pages.time(r.startedAt().orElse(null)),
          Pages.time(r.finishedAt().orElse(null)),
          r.cancelledBy().map(UserId::value).orElse(""),
          DisposalCertificate.large(r));
    }
  }

  /** A person of a run: the token, never a number or a name. */
  record PersonView(
      String token,
      String purposes,
      String disposal,
      String state,
      String keptReason,
      String doneAt) {
    static PersonView of(DeletionRecords.Person p) {
      return new PersonView(
          p.token().value(),
          String.join(", ", p.purposes()),
          p.disposal().name().toLowerCase(java.util.Locale.ROOT),
          p.state().code(),
          p.keptReason().orElse(""),
          Pages.time(p.doneAt().orElse(null)));
    }
  }

  /** An active hold. */
  record HoldView(
      String id,
      String kind,
      String reference,
      String reason,
      int persons,
      String placedBy,
      String placedAt) {
    static HoldView of(DeletionRecords.Hold h) {
      return new HoldView(
          h.holdId(),
          h.kind(),
          Pages.echo(h.reference()),
          Pages.echo(h.reason()),
          h.persons(),
          h.placedBy().value(),
          Pages.time(h.placedAt()));
    }
  }

  @GetMapping(PATH)
  String runs(
      @AuthenticationPrincipal @Nullable Principal principal,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    TenantId tenant = p.tenantId();
    Optional<String> from =
        after == null || after.isEmpty() ? Optional.empty() : Optional.of(after);
    DeletionRecords.RunPage page;
    try {
      page = records.runs(tenant, from, RUNS_SHOWN);
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
    model.addAttribute("runs", page.runs().stream().map(RunView::of).toList());
    model.addAttribute("next", page.next().orElse(null));
    model.addAttribute("paged", from.isPresent());
    model.addAttribute("holds", records.activeHolds(tenant).stream().map(HoldView::of).toList());
    model.addAttribute("decider", DECIDERS.contains(p.role()));
    return "console/retention";
  }

  @GetMapping(PATH + "/{runId}")
  String run(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String runId,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    TenantId tenant = p.tenantId();
    DeletionRecords.Run run = records.run(tenant, runId).orElseThrow(PageRefusal::notFound);
    Optional<String> from =
        after == null || after.isEmpty() ? Optional.empty() : Optional.of(after);
    DeletionRecords.PersonPage page;
    try {
      page = records.persons(tenant, run.runId(), from, PERSONS_SHOWN);
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
    model.addAttribute("run", RunView.of(run));
    model.addAttribute(
        "keptReasons",
        records.keptReasons(tenant, run.runId()).stream()
            .map(c -> Pages.echo(c.key()) + ": " + c.count())
            .toList());
    model.addAttribute("persons", page.persons().stream().map(PersonView::of).toList());
    model.addAttribute("next", page.next().orElse(null));
    model.addAttribute("paged", from.isPresent());
    model.addAttribute(
        "decider", DECIDERS.contains(p.role()) && run.state() == DeletionRecords.RunState.PROPOSED);
    return "console/retention-run";
  }

  @GetMapping(PATH + "/{runId}/certificate.pdf")
  ResponseEntity<byte[]> certificate(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String runId)
      throws IOException {
    Principal p = Pages.console(principal, READERS);
    DisposalCertificate.Rendered r =
        certificate
            .render(p.tenantId(), runId, LetterPdf.DEFAULT_FONT)
            .orElseThrow(PageRefusal::notFound);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(runId + ".pdf").build().toString())
        .header("X-Tokens-SHA256", r.sha256())
        .body(r.pdf());
  }

  @GetMapping(PATH + "/{runId}/tokens.csv")
  ResponseEntity<StreamingResponseBody> tokens(
      @AuthenticationPrincipal @Nullable Principal principal, @PathVariable String runId) {
    Principal p = Pages.console(principal, READERS);
    TenantId tenant = p.tenantId();
    DeletionRecords.Run run = records.run(tenant, runId).orElseThrow(PageRefusal::notFound);
    StreamingResponseBody body =
        out -> {
          BufferedWriter w =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          certificate.csv(tenant, run.runId(), w);
          w.flush();
        };
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(run.runId() + "-tokens.csv")
                .build()
                .toString())
        .body(body);
  }
}
