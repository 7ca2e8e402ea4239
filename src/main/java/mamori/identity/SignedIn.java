package mamori.identity;

import java.time.Instant;

/**
 * Proof that a user passed both factors at {@link #at}: only {@link Credentials} makes one, so
 * whoever holds it (a signed-in web session) may issue API tokens and reach person data.
 */
public final class SignedIn {
  private final Principal principal;
  private final Instant at;

  SignedIn(Principal principal, Instant at) {
    this.principal = principal;
    this.at = at;
  }

  /** Who signed in; the principal's token id names the sign-in ({@code web:...}). */
  public Principal principal() {
    return principal;
  }

  /** When the second factor passed. */
  public Instant at() {
    return at;
  }

  /** The issuer an API token issued by this session is stored with. */
  public TokenIssuer issuer() {
    return new TokenIssuer.Session(this);
  }

  @Override
  public String toString() {
    return "SignedIn[" + principal.userId() + " at " + at + "]";
  }
}
