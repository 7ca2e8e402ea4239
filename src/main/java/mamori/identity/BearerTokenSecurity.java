package mamori.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/*
 * Spring Security's own AuthenticationFilter does the work: a converter reads "Authorization: Bearer
 * <token>", an AuthenticationManager asks ApiTokens, and the result is the request's security context
 * (no session: every request carries its token). A request to /api/v1/** without a token goes on
 * unauthenticated and is stopped by the chain's authorization, which asks the entry point below; a
 * token that does not authenticate is answered at once by the same entry point. Either way the answer
 * is 401 with one JSON body that never repeats what was sent.
 */
/**
 * Bearer-token sign-in for the JSON API: {@link #applyTo} adds it to the web's one security chain.
 * Every {@code /api/v1/**} request with a valid token is authenticated as its {@link Principal}; a
 * missing or invalid token is answered 401 with {@code {"code":"auth.required",...}}; a machine
 * token from outside its networks 403 with {@code {"code":"network.not-allowed",...}}.
 */
public final class BearerTokenSecurity {
  /** The paths that bearer tokens authenticate. */
  public static final String API = "/api/v1/**";

  /** The authority a request authenticated by a bearer token has, besides the user's role. */
  public static final String AUTHORITY = "BEARER_TOKEN";

  static final String UNAUTHORIZED_JSON =
      "{\"code\":\"auth.required\",\"message\":\"This API needs a valid bearer token: Authorization: Bearer mamori_...\"}";
  private static final String BEARER = "bearer ";

  static final String NETWORK_JSON =
      "{\"code\":\"network.not-allowed\",\"message\":\"This machine token is not accepted from this network\"}";

  private final ApiTokens tokens;

  BearerTokenSecurity(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** A valid machine token presented from outside its networks: answered 403, never 200. */
  static final class OutsideNetworks extends AuthenticationException {
    private final transient Principal principal;

    OutsideNetworks(Principal principal) {
      super("a machine token from outside its networks");
      this.principal = principal;
    }
  }

  /**
   * As {@link #applyTo(HttpSecurity, Consumer)}, with a machine token used from outside its
   * networks told to no one.
   */
  public void applyTo(HttpSecurity http) throws Exception {
    applyTo(http, p -> {});
  }

  /**
   * Adds the bearer filter and the 401 answer for {@link #API} to {@code http}. The caller still
   * says which API paths need authentication and exempts {@link #API} from CSRF; a bearer header
   * elsewhere is no reason to skip the CSRF check (it authenticates nothing outside the API).
   */
  public void applyTo(HttpSecurity http, Consumer<Principal> outsideNetworks) throws Exception {
    applyTo(http, outsideNetworks, List.of());
  }

  /**
   * As {@link #applyTo(HttpSecurity, Consumer)}, with bearer tokens also taken (and 401 answered
   * without one) on the {@code GET} paths {@code alsoAt}, outside the API: the log's entry bundles,
   * which an auditor fetches with a token or a console session alike.
   */
  public void applyTo(HttpSecurity http, Consumer<Principal> outsideNetworks, List<String> alsoAt)
      throws Exception {
    List<RequestMatcher> matchers = new java.util.ArrayList<>();
    matchers.add(PathPatternRequestMatcher.pathPattern(API));
    for (String path : alsoAt) {
      matchers.add(
          PathPatternRequestMatcher.pathPattern(org.springframework.http.HttpMethod.GET, path));
    }
    RequestMatcher api =
        matchers.size() == 1
            ? matchers.getFirst()
            : new org.springframework.security.web.util.matcher.OrRequestMatcher(matchers);
    AuthenticationEntryPoint entryPoint = BearerTokenSecurity::unauthorized;
    AuthenticationFilter filter = new AuthenticationFilter(authenticationManager(), this::convert);
    filter.setRequestMatcher(api);
    filter.setSuccessHandler((request, response, authentication) -> {});
    filter.setFailureHandler((request, response, reason) -> {
      if (reason instanceof OutsideNetworks o) {
        // the refusal is logged (by the web, in the token user's tenant's log) before it is
        // answered; a log that cannot record still refuses
        try {
          outsideNetworks.accept(o.principal);
        } finally {
          refuse(response, HttpServletResponse.SC_FORBIDDEN, NETWORK_JSON);
        }
        return;
      }
      entryPoint.commence(request, response, reason);
    });
    http.addFilterBefore(filter, BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(entryPoint, api));
  }

  private AuthenticationManager authenticationManager() {
    return authentication -> {
      String presented = String.valueOf(authentication.getCredentials());
      String address = ((Presented) authentication).address;
      return switch (tokens.authenticate(presented, address)) {
        case ApiTokens.Accepted a -> new Authenticated(a.principal());
        case ApiTokens.OutsideNetworks o -> throw new OutsideNetworks(o.principal());
        case ApiTokens.Refused r -> throw new BadCredentialsException("invalid bearer token");
      };
    };
  }

  private @Nullable Presented convert(HttpServletRequest request) {
    String token = bearer(request);
    // the peer, or the client a trusted proxy names (TrustedProxies' valve has set it by now)
    return token == null ? null : new Presented(token, request.getRemoteAddr());
  }

  private static @Nullable String bearer(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    return header.substring(BEARER.length()).strip();
  }

  private static void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    refuse(response, HttpServletResponse.SC_UNAUTHORIZED, UNAUTHORIZED_JSON);
  }

  private static void refuse(HttpServletResponse response, int status, String json)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json);
  }

  /** A token as presented, not yet checked; its text is never shown by toString. */
  private static final class Presented extends AbstractAuthenticationToken {
    private final String token;
    private final String address;

    Presented(String token, String address) {
      super(List.of());
      this.token = token;
      this.address = address;
    }

    @Override
    public Object getCredentials() {
      return token;
    }

    @Override
    public Object getPrincipal() {
      return "bearer";
    }
  }

  /** A caller whose token authenticated: the principal, with its role as the one authority. */
  private static final class Authenticated extends AbstractAuthenticationToken {
    private final Principal principal;

    Authenticated(Principal principal) {
      super(
          List.of(
              new SimpleGrantedAuthority("ROLE_" + principal.role().name()),
              new SimpleGrantedAuthority(AUTHORITY)));
      this.principal = principal;
      setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
      return "";
    }

    @Override
    public Principal getPrincipal() {
      return principal;
    }
  }
}
