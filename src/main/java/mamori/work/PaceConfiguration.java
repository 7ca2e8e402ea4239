package mamori.work;

import java.time.Clock;
import mamori.entrustment.Entrustments;
import mamori.identity.SecurityAlerts;
import mamori.log.TransparencyLogs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pace, forecast and remedies of jobs in the web service. */
@Configuration(proxyBeanMethods = false)
class PaceConfiguration {
  @Bean
  Pace pace(WorkStore store, SecurityAlerts alerts, Clock clock) {
    return new Pace(store, alerts, clock);
  }

  @Bean
  SmartLifecycle paceCheck(
      Pace pace,
      @Value("${mamori.work.pace-check.enabled:true}") boolean enabled,
      @Value("${mamori.work.pace-check.interval-ms:3600000}") long intervalMillis) {
    return PaceCheck.of(pace, enabled, intervalMillis);
  }

  @Bean
  JobChanges jobChanges(
      WorkStore store, Entrustments entrustments, TransparencyLogs logs, Clock clock) {
    return new JobChanges(store, entrustments, logs, clock);
  }
}
