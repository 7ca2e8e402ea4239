package mamori.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import mamori.access.AccessException;
import mamori.core.Reason;
import mamori.entrustment.EntrustmentException;
import mamori.log.LogUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The JSON errors of the person and entrustment API: {@code {"code":..., "message":...}} with a
 * stable code, never a number. 403 for a refusal, 404 for what the caller cannot know of (no
 * existence leak), 400 for a malformed request (with {@code field}: the body field's JSON path or
 * the parameter at fault, never the value sent), 503 when the log cannot record (reads fail
 * closed).
 */
@RestControllerAdvice(
    assignableTypes = {
      PersonsController.class,
      PersonSetsController.class,
      EntrustmentsController.class,
      OrganisationsController.class,
      PurposesController.class,
      EntrustmentContractsController.class,
      IncidentPapersController.class,
      PortalHistoryApiController.class,
      UsersController.class,
      IncidentsController.class,
      AlertsController.class,
      JobsController.class,
      TasksController.class,
      JobProgressController.class,
      PackagesController.class,
      PackageStatesController.class
    })
class ApiErrors {
  @Schema(name = "Error", description = "Every error answer of the API")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Error(
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "a stable code, e.g. chain.not-approved",
              example = "chain.not-approved")
          String code,
      @Schema(
              requiredMode = Schema.RequiredMode.REQUIRED,
              description = "a sentence for people; never a number")
          String message,
      @Schema(
              description =
                  "on a 400, the body field (its JSON path, e.g. scope.from) or the parameter"
                      + " that is wrong",
              example = "scope.from")
          @Nullable String field) {}

  @ExceptionHandler
  ResponseEntity<Error> refused(AccessException e) {
    return switch (e.reason()) {
      case PERSON_NOT_FOUND -> answer(HttpStatus.NOT_FOUND, e.code(), "no such person");
      // the desk's (issue 16): what the caller cannot know of, a task not in the state asked,
      // a quota reached, an entry that does not pass (the message names the field, not the value)
      case TASK_UNKNOWN -> answer(HttpStatus.NOT_FOUND, e.code(), "no such task");
      case JOB_UNKNOWN -> answer(HttpStatus.NOT_FOUND, e.code(), "no such job");
      case TASK_STATE, TASK_NOT_HELD, TASK_SAME_OPERATOR, JOB_CLOSED ->
          answer(HttpStatus.CONFLICT, e.code(), "the task cannot be done so: " + e.code());
      case QUOTA_HOURLY, QUOTA_DAILY ->
          answer(
              HttpStatus.TOO_MANY_REQUESTS,
              e.code(),
              "the operator's quota is reached: " + e.code());
      case ENTRY_INVALID ->
          answer(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), String.valueOf(e.getMessage()));
      default -> answer(HttpStatus.FORBIDDEN, e.code(), "the access is refused: " + e.code());
    };
  }

  @ExceptionHandler
  ResponseEntity<Error> refused(EntrustmentException e) {
    if (e.reason() == Reason.REGISTRY_TAKEN) {
      return answer(HttpStatus.CONFLICT, e.code(), "the id is taken; nothing was stored");
    }
    if (e.reason() == Reason.CONTRACT_NONE) {
      return answer(HttpStatus.NOT_FOUND, e.code(), "no such contract document");
    }
    return e.reason() == Reason.ENTRUSTMENT_UNKNOWN
        ? answer(HttpStatus.NOT_FOUND, e.code(), "no such entrustment")
        : answer(HttpStatus.FORBIDDEN, e.code(), "the change is refused: " + e.code());
  }

  /** Another organisation's user: refused, and the refusal is in the log. */
  @ExceptionHandler
  ResponseEntity<Error> refused(mamori.tenancy.UserAdmin.Refused e) {
    return answer(
        HttpStatus.FORBIDDEN, e.reason().code(), "the change is refused: " + e.reason().code());
  }

  /** A user or organisation not of the caller's tenant: as if there were none. */
  @ExceptionHandler
  ResponseEntity<Error> unknown(mamori.tenancy.UserAdmin.Unknown e) {
    return String.valueOf(e.getMessage()).startsWith("no organisation")
        ? answer(HttpStatus.NOT_FOUND, Reason.ORGANISATION_UNKNOWN.code(), "no such organisation")
        : answer(HttpStatus.NOT_FOUND, USER_UNKNOWN, "no such user");
  }

  /**
   * An act of a module refused (logged), of what the caller cannot know, malformed, or in a state
   * that forbids it: a job's, a type's, an incident's.
   */
  @ExceptionHandler
  ResponseEntity<Error> act(mamori.core.ActRefused e) {
    return switch (e.kind()) {
      case REFUSED -> answer(HttpStatus.FORBIDDEN, e.code(), "the act is refused: " + e.code());
      case NOT_FOUND -> answer(HttpStatus.NOT_FOUND, e.code(), String.valueOf(e.getMessage()));
      case INVALID ->
          ResponseEntity.badRequest()
              .body(
                  new Error(
                      e.code(),
                      String.valueOf(e.getMessage()),
                      e.field().isEmpty() ? null : e.field()));
      case CONFLICT -> answer(HttpStatus.CONFLICT, e.code(), String.valueOf(e.getMessage()));
    };
  }

  /** An alert act by someone who may not (logged when it names an alert of the tenant). */
  @ExceptionHandler
  ResponseEntity<Error> refused(mamori.detect.AlertHandling.Refused e) {
    return answer(
        HttpStatus.FORBIDDEN, e.reason().code(), "the act is refused: " + e.reason().code());
  }

  /** An alert not of the caller's tenant: as if there were none. */
  @ExceptionHandler
  ResponseEntity<Error> unknown(mamori.detect.AlertHandling.Unknown e) {
    return answer(HttpStatus.NOT_FOUND, "alert.unknown", "no such alert");
  }

  /** A closed alert is final. */
  @ExceptionHandler
  ResponseEntity<Error> closed(mamori.detect.AlertHandling.Closed e) {
    return answer(HttpStatus.CONFLICT, "alert.closed", "the alert is closed; nothing was changed");
  }

  /** An alert that closes when its case is decided elsewhere (a found page's report). */
  @ExceptionHandler
  ResponseEntity<Error> decidedElsewhere(mamori.detect.AlertHandling.DecidedElsewhere e) {
    return answer(HttpStatus.CONFLICT, "alert.decided-elsewhere", String.valueOf(e.getMessage()));
  }

  /** A user not of the caller's tenant (not a reason of the gate, which names persons). */
  static final String USER_UNKNOWN = "user.unknown";

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

  @ExceptionHandler
  ResponseEntity<Error> refused(PageRefusal e) {
    return answer(e.status(), "request.refused", "this is not yours to see");
  }

  /** A listing's cursor not given to this caller (another's, altered, forged); nothing listed. */
  @ExceptionHandler
  ResponseEntity<Error> badCursor(mamori.access.InvalidCursor e) {
    return answer(HttpStatus.BAD_REQUEST, "cursor.invalid", String.valueOf(e.getMessage()));
  }

  @ExceptionHandler
  ResponseEntity<Error> badPage(HistoryPage.Invalid e) {
    return answer(HttpStatus.BAD_REQUEST, "page.invalid", e.problem());
  }

  @ExceptionHandler
  ResponseEntity<Error> invalid(InvalidRequest e) {
    return invalid(e.field(), e.text());
  }

  /** A body that is not JSON, or a field of the wrong type: the field is named by its path. */
  @ExceptionHandler
  ResponseEntity<Error> unreadable(HttpMessageNotReadableException e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JacksonException j) {
        String path = path(j);
        if (t instanceof StreamReadException) {
          // the text is not JSON at all: the body is at fault, and where it breaks is said
          return invalid("body", "body: not valid JSON" + (path.isEmpty() ? "" : ", at " + path));
        }
        String field = path.isEmpty() ? "body" : path;
        return invalid(field, field + ": " + expected(j));
      }
    }
    return invalid("body", "body: the body is missing or not valid JSON");
  }

  /** A parameter of the wrong type, e.g. {@code limit=abc}. */
  @ExceptionHandler
  ResponseEntity<Error> mistyped(MethodArgumentTypeMismatchException e) {
    Class<?> type = e.getRequiredType();
    String what =
        type == int.class || type == Integer.class || type == long.class || type == Long.class
            ? "a whole number"
            : "a valid value";
    return invalid(e.getName(), e.getName() + ": must be " + what);
  }

  @ExceptionHandler
  ResponseEntity<Error> missing(MissingServletRequestParameterException e) {
    return invalid(e.getParameterName(), e.getParameterName() + ": is required");
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

  @ExceptionHandler
  ResponseEntity<Error> malformed(IllegalArgumentException e) {
    return answer(
        HttpStatus.BAD_REQUEST,
        Reason.REQUEST_INVALID.code(),
        "the request is malformed or incomplete");
  }

  private static ResponseEntity<Error> invalid(String field, String message) {
    return ResponseEntity.badRequest()
        .body(new Error(Reason.REQUEST_INVALID.code(), message, field));
  }

  /** The JSON path of the failing value, e.g. {@code scope.actions[0]}; empty at the top. */
  private static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      String name = r.getPropertyName();
      if (name != null) {
        if (!out.isEmpty()) {
          out.append('.');
        }
        out.append(name);
      } else if (r.getIndex() >= 0) {
        out.append('[').append(r.getIndex()).append(']');
      }
    }
    return named(out.toString());
  }

  /**
   * A path as it may be answered: a map's keys in it are the caller's own text, so any number in it
   * is masked, control and format characters are shown as {@code ?} and it is cut at 200
   * characters.
   */
  static String named(String path) {
    StringBuilder b = new StringBuilder();
    mamori.core.NumberText.mask(path)
        .codePoints()
        .limit(200)
        .forEach(c -> b.appendCodePoint(mamori.core.Why.unprintable(c) ? '?' : c));
    return b.toString();
  }

  /** What the field should have been, from the type Jackson wanted; never the value sent. */
  private static String expected(JacksonException e) {
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> t = m.getTargetType();
      if (t == boolean.class || t == Boolean.class) {
        return "must be true or false";
      }
      if (t == long.class || t == Long.class || t == int.class || t == Integer.class) {
        return "must be a whole number";
      }
      if (t == String.class) {
        return "must be a string";
      }
      if (java.util.Collection.class.isAssignableFrom(t)) {
        return "must be a list";
      }
      if (java.util.Map.class.isAssignableFrom(t) || t.isRecord()) {
        return "must be an object";
      }
    }
    return "has the wrong type";
  }

  static ResponseEntity<Error> answer(HttpStatus status, String code, String message) {
    return ResponseEntity.status(status).body(new Error(code, message, null));
  }
}
