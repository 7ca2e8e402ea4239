package mamori.transfer;

import mamori.core.Reason;

/**
 * A package that is refused (to open, to release, to make), with the reason the log writes. The
 * message says what was wrong in words an operator can act on and never holds person data.
 */
public final class PackageRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Reason reason;

  public PackageRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public PackageRefused(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
