package mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/** How the pages start and end a signed-in session, the same for staff and residents. */
final class Sessions {
  private static final String CSRF_ATTRIBUTE =
      HttpSessionCsrfTokenRepository.class.getName() + ".CSRF_TOKEN";
  private static final HttpSessionSecurityContextRepository CONTEXTS =
      new HttpSessionSecurityContextRepository();

  private Sessions() {}

  /**
   * Signs the session in as {@code authentication}: a new session id (no fixation), a new CSRF
   * token, and the security context kept in the session.
   */
  static void establish(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession();
    session.removeAttribute(CSRF_ATTRIBUTE);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    CONTEXTS.saveContext(context, request, response);
  }

  /** Ends the request's session, signed in or not. */
  static void end(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
