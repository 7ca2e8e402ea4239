package mamori.web;

import java.util.List;
import mamori.identity.Principal;
import mamori.identity.SignedIn;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A browser session that passed both factors: its principal is the identity module's {@link
 * Principal}, its authorities the user's role and the two factors, and it keeps the {@link
 * SignedIn} proof that lets the user issue their own API tokens.
 */
final class SessionAuthentication extends AbstractAuthenticationToken {
  /**
   * The authority every page behind sign-in requires: a password and then a second factor passed.
   */
  static final String TWO_FACTORS = "FACTOR_SECOND";

  private final SignedIn signedIn;

  SessionAuthentication(SignedIn signedIn) {
    super(authorities(signedIn.principal()));
    this.signedIn = signedIn;
    setAuthenticated(true);
  }

  private static List<GrantedAuthority> authorities(Principal p) {
    return List.of(
        new SimpleGrantedAuthority("ROLE_" + p.role().name()),
        new SimpleGrantedAuthority("FACTOR_PASSWORD"),
        new SimpleGrantedAuthority(TWO_FACTORS));
  }

  SignedIn signedIn() {
    return signedIn;
  }

  @Override
  public Principal getPrincipal() {
    return signedIn.principal();
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public String getName() {
    return signedIn.principal().userId().value();
  }
}
