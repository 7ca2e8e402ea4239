package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Locale;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The re-wrapping speed of a key retirement on both stores: {@code -Dmamori.retire.persons=200000}
 * measures at the size the figures in docs/performance.md were taken; the default keeps the suite
 * quick and only checks that every person was re-wrapped.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RetireSpeedTest extends VaultTestBase {
  @Test
  void rewrap_reWrapsEveryPerson_andSaysHowFast() {
    int persons = Integer.getInteger("mamori.retire.persons", 5_000);
    RetireSpeed.Measured m =
        RetireSpeed.rewrap(
            store.dataSource(), keys, logs, Clock.systemUTC(), "speed-town", persons);
    assertThat(m.persons()).isEqualTo(persons);
    System.out.printf(
        Locale.ROOT,
        "retention.retire_per_s %s %,d persons: %,.0f persons/s (%.2f s)%n",
        kind,
        persons,
        m.perSecond(),
        m.nanos() / 1e9);
  }
}
