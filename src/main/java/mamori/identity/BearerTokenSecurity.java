package mamori.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
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
 * missing or invalid token is answered 401 with {@code {"code":"auth.required",...}}.
 */
public final class BearerTokenSecurity {
  /** The paths that bearer tokens authenticate. */
  public static final String API = "/api/v1/**";

  /** The authority a request authenticated by a bearer token has, besides the user's role. */
  public static final String AUTHORITY = "BEARER_TOKEN";

  static final String UNAUTHORIZED_JSON =
      "{\"code\":\"auth.required\",\"message\":\"This API needs a valid bearer token: Authorization: Bearer mamori_...\"}";
  private static final String BEARER = "bearer ";

  private final ApiTokens tokens;

  BearerTokenSecurity(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Adds the bearer filter and the 401 answer for {@link #API} to {@code http}. The caller still
   * says which API paths need authentication and exempts {@link #API} from CSRF; a bearer header
   * elsewhere is no reason to skip the CSRF check (it authenticates nothing outside the API).
   */
  public void applyTo(HttpSecurity http) throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.pathPattern(API);
    AuthenticationEntryPoint entryPoint = BearerTokenSecurity::unauthorized;
    AuthenticationFilter filter = new AuthenticationFilter(authenticationManager(), this::convert);
    filter.setRequestMatcher(api);
    filter.setSuccessHandler((request, response, authentication) -> {});
    filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
    http.addFilterBefore(filter, BasicAuthenticationFilter.class)
        .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(entryPoint, api));
  }

  private AuthenticationManager authenticationManager() {
    return authentication -> {
      String presented = String.valueOf(authentication.getCredentials());
      Principal principal =
          tokens
              .authenticate(presented)
              .orElseThrow(() -> new BadCredentialsException("invalid bearer token"));
      return new Authenticated(principal);
    };
  }

  private @Nullable Presented convert(HttpServletRequest request) {
    String token = bearer(request);
    return token == null ? null : new Presented(token);
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
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(UNAUTHORIZED_JSON);
  }

  /** A token as presented, not yet checked; its text is never shown by toString. */
  private static final class Presented extends AbstractAuthenticationToken {
    private final String token;

    Presented(String token) {
      super(List.of());
      this.token = token;
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
