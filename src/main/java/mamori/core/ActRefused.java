package mamori.core;

/**
 * An act of a module's service that was refused or could not be taken: nothing was changed. Each
 * module has its own subclass (a job's, an incident's); the API and the command line answer them
 * all by their {@link Kind}, their stable code and the request field at fault. The message names
 * the problem, never a number.
 */
public abstract class ActRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of answer the refusal is. */
  public enum Kind {
    /** The caller may not (the refusal is in the log). */
    REFUSED,
    /** No such thing of the caller's tenant. */
    NOT_FOUND,
    /** The request is malformed: {@link #field} names what. */
    INVALID,
    /** The thing's state or an existing id forbids the act. */
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final String field;

  protected ActRefused(Kind kind, String code, String field, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  public final Kind kind() {
    return kind;
  }

  /** The stable code: a {@link Reason}'s, or the module's own ({@code incident.unknown}, ...). */
  public final String code() {
    return code;
  }

  /** The request field at fault, "" when none. */
  public final String field() {
    return field;
  }
}
