package mamori.access;

import mamori.core.Reason;

/**
 * The gate refused an access, with a stable reason ({@code chain.not-approved}, {@code
 * purpose.unknown}, {@code field.out-of-scope}, {@code volume.exceeded}, {@code person.not-found},
 * ...). The refusal is in the tenant's log when the caller's tenant is known; nothing was revealed.
 */
public final class AccessException extends RuntimeException {
  private final Reason reason;

  public AccessException(Reason reason, String message) {
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

  /**
   * Whether the refusal must look like an unknown person (no existence leak), not like a denial.
   */
  public boolean notFound() {
    return reason == Reason.PERSON_NOT_FOUND;
  }
}
