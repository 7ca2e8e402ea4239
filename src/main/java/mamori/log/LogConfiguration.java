package mamori.log;

import java.nio.file.Path;
import java.time.Clock;
import mamori.crypto.KeyPlacement;
import mamori.crypto.SigningKeys;
import mamori.store.Store;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenants' logs for the web service, signing with keys from the key folder ({@code
 * mamori.keys.dir}, default {@code <mamori.data>/keys}) and dating checkpoints and signatures by
 * the service's one {@link Clock} bean.
 */
@Configuration(proxyBeanMethods = false)
class LogConfiguration {
  @Bean(destroyMethod = "close")
  TransparencyLogs transparencyLogs(
      Store store,
      Clock clock,
      @Value("${mamori.data:mamori-data}") Path data,
      @Value("${mamori.log.origin-prefix:" + TransparencyLogs.DEFAULT_ORIGIN_PREFIX + "}")
          String originPrefix,
      @Value("${mamori.keys.dir:}") String keys) {
    return new TransparencyLogs(
        store.dataSource(),
        SigningKeys.in(KeyPlacement.folder(data, keys.isBlank() ? null : Path.of(keys))),
        originPrefix,
        clock);
  }

  @Bean
  LogMetrics logMetrics(TransparencyLogs logs, Clock clock) {
    return new LogMetrics(logs, clock);
  }
}
