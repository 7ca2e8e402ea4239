package mamori.vault;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The vault of the web service, over its store, keys and logs. */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

  @Bean
  Vault vault(Store store, TenantKeys keys, TransparencyLogs logs, Clock clock) {
    return new Vault(store.dataSource(), keys, logs, clock);
  }
}
