package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/*
 * Design. The found page is open to anyone and takes a photo of up to 5 MB, so what a sender may make
 * it read is decided in front of everything that reads the body: this filter runs right after
 * BodyLimit (which looks at the declared length only) and before Spring Security (whose CSRF check
 * would parse the multipart form). It is registered for the servlet paths /found and /found/*, which
 * the container matches after decoding and normalising the path, so /%66ound, /found;x=y and /./found
 * are the same path to it as /found; it does not look at the raw URI again.
 *
 * Three bounds, each before a byte of the body is read, each answered with a short page:
 *  - at most MAX_IN_FLIGHT reports are in the service at once, and one per address (or IPv6 /64):
 *    past either, 503 with Retry-After. A report holds its place from here until its answer is
 *    written, so the memory of the parts Tomcat keeps, the copy the controller reads and the photo
 *    decoded is bounded by MAX_IN_FLIGHT reports, whatever the number of threads;
 *  - every report sent counts, whatever its answer: past LIMIT an hour per address (an IPv4 address,
 *    or an IPv6 address's /64, which one subscriber holds whole) the address is answered 429, and
 *    nothing is read, looked up or logged. The look and the count are one step, so a burst of one
 *    address never passes more than LIMIT. A report refused as busy is not counted (it was not read).
 * The address is the peer's, or the client's named by a proxy listed in mamori.web.trusted-proxies
 * (TrustedProxies' valve has set it before any filter runs). Looking at the page (GET) is not
 * counted or bounded here; a request of any method with a body is.
 */
/**
 * The bounds of the public found page's reports ({@code POST /found}, and any request to it with a
 * body): how many at once, and how many an hour per address.
 */
final class FoundGate extends OncePerRequestFilter {
  /** Reports one address may send in {@link #WINDOW}. */
  static final int LIMIT = 20;

  static final Duration WINDOW = Duration.ofHours(1);

  /** Reports read at once across the service. */
  static final int MAX_IN_FLIGHT = 4;

  /** What a report refused as busy is told to wait, in seconds. */
  static final int BUSY_RETRY = 10;

  private final SignInThrottle tries;
  private final MessageSource messages;
  private final LocaleResolver locales;
  private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
  private final Set<String> addressesInFlight = ConcurrentHashMap.newKeySet();

  FoundGate(SignInThrottle tries, MessageSource messages, LocaleResolver locales) {
    this.tries = tries;
    this.messages = messages;
    this.locales = locales;
  }

  /** The hourly count of the found page: per IPv4 address or IPv6 /64. */
  static SignInThrottle throttle(Clock clock) {
    return new SignInThrottle(
        clock,
        LIMIT,
        WINDOW,
        "found-page reports",
        SignInThrottle::network,
        SignInThrottle.MAX_ADDRESSES);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // the registration's URL patterns say which paths; every request with a body is bounded,
    // whatever its method (a GET's multipart body would be parsed as well as a POST's)
    return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String address = SignInThrottle.network(request.getRemoteAddr());
    Admission admission = admit(address);
    // a refusal is written once the places are given back: its sender may come again at once
    switch (admission) {
      case BUSY ->
          refuse(
              request, response, 503, BUSY_RETRY, "found.gate.busy.title", "found.gate.busy.text");
      case THROTTLED ->
          refuse(
              request,
              response,
              429,
              WINDOW.toSeconds(),
              "found.throttled.title",
              "found.throttled.text");
      case ADMITTED -> {
        try {
          chain.doFilter(request, response);
        } finally {
          leave(address);
        }
      }
    }
  }

  /** How many reports are being read now. */
  int reading() {
    return MAX_IN_FLIGHT - inFlight.availablePermits();
  }

  /** What the gate says to a report. */
  private enum Admission {
    ADMITTED,
    BUSY,
    THROTTLED
  }

  /** Takes a place for a report of {@code address}, and counts it, or says why not. */
  private Admission admit(String address) {
    if (!inFlight.tryAcquire()) {
      return Admission.BUSY;
    }
    if (!addressesInFlight.add(address)) {
      inFlight.release();
      return Admission.BUSY;
    }
    if (!tries.tryCount(address)) {
      leave(address);
      return Admission.THROTTLED;
    }
    return Admission.ADMITTED;
  }

  private void leave(String address) {
    addressesInFlight.remove(address);
    inFlight.release();
  }

  /** The 429 or 503 page, written here: nothing after this filter runs for the request. */
  private void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      long retryAfter,
      String titleKey,
      String textKey)
      throws IOException {
    Locale locale = locales.resolveLocale(request);
    String title = text(titleKey, locale);
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
            + "</h1><p class=\"error\" id=\""
            + (status == 429 ? "throttled" : "busy")
            + "\" role=\"alert\">"
            + text(textKey, locale)
            + "</p><p><a href=\""
            + FoundController.PATH
            + "\">"
            + text("found.again", locale)
            + "</a></p></main></body></html>\n";
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Retry-After", String.valueOf(retryAfter));
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
