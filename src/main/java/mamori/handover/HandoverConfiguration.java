package mamori.handover;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The handover module in the web service: the printed documents and their codes, the counter. */
@Configuration(proxyBeanMethods = false)
class HandoverConfiguration {
  @Bean
  PageSeals pageSeals(TenantKeys keys) {
    return new PageSeals(keys);
  }

  @Bean
  Documents documents(Store store, PageSeals seals, SecurityAlerts alerts, Clock clock) {
    return new Documents(store.dataSource(), seals, alerts, clock);
  }

  @Bean
  Counter counter(
      Store store,
      Documents documents,
      mamori.log.TransparencyLogs logs,
      SecurityAlerts alerts,
      Clock clock) {
    return new Counter(store.dataSource(), documents, logs, alerts, clock);
  }
}
