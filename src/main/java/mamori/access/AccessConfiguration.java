package mamori.access;

import java.time.Clock;
import mamori.entrustment.Entrustments;
import mamori.identity.SecurityAlerts;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.vault.Vault;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gate of the web service, publishing its denials to Spring. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

  @Bean
  AccessGate accessGate(
      Store store,
      Vault vault,
      Entrustments entrustments,
      TransparencyLogs logs,
      ApplicationEventPublisher events,
      Clock clock) {
    return new AccessGate(
        store.dataSource(), vault, entrustments, logs, events::publishEvent, clock);
  }

  /** Staff lists name users of the organisation that holds the work (issue 14). */
  @Bean
  mamori.entrustment.StaffDirectory staffDirectory(mamori.identity.Users users) {
    return StaffOfUsers.of(users);
  }

  @Bean
  PersonSetAdmin personSetAdmin(Vault vault, TransparencyLogs logs, Clock clock) {
    return new PersonSetAdmin(vault.sets(), logs, clock);
  }

  @Bean
  TaggedPersons taggedPersons(Vault vault) {
    return new TaggedPersons(vault);
  }

  @Bean
  BulkReadingAlerts bulkReadingAlerts(SecurityAlerts alerts) {
    return new BulkReadingAlerts(alerts);
  }

  @Bean
  RefusalBursts refusalBursts(SecurityAlerts alerts) {
    return new RefusalBursts(alerts);
  }

  @Bean
  PersonAccesses personAccesses(TransparencyLogs logs, Vault vault, Clock clock) {
    return new PersonAccesses(logs, vault, clock);
  }
}
