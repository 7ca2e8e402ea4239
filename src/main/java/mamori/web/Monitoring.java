package mamori.web;

import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a load balancer and a metrics scraper see (docs/operations.md, "Monitoring"): the health
 * indicator {@code vault} that readiness includes ({@link Readiness}). The endpoints themselves are
 * Spring Boot Actuator's, configured in {@code application.properties}: health and Prometheus on
 * the management port (127.0.0.1:8081), and {@code /livez} and {@code /readyz} on the main port.
 */
@Configuration(proxyBeanMethods = false)
class Monitoring {
  @Bean
  Readiness vaultHealthIndicator(Store store, TransparencyLogs logs) {
    return new Readiness(store, logs);
  }
}
