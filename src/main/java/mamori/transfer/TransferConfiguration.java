package mamori.transfer;

import java.nio.file.Path;
import java.time.Clock;
import mamori.crypto.KeyPlacement;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The transfer module in the web service: the recipients, the tenant's package key (in the key
 * folder beside the logs' keys, {@code mamori.keys.dir}) and the releases.
 */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {
  @Bean
  Recipients recipients(Store store, TransparencyLogs logs, Clock clock) {
    return new Recipients(store.dataSource(), new AdminLog(logs, clock), clock);
  }

  @Bean
  PackageSigner packageSigner(
      @Value("${mamori.data:mamori-data}") Path data, @Value("${mamori.keys.dir:}") String keys) {
    return new PackageSigner(
        SigningKeys.in(KeyPlacement.folder(data, keys.isBlank() ? null : Path.of(keys))));
  }

  @Bean
  Releases releases(
      Store store, TenantKeys keys, PackageSigner signer, TransparencyLogs logs, Clock clock) {
    return new Releases(store.dataSource(), keys, signer, new AdminLog(logs, clock), clock);
  }
}
