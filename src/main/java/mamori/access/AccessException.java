package mamori.access;

/**
 * The gate refused an access, with a stable reason code ({@code chain.not-approved}, {@code purpose.unknown},
 * {@code field.out-of-scope}, {@code volume.exceeded}, {@code person.not-found}, ...). The refusal is in the
 * tenant's log when the caller's tenant is known; nothing was revealed.
 */
public final class AccessException extends RuntimeException {
  /** The code of a token that names no person the caller may know of: answered as "not found". */
  public static final String NOT_FOUND = "person.not-found";

  private final String code;

  public AccessException(String code, String message) {
    super(message + " (" + code + ")");
    this.code = code;
  }

  /** The stable reason code. */
  public String code() {
    return code;
  }

  /** Whether the refusal must look like an unknown person (no existence leak), not like a denial. */
  public boolean notFound() {
    return NOT_FOUND.equals(code);
  }
}
