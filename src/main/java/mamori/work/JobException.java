package mamori.work;

import mamori.core.Reason;

/**
 * A job or document type act that was refused or could not be taken: nothing was changed. The code
 * is a {@link Reason} ({@code role.not-allowed}, {@code job.unknown}, {@code job.closed}, {@code
 * request.invalid}, {@code job.taken}, {@code type.busy}, ...); the message names the problem,
 * never a number.
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
  private final Reason reason;
  private final String field;

  JobException(Kind kind, Reason reason, String field, String message) {
    super(message);
    this.kind = kind;
    this.reason = reason;
    this.field = field;
  }

  static JobException refused(Reason reason, String message) {
    return new JobException(Kind.REFUSED, reason, "", message);
  }

  static JobException invalid(String field, String problem) {
    return new JobException(Kind.INVALID, Reason.REQUEST_INVALID, field, field + ": " + problem);
  }

  /** No such job of the caller's tenant ({@code job.unknown}). */
  public static JobException unknownJob() {
    return new JobException(Kind.NOT_FOUND, Reason.JOB_UNKNOWN, "", "no such job");
  }

  public Kind kind() {
    return kind;
  }

  /** Why the act was refused. */
  public Reason reason() {
    return reason;
  }

  /** The reason's stable code. */
  public String code() {
    return reason.code();
  }

  /** The request field at fault, "" when none. */
  public String field() {
    return field;
  }
}
