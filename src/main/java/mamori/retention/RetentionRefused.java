package mamori.retention;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A retention act that was refused or could not be taken: nothing was changed. {@link #reason} is
 * the stable code ({@code retention.future-date}, {@code retention.unconfirmed}, {@code
 * role.not-allowed}, ...); the message names the problem, never a number.
 */
public final class RetentionRefused extends ActRefused {
  private static final long serialVersionUID = 1L;

  private final Reason reason;
  private final long count;

  RetentionRefused(Kind kind, Reason reason, String field, String message, long count) {
    super(kind, reason.code(), field, message);
    this.reason = reason;
    this.count = count;
  }

  static RetentionRefused refused(Reason reason, String message) {
    return new RetentionRefused(Kind.REFUSED, reason, "", message, 0);
  }

  static RetentionRefused invalid(Reason reason, String field, String message) {
    return new RetentionRefused(Kind.INVALID, reason, field, message, 0);
  }

  static RetentionRefused state(Reason reason, String message) {
    return new RetentionRefused(Kind.CONFLICT, reason, "", message, 0);
  }

  static RetentionRefused notFound(Reason reason, String field, String message) {
    return new RetentionRefused(Kind.NOT_FOUND, reason, field, message, 0);
  }

  /** An act that deletes every person of a purpose, not confirmed twice with {@code count}. */
  static RetentionRefused unconfirmed(String message, long count) {
    return new RetentionRefused(
        Kind.CONFLICT, Reason.RETENTION_UNCONFIRMED, "confirm", message, count);
  }

  /** Why the act was refused. */
  public Reason reason() {
    return reason;
  }

  /**
   * For {@code retention.unconfirmed}: the number of persons the act would delete, which the second
   * confirmation repeats; 0 otherwise.
   */
  public long count() {
    return count;
  }
}
