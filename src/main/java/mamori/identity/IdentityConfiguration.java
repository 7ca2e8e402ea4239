package mamori.identity;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The users, their credentials, tokens, alerts and bearer-token sign-in of the web service, over
 * its store.
 */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  @Bean
  Users users(Store store, Clock clock) {
    return new Users(store.dataSource(), clock);
  }

  @Bean
  ApiTokens apiTokens(Store store, Clock clock) {
    return new ApiTokens(store.dataSource(), clock);
  }

  @Bean
  SecurityAlerts securityAlerts(Store store, Clock clock) {
    return new SecurityAlerts(store.dataSource(), clock);
  }

  @Bean
  Credentials credentials(Store store, TenantKeys keys, SecurityAlerts alerts, Clock clock) {
    return new Credentials(store.dataSource(), keys, alerts, clock);
  }

  @Bean
  Passkeys passkeys(Store store, Clock clock) {
    return new Passkeys(store.dataSource(), clock);
  }

  @Bean
  BearerTokenSecurity bearerTokenSecurity(ApiTokens tokens) {
    return new BearerTokenSecurity(tokens);
  }

  /** The authenticator secrets, re-sealed when a field key is retired. */
  @Bean
  mamori.crypto.FieldSealed authenticatorSecrets(Store store) {
    return AuthenticatorSecrets.in(store.dataSource());
  }
}
