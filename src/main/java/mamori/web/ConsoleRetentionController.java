package mamori.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.entrustment.Entrustments;
import mamori.identity.Principal;
import mamori.portal.LetterPdf;
import mamori.retention.DeletionRecords;
import mamori.retention.DisposalCertificate;
import mamori.retention.Model.Standing;
import mamori.retention.Retentions;
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

  /** Who acts on runs, holds and standing approvals: the security officer. */
  static final Set<Role> DECIDERS = Set.of(Role.SECURITY_OFFICER);

  static final int RUNS_SHOWN = 20;
  static final int PERSONS_SHOWN = 100;

  /** What a form's act answers on success (?done=): each has a message console.retention.done.X. */
  static final Set<String> DONE =
      Set.of(
          "approved",
          "cancelled",
          "held",
          "lifted",
          "standing-given",
          "standing-withdrawn",
          "none-due");

  private final DeletionRecords records;
  private final DisposalCertificate certificate;
  private final Retentions retentions;
  private final Entrustments entrustments;

  ConsoleRetentionController(
      DeletionRecords records,
      DisposalCertificate certificate,
      Retentions retentions,
      Entrustments entrustments) {
    this.records = records;
    this.certificate = certificate;
    this.retentions = retentions;
    this.entrustments = entrustments;
  }

  /** A purpose and whether it has a standing approval (and whose). */
  record StandingView(String purpose, String name, String approvedBy, String approvedAt) {}

  private static Optional<String> cursor(@Nullable String after) {
    return after == null || after.isEmpty() ? Optional.empty() : Optional.of(after);
  }

  /** The outcome of the act that led here, as the page's message keys (absent for none). */
  private static void outcome(Model model, @Nullable String done, @Nullable String error) {
    model.addAttribute(
        "done", done != null && DONE.contains(done) ? "console.retention.done." + done : null);
    model.addAttribute("error", ConsoleRetentionActionsController.errorKey(error).orElse(null));
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
    static HoldView of(mamori.retention.Model.Hold h) {
      return new HoldView(
          h.id(),
          h.kind().code(),
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
      @RequestParam(required = false) @Nullable String done,
      @RequestParam(required = false) @Nullable String error,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    TenantId tenant = p.tenantId();
    Optional<String> from = cursor(after);
    outcome(model, done, error);
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
    Map<String, Standing> standing = new HashMap<>();
    retentions.standing(p).forEach(x -> standing.put(x.purpose(), x));
    model.addAttribute(
        "standing",
        entrustments.purposes(tenant.value()).stream()
            .map(pu -> {
              Standing st = standing.get(pu.id());
              return new StandingView(
                  pu.id(),
                  pu.name(),
                  st == null ? "" : st.approvedBy().value(),
                  st == null ? "" : Pages.time(st.approvedAt()));
            })
            .toList());
    return "console/retention";
  }

  @GetMapping(PATH + "/{runId}")
  String run(
      @AuthenticationPrincipal @Nullable Principal principal,
      @PathVariable String runId,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(required = false) @Nullable String done,
      @RequestParam(required = false) @Nullable String error,
      Model model) {
    Principal p = Pages.console(principal, READERS);
    TenantId tenant = p.tenantId();
    DeletionRecords.Run run = records.run(tenant, runId).orElseThrow(PageRefusal::notFound);
    Optional<String> from = cursor(after);
    outcome(model, done, error);
    // a run that deletes every person of a purpose is approved with its count confirmed twice
    model.addAttribute("everyoneOf", String.join(", ", run.everyoneOf()));
    model.addAttribute(
        "waiting",
        run.state() == mamori.retention.Model.RunState.APPROVED
            || run.state() == mamori.retention.Model.RunState.RUNNING);
    DeletionRecords.PersonPage page;
    try {
      page = records.persons(tenant, run.runId(), from, PERSONS_SHOWN);
    } catch (IllegalArgumentException e) {
      throw PageRefusal.notFound();
    }
    model.addAttribute("run", RunView.of(run));
    // the reasons are the codes the runs write (held, not-due, erased-already, unknown): the page
    // names each in its language
    model.addAttribute("keptReasons", records.keptReasons(tenant, run.runId()));
    model.addAttribute("persons", page.persons().stream().map(PersonView::of).toList());
    model.addAttribute("next", page.next().orElse(null));
    model.addAttribute("paged", from.isPresent());
    boolean decider = DECIDERS.contains(p.role());
    model.addAttribute(
        "decider", decider && run.state() == mamori.retention.Model.RunState.PROPOSED);
    // a run not done may be cancelled; a running one stops after its current batch
    model.addAttribute(
        "cancellable",
        decider
            && run.state() != mamori.retention.Model.RunState.DONE
            && run.state() != mamori.retention.Model.RunState.CANCELLED);
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
