package mamori.work;

import mamori.core.Reason;

/**
 * A job change or read refused, with its reason (logged before it is thrown where it is an act).
 */
public final class JobRefused extends RuntimeException {
  private final Reason reason;

  public JobRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  public String code() {
    return reason.code();
  }
}
