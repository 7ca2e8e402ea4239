package mamori.incident;

import java.time.Clock;
import mamori.identity.SecurityAlerts;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.TenantSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The incident service of the web service. */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {
  @Bean
  Incidents incidents(Store store, SecurityAlerts alerts, TransparencyLogs logs, Clock clock) {
    return new Incidents(
        store.dataSource(), alerts, logs, new TenantSettings(store.dataSource()), clock);
  }
}
