package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import mamori.identity.Principal;
import mamori.incident.Affected;
import mamori.incident.Classification;
import mamori.incident.Deadlines;
import mamori.incident.Incident;
import mamori.incident.Incidents;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/incidents}: suspected leaks from the alert to the classification under the PPC
 * rule and the deadlines of its reports. The tenant's security officer acts; the officer and the
 * tenant's auditors read. Persons are named by token only, never by number.
 */
@RestController
@Tag(
    name = "incidents",
    description =
        "incidents opened from alerts or by hand: the affected persons computed from the log, the"
            + " PPC rule's four triggers with their reasons, the encryption exemption, and the"
            + " deadlines counting down; each act logged before it takes effect")
class IncidentsController {
  private final Incidents incidents;

  IncidentsController(Incidents incidents) {
    this.incidents = incidents;
  }

  record SuspectBody(
      @Schema(
              requiredMode = REQUIRED,
              description =
                  "none, actor (a user id), organisation, entrustment or document (a case)",
              example = "actor")
          @Nullable String kind,
      @Schema(description = "the user, organisation, entrustment or case id", example = "op-7")
          @Nullable String value,
      @Schema(requiredMode = REQUIRED, description = "the window's start, inclusive (ISO 8601)")
          @Nullable String from,
      @Schema(requiredMode = REQUIRED, description = "the window's end, inclusive (ISO 8601)")
          @Nullable String to) {}

  record OpenBody(
      @Schema(description = "the ids of the tenant's alerts it is opened from; empty by hand")
          @Nullable List<String> alerts,
      @Schema(
              description = "1 to 200 characters; by default the alerts' kinds (required by hand)",
              example = "a magazine called")
          @Nullable String title,
      @Schema(description = "up to 4000 characters, line breaks allowed") @Nullable String summary,
      @Schema(
              description =
                  "when the body became aware (ISO 8601); by default the first alert's time"
                      + " (required by hand); the deadlines count from it",
              example = "2026-07-17T10:00:00+09:00")
          @Nullable String awareAt,
      @Schema(description = "who or what is suspected; by default what the alerts suggest")
          @Nullable SuspectBody suspect) {}

  record RecomputeBody(
      @Schema(description = "a new suspect and window, if it changes")
          @Nullable SuspectBody suspect) {}

  record ClassifyBody(
      @Schema(description = "it was, or may have been, done for an unjust purpose")
          @Nullable Boolean unjustPurpose,
      @Schema(description = "why, up to 500 characters") @Nullable String unjustReason,
      @Schema(
              description =
                  "it was, or may have been, viewable by an unspecified number over a network")
          @Nullable Boolean network,
      @Schema(description = "why, up to 500 characters") @Nullable String networkReason,
      @Schema(
              description =
                  "the high-grade-encryption exemption's ground: none, encrypted-keys-never-exposed,"
                      + " release-key-destroyed",
              example = "release-key-destroyed")
          @Nullable String exemption,
      @Schema(description = "which copies, which keys; up to 500 characters")
          @Nullable String exemptionReason) {}

  record CloseBody(
      @Schema(requiredMode = REQUIRED, description = "why, 1 to 500 characters")
          @Nullable String reason) {}

  record SuspectView(String kind, String value, String from, String to) {}

  record TriggerView(boolean holds, String reason) {}

  record ExemptionView(boolean applies, String ground, String reason) {}

  record LogView(
      @Schema(description = "records read") long scanned,
      @Schema(description = "the suspect's denied records in the window: they revealed nothing")
          long denied,
      @Schema(description = "its listings: tokens only, the log does not name whom they showed")
          long listings,
      @Schema(description = "disorder in the log made a full scan necessary") boolean fullScan) {}

  record ClassificationView(
      @Schema(description = "(1) data in a system of My Number use work") TriggerView useWork,
      @Schema(description = "(2) done, or may have been, for an unjust purpose")
          TriggerView unjustPurpose,
      @Schema(description = "(3) viewable by an unspecified number over a network")
          TriggerView network,
      @Schema(description = "(4) more than 100 persons") TriggerView overHundred,
      ExemptionView exemption,
      @Schema(description = "any trigger holds and the exemption does not apply")
          boolean reportable,
      LogView log) {}

  record DeadlineView(
      @Schema(description = "preliminary (速報) or final (確報)") String kind,
      @Schema(description = "23:59:59 JST of the day") String due,
      @Schema(description = "due, warning (80% elapsed), due-today, overdue") String state,
      @Schema(description = "calendar days in JST to the day; negative once past") long daysLeft) {}

  record IncidentSummary(
      String id,
      String title,
      String status,
      String openedAt,
      String awareAt,
      long affected,
      @Nullable Boolean reportable,
      List<DeadlineView> deadlines) {}

  record IncidentList(List<IncidentSummary> incidents) {}

  record IncidentView(
      String id,
      String title,
      String summary,
      String status,
      String openedAt,
      String openedBy,
      String awareAt,
      SuspectView suspect,
      List<String> alerts,
      @Schema(description = "the persons computed from the log") long affected,
      @Nullable String affectedAt,
      @Schema(description = "null before the first classification")
          @Nullable ClassificationView classification,
      @Schema(description = "empty when no report is due") List<DeadlineView> deadlines,
      @Nullable String closedAt,
      @Nullable String closedBy,
      @Nullable String closeReason) {}

  record PersonView(
      @Schema(description = "the tenant's token of the person, never a number") String token,
      List<String> actions,
      @Schema(description = "the log indexes that show it, oldest first") List<Long> evidence,
      String first,
      String last) {}

  record AffectedPage(
      List<PersonView> persons,
      @Schema(description = "the next page's cursor, \"\" at the end") String next) {}

  @Operation(summary = "The tenant's incidents, open ones first, newest first")
  @ApiResponse(responseCode = "200", description = "the incidents")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents", produces = "application/json")
  IncidentList list(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "1 to 500") @RequestParam(defaultValue = "100") int limit) {
    return new IncidentList(
        incidents.list(p, limit).stream()
            .map(i ->
                new IncidentSummary(
                    i.id(),
                    i.title(),
                    i.status().code(),
                    i.openedAt().toString(),
                    i.awareAt().toString(),
                    i.affectedCount(),
                    Classification.fromJson(i.classification())
                        .map(Classification::reportable)
                        .orElse(null),
                    deadlines(incidents.countdowns(i))))
            .toList());
  }

  @Operation(
      summary = "Open an incident from alerts or by hand",
      description =
          "The incident.open record is in the tenant's log first. The affected persons are computed"
              + " from the log at once (incident.affected), the incident classified and its"
              + " deadlines set. An incident with no affected person is valid.")
  @ApiResponse(responseCode = "200", description = "the incident")
  @ApiResponse(
      responseCode = "400",
      description = "a malformed or missing field, text with a number or a control character",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "an alert that is not the tenant's (alert.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents", produces = "application/json")
  IncidentView open(@AuthenticationPrincipal Principal p, @RequestBody OpenBody body) {
    List<String> alerts = body.alerts() == null ? List.of() : body.alerts();
    if (alerts.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequest("alerts", "an id is missing");
    }
    SuspectBody s = body.suspect();
    String aware = body.awareAt();
    Incidents.View v =
        incidents.open(
            p,
            new Incidents.Opening(
                alerts,
                body.title() == null ? "" : body.title(),
                body.summary() == null ? "" : body.summary(),
                aware == null ? null : instant("awareAt", aware),
                s == null ? null : suspect(s)));
    return view(v);
  }

  @Operation(summary = "One incident: its classification, deadlines and their states, count")
  @ApiResponse(responseCode = "200", description = "the incident")
  @ApiResponse(
      responseCode = "404",
      description = "no such incident of the tenant (incident.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}", produces = "application/json")
  IncidentView get(@AuthenticationPrincipal Principal p, @PathVariable String id) {
    return view(incidents.view(p, id));
  }

  @Operation(
      summary = "A page of the affected persons, by token, with the evidence per person",
      description = "Tokens and log indexes only, never a number.")
  @ApiResponse(responseCode = "200", description = "the page")
  @ApiRefusals
  @GetMapping(path = "/api/v1/incidents/{id}/affected", produces = "application/json")
  AffectedPage affected(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @Parameter(description = "the next of the page before; none for the first")
          @RequestParam(defaultValue = "")
          String after,
      @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "100") int limit) {
    Incidents.Page page = incidents.affected(p, id, after, limit);
    return new AffectedPage(
        page.persons().stream().map(IncidentsController::person).toList(), page.next());
  }

  @Operation(
      summary = "Compute the affected persons again from the log, optionally with a new suspect",
      description =
          "incident.change (when the suspect changes) and incident.affected are logged first; the"
              + " incident is classified again with what the officer said before.")
  @ApiResponse(responseCode = "200", description = "the incident")
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/affected", produces = "application/json")
  IncidentView recompute(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @RequestBody(required = false) @Nullable RecomputeBody body) {
    SuspectBody s = body == null ? null : body.suspect();
    return view(incidents.recompute(p, id, s == null ? null : suspect(s)));
  }

  @Operation(
      summary = "Classify with the officer's judgement: unjust purpose, network, the exemption",
      description =
          "incident.change is logged first. An exemption ground other than none makes nothing"
              + " reportable, and the record says why.")
  @ApiResponse(responseCode = "200", description = "the incident")
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/classification", produces = "application/json")
  IncidentView classify(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @RequestBody ClassifyBody body) {
    String ground = body.exemption() == null ? "none" : body.exemption();
    Classification.Ground g =
        Classification.Ground.ofCode(ground)
            .orElseThrow(() ->
                new InvalidRequest(
                    "exemption", "is none, encrypted-keys-never-exposed or release-key-destroyed"));
    return view(
        incidents.classify(
            p,
            id,
            new Classification.Assessment(
                Boolean.TRUE.equals(body.unjustPurpose()),
                orEmpty(body.unjustReason()),
                Boolean.TRUE.equals(body.network()),
                orEmpty(body.networkReason()),
                g,
                orEmpty(body.exemptionReason()))));
  }

  @Operation(summary = "Close an incident with a reason (incident.close logged first)")
  @ApiResponse(responseCode = "200", description = "the closed incident")
  @ApiRefusals
  @PostMapping(path = "/api/v1/incidents/{id}/close", produces = "application/json")
  IncidentView close(
      @AuthenticationPrincipal Principal p, @PathVariable String id, @RequestBody CloseBody body) {
    if (body.reason() == null) {
      throw new InvalidRequest("reason", "is required");
    }
    return view(incidents.close(p, id, body.reason()));
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  static Instant instant(String field, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        throw new InvalidRequest(field, "is an ISO 8601 time with its offset", e2);
      }
    }
  }

  static Incident.Suspect suspect(SuspectBody s) {
    String k = s.kind();
    Incident.Suspect.Kind kind =
        Incident.Suspect.Kind.ofCode(k == null ? "" : k)
            .orElseThrow(() ->
                new InvalidRequest(
                    "suspect.kind", "is none, actor, organisation, entrustment or document"));
    String from = s.from();
    String to = s.to();
    if (from == null || to == null) {
      throw new InvalidRequest(from == null ? "suspect.from" : "suspect.to", "is required");
    }
    Instant f = instant("suspect.from", from);
    Instant t = instant("suspect.to", to);
    if (t.isBefore(f)) {
      throw new InvalidRequest("suspect.to", "lies before suspect.from");
    }
    return new Incident.Suspect(kind, orEmpty(s.value()), f, t);
  }

  static List<DeadlineView> deadlines(List<Deadlines.Countdown> c) {
    return c.stream()
        .map(d ->
            new DeadlineView(d.kind().code(), d.due().toString(), d.state().code(), d.daysLeft()))
        .toList();
  }

  static PersonView person(Affected a) {
    return new PersonView(
        a.person().value(),
        a.actions().stream().map(mamori.core.Action::code).toList(),
        a.evidence(),
        a.first().toString(),
        a.last().toString());
  }

  static IncidentView view(Incidents.View v) {
    Incident i = v.incident();
    Incident.Suspect s = i.suspect();
    return new IncidentView(
        i.id(),
        i.title(),
        i.summary(),
        i.status().code(),
        i.openedAt().toString(),
        i.openedBy(),
        i.awareAt().toString(),
        new SuspectView(s.kind().code(), s.value(), s.from().toString(), s.to().toString()),
        v.alerts(),
        i.affectedCount(),
        i.affectedAt() == null ? null : String.valueOf(i.affectedAt()),
        v.classification().map(IncidentsController::classification).orElse(null),
        deadlines(v.deadlines()),
        i.closedAt() == null ? null : String.valueOf(i.closedAt()),
        i.closedBy(),
        i.closeReason());
  }

  static ClassificationView classification(Classification c) {
    return new ClassificationView(
        trigger(c.useWork()),
        trigger(c.unjustPurpose()),
        trigger(c.network()),
        trigger(c.overHundred()),
        new ExemptionView(
            c.exemption().applies(), c.exemption().ground().code(), c.exemption().reason()),
        c.reportable(),
        new LogView(c.log().scanned(), c.log().denied(), c.log().listings(), c.log().fullScan()));
  }

  private static TriggerView trigger(Classification.Trigger t) {
    return new TriggerView(t.holds(), t.reason());
  }
}
