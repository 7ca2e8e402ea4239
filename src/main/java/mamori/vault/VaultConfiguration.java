package mamori.vault;

import java.time.Clock;
import mamori.crypto.TenantKeys;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The vault of the web service, over its store, keys and logs, erasing with a person what the other
 * modules keep of them (each module's {@link ErasedWithPerson} bean).
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

  @Bean
  Vault vault(
      Store store,
      TenantKeys keys,
      TransparencyLogs logs,
      Clock clock,
      ObjectProvider<ErasedWithPerson> alsoErased) {
    return new Vault(store.dataSource(), keys, logs, clock, alsoErased.orderedStream().toList());
  }

  /**
   * Import progress ({@code mamori.import.persons}): persons registered, updated, unchanged and
   * rows rejected by this instance, per tenant and outcome.
   */
  @Bean
  io.micrometer.core.instrument.binder.MeterBinder vaultMetrics(Vault vault) {
    return registry ->
        vault.onTally((tenant, outcome, persons) ->
            io.micrometer.core.instrument.Counter.builder("mamori.import.persons")
                .description("Persons imported, updated, unchanged or rejected, per tenant")
                .tag("tenant", tenant)
                .tag("outcome", outcome)
                .register(registry)
                .increment(persons));
  }
}
