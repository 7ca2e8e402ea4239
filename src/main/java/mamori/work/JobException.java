package mamori.work;

import mamori.core.Reason;

/**
 * A job or document type act that was refused or could not be taken: nothing was changed. The code
 * is stable ({@code role.not-allowed}, {@code job.unknown}, {@code job.closed}, {@code
 * request.invalid}, {@code type.unknown}, {@code job.taken}); the message names the problem, never
 * a number.
 */
public final class JobException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of answer the refusal is. */
  public enum Kind {
    /** The caller may not (the refusal is in the log). */
    REFUSED,
    /** No such job or type of the caller's tenant. */
    NOT_FOUND,
    /** The request is malformed: {@link #field} names what. */
    INVALID,
    /** The job's state or an existing id forbids the act. */
    CONFLICT
  }

  private final Kind kind;
  private final String code;
  private final String field;

  JobException(Kind kind, String code, String field, String message) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.field = field;
  }

  static JobException refused(Reason reason, String message) {
    return new JobException(Kind.REFUSED, reason.code(), "", message);
  }

  static JobException invalid(String field, String problem) {
    return new JobException(Kind.INVALID, "request.invalid", field, field + ": " + problem);
  }

  /** No such job of the caller's tenant ({@code job.unknown}). */
  public static JobException unknownJob() {
    return new JobException(Kind.NOT_FOUND, Reason.JOB_UNKNOWN.code(), "", "no such job");
  }

  static JobException unknownType() {
    return new JobException(Kind.NOT_FOUND, "type.unknown", "", "no such document type");
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
