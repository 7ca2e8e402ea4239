package mamori.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mamori.crypto.TenantKeys;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The monthly schedule's run: retire the non-primary keys, then rotate; and its setting. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class ScheduledRetirementTest extends VaultTestBase {

  @Test
  void aRun_retiresEveryNonPrimaryKey_thenRotates_andEveryoneStillReveals() {
    List<PersonData> persons = TestPersons.generate(10, 3);
    vault.register(TENANT, CLERK, persons);
    BackgroundRewrap background =
        new BackgroundRewrap(store, keys, logs, Clock.systemUTC(), List.of(), List.of());
    ScheduledRetirement schedule =
        new ScheduledRetirement(background, keys, Clock.systemUTC(), "P30D");
    int first = keys.primaryFieldKeyId(TENANT);

    schedule.runOnce(); // one key only: nothing to retire, a rotation
    List<TenantKeys.KeyInfo> afterFirst = keys.fieldKeys(TENANT);
    assertThat(afterFirst).hasSize(2);
    int second = keys.primaryFieldKeyId(TENANT);

    schedule.runOnce(); // the first key retired, then a third made primary
    assertThat(keys.fieldKeys(TENANT))
        .extracting(TenantKeys.KeyInfo::id)
        .doesNotContain(first)
        .contains(second)
        .hasSize(2);
    assertThat(background.rotation().retirements(TENANT))
        .singleElement()
        .satisfies(r -> assertThat(r.keyId()).isEqualTo(first));
    for (PersonData p : persons) {
      assertThat(
              vault
                  .reveal(
                      TENANT,
                      vault.findByNumber(TENANT, p.myNumber()).orElseThrow(),
                      java.util.Map.of(mamori.core.Field.FAMILY_NAME, mamori.core.Mask.NONE),
                      CLERK)
                  .get(mamori.core.Field.FAMILY_NAME))
          .contains(p.familyName());
    }
  }

  @Test
  void aTenant_isDueAPeriodAfterItsFieldKeysetWasLastWritten() {
    vault.register(TENANT, CLERK, TestPersons.generate(2, 4));
    BackgroundRewrap background =
        new BackgroundRewrap(store, keys, logs, Clock.systemUTC(), List.of(), List.of());
    java.time.Instant written = keys.fieldKeysetWrittenAt(TENANT).orElseThrow();

    new ScheduledRetirement(
            background,
            keys,
            Clock.fixed(written.plus(Duration.ofDays(29)), java.time.ZoneOffset.UTC),
            "P30D")
        .runDue();
    assertThat(keys.fieldKeys(TENANT)).as("not due yet").hasSize(1);

    new ScheduledRetirement(
            background,
            keys,
            Clock.fixed(written.plus(Duration.ofDays(30)), java.time.ZoneOffset.UTC),
            "P30D")
        .runDue();
    assertThat(keys.fieldKeys(TENANT)).as("due: rotated").hasSize(2);
  }

  @Test
  void theSetting_isAnIsoDuration_orOff() {
    assertThat(ScheduledRetirement.period("P30D")).contains(Duration.ofDays(30));
    assertThat(ScheduledRetirement.period("off")).isEqualTo(Optional.empty());
    assertThat(ScheduledRetirement.period("PT0S")).isEmpty();
    assertThatThrownBy(() -> ScheduledRetirement.period("-P1D"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
