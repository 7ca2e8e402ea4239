package mamori.detect;

import java.time.Clock;
import java.util.List;
import mamori.entrustment.Entrustments;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.TenantSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The detection of the web service: the built-in rules as a {@link RuleSource}, the engine over
 * every rule source, the loop that runs it ({@code mamori.detect.enabled}, default true; every
 * {@code mamori.detect.interval-ms}, default 1000, while it has nothing to read) and the
 * new-network rule the web layer feeds. Alerts are published as {@link AlertRaised} events.
 */
@Configuration(proxyBeanMethods = false)
class DetectConfiguration {

  @Bean
  BuiltInRules builtInRules(
      Entrustments entrustments, mamori.access.TaggedPersons tagged, Clock clock) {
    return new BuiltInRules(entrustments, tagged, clock);
  }

  @Bean
  DetectionEngine detectionEngine(
      Store store,
      TransparencyLogs logs,
      SecurityAlerts alerts,
      Entrustments entrustments,
      Users users,
      List<RuleSource> sources,
      ApplicationEventPublisher events,
      Clock clock) {
    return new DetectionEngine(
        store.dataSource(),
        logs,
        alerts,
        entrustments,
        users,
        sources,
        events::publishEvent,
        clock);
  }

  @Bean
  NetworkSightings networkSightings(
      Store store,
      SecurityAlerts alerts,
      Entrustments entrustments,
      Users users,
      TransparencyLogs logs,
      ApplicationEventPublisher events,
      Clock clock) {
    return new NetworkSightings(
        store.dataSource(),
        alerts,
        new Responder(entrustments, users, logs, clock),
        new CachedSettings(new TenantSettings(store.dataSource()), clock),
        events::publishEvent,
        clock);
  }

  @Bean
  SmartLifecycle detectionLoop(
      DetectionEngine engine,
      @Value("${mamori.detect.enabled:true}") boolean enabled,
      @Value("${mamori.detect.interval-ms:1000}") long intervalMillis) {
    return DetectionLoop.of(engine, enabled, intervalMillis);
  }
}
