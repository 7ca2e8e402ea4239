package mamori.incident;

import java.time.Clock;
import mamori.entrustment.Entrustments;
import mamori.identity.SecurityAlerts;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The paperwork of an incident over the store: its reports to the PPC, its notices to the persons
 * and its evidence export.
 */
@Configuration(proxyBeanMethods = false)
class IncidentPapersConfiguration {

  @Bean
  IncidentReports incidentReports(
      Store store, TransparencyLogs logs, Entrustments entrustments, Clock clock) {
    return new IncidentReports(
        store.dataSource(),
        logs,
        t ->
            entrustments
                .organisation(t.value())
                .map(o -> new Report.Reporter(o.name(), o.address(), ""))
                .orElse(new Report.Reporter(t.value(), "", "")),
        clock);
  }

  @Bean
  IncidentNotices incidentNotices(Store store, TransparencyLogs logs, Clock clock) {
    return new IncidentNotices(store.dataSource(), logs, clock);
  }

  @Bean
  IncidentEvidence incidentEvidence(
      Store store, TransparencyLogs logs, SecurityAlerts alerts, Clock clock) {
    return new IncidentEvidence(store.dataSource(), logs, alerts, clock);
  }
}
