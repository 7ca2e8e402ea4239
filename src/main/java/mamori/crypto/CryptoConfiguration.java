package mamori.crypto;

import java.nio.file.Path;
import java.time.Clock;
import mamori.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The root key and the tenants' keys for the web service. The root key is opened while the service
 * starts, so a lost or wrong key stops the start with its reason instead of serving an empty vault.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

  @Bean
  RootKey rootKey(
      Store store,
      Environment environment,
      @Value("${mamori.data:mamori-data}") Path data,
      @Value("${mamori.keys.dir:}") String keys,
      Clock clock) {
    return RootKeys.open(
        RootKeyConfig.from(
            environment::getProperty,
            KeyPlacement.folder(data, keys.isBlank() ? null : Path.of(keys))),
        store.dataSource(),
        clock);
  }

  @Bean
  TenantKeys tenantKeys(Store store, RootKey rootKey, Clock clock) {
    return new TenantKeys(store.dataSource(), rootKey, clock);
  }
}
