package mamori.entrustment;

import mamori.core.Reason;

/**
 * A change to an entrustment was refused, with a stable reason ({@code contract.incomplete}, {@code
 * approval.not-root-officer}, {@code scope.fields}, ...) and a message; nothing was stored, and the
 * refusal is in the log of the caller's tenant when the caller's organisation is known.
 */
public final class EntrustmentException extends RuntimeException {
  private final Reason reason;

  public EntrustmentException(Reason reason, String message) {
    super(message + " (" + reason.code() + ")");
    this.reason = reason;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }

  /** The stable reason code. */
  public String code() {
    return reason.code();
  }
}
