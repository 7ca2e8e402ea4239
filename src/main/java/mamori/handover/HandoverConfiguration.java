package mamori.handover;

import java.time.Clock;
import mamori.access.AccessGate;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.portal.ResidentLetters;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handover module in the web service: the printed documents and their codes, the counter check,
 * the count-back of internal pages and the pages found outside.
 */
@Configuration(proxyBeanMethods = false)
class HandoverConfiguration {
  @Bean
  PageSeals pageSeals(TenantKeys keys) {
    return new PageSeals(keys);
  }

  /** A wrong code a staff member tries is logged before it is counted. */
  @Bean
  Documents documents(
      Store store, PageSeals seals, SecurityAlerts alerts, TransparencyLogs logs, Clock clock) {
    return new Documents(store.dataSource(), seals, alerts, new AdminLog(logs, clock), clock);
  }

  @Bean
  Counter counter(
      Store store, Documents documents, TransparencyLogs logs, SecurityAlerts alerts, Clock clock) {
    return new Counter(store.dataSource(), documents, logs, alerts, clock);
  }

  @Bean
  Returns returns(Store store, Documents documents, TransparencyLogs logs, Clock clock) {
    return new Returns(store.dataSource(), documents, new AdminLog(logs, clock), clock);
  }

  /** The finder is told the office's name: its controller organisation's, else the tenant id. */
  @Bean
  FoundReports foundReports(
      Store store,
      Documents documents,
      SecurityAlerts alerts,
      TransparencyLogs logs,
      Entrustments entrustments,
      Clock clock) {
    return new FoundReports(
        store.dataSource(),
        documents,
        alerts,
        new AdminLog(logs, clock),
        tenant ->
            entrustments
                .organisation(tenant.value())
                .map(Organisation::name)
                .orElse(tenant.value()),
        clock);
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
