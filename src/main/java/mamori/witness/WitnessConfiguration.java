package mamori.witness;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import mamori.crypto.SigningKeys;
import mamori.log.TransparencyLogs;
import mamori.log.verify.VerifierKey;
import mamori.store.Store;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The witness inside the Mamori web app, made only when {@code mamori.witness.logs} names the logs
 * to witness (comma-separated C2SP vkeys). Its key is {@code witness} in the key folder {@code
 * mamori.keys} (default {@code <mamori.data>/keys}); its name is {@code mamori.witness.name}. Also
 * sends each tenant's checkpoints to the witnesses {@code mamori.log.witnesses.<tenant>} names,
 * when the service runs the transparency logs ({@link ConfiguredWitnessing}).
 */
@Configuration(proxyBeanMethods = false)
class WitnessConfiguration {

  @Bean
  @ConditionalOnProperty(name = "mamori.witness.logs")
  Witness witness(
      Store store,
      @Value("${mamori.witness.logs}") String logs,
      @Value("${mamori.witness.name:" + Witness.DEFAULT_NAME + "}") String name,
      @Value("${mamori.keys:${mamori.data:mamori-data}/keys}") Path keys,
      Clock clock) {
    List<VerifierKey> logKeys =
        Arrays.stream(logs.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(VerifierKey::parse)
            .toList();
    return Witness.create(
        store.dataSource(), Witness.cosigner(SigningKeys.in(keys), name, clock), logKeys, clock);
  }

  @Bean(destroyMethod = "close")
  ConfiguredWitnessing configuredWitnessing(
      ObjectProvider<TransparencyLogs> logs,
      ObjectProvider<mamori.identity.SecurityAlerts> alerts,
      Environment environment) {
    return ConfiguredWitnessing.attach(logs.getIfAvailable(), alerts.getIfAvailable(), environment);
  }
}
