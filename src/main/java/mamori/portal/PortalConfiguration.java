package mamori.portal;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The resident letters and accounts of the web service, over its store. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {
  @Bean
  ResidentLetters residentLetters(
      Store store, TenantKeys keys, SecurityAlerts alerts, Clock clock) {
    return new ResidentLetters(store.dataSource(), keys, alerts, clock);
  }
}
