package mamori.web;

import java.util.Objects;
import mamori.portal.Resident;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * A resident signed in as the portal signs one in after a passkey ceremony, for tests of pages that
 * only a signed-in resident sees (a passkey cannot be made without a browser): as an authentication
 * for MockMvc, or put into a session of a running server for plain HTTP requests.
 */
public final class ResidentSessions {
  private ResidentSessions() {}

  public static Authentication signedIn(Resident resident) {
    return new ResidentAuthentication(resident);
  }

  /**
   * Signs in the running server's session {@code sessionId} (from its {@code MAMORI_SESSION}
   * cookie) as {@code resident}, keeping the security context where the portal's own sign-in keeps
   * it; every later request with that cookie goes through the server's whole filter chain.
   */
  public static void signInOnServer(
      ConfigurableApplicationContext context, String sessionId, Resident resident)
      throws java.io.IOException {
    TomcatWebServer server =
        (TomcatWebServer)
            Objects.requireNonNull(((WebServerApplicationContext) context).getWebServer());
    org.apache.catalina.Context web =
        (org.apache.catalina.Context) server.getTomcat().getHost().findChildren()[0];
    org.apache.catalina.Session session =
        Objects.requireNonNull(web.getManager().findSession(sessionId), "no such session");
    SecurityContext security = SecurityContextHolder.createEmptyContext();
    security.setAuthentication(signedIn(resident));
    session
        .getSession()
        .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, security);
  }
}
