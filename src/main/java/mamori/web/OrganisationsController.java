package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Network;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/organisations}: the tenant's contractors and subcontractors with their corporate
 * number (masked), address, country and networks. Who may register and change what is decided by
 * {@link Entrustments}, as for the console and the command line.
 */
@RestController
@Tag(
    name = "organisations",
    description = "the tenant's contractors and subcontractors, and the networks they work from")
class OrganisationsController {
  /** The tenant's own users who list every organisation of the tenant. */
  static final Set<Role> CITY_VIEWERS = Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);

  private final Entrustments entrustments;

  OrganisationsController(Entrustments entrustments) {
    this.entrustments = entrustments;
  }

  @Schema(name = "Organisation")
  record View(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String name,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"controller", "contractor", "subcontractor"})
          String kind,
      @Schema(requiredMode = REQUIRED) String tenant,
      @Schema(
              description =
                  "the 法人番号, masked like every number Mamori shows: *-****-****-9012; absent for"
                      + " the controller")
          @Nullable String corporateNumber,
      @Schema(requiredMode = REQUIRED) String address,
      @Schema(requiredMode = REQUIRED, description = "ISO 3166-1 alpha-2, where the work is done")
          String country,
      @Schema(requiredMode = REQUIRED, description = "true when the work is done outside Japan")
          boolean abroad,
      @Schema(requiredMode = REQUIRED, description = "CIDR blocks its people may work from")
          List<String> networks,
      @Schema(description = "for a subcontractor a contractor registered, that contractor")
          @Nullable String parent) {}

  record AddBody(
      @Schema(requiredMode = REQUIRED, description = "1 to 64 of a-z, 0-9 and '-'") String id,
      @Schema(requiredMode = REQUIRED) String name,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"contractor", "subcontractor"})
          String kind,
      @Schema(requiredMode = REQUIRED, description = "13 digits, checked with its check digit")
          String corporateNumber,
      @Schema(requiredMode = REQUIRED) String address,
      @Schema(description = "ISO 3166-1 alpha-2 (default JP)") @Nullable String country,
      @Schema(
              description =
                  "CIDR blocks its people may work from; none means they work from nowhere yet")
          @Nullable List<String> networks,
      @Schema(
              description =
                  "a subcontractor's contractor; a contractor's admin names its own organisation")
          @Nullable String parent) {}

  /** What is given replaces the stored value; what is left out stays. */
  record ChangeBody(
      @Nullable String name,
      @Schema(description = "13 digits, checked with its check digit")
          @Nullable String corporateNumber,
      @Nullable String address,
      @Schema(description = "ISO 3166-1 alpha-2") @Nullable String country,
      @Schema(description = "replaces every network") @Nullable List<String> networks) {}

  @Operation(
      summary = "The organisations the caller may see",
      description =
          "The tenant's security officers, admins and auditors see every organisation of the"
              + " tenant; a contractor's admin its own and the subcontractors tied to it.")
  @ApiResponse(responseCode = "200", description = "the organisations, the controller first")
  @ApiRefusals
  @GetMapping(path = "/api/v1/organisations", produces = "application/json")
  List<View> list(@AuthenticationPrincipal Principal p) {
    String tenant = p.tenantId().value();
    String own = p.organisationId().value();
    if (p.controller() && CITY_VIEWERS.contains(p.role())) {
      return entrustments.organisations(tenant).stream()
          .map(OrganisationsController::view)
          .toList();
    }
    if (!p.controller() && p.role() == Role.ORG_ADMIN) {
      return entrustments.organisations(tenant).stream()
          .filter(o -> o.id().equals(own) || own.equals(o.parent()))
          .map(OrganisationsController::view)
          .toList();
    }
    throw new AccessException(
        Reason.ROLE_NOT_ALLOWED, "listing organisations is for admins, officers and auditors");
  }

  @Operation(
      summary = "Register a contractor or subcontractor",
      description =
          "The tenant's security officer or organisation admin registers either; a contractor's"
              + " organisation admin registers only subcontractors whose parent is its own"
              + " organisation. Logged (organisation.add) before it is stored; a refusal is"
              + " logged too.")
  @ApiResponse(responseCode = "200", description = "the organisation")
  @ApiResponse(
      responseCode = "400",
      description =
          "request.invalid naming the field: a corporate number whose check digit fails, an"
              + " unknown country, a malformed network, an address over 400 characters;"
              + " text.holds-number for a name or address holding twelve digits",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "409",
      description = "the id is taken (registry.taken)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/organisations", produces = "application/json")
  View add(@AuthenticationPrincipal Principal p, @RequestBody @Nullable AddBody body) {
    AddBody b = RegistryInput.required(body, "body");
    Organisation org =
        RegistryInput.organisation(
            p.tenantId().value(),
            b.id(),
            b.name(),
            b.kind(),
            b.corporateNumber(),
            b.address(),
            b.country(),
            b.networks(),
            b.parent());
    return view(entrustments.addOrganisation(org, AccessGate.caller(p)));
  }

  @Operation(
      summary = "Change an organisation's details",
      description =
          "The tenant's security officer or organisation admin changes any; the organisation's"
              + " own admin only its address and networks. Logged (organisation.change) before it"
              + " is stored; a refusal (organisation.not-own, role.not-allowed) is logged too.")
  @ApiResponse(responseCode = "200", description = "the organisation as changed")
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid naming the field, as for registering",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PatchMapping(path = "/api/v1/organisations/{id}", produces = "application/json")
  View change(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the organisation's id") @PathVariable String id,
      @RequestBody @Nullable ChangeBody body) {
    ChangeBody b = RegistryInput.required(body, "body");
    return view(
        entrustments.changeOrganisation(
            id,
            RegistryInput.change(
                b.name(), b.corporateNumber(), b.address(), b.country(), b.networks()),
            AccessGate.caller(p)));
  }

  @Operation(summary = "The same as PATCH, for clients that only POST")
  @ApiResponse(responseCode = "200", description = "the organisation as changed")
  @ApiRefusals
  @PostMapping(path = "/api/v1/organisations/{id}", produces = "application/json")
  View changeByPost(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the organisation's id") @PathVariable String id,
      @RequestBody @Nullable ChangeBody body) {
    return change(p, id, body);
  }

  static View view(Organisation o) {
    return new View(
        o.id(),
        o.name(),
        o.kind().name().toLowerCase(Locale.ROOT),
        o.tenant(),
        o.corporateNumber() == null ? null : o.corporateNumber().masked(),
        o.address(),
        o.country(),
        o.abroad(),
        o.networks().stream().map(Network::toString).toList(),
        o.parent());
  }
}
