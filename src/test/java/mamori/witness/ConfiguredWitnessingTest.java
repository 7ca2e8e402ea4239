package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import mamori.crypto.SigningKeys;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/**
 * {@code mamori.log.witnesses.<tenant>=<url>|<vkey>,...}: read, checked, attached to the tenants'
 * logs.
 */
class ConfiguredWitnessingTest {
  static final String W1 =
      "https://w1.example/witness|" + WitnessEndpointTest.cosignerKey("w1.example/witness");
  static final String W2 =
      "http://127.0.0.1:7380/witness|" + WitnessEndpointTest.cosignerKey("w2.example/witness");

  @TempDir Path keys;

  @Test
  void eachTenantsWitnesses_areReadFromItsProperty() {
    var env =
        new MockEnvironment()
            .withProperty("mamori.log.witnesses.demo-city", W1 + "," + W2)
            .withProperty("mamori.log.witnesses.tax-bureau", W2);
    var read = ConfiguredWitnessing.read(env);
    assertThat(read).containsOnlyKeys("demo-city", "tax-bureau");
    assertThat(read.get("demo-city"))
        .extracting(w -> w.key().name())
        .containsExactly("w1.example/witness", "w2.example/witness");
    assertThat(ConfiguredWitnessing.read(new MockEnvironment())).isEmpty();
  }

  @Test
  void aMalformedEntry_failsTheStart_namingTheProperty() {
    var env =
        new MockEnvironment()
            .withProperty("mamori.log.witnesses.demo-city", "https://w1.example/witness");
    assertThatThrownBy(() -> ConfiguredWitnessing.read(env))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mamori.log.witnesses.demo-city");
    var badTenant = new MockEnvironment().withProperty("mamori.log.witnesses.Demo_City", W1);
    assertThatThrownBy(() -> ConfiguredWitnessing.read(badTenant))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutTransparencyLogs_nothingIsAttached() {
    var env = new MockEnvironment().withProperty("mamori.log.witnesses.demo-city", W1);
    try (var none = ConfiguredWitnessing.attach(null, env)) {
      assertThat(none.attached()).isEmpty();
    }
  }

  @Test
  void withTransparencyLogs_eachConfiguredTenantsLogIsAttached() {
    StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
    try (Store store = Store.open(location);
        var logs =
            new TransparencyLogs(
                store.dataSource(), SigningKeys.in(keys), "city.example/log", Clock.systemUTC());
        var attached =
            ConfiguredWitnessing.attach(
                logs,
                new MockEnvironment()
                    .withProperty("mamori.log.witnesses.demo-city", W1)
                    .withProperty("mamori.log.witnesses.tax-bureau", W1 + "," + W2))) {
      assertThat(attached.attached()).hasSize(2);
    } finally {
      TestStores.drop(location);
    }
  }
}
