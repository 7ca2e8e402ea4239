package mamori.entrustment;

import java.time.Clock;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The entrustments of the web service, over its store and logs, publishing their events to Spring.
 */
@Configuration(proxyBeanMethods = false)
class EntrustmentConfiguration {

  @Bean
  Entrustments entrustments(
      Store store,
      TransparencyLogs logs,
      ApplicationEventPublisher events,
      StaffDirectory directory,
      Clock clock) {
    return new Entrustments(store.dataSource(), logs, events::publishEvent, directory, clock);
  }

  @Bean
  EntrustmentContracts entrustmentContracts(
      Store store,
      Entrustments entrustments,
      mamori.crypto.TenantKeys keys,
      TransparencyLogs logs,
      Clock clock) {
    return new EntrustmentContracts(store.dataSource(), entrustments, keys, logs, clock);
  }

  /** The contract documents, re-sealed when a field key is retired. */
  @Bean
  mamori.crypto.FieldSealed contractSeals(Store store) {
    return ContractSeals.in(store.dataSource());
  }
}
