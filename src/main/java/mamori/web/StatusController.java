package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.store.Store;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The first page and its JSON twin: is the service up, which store, which version. */
@Controller
@Tag(name = "service")
class StatusController {
  private final Store store;
  private final Clock clock;
  private final Instant startedAt;

  StatusController(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  @GetMapping("/")
  String page(@AuthenticationPrincipal @Nullable Principal p, Model model) {
    model.addAttribute("s", ServiceStatus.of(store, startedAt, clock.instant(), admin(p)));
    return "status";
  }

  @Operation(
      summary = "Is the service up, which store, which version (open without a token)",
      description =
          "Without a token the store is named by its kind only and the Java version is left out;"
              + " a tenant's own organisation admin or security officer sees both.")
  @ApiResponse(responseCode = "200", description = "the service's status")
  @SecurityRequirements
  @GetMapping(path = "/api/v1/status", produces = "application/json")
  @ResponseBody
  ServiceStatus json(@AuthenticationPrincipal @Nullable Principal p) {
    return ServiceStatus.of(store, startedAt, clock.instant(), admin(p));
  }

  /** Whether the caller is one of a tenant's own admins or security officers. */
  private static boolean admin(@Nullable Principal p) {
    return p != null
        && p.controller()
        && (p.role() == Role.ORG_ADMIN || p.role() == Role.SECURITY_OFFICER);
  }
}
