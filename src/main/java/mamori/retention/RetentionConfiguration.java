package mamori.retention;

import java.time.Clock;
import mamori.entrustment.Entrustments;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Loop;
import mamori.store.Store;
import mamori.vault.Vault;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Retention in the web service: the service the console calls, and the daily round ({@code
 * mamori.retention.daily-at}, Japan time, default 02:00; {@code mamori.retention.daily.enabled},
 * default true) checked once a minute.
 */
@Configuration(proxyBeanMethods = false)
class RetentionConfiguration {
  @Bean
  Retentions retentions(
      Store store, Vault vault, Entrustments entrustments, TransparencyLogs logs, Clock clock) {
    return new Retentions(
        store.dataSource(), vault, entrustments, new AdminLog(logs, clock), clock);
  }

  @Bean
  SmartLifecycle retentionDaily(
      Retentions retentions,
      Clock clock,
      @Value("${mamori.retention.daily.enabled:true}") boolean enabled,
      @Value("${mamori.retention.daily-at:02:00}") String dailyAt) {
    DailyRetention daily = new DailyRetention(retentions, clock, dailyAt);
    return new Loop(
        "mamori-retention",
        enabled,
        60_000,
        Loop.Start.AFTER_INTERVAL,
        () -> {
          daily.round();
          return false;
        });
  }
}
