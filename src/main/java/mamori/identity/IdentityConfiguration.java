package mamori.identity;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The users, their credentials, tokens, alerts and bearer-token sign-in of the web service, over its store. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

  @Bean
  Users users(Store store) {
    return new Users(store.dataSource(), Clock.systemUTC());
  }

  @Bean
  ApiTokens apiTokens(Store store) {
    return new ApiTokens(store.dataSource(), Clock.systemUTC());
  }

  @Bean
  SecurityAlerts securityAlerts(Store store) {
    return new SecurityAlerts(store.dataSource(), Clock.systemUTC());
  }

  @Bean
  Credentials credentials(Store store, TenantKeys keys, SecurityAlerts alerts) {
    return new Credentials(store.dataSource(), keys, alerts, Clock.systemUTC());
  }

  @Bean
  Passkeys passkeys(Store store) {
    return new Passkeys(store.dataSource());
  }

  @Bean
  BearerTokenSecurity bearerTokenSecurity(ApiTokens tokens) {
    return new BearerTokenSecurity(tokens);
  }
}
