package mamori.transfer;

import java.nio.file.Path;
import java.time.Clock;
import mamori.access.AccessGate;
import mamori.crypto.KeyPlacement;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.vault.Vault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The transfer module in the web service: the recipients, the tenants' package keys (in the key
 * folder beside the logs' keys, {@code mamori.keys.dir}), the packages made and their releases.
 */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {
  @Bean
  Recipients recipients(Store store, TransparencyLogs logs, Clock clock) {
    return new Recipients(store.dataSource(), new AdminLog(logs, clock), clock);
  }

  /** The tenants' package keys, in the key folder beside the logs' keys. */
  @Bean
  PackageSigner packageSigner(
      @Value("${mamori.data:mamori-data}") Path data, @Value("${mamori.keys.dir:}") String keys) {
    return new PackageSigner(
        SigningKeys.in(KeyPlacement.folder(data, keys.isBlank() ? null : Path.of(keys))));
  }

  @Bean
  PackageFolder packageFolder(@Value("${mamori.data:mamori-data}") Path data) {
    return new PackageFolder(data);
  }

  @Bean
  Packages packages(
      Store store,
      Vault vault,
      AccessGate gate,
      Recipients recipients,
      PackageSigner signer,
      TenantKeys keys,
      TransparencyLogs logs,
      Entrustments entrustments,
      Clock clock) {
    return new Packages(
        store.dataSource(),
        vault,
        gate,
        recipients,
        signer,
        keys,
        logs,
        t -> entrustments.organisation(t.value()).map(Organisation::name).orElse(t.value()),
        clock,
        Packages.PAGE);
  }

  @Bean
  Releases releases(
      Store store, TenantKeys keys, PackageSigner signer, TransparencyLogs logs, Clock clock) {
    return new Releases(store.dataSource(), keys, signer, new AdminLog(logs, clock), clock);
  }

  /** The recipient private keys, re-sealed when a field key is retired. */
  @Bean
  mamori.crypto.FieldSealed recipientPrivateKeys(Store store) {
    return TransferSecrets.in(store.dataSource()).get(0);
  }

  /** The packages' release shares, re-sealed when a field key is retired. */
  @Bean
  mamori.crypto.FieldSealed releaseShares(Store store) {
    return TransferSecrets.in(store.dataSource()).get(1);
  }
}
