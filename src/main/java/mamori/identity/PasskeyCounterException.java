package mamori.identity;

/**
 * A passkey signed with a signature counter that did not go up since its last use: a sign of a
 * cloned authenticator (WebAuthn Level 2, 7.2 step 21). The sign-in is refused; whoever catches it
 * alerts the owner's tenant's security officer ({@link SecurityAlerts}, kind {@code
 * passkey.counter}).
 */
public final class PasskeyCounterException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The kind of the security alert raised for it. */
  public static final String ALERT = "passkey.counter";

  private final String owner;

  PasskeyCounterException(String owner, long stored, long presented) {
    super(
        "the passkey's signature counter went from "
            + stored
            + " to "
            + presented
            + "; it may have been cloned");
    this.owner = owner;
  }

  /** The relying party's own refusal of a counter at or below the one at registration. */
  PasskeyCounterException(String owner, long stored, long presented, Throwable cause) {
    super(
        "the passkey's signature counter did not go up from "
            + stored
            + (presented < 0 ? "" : " (it said " + presented + ")")
            + "; it may have been cloned",
        cause);
    this.owner = owner;
  }

  /** The passkey's owner: a resident id, or {@code staff:} and a login name. */
  public String owner() {
    return owner;
  }

  /** The counter exception in {@code e}'s chain of causes, if there is one. */
  public static java.util.Optional<PasskeyCounterException> in(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PasskeyCounterException p) {
        return java.util.Optional.of(p);
      }
    }
    return java.util.Optional.empty();
  }
}
