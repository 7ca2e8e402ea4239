package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.entrustment.Caller;
import mamori.entrustment.Contract;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/entrustments}: what the caller's organisation gives and holds, and its changes.
 * Who may change what is decided by {@link Entrustments}; listing is for organisation admins,
 * security officers and auditors.
 */
@RestController
@Tag(
    name = "entrustments",
    description = "who may work on the tenant's persons, for what, and their changes")
class EntrustmentsController {
  private static final Set<Role> LISTING =
      Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  private final Entrustments entrustments;

  EntrustmentsController(Entrustments entrustments) {
    this.entrustments = entrustments;
  }

  record View(
      String id,
      String tenant,
      @Nullable String parent,
      String from,
      String to,
      String status,
      List<String> purposes,
      Map<String, String> fields,
      String persons,
      String periodFrom,
      String periodTo,
      long dailyCap,
      List<String> actions) {}

  record Listing(List<View> gives, List<View> holds) {}

  record ContractBody(
      @Schema(requiredMode = REQUIRED) boolean confidentiality,
      @Schema(requiredMode = REQUIRED) boolean noTakingOffPremises,
      @Schema(requiredMode = REQUIRED, description = "the people who do the work")
          @Nullable List<String> staff,
      @Schema(requiredMode = REQUIRED) boolean inspectionRight,
      @Schema(requiredMode = REQUIRED) boolean noUseOutsidePurpose,
      @Schema(requiredMode = REQUIRED) boolean returnOrDisposal,
      @Schema(description = "how often the contractor reports, e.g. monthly")
          @Nullable String complianceReports,
      @Schema(
              description =
                  "terms for permitting in advance a re-entrustment to one named subcontractor")
          @Nullable AdvanceBody advance) {}

  /**
   * The terms under which re-entrustment to one named subcontractor may be permitted in advance
   * (LAW.md).
   */
  record AdvanceBody(
      @Schema(requiredMode = REQUIRED) String subcontractor,
      @Schema(requiredMode = REQUIRED) String capabilityDocuments,
      @Schema(requiredMode = REQUIRED) boolean regularReports) {}

  /** {@code persons}: "all" (the default), "segment:FILTER" or "job:JOB-ID". */
  record ScopeBody(
      @Schema(requiredMode = REQUIRED, description = "registered purposes") List<String> purposes,
      @Schema(
              requiredMode = REQUIRED,
              description = "field column to its masking: none, partial or full")
          Map<String, String> fields,
      @Schema(description = "all (the default), segment:FILTER or job:JOB-ID")
          @Nullable String persons,
      @Schema(requiredMode = REQUIRED, format = "date") String from,
      @Schema(requiredMode = REQUIRED, format = "date") String to,
      @Schema(requiredMode = REQUIRED, description = "accesses a day at most") long dailyCap,
      @ArraySchema(
              schema = @Schema(allowableValues = {"read", "enter", "verify", "print", "package"}))
          @Schema(requiredMode = REQUIRED)
          List<String> actions) {}

  record CreateBody(
      @Schema(
              description =
                  "the entrustment this re-entrusts under; absent for a first entrustment")
          @Nullable String parent,
      @Schema(requiredMode = REQUIRED, description = "the organisation that takes the work")
          String to,
      @Schema(requiredMode = REQUIRED) ContractBody contract,
      @Schema(requiredMode = REQUIRED) ScopeBody scope) {}

  @Operation(
      summary = "What the caller's organisation gives and holds, with where each stands",
      description = "For organisation admins, security officers and auditors.")
  @ApiResponse(responseCode = "200", description = "gives and holds")
  @ApiRefusals
  @GetMapping(path = "/api/v1/entrustments", produces = "application/json")
  Listing list(@AuthenticationPrincipal Principal p) {
    Caller c = AccessGate.caller(p);
    if (!LISTING.contains(c.role())) {
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "listing entrustments is for admins, officers and auditors");
    }
    return new Listing(
        entrustments.givenBy(p.organisationId().value()).stream().map(this::view).toList(),
        entrustments.heldBy(p.organisationId().value()).stream().map(this::view).toList());
  }

  @Operation(
      summary = "A first entrustment, or with parent a re-entrustment request",
      description =
          "A re-entrustment stays requested until the first entrusting body's security officer"
              + " approves it. The change is logged first; a refused change is logged too.")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "400",
      description =
          "a body that does not parse, or an unknown field, mask or action" + " (request.invalid)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments", produces = "application/json")
  View create(@AuthenticationPrincipal Principal p, @RequestBody CreateBody body) {
    ContractBody k = body.contract();
    Contract contract =
        new Contract(
            k.confidentiality(),
            k.noTakingOffPremises(),
            k.staff() == null ? List.of() : k.staff(),
            k.inspectionRight(),
            k.noUseOutsidePurpose(),
            k.returnOrDisposal(),
            k.complianceReports() == null ? "" : k.complianceReports(),
            k.advance() == null
                ? null
                : new Contract.AdvanceTerms(
                    k.advance().subcontractor(),
                    k.advance().capabilityDocuments(),
                    k.advance().regularReports()));
    ScopeBody s = body.scope();
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    s.fields()
        .forEach((f, m) ->
            fields.put(
                Field.ofColumn(f).orElseThrow(() -> new IllegalArgumentException(f)),
                Mask.valueOf(m.toUpperCase(Locale.ROOT))));
    Set<Action> actions = EnumSet.noneOf(Action.class);
    s.actions().forEach(a -> actions.add(Action.valueOf(a.toUpperCase(Locale.ROOT))));
    Scope scope =
        new Scope(
            Set.copyOf(s.purposes()),
            fields,
            persons(s.persons()),
            date("scope.from", s.from()),
            date("scope.to", s.to()),
            s.dailyCap(),
            actions);
    return view(
        entrustments.create(body.parent(), body.to(), contract, scope, AccessGate.caller(p)));
  }

  /**
   * A date of the body; a malformed one is refused naming the field, never quoting the value (the
   * parser's own message quotes it, and it may be a number typed into the wrong field).
   */
  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not a date yyyy-mm-dd");
    }
  }

  @Operation(summary = "Approve a requested re-entrustment (the root tenant's security officer)")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/approve", produces = "application/json")
  View approve(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.approve(id, AccessGate.caller(p)));
  }

  @Operation(summary = "Suspend an entrustment and everything below it")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/suspend", produces = "application/json")
  View suspend(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.suspend(id, AccessGate.caller(p)));
  }

  @Operation(summary = "Revoke an entrustment and everything below it")
  @ApiResponse(responseCode = "200", description = "the entrustment")
  @ApiResponse(
      responseCode = "404",
      description = "no such entrustment (entrustment.unknown)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/entrustments/{id}/revoke", produces = "application/json")
  View revoke(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the entrustment's id") @PathVariable String id) {
    return view(entrustments.revoke(id, AccessGate.caller(p)));
  }

  private static PersonSet persons(@Nullable String persons) {
    if (persons == null || persons.equals("all")) {
      return PersonSet.ALL;
    }
    if (persons.startsWith("segment:")) {
      return new PersonSet.Segment(persons.substring("segment:".length()));
    }
    if (persons.startsWith("job:")) {
      return new PersonSet.Job(persons.substring("job:".length()));
    }
    throw new IllegalArgumentException("persons is all, segment:FILTER or job:JOB-ID");
  }

  private static String persons(PersonSet set) {
    return switch (set) {
      case PersonSet.All a -> "all";
      case PersonSet.Segment g -> "segment:" + g.filter();
      case PersonSet.Job j -> "job:" + j.jobId();
    };
  }

  private View view(Entrustment e) {
    Scope s = e.scope();
    Map<String, String> fields = new java.util.LinkedHashMap<>();
    s.fields().forEach((f, m) -> fields.put(f.column(), m.name().toLowerCase(Locale.ROOT)));
    return new View(
        e.id(),
        e.tenant(),
        e.parent(),
        e.from(),
        e.to(),
        entrustments.standing(e).toString(),
        List.copyOf(s.purposes()),
        fields,
        persons(s.persons()),
        s.from().toString(),
        s.to().toString(),
        s.dailyCap(),
        s.actions().stream().map(Action::code).toList());
  }
}
