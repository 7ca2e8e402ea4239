package mamori.store;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Opens the store for the web service from {@code mamori.data} or {@code mamori.db}. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

  @Bean(destroyMethod = "close")
  Store store(
      @Value("${mamori.data:mamori-data}") Path data,
      @Value("${mamori.db:}") String db,
      Clock clock) {
    return Store.open(StoreLocation.of(data, db), clock);
  }

  /** The pool's own metrics (HikariCP's), on the service's registry. */
  @Bean
  io.micrometer.core.instrument.binder.MeterBinder storePoolMetrics(Store store) {
    return store::reportPoolTo;
  }
}
