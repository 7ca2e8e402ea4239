package mamori.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answers of a call that keys values into a task the caller holds (an entry, a verification),
 * as the OpenAPI document lists them beside {@link ApiRefusals}: 409 when the task is not where the
 * call expects it, 422 when a value fails its field's check, 429 when the operator's quota is
 * reached.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "409",
    description = KeyingRefusals.PROBLEMS,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@ApiResponse(
    responseCode = "422",
    description = KeyingRefusals.INVALID,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@ApiResponse(
    responseCode = "429",
    description = KeyingRefusals.QUOTA,
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@interface KeyingRefusals {
  /** What a task call can be refused with besides the gate's reasons. */
  String PROBLEMS =
      "404 task.unknown (no such task for the caller) or job.unknown; 409 task.state,"
          + " task.not-held, task.same-operator; 429 quota.hourly, quota.daily; 422 entry.invalid"
          + " (naming the field, never the value)";

  /** The 429 of a task call. */
  String QUOTA =
      "the operator's quota is reached (quota.hourly or quota.daily): nothing was handed out or"
          + " kept; the hour or the day's end frees it";

  /** The 422 of an entry or a verification. */
  String INVALID =
      "a value does not pass its field's check, or a field is missing (entry.invalid): the message"
          + " names the field, never the value; nothing was kept";
}
