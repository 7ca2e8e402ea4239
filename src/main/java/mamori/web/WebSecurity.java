package mamori.web;

import java.time.Clock;
import java.util.List;
import mamori.identity.BearerTokenSecurity;
import mamori.identity.Credentials;
import mamori.witness.Witness;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What every response carries and what may be reached before sign-in. Only the status page, the
 * status API, a package's release calls and status (docs/package-format.md), the public found page
 * ({@code /found}), the sign-in pages, static assets, the log's public checkpoint, tiles, keys,
 * witnesses and consistency proofs and the witness's {@code POST /witness/add-checkpoint} are open;
 * the log's entry bundles need a bearer token or a console session (401 without either); the rest
 * of {@code /api/v1} needs a bearer token (401 without one); the console, desk and account pages
 * need a session that passed both factors (a visitor without one is sent to sign in), with CSRF
 * tokens on every form; everything else is refused. The Content-Security-Policy allows no inline
 * script, no inline style and no other origin.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {
  /** The pages behind sign-in with two factors. */
  static final List<String> PAGE_PATHS =
      List.of(
          "/console",
          "/console/**",
          "/desk",
          "/desk/**",
          "/account",
          "/account/**",
          "/counter",
          "/counter/**");

  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The package release calls open without sign-in (PackageReleaseController). */
  static final String[] PACKAGE_RELEASE_CALLS = {
    "/api/v1/packages/*/challenge", "/api/v1/packages/*/release", "/api/v1/packages/*/opened"
  };

  static final String PACKAGE_STATUS = "/api/v1/packages/*/status";

  static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=()";

  /**
   * Spring Security's own observations are off: with them every filter of the chain runs inside an
   * observation of its own (a quarter of the chain's time on the plain read's profile,
   * docs/performance.md), and nothing reads them. The requests' own observations (their counts and
   * times on the metrics endpoint) stay.
   */
  @Bean
  static SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  SecurityFilterChain web(
      HttpSecurity http,
      BearerTokenSecurity bearer,
      Credentials credentials,
      Clock clock,
      mamori.entrustment.Entrustments entrustments,
      mamori.log.TransparencyLogs logs,
      mamori.detect.NetworkSightings sightings)
      throws Exception {
    // a machine token presented from outside its networks is a refusal in its user's tenant's log
    bearer.applyTo(
        http,
        p ->
            logs.forTenant(p.tenantId().value())
                .append(
                    mamori.log.AccessRecord.of(
                        mamori.core.Attempt.withoutPerson(
                            p.who(),
                            java.util.List.of(),
                            new mamori.core.Why("", mamori.core.Why.caseFrom(p.tokenId())),
                            mamori.core.Action.TOKEN_USE,
                            clock.instant()),
                        mamori.core.Outcome.denied(mamori.core.Reason.NETWORK_NOT_ALLOWED))),
        // an auditor's entry bundles take a bearer token as well as a console session
        List.of(LogController.ENTRY_BUNDLES));
    // after the bearer token and the session have named the caller, before anything is authorised:
    // a contractor's user works only from its organisation's registered networks (issue 14)
    http.addFilterBefore(
        new NetworkBinding(entrustments, logs, sightings, clock),
        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
    RequestMatcher signedInPages =
        new OrRequestMatcher(
            PAGE_PATHS.stream()
                .<RequestMatcher>map(PathPatternRequestMatcher::pathPattern)
                .toList());
    // pages send whoever is not signed in to the sign-in page; the API answers 401 through the
    // bearer
    // entry point; everything else keeps the plain 403
    http.exceptionHandling(e ->
        e.defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/signin"), signedInPages)
            .defaultAuthenticationEntryPointFor(
                new LoginUrlAuthenticationEntryPoint("/portal"),
                PathPatternRequestMatcher.pathPattern("/portal/**"))
            .defaultAuthenticationEntryPointFor(
                new Http403ForbiddenEntryPoint(), AnyRequestMatcher.INSTANCE));
    http.addFilterAfter(new SessionGuard(credentials, clock), SecurityContextHolderFilter.class);
    // a job's large document upload: the console's form once the session names the caller and
    // before the CSRF check reads the form; the API's once the bearer token has (UploadGate)
    http.addFilterBefore(
        new UploadGate(path -> path.startsWith("/console/")),
        org.springframework.security.web.csrf.CsrfFilter.class);
    http.addFilterBefore(
        new UploadGate(path -> path.startsWith("/api/")),
        org.springframework.security.web.access.intercept.AuthorizationFilter.class);
    http.authorizeHttpRequests(auth ->
            auth.requestMatchers(
                    "/",
                    "/api/v1/status",
                    "/v3/api-docs",
                    "/css/**",
                    "/js/**",
                    "/webjars/**",
                    "/favicon.ico",
                    "/error")
                .permitAll()
                // entry bundles hold access records: a bearer token or a console session that
                // passed both factors, and LogController serves them to the tenant's auditors only
                .requestMatchers(HttpMethod.GET, LogController.ENTRY_BUNDLES)
                .hasAnyAuthority(BearerTokenSecurity.AUTHORITY, SessionAuthentication.TWO_FACTORS)
                .requestMatchers(
                    HttpMethod.GET,
                    "/log/*/checkpoint",
                    "/log/*/tile/**",
                    "/log/*/witnesses",
                    "/log/*/keys",
                    "/log/*/proof/consistency")
                .permitAll()
                .requestMatchers(HttpMethod.POST, Witness.ADD_CHECKPOINT_PATH)
                .permitAll()
                // a load balancer's probes: UP or DOWN, nothing else (docs/operations.md,
                // Monitoring); the Actuator's own paths exist on the management port only, bound
                // to 127.0.0.1, and are not served on this one
                .requestMatchers(HttpMethod.GET, "/livez", "/readyz")
                .permitAll()
                .requestMatchers(
                    HttpMethod.GET,
                    "/actuator/health",
                    "/actuator/health/*",
                    "/actuator/prometheus")
                .permitAll()
                // a package's release calls: another system proves itself with the recipient's
                // key (the answer to a challenge sealed to it), never with a session or token
                .requestMatchers(HttpMethod.POST, PACKAGE_RELEASE_CALLS)
                .permitAll()
                .requestMatchers(HttpMethod.GET, PACKAGE_STATUS)
                .permitAll()
                .requestMatchers(
                    "/signin",
                    "/signin/code",
                    "/signin/enrol",
                    "/signin/passkey",
                    "/signin/passkey/options",
                    "/signout")
                .permitAll()
                // the public found page: anyone who holds a page that is not theirs reports it
                // (throttled per address before its body is read: FoundGate); CSRF stays on
                .requestMatchers(FoundController.PATH)
                .permitAll()
                // a one-time enrolment address: its page checks the address itself
                .requestMatchers("/enrol/*")
                .permitAll()
                // the resident portal: its way in is open (each step checks the session), the
                // history is the
                // signed-in resident's own
                .requestMatchers(
                    "/portal",
                    "/portal/activate",
                    "/portal/passkey",
                    "/portal/passkey/options",
                    "/portal/signin",
                    "/portal/signin/options",
                    "/portal/signout")
                .permitAll()
                .requestMatchers("/portal/history", "/portal/history/**", "/portal/notices")
                .hasRole("RESIDENT")
                // the API takes bearer tokens only: a browser session's cookie opens no API call
                .requestMatchers(BearerTokenSecurity.API)
                .hasAuthority(BearerTokenSecurity.AUTHORITY)
                // the staff console, the contractor desk and the account page need both factors;
                // each page
                // checks the role and organisation itself
                .requestMatchers(PAGE_PATHS.toArray(String[]::new))
                .hasAuthority(SessionAuthentication.TWO_FACTORS)
                .anyRequest()
                .denyAll())
        // machine to machine, no session or cookie: the checkpoint's signature is its
        // authentication
        // the API authenticates by bearer token only (no cookie), so a forged cross-site request
        // carries nothing
        .csrf(csrf ->
            csrf.ignoringRequestMatchers(
                    Witness.ADD_CHECKPOINT_PATH, BearerTokenSecurity.API, PACKAGE_STATUS)
                .ignoringRequestMatchers(PACKAGE_RELEASE_CALLS))
        .headers(h ->
            h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(f -> f.deny())
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS)))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable());
    return http.build();
  }
}
