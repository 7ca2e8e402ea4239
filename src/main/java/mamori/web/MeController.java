package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import mamori.identity.Principal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the bearer token says the caller is. */
@RestController
@Tag(name = "service")
class MeController {

  /** The caller as the API sees them; the token itself is never echoed. */
  record Me(String user, String tenant, String organisation, String role, String token) {}

  @Operation(summary = "Who the bearer token proves the caller is")
  @ApiResponse(responseCode = "200", description = "the caller")
  @ApiResponse(
      responseCode = "401",
      description = "no valid bearer token (auth.required)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @GetMapping(path = "/api/v1/me", produces = "application/json")
  Me me(@AuthenticationPrincipal Principal principal) {
    return new Me(
        principal.userId().value(),
        principal.tenantId().value(),
        principal.organisationId().value(),
        principal.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        principal.tokenId());
  }
}
