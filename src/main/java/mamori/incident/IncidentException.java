package mamori.incident;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * An incident act that was refused or could not be taken: nothing was changed. The code is stable
 * ({@code role.not-allowed}, {@code incident.unknown}, {@code alert.unknown}, {@code
 * incident.closed}, {@code request.invalid}); the message names the problem, never a number.
 */
public final class IncidentException extends ActRefused {
  private static final long serialVersionUID = 1L;

  IncidentException(Kind kind, String code, String field, String message) {
    super(kind, code, field, message);
  }

  static IncidentException invalid(String field, String problem) {
    return new IncidentException(
        Kind.INVALID, Reason.REQUEST_INVALID.code(), field, field + ": " + problem);
  }
}
