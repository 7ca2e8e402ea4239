package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import mamori.access.AccessGate;
import mamori.core.Reason;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Purpose;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/purposes}: the purposes (事務) of the caller's tenant with their legal basis and
 * retention rule; every user of the tenant lists them (they name what work is for), only its own
 * security officer or organisation admin adds and changes them.
 */
@RestController
@Tag(name = "purposes", description = "the purposes (事務) data may be used for")
class PurposesController {
  private final Entrustments entrustments;
  private final mamori.retention.Retentions retentions;

  PurposesController(Entrustments entrustments, mamori.retention.Retentions retentions) {
    this.retentions = retentions;
    this.entrustments = entrustments;
  }

  @Schema(name = "Purpose")
  record View(
      @Schema(requiredMode = REQUIRED) String id,
      @Schema(requiredMode = REQUIRED) String name,
      @Schema(
              requiredMode = REQUIRED,
              description = "a row of the 番号法 別表, or the municipality's own ordinance for 独自利用事務")
          String legalBasis,
      @Schema(requiredMode = REQUIRED) int retentionYears,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"case-closed", "after-january-10-following-filing-deadline"})
          String retentionFrom) {}

  record AddBody(
      @Schema(requiredMode = REQUIRED, description = "1 to 64 of a-z, 0-9 and '-'") String id,
      @Schema(requiredMode = REQUIRED) String name,
      @Schema(requiredMode = REQUIRED, description = "1 to 1000 characters, no twelve-digit run")
          String legalBasis,
      @Schema(requiredMode = REQUIRED, description = "1 to 100") Integer retentionYears,
      @Schema(
              requiredMode = REQUIRED,
              allowableValues = {"case-closed", "after-january-10-following-filing-deadline"})
          String retentionFrom) {}

  /** What is given replaces the stored value; what is left out stays. */
  record ChangeBody(
      @Nullable String name,
      @Nullable String legalBasis,
      @Nullable Integer retentionYears,
      @Nullable String retentionFrom) {}

  private static final String INVALID =
      "request.invalid naming the field; text.holds-number for free text holding twelve digits";

  @Operation(summary = "The tenant's purposes, by id")
  @ApiResponse(responseCode = "200", description = "the purposes")
  @ApiRefusals
  @GetMapping(path = "/api/v1/purposes", produces = "application/json")
  List<View> list(@AuthenticationPrincipal Principal p) {
    return entrustments.purposes(p.tenantId().value()).stream()
        .map(PurposesController::view)
        .toList();
  }

  @Operation(
      summary = "Register a purpose",
      description =
          "Only the tenant's own security officer or organisation admin. Logged (purpose.add)"
              + " before it is stored; a refusal is logged too.")
  @ApiResponse(responseCode = "200", description = "the purpose")
  @ApiResponse(
      responseCode = "400",
      description = INVALID,
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
  @PostMapping(path = "/api/v1/purposes", produces = "application/json")
  View add(@AuthenticationPrincipal Principal p, @RequestBody @Nullable AddBody body) {
    AddBody b = RegistryInput.required(body, "body");
    Purpose purpose =
        RegistryInput.purpose(
            p.tenantId().value(),
            b.id(),
            b.name(),
            b.legalBasis(),
            b.retentionYears(),
            b.retentionFrom());
    return view(entrustments.addPurpose(purpose, AccessGate.caller(p)));
  }

  @Operation(
      summary = "Change a purpose's name, legal basis or retention rule",
      description =
          "As for registering. The next decision reads the changed purpose. Logged"
              + " (purpose.change) before it is stored.")
  @ApiResponse(responseCode = "200", description = "the purpose as changed")
  @ApiResponse(
      responseCode = "400",
      description = INVALID,
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/purposes/{id}", produces = "application/json")
  View change(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "the purpose's id") @PathVariable String id,
      @RequestBody @Nullable ChangeBody body) {
    ChangeBody b = RegistryInput.required(body, "body");
    String tenant = p.tenantId().value();
    Purpose stored =
        entrustments.purposes(tenant).stream()
            .filter(q -> q.id().equals(id))
            .findFirst()
            .orElseGet(() -> unknown(p, tenant, id));
    return view(
        PurposeChanges.change(
            entrustments,
            retentions,
            p,
            stored,
            RegistryInput.changed(
                stored, b.name(), b.legalBasis(), b.retentionYears(), b.retentionFrom())));
  }

  /**
   * A purpose the tenant does not have: the change is still asked of {@link Entrustments}, so that
   * who may not change purposes is refused first and logged, and who may is told it is unknown.
   */
  private Purpose unknown(Principal p, String tenant, String id) {
    Purpose placeholder;
    try {
      placeholder =
          new Purpose(tenant, id, "-", "-", new Purpose.Retention(1, Purpose.Start.CASE_CLOSED));
    } catch (IllegalArgumentException e) {
      throw new EntrustmentException(Reason.PURPOSE_UNKNOWN, "no such purpose");
    }
    entrustments.changePurpose(placeholder, AccessGate.caller(p));
    throw new EntrustmentException(Reason.PURPOSE_UNKNOWN, "no such purpose");
  }

  static View view(Purpose p) {
    return new View(
        p.id(),
        p.name(),
        p.legalBasis(),
        p.retention().years(),
        RegistryInput.start(p.retention().from()));
  }
}
