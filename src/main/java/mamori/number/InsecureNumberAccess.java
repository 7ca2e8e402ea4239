package mamori.number;

/**
 * The token that code must hold to read the full digits of a number. Every call to {@code
 * InsecureNumberAccess.get()} is a place where a full number leaves its wrapper: grep for it when
 * reviewing. Outside an authorised reveal, a full number must never reach a log, message or page.
 */
public final class InsecureNumberAccess {
  private static final InsecureNumberAccess INSTANCE = new InsecureNumberAccess();

  private InsecureNumberAccess() {}

  public static InsecureNumberAccess get() {
    return INSTANCE;
  }
}
