package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import mamori.identity.Credentials;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that must not go on: older than {@link #MAX_AGE} however busy, or whose
 * user was disabled, locked, reset or had their sessions revoked since signing in. Asked on every
 * request, so an officer's revocation takes effect on the next click, on every instance.
 */
final class SessionGuard extends OncePerRequestFilter {
  /** However active a staff session is, it ends this long after sign-in. */
  static final Duration MAX_AGE = Duration.ofHours(8);

  private final Credentials credentials;
  private final Clock clock;

  SessionGuard(Credentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  /**
   * Static assets open to anyone need no check (a page with its styles and scripts is one check,
   * not four).
   */
  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/css/")
        || path.startsWith("/js/")
        || path.startsWith("/webjars/")
        || path.equals("/favicon.ico");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth instanceof SessionAuthentication s) {
      boolean tooOld = clock.instant().isAfter(s.signedIn().at().plus(MAX_AGE));
      if (tooOld || !credentials.sessionValid(s.getName(), s.signedIn().at())) {
        Sessions.end(request);
        response.sendRedirect(request.getContextPath() + "/signin?ended");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
