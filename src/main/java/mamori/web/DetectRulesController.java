package mamori.web;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.detect.RuleFile;
import mamori.detect.RuleFiles;
import mamori.identity.Principal;
import mamori.log.LogUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/detect/rules}: the caller's tenant's own detection rules
 * (docs/detection-rules.md). The tenant's own security officer and auditors read them; only the
 * officer loads a new version, which is checked whole (400 with every problem and its line, nothing
 * stored), logged ({@code detect.rules-load}) and then stored. The body is bounded by the service's
 * body limit, which is the rule file's own limit (64 KiB).
 */
@RestController
@Tag(name = "detection rules", description = "a city's own detection rules, a Sigma 2 subset")
class DetectRulesController {
  private final RuleFiles files;

  DetectRulesController(RuleFiles files) {
    this.files = files;
  }

  @Schema(name = "DetectRulesVersion")
  record VersionView(
      @Schema(requiredMode = REQUIRED, description = "1 for the first file loaded") int version,
      @Schema(requiredMode = REQUIRED, description = "SHA-256 of the file's UTF-8 bytes, hex")
          String sha256,
      @Schema(requiredMode = REQUIRED) int rules,
      @Schema(requiredMode = REQUIRED) String loadedBy,
      @Schema(requiredMode = REQUIRED) Instant loadedAt) {}

  @Schema(name = "DetectRules")
  record View(
      @Schema(
              requiredMode = REQUIRED,
              description = "the version shown (the one in force unless one was asked); 0: none")
          int version,
      @Schema(requiredMode = REQUIRED, description = "the file as loaded; empty when none")
          String text,
      @Schema(requiredMode = REQUIRED, description = "every version, newest (in force) first")
          List<VersionView> versions) {}

  @Schema(name = "DetectRulesProblem")
  record ProblemView(
      @Schema(requiredMode = REQUIRED, description = "1 for the file's first line") int line,
      @Schema(requiredMode = REQUIRED, description = "what is wrong; never a number")
          String message) {}

  @Schema(name = "DetectRulesRefused", description = "A rule file refused, with every problem")
  record Refusal(
      @Schema(requiredMode = REQUIRED, example = "rules.invalid") String code,
      @Schema(requiredMode = REQUIRED) String message,
      @Schema(requiredMode = REQUIRED) List<ProblemView> problems) {}

  @Operation(
      summary = "The tenant's detection rules",
      description =
          "The file in force (or the version asked) with every version's hash, loader and time."
              + " The tenant's own security officer and auditors.")
  @ApiResponse(responseCode = "200", description = "the rules; version 0 when none was loaded")
  @ApiResponse(
      responseCode = "404",
      description = "no such version (rules.unknown-version)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @GetMapping(path = "/api/v1/detect/rules", produces = "application/json")
  ResponseEntity<?> get(
      @AuthenticationPrincipal Principal p,
      @Parameter(description = "a version; the one in force when left out")
          @RequestParam(required = false)
          @Nullable Integer version) {
    if ((p.role() != Role.SECURITY_OFFICER && p.role() != Role.AUDITOR) || !p.controller()) {
      return refused();
    }
    List<VersionView> versions =
        files.list(p.tenantId()).stream().map(DetectRulesController::view).toList();
    Optional<RuleFiles.Version> v = files.get(p.tenantId(), Optional.ofNullable(version));
    if (v.isEmpty() && version != null) {
      return ApiErrors.answer(HttpStatus.NOT_FOUND, "rules.unknown-version", "no such version");
    }
    return ResponseEntity.ok(
        new View(
            v.map(RuleFiles.Version::version).orElse(0),
            v.map(RuleFiles.Version::text).orElse(""),
            versions));
  }

  @Operation(
      summary = "Load a new version of the tenant's detection rules",
      description =
          "The body is the rule file (YAML, UTF-8, at most 64 KiB). Only the tenant's own security"
              + " officer. The file is checked whole: any problem refuses it (400, each problem"
              + " with its line) and nothing is stored. Logged (detect.rules-load, naming the"
              + " version and SHA-256) before it is stored; the engine runs it within seconds.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = {
        @Content(mediaType = "application/yaml", schema = @Schema(type = "string")),
        @Content(mediaType = "text/yaml", schema = @Schema(type = "string"))
      })
  @ApiResponse(responseCode = "200", description = "the version loaded, now in force")
  @ApiResponse(
      responseCode = "400",
      description = "rules.invalid, with every problem and its line; nothing stored",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = Refusal.class)))
  @ApiResponse(
      responseCode = "413",
      description = "request.too-large: over 64 KiB",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = ApiErrors.Error.class)))
  @ApiRefusals
  @PutMapping(
      path = "/api/v1/detect/rules",
      consumes = {"application/yaml", "text/yaml"},
      produces = "application/json")
  VersionView put(@AuthenticationPrincipal Principal p, @RequestBody byte[] body) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequest("body", "body: the rule file is not UTF-8 text");
    }
    return view(files.load(p, text));
  }

  private static VersionView view(RuleFiles.Version v) {
    return new VersionView(v.version(), v.sha256(), v.rules(), v.loadedBy().value(), v.loadedAt());
  }

  private static ResponseEntity<ApiErrors.Error> refused() {
    return ApiErrors.answer(
        HttpStatus.FORBIDDEN,
        Reason.ROLE_NOT_ALLOWED.code(),
        "the access is refused: " + Reason.ROLE_NOT_ALLOWED.code());
  }

  @ExceptionHandler
  ResponseEntity<Refusal> invalid(RuleFile.Invalid e) {
    return ResponseEntity.badRequest()
        .body(
            new Refusal(
                "rules.invalid",
                "the rule file is refused; nothing was stored",
                e.problems().stream().map(x -> new ProblemView(x.line(), x.message())).toList()));
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> refused(RuleFiles.Refused e) {
    return refused();
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> invalid(InvalidRequest e) {
    return ResponseEntity.badRequest()
        .body(new ApiErrors.Error(mamori.core.Reason.REQUEST_INVALID.code(), e.text(), e.field()));
  }

  @ExceptionHandler
  ResponseEntity<ApiErrors.Error> logDown(LogUnavailableException e) {
    return ApiErrors.answer(
        HttpStatus.SERVICE_UNAVAILABLE,
        "log.unavailable",
        "the transparency log cannot record the act now; nothing was changed");
  }
}
