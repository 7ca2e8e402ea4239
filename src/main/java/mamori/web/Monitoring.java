package mamori.web;

import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What a load balancer and a metrics scraper see (docs/operations.md, "Monitoring"): the health
 * indicator {@code vault} that readiness includes ({@link Readiness}). The endpoints themselves are
 * Spring Boot Actuator's, configured in {@code application.properties}: health and Prometheus on
 * the management port (127.0.0.1:8081), and {@code /livez} and {@code /readyz} on the main port.
 */
@Configuration(proxyBeanMethods = false)
class Monitoring {
  /**
   * Refuses to start when the management port is the main port ({@code management.server.port}
   * unset, or equal to {@code server.port}): Actuator would then serve its endpoints beside the
   * pages, on the address the public reaches, instead of on 127.0.0.1 alone.
   */
  Monitoring(Environment environment) {
    if (ManagementPortType.get(environment) == ManagementPortType.SAME) {
      throw new IllegalStateException(
          "management.server.port ("
              + environment.getProperty("management.server.port", "unset")
              + ") must be another port than server.port ("
              + environment.getProperty("server.port", "8080")
              + "): the metrics and health endpoints are served on 127.0.0.1 only, apart from the"
              + " pages; give another port, 0 for a free one, or -1 for none");
    }
  }

  @Bean
  Readiness vaultHealthIndicator(Store store, TransparencyLogs logs) {
    return new Readiness(store, logs);
  }
}
