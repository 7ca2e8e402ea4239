package mamori.detect;

import java.time.Clock;
import java.time.Duration;
import mamori.crypto.TenantKeys;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.TenantSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The handling of alerts and their delivery by mail and webhook, in the service: the sender starts
 * with the service and stops with it ({@code mamori.alerts.*} in application.properties).
 */
@Configuration(proxyBeanMethods = false)
class AlertConfiguration {

  @Bean
  AlertHandling alertHandling(
      SecurityAlerts alerts, Users users, TransparencyLogs logs, Clock clock) {
    return new AlertHandling(alerts, users, logs, clock);
  }

  @Bean
  AlertChannels alertChannels(
      Store store,
      TenantKeys keys,
      @Value("${mamori.alerts.webhook.allow-private:false}") boolean allowPrivate) {
    return new AlertChannels(new TenantSettings(store.dataSource()), keys, allowPrivate);
  }

  @Bean(initMethod = "start", destroyMethod = "close")
  AlertDelivery alertDelivery(
      Store store,
      SecurityAlerts alerts,
      AlertChannels channels,
      Clock clock,
      @Value("${mamori.alerts.mail.host:}") String host,
      @Value("${mamori.alerts.mail.port:25}") int port,
      @Value("${mamori.alerts.mail.from:mamori@localhost}") String from,
      @Value("${mamori.alerts.mail.username:}") String username,
      @Value("${mamori.alerts.mail.password:}") String password,
      @Value("${mamori.alerts.mail.starttls:false}") boolean starttls,
      @Value("${mamori.alerts.mail.timeout:5s}") Duration mailTimeout,
      @Value("${mamori.alerts.webhook.connect-timeout:2s}") Duration connect,
      @Value("${mamori.alerts.webhook.read-timeout:3s}") Duration read,
      @Value("${mamori.alerts.delivery.every:2s}") Duration every,
      @Value("${mamori.alerts.delivery.first-retry:10s}") Duration first,
      @Value("${mamori.alerts.delivery.max-retry:15m}") Duration cap,
      @Value("${mamori.web.portal-url:}") String portal) {
    AlertMail mail =
        new AlertMail(
            new AlertMail.Settings(host, port, from, username, password, starttls, mailTimeout));
    Duration lease = mailTimeout.plus(connect).plus(read).multipliedBy(4);
    return new AlertDelivery(
        store.dataSource(),
        alerts,
        channels,
        mail,
        connect,
        read,
        new AlertDelivery.Settings(
            every,
            first,
            cap,
            lease,
            Duration.ofMinutes(2),
            portal.isBlank() ? "http://localhost:8080" : portal.strip()),
        clock);
  }

  /** The webhook secret, re-sealed when a field key is retired. */
  @Bean
  mamori.crypto.FieldSealed webhookSecrets(Store store) {
    return WebhookSecrets.in(store.dataSource());
  }
}
