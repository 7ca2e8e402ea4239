package mamori.web;

import io.swagger.v3.oas.annotations.media.Schema;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.entrustment.EntrustmentException;
import mamori.log.LogUnavailableException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The JSON errors of the person and entrustment API: {@code {"code":..., "message":...}} with a
 * stable code, never a number. 403 for a refusal, 404 for what the caller cannot know of (no
 * existence leak), 400 for a malformed request, 503 when the log cannot record (reads fail closed).
 */
@RestControllerAdvice(assignableTypes = {PersonsController.class, EntrustmentsController.class})
class ApiErrors {
  @Schema(name = "Error", description = "Every error answer of the API")
  record Error(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "a stable code, e.g. chain.not-approved",
              example = "chain.not-approved")
          String code,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "a sentence for people; never a number")
          String message) {}

  @ExceptionHandler
  ResponseEntity<Error> refused(AccessException e) {
    return e.notFound()
        ? answer(HttpStatus.NOT_FOUND, e.code(), "no such person")
        : answer(HttpStatus.FORBIDDEN, e.code(), "the access is refused: " + e.code());
  }

  @ExceptionHandler
  ResponseEntity<Error> refused(EntrustmentException e) {
    return e.reason() == Reason.ENTRUSTMENT_UNKNOWN
        ? answer(HttpStatus.NOT_FOUND, e.code(), "no such entrustment")
        : answer(HttpStatus.FORBIDDEN, e.code(), "the change is refused: " + e.code());
  }

  @ExceptionHandler
  ResponseEntity<Error> unknown(mamori.vault.VaultException e) {
    return answer(HttpStatus.NOT_FOUND, Reason.PERSON_NOT_FOUND.code(), "no such person");
  }

  @ExceptionHandler
  ResponseEntity<Error> logDown(LogUnavailableException e) {
    return answer(
        HttpStatus.SERVICE_UNAVAILABLE,
        "log.unavailable",
        "the transparency log cannot record the access now; nothing was revealed or changed");
  }

  /**
   * A purpose or case that fails the one check of {@link mamori.core.Why}: refused before the gate,
   * so nothing is logged or counted; the answer names the problem, never the value.
   */
  @ExceptionHandler
  ResponseEntity<Error> badWhy(mamori.core.Why.Invalid e) {
    return answer(HttpStatus.BAD_REQUEST, e.problem().code(), e.problem().message());
  }

  /** Free text holding a number: refused, nothing stored; the answer names the field only. */
  @ExceptionHandler
  ResponseEntity<Error> numberInText(mamori.core.NumberText.Held e) {
    return answer(HttpStatus.BAD_REQUEST, "text.holds-number", String.valueOf(e.getMessage()));
  }

  @ExceptionHandler({
    IllegalArgumentException.class,
    MissingServletRequestParameterException.class,
    org.springframework.http.converter.HttpMessageNotReadableException.class
  })
  ResponseEntity<Error> malformed(Exception e) {
    return answer(
        HttpStatus.BAD_REQUEST, "request.invalid", "the request is malformed or incomplete");
  }

  static ResponseEntity<Error> answer(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(new Error(code, message));
  }
}
