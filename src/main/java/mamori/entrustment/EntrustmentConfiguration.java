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
      Store store, TransparencyLogs logs, ApplicationEventPublisher events, Clock clock) {
    return new Entrustments(store.dataSource(), logs, events::publishEvent, clock);
  }
}
