package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import mamori.core.TenantId;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tenant's staff limits: defaults, what was set, checked values, and re-read once a minute. */
class StaffLimitsTest {
  static final TenantId CITY = new TenantId("limit-city");
  final StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
  final Store store = Store.open(location);
  final TenantSettings settings = new TenantSettings(store.dataSource());

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  @Test
  void aTenantWithNothingSet_hasTheDefaults() {
    assertThat(StaffLimits.of(settings, CITY)).isEqualTo(new StaffLimits(1_000, 200));
  }

  @Test
  void whatWasSet_isInForce_forThatTenantOnly() {
    StaffSettings.set(settings, CITY, "staff.daily-reads", "300");
    StaffSettings.set(settings, CITY, "staff.alert-reads", "1");
    assertThat(StaffLimits.of(settings, CITY)).isEqualTo(new StaffLimits(300, 1));
    assertThat(StaffLimits.of(settings, new TenantId("other-city")))
        .isEqualTo(new StaffLimits(1_000, 200));
    assertThat(StaffSettings.inForce(settings, CITY))
        .containsExactly("staff.daily-reads 300", "staff.alert-reads 1");
  }

  @Test
  void aMalformedStoredValue_fallsBackToTheDefault() {
    settings.set(CITY, "staff.daily-reads", "lots");
    settings.set(CITY, "staff.alert-reads", "0");
    assertThat(StaffLimits.of(settings, CITY)).isEqualTo(new StaffLimits(1_000, 200));
    settings.set(CITY, "staff.alert-reads", "-5");
    assertThat(StaffLimits.of(settings, CITY).alertReads()).isEqualTo(200);
  }

  @Test
  void settingAnUnknownNameOrABadValue_isRefused_andWritesNothing() {
    assertThatThrownBy(() -> StaffSettings.set(settings, CITY, "staff.reads", "5"))
        .hasMessageContaining("no such setting");
    for (String bad : new String[] {"0", "1000001", "-1", "１０", " 5", "5 ", "", "9999999"}) {
      assertThatThrownBy(() -> StaffSettings.set(settings, CITY, "staff.daily-reads", bad))
          .as("'%s'", bad)
          .hasMessageContaining("whole number from 1 to 1000000");
    }
    StaffSettings.set(settings, CITY, "staff.daily-reads", "1000000");
    StaffSettings.set(settings, CITY, "staff.alert-reads", "1");
    assertThat(settings.all(CITY))
        .containsOnlyKeys("staff.daily-reads", "staff.alert-reads")
        .containsEntry("staff.daily-reads", "1000000");
  }

  @Test
  void theCachedLimits_areReadAgainAfterAMinute_andNotBefore() {
    TestClock clock = new TestClock(Instant.parse("2025-06-02T01:00:00Z"));
    Function<TenantId, StaffLimits> limits = StaffLimits.cached(settings, clock);
    assertThat(limits.apply(CITY).dailyReads()).isEqualTo(1_000);

    StaffSettings.set(settings, CITY, "staff.daily-reads", "40");
    assertThat(limits.apply(CITY).dailyReads()).as("in the same millisecond").isEqualTo(1_000);
    clock.advance(Duration.ofMillis(StaffLimits.REREAD_MILLIS - 1));
    assertThat(limits.apply(CITY).dailyReads()).as("within the minute").isEqualTo(1_000);
    clock.advance(Duration.ofMillis(1));
    assertThat(limits.apply(CITY).dailyReads()).as("after the minute").isEqualTo(40);

    StaffSettings.set(settings, CITY, "staff.daily-reads", "41");
    clock.advance(Duration.ofMillis(-1));
    assertThat(limits.apply(CITY).dailyReads())
        .as("a clock set back reads again rather than trusting what it held")
        .isEqualTo(41);
  }
}
