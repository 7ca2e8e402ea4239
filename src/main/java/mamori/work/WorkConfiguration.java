package mamori.work;

import java.time.Clock;
import mamori.access.AccessGate;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.log.TransparencyLogs;
import mamori.store.Loop;
import mamori.store.Store;
import mamori.store.TenantSettings;
import mamori.vault.ErasedWithPerson;
import mamori.vault.WrappedKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The work module's storage, region renderer, document types, jobs and desk in the web service. */
@Configuration(proxyBeanMethods = false)
class WorkConfiguration {
  @Bean
  WorkStore workStore(Store store) {
    return new WorkStore(store.dataSource());
  }

  /** The work documents the vault shreds with the person they are tied to. */
  @Bean
  ErasedWithPerson documentErasure(WorkStore store) {
    return store.erasedWithPerson();
  }

  /** The work documents' data keys, re-wrapped by a field key rotation beside the persons'. */
  @Bean
  WrappedKeys documentKeys(WorkStore store, TenantKeys keys) {
    return store.wrappedKeys(keys);
  }

  @Bean
  Regions regions(WorkStore store, TenantKeys keys) {
    return new Regions(store, keys);
  }

  @Bean
  DocumentTypes documentTypes(WorkStore store, TransparencyLogs logs, Clock clock) {
    return new DocumentTypes(store, logs, clock);
  }

  @Bean
  Jobs jobs(
      WorkStore store,
      DocumentTypes types,
      TenantKeys keys,
      Entrustments entrustments,
      TransparencyLogs logs,
      Clock clock) {
    return new Jobs(store, types, keys, Jobs.Purposes.of(entrustments), logs, clock);
  }

  /** The desk, reading a job's type (built-in or loaded) from the document types. */
  @Bean
  Desk desk(
      WorkStore work,
      Regions regions,
      AccessGate gate,
      TenantKeys keys,
      DocumentTypes types,
      Store store,
      Clock clock) {
    return new Desk(
        work, regions, gate, keys, new TenantSettings(store.dataSource()), types::type, clock);
  }

  /** The loop that retries failed ties and acceptances ({@code mamori.work.accept-retry.*}). */
  @Bean
  Loop acceptRetry(
      Desk desk,
      @Value("${mamori.work.accept-retry.enabled:true}") boolean enabled,
      @Value("${mamori.work.accept-retry.interval-ms:10000}") long intervalMillis) {
    return new AcceptRetry(desk, enabled, intervalMillis).loop();
  }
}
