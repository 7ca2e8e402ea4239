package mamori.handover;

import java.time.Clock;
import mamori.access.AccessGate;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.portal.ResidentLetters;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The handover module in the web service: the printed documents and their codes. */
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
  Printing printing(
      AccessGate gate,
      Documents documents,
      ResidentLetters letters,
      Entrustments entrustments,
      Clock clock) {
    return new Printing(
        gate,
        documents,
        letters,
        t -> entrustments.organisation(t.value()).map(Organisation::name).orElse(t.value()),
        clock);
  }
}
