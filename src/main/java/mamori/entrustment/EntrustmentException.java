package mamori.entrustment;

/**
 * A change to an entrustment was refused, with a stable reason code ({@code contract.incomplete},
 * {@code approval.not-root-officer}, {@code scope.fields}, ...) and a message; nothing was logged or
 * stored.
 */
public final class EntrustmentException extends RuntimeException {
  private final String code;

  public EntrustmentException(String code, String message) {
    super(message + " (" + code + ")");
    this.code = code;
  }

  /** The stable reason code. */
  public String code() {
    return code;
  }
}
