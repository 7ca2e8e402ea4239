package mamori.web;

import java.util.List;
import mamori.portal.Resident;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A resident signed in to the portal with a passkey: their id, tenant and the person token of their
 * own record, which is all the portal ever shows them. Its authority is the resident role only, so
 * no staff page or API opens to it.
 */
final class ResidentAuthentication extends AbstractAuthenticationToken {
  static final String ROLE = "ROLE_RESIDENT";

  private final Resident resident;

  ResidentAuthentication(Resident resident) {
    super(List.of(new SimpleGrantedAuthority(ROLE), new SimpleGrantedAuthority("FACTOR_WEBAUTHN")));
    this.resident = resident;
    setAuthenticated(true);
  }

  /** Who the resident is: what the portal reads is always this person's, never a parameter's. */
  @Override
  public Resident getPrincipal() {
    return resident;
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public String getName() {
    return resident.residentId();
  }
}
