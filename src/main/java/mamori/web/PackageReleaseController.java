package mamori.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import mamori.crypto.PackageCrypto;
import mamori.log.LogUnavailableException;
import mamori.transfer.PackageRefused;
import mamori.transfer.Releases;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * Who calls these. Another system (the recipient's Mamori, or a reader such as the format's Python
 * decoder) that holds the package id and, for a release, the recipient's private key: no session, no
 * bearer token, no cookie, so WebSecurity opens exactly these four paths and exempts them from CSRF
 * (a forged cross-site request could only ask a challenge, which reveals nothing to the page). The
 * key proves the caller: the answer to a challenge sealed to the recipient's registered key.
 *
 * Bounds. BodyLimit reads at most PACKAGE_BODY bytes of a body here. Refusals are counted per
 * client address (the sign-in throttle's sliding window): past the limit an address is answered 429
 * without anything being looked up or logged, so guessing answers or ids, or flooding the log with
 * refusals, stops quickly. Challenges asked are counted per address too, with their own limit
 * (CHALLENGE_LIMIT in CHALLENGE_WINDOW), whether or not they are answered: a package keeps only its
 * newest unanswered challenges (Releases replaces the oldest), so a stranger holding the id cannot
 * keep the recipient from a fresh one, and cannot ask them without bound either.
 */
/**
 * The release protocol of docs/package-format.md, "Asking for the release": {@code POST
 * /api/v1/packages/{id}/challenge}, {@code .../release}, {@code .../opened} and {@code GET
 * .../status}, open without sign-in, answering errors as {@code {"error": code, "message": ...}}.
 */
@RestController
class PackageReleaseController {
  static final String BASE = "/api/v1/packages/{id}";

  /** The open paths, for WebSecurity and BodyLimit. */
  static final java.util.regex.Pattern OPEN =
      java.util.regex.Pattern.compile(
          "/api/v1/packages/[^/]{1,64}/(challenge|release|opened|status)");

  /** The most bytes of a body to these paths: {"answer": 44 characters of Base64} and room. */
  static final int PACKAGE_BODY = 4 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String THROTTLED = "request.throttled";

  /** How many challenges one client address may ask in {@link #CHALLENGE_WINDOW}. */
  static final int CHALLENGE_LIMIT = 30;

  static final Duration CHALLENGE_WINDOW = Duration.ofMinutes(10);

  private final Releases releases;
  private final SignInThrottle refusals;
  private final SignInThrottle challenges;

  PackageReleaseController(Releases releases, Clock clock) {
    this.releases = releases;
    this.refusals =
        new SignInThrottle(clock, 60, Duration.ofMinutes(10), "package release refusals");
    this.challenges =
        new SignInThrottle(clock, CHALLENGE_LIMIT, CHALLENGE_WINDOW, "package challenges");
  }

  @Operation(
      summary = "A release challenge for the package's recipient (open: the key is the proof)",
      description =
          "32 random bytes sealed with HPKE to the recipient's registered key, info"
              + " \"mamori-package/1 challenge\" || id; good for five minutes and one release.")
  @ApiResponse(responseCode = "200", description = "{\"challenge\": {\"enc\": ..., \"ct\": ...}}")
  @PackageRefusals
  @SecurityRequirements
  @PostMapping(path = BASE + "/challenge", produces = "application/json")
  ResponseEntity<Map<String, Object>> challenge(
      @PathVariable String id, HttpServletRequest request) {
    // every challenge asked counts, answered or not: a package keeps only its newest unanswered
    // ones (Releases), so the bound on who may ask many is here
    String address = request.getRemoteAddr();
    if (challenges.blocked(address)) {
      return error(
          HttpStatus.TOO_MANY_REQUESTS,
          THROTTLED,
          "too many challenges asked from this address; try again later");
    }
    challenges.failed(address);
    return answer(request, () -> Map.of("challenge", sealed(releases.challenge(id))));
  }

  @Operation(
      summary = "Releases the share to the recipient that answered a challenge",
      description =
          "Body {\"answer\": Base64 of the 32 bytes}. The release is in the sender's log before"
              + " the answer: the share sealed to the recipient and the sender's Ed25519"
              + " signature over \"mamori-package/1 release\\n\" || id || enc || ct.")
  @ApiResponse(
      responseCode = "200",
      description = "{\"share\": {\"enc\", \"ct\"}, \"released_at\": ..., \"signature\": ...}")
  @PackageRefusals
  @SecurityRequirements
  @PostMapping(path = BASE + "/release", produces = "application/json")
  ResponseEntity<Map<String, Object>> release(
      @PathVariable String id,
      @RequestBody(required = false) @Nullable String body,
      HttpServletRequest request) {
    return answer(
        request,
        () -> {
          Releases.Released r = releases.release(id, answerOf(body));
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("share", sealed(r.share()));
          out.put("released_at", r.releasedAt().toString());
          out.put("signature", b64(r.signature()));
          return out;
        });
  }

  @Operation(
      summary = "Reports that the recipient opened the package",
      description =
          "Body {\"answer\": ...}: the answer of a challenge the package was released with, within"
              + " its five minutes.")
  @ApiResponse(responseCode = "200", description = "the package's state, as status answers it")
  @PackageRefusals
  @SecurityRequirements
  @PostMapping(path = BASE + "/opened", produces = "application/json")
  ResponseEntity<Map<String, Object>> opened(
      @PathVariable String id,
      @RequestBody(required = false) @Nullable String body,
      HttpServletRequest request) {
    return answer(request, () -> state(releases.opened(id, answerOf(body))));
  }

  @Operation(
      summary = "The package's state and times, to anyone holding its id; never a key",
      description = "state: created, released, opened, expired, lost or incomplete.")
  @ApiResponse(responseCode = "200", description = "{\"package\", \"state\", \"created\", ...}")
  @PackageRefusals
  @SecurityRequirements
  @GetMapping(path = BASE + "/status", produces = "application/json")
  ResponseEntity<Map<String, Object>> status(@PathVariable String id, HttpServletRequest request) {
    return answer(request, () -> state(releases.status(id)));
  }

  /** The state as the status call answers it: the state word and the times, nothing else. */
  static Map<String, Object> state(Releases.Package p) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("package", p.id());
    out.put("state", p.state().code());
    out.put("created", p.created().toString());
    out.put("expires", p.expires().toString());
    p.released().ifPresent(t -> out.put("released_at", t.toString()));
    p.opened().ifPresent(t -> out.put("opened_at", t.toString()));
    p.lost().ifPresent(t -> out.put("lost_at", t.toString()));
    return out;
  }

  /** A request body that is not {"answer": Base64}. */
  private static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  private static byte[] answerOf(@Nullable String body) {
    if (body == null || body.isBlank()) {
      throw new Malformed("the body is {\"answer\": Base64 of the challenge's 32 bytes}");
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(body).path("answer");
    } catch (tools.jackson.core.JacksonException e) {
      throw new Malformed("the body is not JSON");
    }
    if (!answer.isString()) {
      throw new Malformed("the body is {\"answer\": Base64 of the challenge's 32 bytes}");
    }
    try {
      return Base64.getDecoder().decode(answer.asString());
    } catch (IllegalArgumentException e) {
      throw new Malformed("the answer is not Base64");
    }
  }

  private ResponseEntity<Map<String, Object>> answer(
      HttpServletRequest request, java.util.function.Supplier<Map<String, Object>> call) {
    String address = request.getRemoteAddr();
    if (refusals.blocked(address)) {
      return error(
          HttpStatus.TOO_MANY_REQUESTS,
          THROTTLED,
          "too many refused package requests from this address; try again later");
    }
    try {
      return ResponseEntity.ok().header("Cache-Control", "no-store").body(call.get());
    } catch (PackageRefused e) {
      refusals.failed(address);
      return error(statusOf(e.reason()), e.reason().code(), String.valueOf(e.getMessage()));
    } catch (Malformed e) {
      refusals.failed(address);
      return error(
          HttpStatus.BAD_REQUEST,
          mamori.core.Reason.REQUEST_INVALID.code(),
          String.valueOf(e.getMessage()));
    } catch (LogUnavailableException e) {
      return error(
          HttpStatus.SERVICE_UNAVAILABLE,
          "log.unavailable",
          "the log cannot record the release now, so nothing was released");
    }
  }

  /** The HTTP status of a refusal, as docs/package-format.md lists them. */
  static HttpStatus statusOf(mamori.core.Reason reason) {
    return switch (reason) {
      case PACKAGE_UNKNOWN -> HttpStatus.NOT_FOUND;
      case PACKAGE_INCOMPLETE, PACKAGE_OFFLINE -> HttpStatus.CONFLICT;
      case PACKAGE_EXPIRED, PACKAGE_LOST -> HttpStatus.GONE;
      default -> HttpStatus.FORBIDDEN;
    };
  }

  private static ResponseEntity<Map<String, Object>> error(
      HttpStatus status, String code, String message) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("error", code);
    out.put("message", message);
    return ResponseEntity.status(status).header("Cache-Control", "no-store").body(out);
  }

  private static Map<String, String> sealed(PackageCrypto.Sealed s) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("enc", b64(s.enc()));
    out.put("ct", b64(s.ct()));
    return out;
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** The error answers of the release calls, with their {error, message} body. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @ApiResponse(
      responseCode = "400",
      description = "request.invalid: the body is not {\"answer\": Base64}",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "403",
      description = "package.answer-wrong, package.recipient-revoked (logged)",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "404",
      description = "package.unknown",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "409",
      description = "package.incomplete, package.offline (logged)",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "410",
      description = "package.expired, package.lost (logged)",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "413",
      description = "request.too-large: a body over 4 KiB, refused before it is read",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "429",
      description =
          "request.throttled: too many refusals, or too many challenges asked, from the address",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @ApiResponse(
      responseCode = "503",
      description = "log.unavailable: the log cannot record, nothing was released",
      content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
  @interface PackageRefusals {}
}
