package mamori.incident;

/**
 * An incident act that was refused or could not be taken: nothing was changed. The code is stable
 * ({@code role.not-allowed}, {@code incident.unknown}, {@code alert.unknown}, {@code
 * incident.closed}, {@code request.invalid}); the message names the problem, never a number.
 */
public final class IncidentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of answer the refusal is. */
  public enum Kind {
    /** The caller may not (the refusal is in the log). */
    REFUSED,
    /** No such incident or alert of the caller's tenant. */
    NOT_FOUND,
    /** The request is malformed: {@link #field} names what. */
    INVALID,
    /** The incident's state forbids the act (closed). */
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final String field;

  IncidentException(Kind kind, String code, String field, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  static IncidentException invalid(String field, String problem) {
    return new IncidentException(
        Kind.INVALID, mamori.core.Reason.REQUEST_INVALID.code(), field, field + ": " + problem);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  /** The request field at fault, "" when none. */
  public String field() {
    return field;
  }
}
