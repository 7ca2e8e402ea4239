package mamori.web;

import mamori.portal.Resident;
import org.springframework.security.core.Authentication;

/**
 * A resident signed in as the portal signs one in after a passkey ceremony, for MockMvc tests of
 * pages that only a signed-in resident sees (a passkey cannot be made without a browser).
 */
public final class ResidentSessions {
  private ResidentSessions() {}

  public static Authentication signedIn(Resident resident) {
    return new ResidentAuthentication(resident);
  }
}
