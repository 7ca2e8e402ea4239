package mamori.work;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A job or document type act that was refused or could not be taken: nothing was changed. The code
 * is a {@link Reason} ({@code role.not-allowed}, {@code job.unknown}, {@code job.closed}, {@code
 * request.invalid}, {@code job.taken}, {@code type.busy}, ...); the message names the problem,
 * never a number.
 */
public final class JobException extends ActRefused {
  private static final long serialVersionUID = 1L;

  private final Reason reason;

  JobException(Kind kind, Reason reason, String field, String message) {
    super(kind, reason.code(), field, message);
    this.reason = reason;
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

  /** Why the act was refused. */
  public Reason reason() {
    return reason;
  }
}
