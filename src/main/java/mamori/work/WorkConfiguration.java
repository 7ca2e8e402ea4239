package mamori.work;

import mamori.crypto.TenantKeys;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work module's storage and region renderer in the web service. */
@Configuration(proxyBeanMethods = false)
class WorkConfiguration {
  @Bean
  WorkStore workStore(Store store) {
    return new WorkStore(store.dataSource());
  }

  @Bean
  Regions regions(WorkStore store, TenantKeys keys) {
    return new Regions(store, keys);
  }
}
