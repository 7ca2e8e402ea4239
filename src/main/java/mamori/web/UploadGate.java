package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import mamori.core.Reason;
import mamori.identity.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/*
 * Design. BodyLimit lets a job's document upload declare up to 64 MiB, but it runs before Spring
 * Security and cannot know the caller; so it marks such a request as gated and wraps it so that
 * none of its body can be read (stream, parameters or parts) until this gate has passed it. The
 * gate runs once the caller is known and before anything reads the body: for the console's form
 * after the session is loaded and before the CSRF check (which reads the form's token from the
 * body), for the API after the bearer token is read. A caller other than the controller's security
 * officer or organisation admin gets 403 and the connection is closed, the body unread; so does any
 * path the gate misses, since the wrapper fails closed. At most MAX_UPLOADS gated bodies are read at
 * once across the service; the next gets 503 with Retry-After, again unread.
 */
/** Lets a large document upload's body be read only for the controller's officer or admin. */
final class UploadGate extends OncePerRequestFilter {
  /** The most large uploads read at once. */
  static final int MAX_UPLOADS = 4;

  static final String FORBIDDEN = Reason.REQUEST_UPLOAD_NOT_ALLOWED.code();
  static final String BUSY = Reason.REQUEST_UPLOADS_BUSY.code();

  private static final Semaphore UPLOADS = new Semaphore(MAX_UPLOADS);

  private final Predicate<String> paths;

  /** A gate for the paths {@code paths} accepts (the console's, or the API's). */
  UploadGate(Predicate<String> paths) {
    this.paths = paths;
  }

  /** Whether {@code p} may send a large upload: the controller's security officer or admin. */
  static boolean mayUpload(Principal p) {
    return mamori.work.WorkRoles.administers(p) == null;
  }

  @Override
  protected String getAlreadyFilteredAttributeName() {
    // two gates (the console's, the API's) of one class: each keeps its own mark
    return UploadGate.class.getName() + "." + System.identityHashCode(this) + ".filtered";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getAttribute(BodyLimit.GATED) == null
        || request.getAttribute(BodyLimit.APPROVED) != null
        || !paths.test(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null || !(a.getPrincipal() instanceof Principal p) || !mayUpload(p)) {
      BodyLimit.refuse(
          response,
          403,
          FORBIDDEN,
          "only the controller's security officer or organisation admin uploads more than "
              + BodyLimit.DEFAULT_LIMIT
              + " bytes");
      return;
    }
    if (!UPLOADS.tryAcquire()) {
      response.setHeader("Retry-After", "30");
      BodyLimit.refuse(response, 503, BUSY, "too many uploads at once; try again shortly");
      return;
    }
    try {
      request.setAttribute(BodyLimit.APPROVED, Boolean.TRUE);
      chain.doFilter(request, response);
    } finally {
      UPLOADS.release();
    }
  }
}
