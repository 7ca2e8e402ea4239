package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import mamori.core.Severity;
import mamori.core.UserId;
import mamori.detect.AlertHandling;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/alerts}: the tenant's security alerts for its security officer (who acknowledges,
 * assigns and closes them) and its auditor (who reads), under the rules of {@link AlertHandling}.
 */
@RestController
@Tag(name = "alerts", description = "the tenant's security alerts and their handling")
class AlertsController {
  private final AlertHandling handling;
  private final mamori.log.TransparencyLogs logs;

  AlertsController(AlertHandling handling, mamori.log.TransparencyLogs logs) {
    this.logs = logs;
    this.handling = handling;
  }

  @Schema(name = "Alert")
  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record AlertView(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED, description = "the rule or signal, e.g. detect.harvesting")
          String kind,
      @Schema(
              requiredMode = REQUIRED,
              description = "who or what it is about: user:ID, organisation:ID, person:TOKEN")
          String subject,
      @Schema(requiredMode = REQUIRED) String detail,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"low", "medium", "high", "critical"})
          String severity,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"open", "acknowledged", "closed"})
          String state,
      @Schema(requiredMode = REQUIRED, format = "date-time") String raisedAt,
      @Schema(requiredMode = REQUIRED, description = "the log indexes it rests on, oldest first")
          List<Long> evidence,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"notify", "suspend-entrustment", "suspend-user"})
          String policy,
      @Schema(requiredMode = REQUIRED, description = "what the policy did; empty for nothing")
          String taken,
      @Schema(format = "date-time") @Nullable String acknowledgedAt,
      @Nullable String acknowledgedBy,
      @Nullable String assignee,
      @Schema(format = "date-time") @Nullable String closedAt,
      @Nullable String closedBy,
      @Nullable String closeReason) {
    static AlertView of(SecurityAlerts.Alert a) {
      return new AlertView(
          a.id(),
          a.kind(),
          a.subject(),
          a.detail(),
          a.severity().code(),
          a.state().code(),
          a.raisedAt().toString(),
          a.evidence(),
          a.policy().code(),
          a.taken(),
          a.acknowledgedAt() == null ? null : a.acknowledgedAt().toString(),
          a.acknowledgedBy(),
          a.assignee(),
          a.closedAt() == null ? null : a.closedAt().toString(),
          a.closedBy(),
          a.closeReason());
    }
  }

  @com.fasterxml.jackson.annotation.JsonInclude(
      com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record Listing(
      @Schema(requiredMode = REQUIRED) List<AlertView> alerts,
      @Schema(description = "pass as after= for the next page; absent on the last page")
          @Nullable String next) {}

  @Schema(name = "AlertAssignment")
  record AssignBody(
      @Schema(requiredMode = REQUIRED, description = "a security officer of the tenant")
          @Nullable String user) {}

  @Schema(name = "AlertClose")
  record CloseBody(
      @Schema(
              requiredMode = REQUIRED,
              description =
                  "why it is closed: 1 to 500 characters, no My Number, no control" + " characters")
          @Nullable String reason) {}

  @Operation(
      summary = "The tenant's alerts, newest first",
      description =
          "For the tenant's security officer and auditor; a contractor's users and the tenant's"
              + " other roles are refused (role.not-allowed). Walk every page by passing each"
              + " page's next as after=.")
  @ApiResponse(responseCode = "200", description = "a page of alerts")
  @ApiResponse(
      responseCode = "400",
      description = "a filter, limit or cursor that is not one (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/alerts", produces = "application/json")
  Listing list(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "open, acknowledged or closed; absent for all")
          @RequestParam(required = false)
          @Nullable String state,
      @Parameter(description = "low, medium, high or critical; absent for all")
          @RequestParam(required = false)
          @Nullable String severity,
      @Parameter(description = "the kind, e.g. detect.harvesting; absent for all")
          @RequestParam(required = false)
          @Nullable String kind,
      @Parameter(description = "at most this many, 1 to 500 (default 50)")
          @RequestParam(defaultValue = "50")
          int limit,
      @Parameter(description = "the next cursor of the page before; absent for the first page")
          @RequestParam(required = false)
          @Nullable String after) {
    SecurityAlerts.State s =
        state == null
            ? null
            : SecurityAlerts.State.ofCode(state)
                .orElseThrow(
                    () -> new InvalidRequest("state", "one of open, acknowledged, closed"));
    Severity v =
        severity == null
            ? null
            : Severity.ofCode(severity)
                .orElseThrow(
                    () -> new InvalidRequest("severity", "one of low, medium, high, critical"));
    if (kind != null && !kind.matches("[a-z][a-z0-9.-]{0,63}")) {
      throw new InvalidRequest("kind", "a kind is lower-case words joined by dots");
    }
    if (limit < 1 || limit > 500) {
      throw new InvalidRequest("limit", "1 to 500");
    }
    AlertHandling.Cursor cursor;
    try {
      cursor = after == null ? null : AlertHandling.Cursor.parse(after);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("after", "not a cursor a listing gave", e);
    }
    AlertHandling.Page page = handling.list(p, s, v, kind, cursor, limit);
    return new Listing(
        page.alerts().stream().map(AlertView::of).toList(),
        page.next().map(AlertHandling.Cursor::text).orElse(null));
  }

  @Operation(summary = "One alert of the tenant")
  @ApiResponse(responseCode = "200", description = "the alert")
  @ApiResponse(
      responseCode = "404",
      description = "alert.unknown: no such alert in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/alerts/{id}", produces = "application/json")
  AlertView get(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return AlertView.of(handling.get(p, id));
  }

  /**
   * One entry an alert rests on, with its RFC 6962 audit path to the checkpoint: the form the
   * independent verifier (src/test/js/verify-checkpoint.mjs) and the incident evidence export use.
   */
  record EvidenceEntry(
      long leafIdx,
      long treeSize,
      @Schema(description = "the entry's canonical bytes, base64: tokens and ids, never a number")
          String entry,
      @Schema(description = "its RFC 6962 leaf hash, base64") String leafHash,
      @Schema(description = "the audit path, base64 hashes") List<String> proof) {}

  record AlertEvidence(
      String alert,
      @Schema(description = "the log's origin") String origin,
      @Schema(
              description =
                  "the signed checkpoint note every proof leads to; \"\" before the first")
          String checkpoint,
      long treeSize,
      List<EvidenceEntry> entries,
      @Schema(description = "evidence indexes the checkpoint does not cover yet; ask again shortly")
          List<Long> uncovered) {}

  @Operation(
      summary = "The log entries an alert rests on, each with its inclusion proof",
      description =
          "The tenant's security officer and auditors. Each evidence index's entry with its audit"
              + " path to the log's newest checkpoint (included), so the alert can be checked"
              + " against the log without trusting Mamori; indexes newer than the checkpoint are"
              + " listed as uncovered.")
  @ApiResponse(responseCode = "200", description = "the entries and their proofs")
  @ApiResponse(
      responseCode = "404",
      description = "alert.unknown: no such alert in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/alerts/{id}/evidence", produces = "application/json")
  AlertEvidence evidence(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    SecurityAlerts.Alert a = handling.get(p, id);
    String tenant = p.tenantId().value();
    mamori.log.TenantLog log = logs.forTenant(tenant);
    String note = log.publishedCheckpoint().orElse("");
    long size = note.isEmpty() ? 0 : Long.parseLong(note.split("\n", 3)[1]);
    List<Long> covered = a.evidence().stream().filter(i -> i >= 0 && i < size).toList();
    List<Long> uncovered = a.evidence().stream().filter(i -> i >= size).toList();
    List<byte[]> entries = log.entriesAt(covered);
    List<List<byte[]>> proofs = log.inclusionProofs(covered, size);
    java.util.Base64.Encoder b64 = java.util.Base64.getEncoder();
    List<EvidenceEntry> out = new java.util.ArrayList<>(covered.size());
    for (int k = 0; k < covered.size(); k++) {
      out.add(
          new EvidenceEntry(
              covered.get(k),
              size,
              b64.encodeToString(entries.get(k)),
              b64.encodeToString(mamori.log.verify.Rfc6962.leafHash(entries.get(k))),
              proofs.get(k).stream().map(b64::encodeToString).toList()));
    }
    return new AlertEvidence(a.id(), logs.origin(tenant), note, size, out, uncovered);
  }

  @Operation(
      summary = "Acknowledges an open alert: an officer is looking at it",
      description = "The tenant's security officer only; logged (alert.acknowledge) first.")
  @ApiResponse(responseCode = "200", description = "the alert, acknowledged")
  @ApiResponse(
      responseCode = "404",
      description = "alert.unknown: no such alert in the caller's tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description = "alert.closed: a closed alert is not acknowledged",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/alerts/{id}/acknowledge", produces = "application/json")
  AlertView acknowledge(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return AlertView.of(handling.acknowledge(p, id));
  }

  @Operation(
      summary = "Assigns an open alert to a security officer of the tenant",
      description = "The tenant's security officer only; logged (alert.assign) first.")
  @ApiResponse(responseCode = "200", description = "the alert, assigned")
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid (field user): not an active security officer of the tenant",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "alert.unknown",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description = "alert.closed",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/alerts/{id}/assign", produces = "application/json")
  AlertView assign(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @RequestBody @Nullable AssignBody body) {
    String user = body == null ? null : body.user();
    if (user == null || !UserId.isValid(user)) {
      throw new InvalidRequest("user", "a user id of the tenant");
    }
    try {
      return AlertView.of(handling.assign(p, id, new UserId(user)));
    } catch (AlertHandling.Refused | AlertHandling.Unknown | AlertHandling.Closed e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new InvalidRequest("user", "not an active security officer of the tenant", e);
    }
  }

  @Operation(
      summary = "Closes an open alert with a reason",
      description =
          "The tenant's security officer only; logged (alert.close) first. The reason is 1 to"
              + " 500 characters without a My Number (text.holds-number) or control characters.")
  @ApiResponse(responseCode = "200", description = "the alert, closed")
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid (field reason), or text.holds-number",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "alert.unknown",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description =
          "alert.closed, or alert.decided-elsewhere (a found page's alert closes when its report"
              + " is decided at /console/found)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/alerts/{id}/close", produces = "application/json")
  AlertView close(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @RequestBody @Nullable CloseBody body) {
    String reason = body == null ? null : body.reason();
    if (reason == null) {
      throw new InvalidRequest("reason", "is required");
    }
    try {
      return AlertView.of(handling.close(p, id, reason));
    } catch (AlertHandling.Refused
        | AlertHandling.Unknown
        | AlertHandling.Closed
        | AlertHandling.DecidedElsewhere
        | mamori.core.NumberText.Held e) {
      throw e;
    } catch (IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      throw new InvalidRequest(
          "reason", m.startsWith("reason: ") ? m.substring("reason: ".length()) : m, e);
    }
  }
}
