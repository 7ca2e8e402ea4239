package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/*
 * Design. The found page is open to anyone and takes a photo of up to 5 MB, so the count of tries from
 * an address is kept in front of everything that reads the body: this filter runs right after BodyLimit
 * (which looks at the declared length only) and before Spring Security (whose CSRF check would parse the
 * multipart form). Every report sent counts, whatever its answer, so a flood of guesses stops at LIMIT
 * an hour per address whether the guesses are well-formed or not; past it, the address is answered 429
 * with a short page in the reader's language, and nothing is read, looked up or logged. The address is
 * the peer's, or the client's named by a proxy listed in mamori.web.trusted-proxies (TrustedProxies'
 * valve has set it before any filter runs). Looking at the page (GET) is not counted.
 */
/** The per-address throttle of the public found page's reports ({@code POST /found}). */
final class FoundGate extends OncePerRequestFilter {
  /** Reports one address may send in {@link #WINDOW}. */
  static final int LIMIT = 20;

  static final Duration WINDOW = Duration.ofHours(1);

  private final SignInThrottle tries;
  private final MessageSource messages;
  private final LocaleResolver locales;

  FoundGate(SignInThrottle tries, MessageSource messages, LocaleResolver locales) {
    this.tries = tries;
    this.messages = messages;
    this.locales = locales;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getMethod().equals("POST")
        || !request.getRequestURI().equals(FoundController.PATH);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = request.getRemoteAddr();
    if (tries.blocked(address)) {
      refuse(request, response);
      return;
    }
    tries.failed(address);
    chain.doFilter(request, response);
  }

  /** The 429 page, written here: nothing after this filter runs for the request. */
  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Locale locale = locales.resolveLocale(request);
    String title = text("found.throttled.title", locale);
    String html =
        "<!DOCTYPE html>\n<html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>"
            + title
            + "</title><link rel=\"stylesheet\" href=\"/css/mamori.css\">"
            + "<link rel=\"stylesheet\" href=\"/css/console.css\"></head><body>"
            + "<main class=\"narrow\"><h1>"
            + title
            + "</h1><p class=\"error\" id=\"throttled\" role=\"alert\">"
            + text("found.throttled.text", locale)
            + "</p><p><a href=\""
            + FoundController.PATH
            + "\">"
            + text("found.again", locale)
            + "</a></p></main></body></html>\n";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
    response.setHeader("Cache-Control", "no-store");
    // the answer comes before Spring Security's filters, so it carries their headers itself
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", WebSecurity.CSP);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    // the body is not wanted: the connection ends after this answer
    response.setHeader("Connection", "close");
    response.setContentType("text/html;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  private String text(String key, Locale locale) {
    String m = messages.getMessage(key, null, key, locale);
    return HtmlUtils.htmlEscape(m == null ? key : m);
  }
}
