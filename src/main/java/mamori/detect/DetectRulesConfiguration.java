package mamori.detect;

import java.time.Clock;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A city's rule files and the rules they give the engine. */
@Configuration(proxyBeanMethods = false)
class DetectRulesConfiguration {

  @Bean
  RuleFiles ruleFiles(Store store, TransparencyLogs logs, Clock clock) {
    return new RuleFiles(store.dataSource(), logs, clock);
  }

  @Bean
  CityRules cityRules(RuleFiles files, Clock clock) {
    return new CityRules(files, clock);
  }
}
