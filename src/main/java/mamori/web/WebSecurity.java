package mamori.web;

import mamori.identity.BearerTokenSecurity;
import mamori.witness.Witness;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * What every response carries and what may be reached before sign-in exists. Only the status page, the
 * status API, static assets and the witness's {@code POST /witness/add-checkpoint} are open; the rest
 * of {@code /api/v1} needs a bearer token (401 without one); the console and desk pages need a signed-in
 * session (with CSRF tokens on their forms); everything else is refused. The Content-Security-Policy allows
 * no inline script, no inline style and no other origin.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurity {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain web(HttpSecurity http, BearerTokenSecurity bearer) throws Exception {
    bearer.applyTo(http);
    // the API answers 401 through the bearer entry point; everything else keeps the plain 403
    http.exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(), AnyRequestMatcher.INSTANCE));
    http.authorizeHttpRequests(auth -> auth
            .requestMatchers("/", "/api/v1/status", "/v3/api-docs", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
            .permitAll()
            .requestMatchers(HttpMethod.GET, "/log/*/checkpoint", "/log/*/tile/**")
            .permitAll()
            .requestMatchers(HttpMethod.POST, Witness.ADD_CHECKPOINT_PATH).permitAll()
            .requestMatchers(BearerTokenSecurity.API).authenticated()
            // the staff console and the contractor desk; each page checks the role and organisation itself
            .requestMatchers("/console", "/console/**", "/desk", "/desk/**").authenticated()
            .anyRequest().denyAll())
        // machine to machine, no session or cookie: the checkpoint's signature is its authentication
        // the API authenticates by bearer token only (no cookie), so a forged cross-site request carries nothing
        .csrf(csrf -> csrf.ignoringRequestMatchers(Witness.ADD_CHECKPOINT_PATH, BearerTokenSecurity.API))
        .headers(h -> h
            .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER))
            .frameOptions(f -> f.deny())
            .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()")))
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable());
    return http.build();
  }
}
