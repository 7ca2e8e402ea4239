package mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Network;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Why;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/*
 * Design. One place for bearer tokens and console/desk sessions alike: this filter runs after both
 * have put the caller in the security context and before any authorisation or controller, so no
 * endpoint can forget it. The address is the request's remote address as Tomcat gives it: the peer's
 * own, or, only when the peer is a trusted proxy (TrustedProxies, mamori.web.trusted-proxies), the
 * client address that proxy forwarded; an X-Forwarded-For from any other peer never reaches here.
 * The organisation is read live from the registry on each request of a contractor's user (one row by
 * key), so a network removed by the city binds on the next request, on every instance.
 *
 * Who is bound: every user of an organisation that is not the controller (operators and admins, and
 * any other role a contractor's user holds), whether signed in on a page or calling with a token. An
 * organisation with no networks registered is bound to none: its people work nowhere until the city
 * or its own admin registers the networks it works from (the safe default; the demo registers
 * 127.0.0.0/8 and ::1 for its contractors). The controller's own staff are not bound here: the city's
 * network is the city's own concern.
 *
 * A refusal is written to the tenant's log as deny:network.not-registered, naming the user and the
 * class of the address (ipv4-public, ipv6-private, loopback, ...), never the address itself nor any
 * person; when the log cannot record it the request is refused all the same.
 */
/**
 * Refuses a request of a contractor's or subcontractor's user from an address outside the networks
 * its organisation registered ({@code network.not-registered}): 403 with the API's JSON error on
 * {@code /api/v1}, a refusal page elsewhere; the refusal is logged.
 */
final class NetworkBinding extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(NetworkBinding.class);

  static final String JSON =
      "{\"code\":\""
          + Reason.NETWORK_NOT_REGISTERED.code()
          + "\",\"message\":\"your organisation has not registered the network this request comes"
          + " from\"}";

  private final Entrustments entrustments;
  private final TransparencyLogs logs;
  private final mamori.detect.NetworkSightings sightings;
  private final Clock clock;

  NetworkBinding(
      Entrustments entrustments,
      TransparencyLogs logs,
      mamori.detect.NetworkSightings sightings,
      Clock clock) {
    this.entrustments = entrustments;
    this.logs = logs;
    this.sightings = sightings;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof Principal p) {
      Optional<InetAddress> from = address(request.getRemoteAddr());
      String path = request.getRequestURI().substring(request.getContextPath().length());
      // signing out reveals nothing, and lets a refused user end the session they cannot use
      if (!path.equals("/signout") && !p.controller()) {
        Optional<Organisation> org =
            entrustments
                .organisation(p.organisationId().value())
                .filter(o -> o.tenant().equals(p.tenantId().value()));
        if (!worksFrom(org, from)) {
          log(p, from);
          refuse(request, response);
          return;
        }
      }
      // every signed-in user's network is told to detection (detect.new-network), the city's
      // staff too
      from.ifPresent(a -> sightings.seen(p.tenantId(), p.userId(), p.organisationId(), a));
    }
    chain.doFilter(request, response);
  }

  /**
   * Whether {@code org} (a contractor or subcontractor) may be worked for from the request's
   * address {@code remote}: the one check of the network binding, for every request of a signed-in
   * user and for a contractor user's enrolment page alike.
   */
  static boolean worksFrom(Optional<Organisation> org, String remote) {
    return worksFrom(org, address(remote));
  }

  private static boolean worksFrom(Optional<Organisation> org, Optional<InetAddress> from) {
    return from.isPresent() && org.isPresent() && org.get().mayWorkFrom(from.get());
  }

  /** The literal address of the request; empty for anything that is not one. */
  static Optional<InetAddress> address(String remote) {
    try {
      return Optional.of(Network.parse(remote).address());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What kind of address it is, for the log: never the address itself. */
  static String addressClass(Optional<InetAddress> address) {
    if (address.isEmpty()) {
      return "unknown";
    }
    InetAddress a = address.get();
    String family = a.getAddress().length == 4 ? "ipv4" : "ipv6";
    if (a.isLoopbackAddress()) {
      return "loopback";
    }
    if (a.isLinkLocalAddress()) {
      return family + "-link-local";
    }
    boolean uniqueLocal = a.getAddress().length == 16 && (a.getAddress()[0] & 0xfe) == 0xfc;
    if (a.isSiteLocalAddress() || uniqueLocal) {
      return family + "-private";
    }
    return family + "-public";
  }

  private void log(Principal p, Optional<InetAddress> from) {
    try {
      logs.forTenant(p.tenantId().value())
          .append(
              AccessRecord.of(
                  Attempt.withoutPerson(
                      p.who(),
                      List.of(),
                      Why.administrative("network:" + addressClass(from)),
                      Action.SIGNIN,
                      clock.instant()),
                  Outcome.denied(Reason.NETWORK_NOT_REGISTERED)));
    } catch (LogUnavailableException e) {
      // refused all the same: nothing was reached
      LOG.warn("a request refused for its network could not be logged: {}", e.getMessage());
    }
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (path.startsWith("/api/")) {
      response.setContentType("application/json");
      response.getWriter().write(JSON);
      return;
    }
    response.setContentType("text/html");
    response.getWriter().write(PAGE);
  }

  /**
   * The refusal page: both languages (the request's locale is not resolved this early), no script
   * or style of its own, so the strict CSP holds.
   */
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="ja">
      <head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>接続元ネットワークが登録されていません — Mamori</title>
      <link rel="stylesheet" href="/css/mamori.css"><link rel="stylesheet" href="/css/console.css"></head>
      <body><main>
      <h1>接続元ネットワークが登録されていません</h1>
      <p class="refusal" id="message">所属組織が登録したネットワークの外からは利用できません。\
      組織の管理者に、作業場所のネットワークの登録を依頼してください。(network.not-registered)</p>
      <h2 lang="en">Network not registered</h2>
      <p lang="en">Your organisation has not registered the network this request comes from; ask its\
       admin to register the network of your place of work. (network.not-registered)</p>
      <p class="muted">HTTP 403</p>
      </main></body>
      </html>
      """;
}
