package mamori.vault;

/**
 * A person record cannot be used as asked; the message says why without any personal data, and
 * nothing was changed or revealed.
 */
public final class VaultException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why: the token names no person of the tenant, or the person was erased. */
  public enum Reason {
    NOT_FOUND,
    ERASED
  }

  private final Reason reason;

  VaultException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
