package mamori.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The error answers every bearer-token call of the API can give, as the OpenAPI document lists
 * them: 401 from the bearer check, 403 and 503 from {@link ApiErrors}. A call that can also answer
 * 400 or 404 says so on its own method.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(
    responseCode = "401",
    description = "no valid bearer token (auth.required)",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@ApiResponse(
    responseCode = "403",
    description =
        "refused, with the reason code (chain.not-approved, purpose.not-granted, field.out-of-scope,"
            + " period.outside, volume.exceeded, role.not-allowed, ...)",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@ApiResponse(
    responseCode = "413",
    description =
        "a request body over 64 KiB (request.too-large), refused before it is read; any call",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@ApiResponse(
    responseCode = "503",
    description =
        "the log cannot record the access, so nothing was revealed or changed (log.unavailable)",
    content =
        @Content(
            mediaType = "application/json",
            schema = @Schema(implementation = ApiErrors.Error.class)))
@interface ApiRefusals {}
