package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.identity.Principal;
import mamori.log.LogUnavailableException;
import mamori.transfer.PackageRefused;
import mamori.transfer.Releases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sender's packages for its security officer or admin (bearer token): the list with states, and
 * {@code POST /api/v1/packages/{id}/report-lost}, which destroys an online package's release share
 * after logging it. Errors are the API's {@code {"code", "message"}}.
 */
@RestController
class PackageStatesController {
  private final Releases releases;

  PackageStatesController(Releases releases) {
    this.releases = releases;
  }

  /** The body of a report: why the package is lost. */
  record ReportBody(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "why: 1 to 200 characters, never a number")
          @Nullable String reason) {}

  @Operation(
      summary = "The tenant's packages, newest first, with their states",
      description =
          "For the controller's security officer or admin. state: created, released, opened,"
              + " expired, lost or incomplete.")
  @ApiResponse(responseCode = "200", description = "{\"packages\": [...]}")
  @ApiRefusals
  @GetMapping(path = "/api/v1/packages", produces = "application/json")
  Map<String, Object> list(@AuthenticationPrincipal Principal p) {
    mayManage(p);
    List<Map<String, Object>> rows =
        releases.list(p.tenantId()).stream().map(PackageStatesController::view).toList();
    return Map.of("packages", rows);
  }

  @Operation(
      summary = "Reports a package lost: its release share is destroyed, for good",
      description =
          "Logged first (package.report-lost), then the share deleted: no one, the recipient"
              + " included, can open an online package from then on. An offline package carries"
              + " its share: the report is recorded, and killed is false.")
  @ApiResponse(responseCode = "200", description = "{\"package\", \"state\", \"killed\", ...}")
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid: no reason, or one too long or holding a number",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiResponse(
      responseCode = "404",
      description = "package.unknown: no such package of the caller's tenant (logged)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PostMapping(path = "/api/v1/packages/{id}/report-lost", produces = "application/json")
  Map<String, Object> reportLost(
      @AuthenticationPrincipal Principal p,
      @PathVariable String id,
      @RequestBody(required = false) @Nullable ReportBody body) {
    String reason = body == null || body.reason() == null ? "" : body.reason();
    Releases.ReportedLost lost = releases.reportLost(p.who(), p.controller(), p.role(), id, reason);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("package", lost.packageId());
    out.put("state", "lost");
    out.put("killed", lost.killed());
    out.put("lost_at", lost.at().toString());
    lost.released().ifPresent(t -> out.put("released_at", t.toString()));
    out.put(
        "message",
        !lost.killed()
            ? "an offline package carries its own share: the loss is recorded, but the package"
                + " cannot be killed"
            : lost.released().isPresent()
                ? "the release share is destroyed, but it was released to the recipient before:"
                    + " the recipient may have opened the package"
                : "the release share is destroyed: no one can open this package from now on");
    return out;
  }

  static Map<String, Object> view(Releases.Package p) {
    Map<String, Object> out = PackageReleaseController.state(p);
    out.put("recipient", p.recipientId());
    out.put("recipient_name", p.recipientName());
    out.put("purpose", p.purpose());
    out.put("case", p.caseRef());
    out.put("persons", p.persons());
    out.put("release", p.online() ? "online" : "offline");
    p.lostBy().ifPresent(u -> out.put("lost_by", u));
    return out;
  }

  private static void mayManage(Principal p) {
    if (!p.controller() || (p.role() != Role.SECURITY_OFFICER && p.role() != Role.ORG_ADMIN)) {
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED, "packages are the controller's officer's and admin's");
    }
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> refused(PackageRefused e) {
    HttpStatus status =
        e.reason() == Reason.PACKAGE_UNKNOWN ? HttpStatus.NOT_FOUND : HttpStatus.FORBIDDEN;
    return ApiErrors.answer(status, e.reason().code(), String.valueOf(e.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> malformed(IllegalArgumentException e) {
    return ApiErrors.answer(
        HttpStatus.BAD_REQUEST, Reason.REQUEST_INVALID.code(), String.valueOf(e.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> logDown(LogUnavailableException e) {
    return ApiErrors.answer(
        HttpStatus.SERVICE_UNAVAILABLE,
        "log.unavailable",
        "the transparency log cannot record the report now; nothing was changed");
  }
}
