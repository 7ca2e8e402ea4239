package mamori.web;

import mamori.identity.Principal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the bearer token says the caller is. */
@RestController
class MeController {

  /** The caller as the API sees them; the token itself is never echoed. */
  record Me(String user, String tenant, String organisation, String role, String token) {}

  @GetMapping(path = "/api/v1/me", produces = "application/json")
  Me me(@AuthenticationPrincipal Principal principal) {
    return new Me(principal.userId().value(), principal.tenantId().value(), principal.organisationId().value(),
        principal.role().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), principal.tokenId());
  }
}
