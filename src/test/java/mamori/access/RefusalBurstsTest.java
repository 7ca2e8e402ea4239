package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class RefusalBurstsTest {
  static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");
  final TestClock clock = new TestClock(T0);
  StoreLocation location;
  Store store;
  SecurityAlerts alerts;
  RefusalBursts bursts;

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    bursts = new RefusalBursts(alerts);
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  void refuse(String tenant, String person, Instant when) {
    bursts.on(
        new AccessDenied(
            new Attempt(
                new Who(new UserId("op"), new OrganisationId("con"), new TenantId(tenant)),
                List.of("e-1"),
                new Why("resident-tax", "x"),
                Action.READ,
                Optional.of(new PersonToken(person)),
                Set.of(Field.BIRTH_DATE),
                when),
            Reason.FIELD_OUT_OF_SCOPE));
  }

  List<SecurityAlerts.Alert> raised(String tenant) {
    return alerts.list(tenant, 100).stream()
        .filter(a -> a.kind().equals(RefusalBursts.KIND))
        .toList();
  }

  @Test
  void belowTheThreshold_noAlert_atIt_one_andTheRestOfTheBurst_noMore() {
    for (int i = 0; i < RefusalBursts.THRESHOLD - 1; i++) {
      refuse("city", "P", T0.plusMillis(i));
    }
    assertThat(raised("city")).isEmpty();
    refuse("city", "P", T0.plusSeconds(1));
    assertThat(raised("city"))
        .singleElement()
        .satisfies(a -> {
          assertThat(a.subject()).isEqualTo("person:P");
          assertThat(a.detail()).contains("op", "con", "field.out-of-scope");
        });
    for (int i = 0; i < 2_000; i++) {
      refuse("city", "P", T0.plusSeconds(2).plusMillis(i));
    }
    assertThat(raised("city")).as("once per burst, not once per refusal").hasSize(1);
  }

  @Test
  void aBurstEnds_whenAWholeWindowPassesQuietly_andTheNextRaisesAgain() {
    for (int i = 0; i < RefusalBursts.THRESHOLD; i++) {
      refuse("city", "P", T0.plusMillis(i));
    }
    Instant later = T0.plus(RefusalBursts.WINDOW).plusSeconds(61);
    for (int i = 0; i < RefusalBursts.THRESHOLD; i++) {
      refuse("city", "P", later.plusMillis(i));
    }
    assertThat(raised("city")).hasSize(2);
  }

  @Test
  void refusalsAgainstTensOfThousandsOfPersons_stillCountEachBurst_andAreSweptInTime() {
    // more persons within one window than the first sweep's size, then as many again a window later
    for (int i = 0; i < 25_000; i++) {
      refuse("city", "p" + i, T0.plusMillis(i));
    }
    for (int i = 0; i < RefusalBursts.THRESHOLD; i++) {
      refuse("city", "P", T0.plusSeconds(30).plusMillis(i));
    }
    assertThat(raised("city"))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("person:P"));
    long start = System.nanoTime();
    Instant later = T0.plus(RefusalBursts.WINDOW).plus(Duration.ofMinutes(2));
    for (int i = 0; i < 25_000; i++) {
      refuse("city", "q" + i, later.plusMillis(i));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as("sweeping is not a walk over every person at every refusal")
        .isLessThan(Duration.ofSeconds(20));
    for (int i = 0; i < RefusalBursts.THRESHOLD; i++) {
      refuse("city", "P", later.plusSeconds(40).plusMillis(i));
    }
    assertThat(raised("city")).as("P's earlier burst ended with its window").hasSize(2);
  }

  @Test
  void refusalsSpreadWiderThanTheWindow_raiseNothing() {
    Duration step = RefusalBursts.WINDOW.dividedBy(RefusalBursts.THRESHOLD - 2);
    for (int i = 0; i < 3 * RefusalBursts.THRESHOLD; i++) {
      refuse("city", "P", T0.plus(step.multipliedBy(i)));
    }
    assertThat(raised("city")).isEmpty();
  }

  @Test
  void eachPersonAndTenant_countsApart() {
    for (int i = 0; i < RefusalBursts.THRESHOLD - 1; i++) {
      refuse("city", "P", T0.plusMillis(i));
      refuse("city", "Q", T0.plusMillis(i));
      refuse("town", "P", T0.plusMillis(i));
    }
    assertThat(raised("city")).isEmpty();
    assertThat(raised("town")).isEmpty();
    refuse("town", "P", T0.plusSeconds(1));
    assertThat(raised("town")).hasSize(1);
    assertThat(raised("city")).isEmpty();
  }

  @Test
  void aRefusalNamingNoPerson_isNotCounted() {
    for (int i = 0; i < 3 * RefusalBursts.THRESHOLD; i++) {
      bursts.on(
          new AccessDenied(
              new Attempt(
                  new Who(new UserId("op"), new OrganisationId("con"), new TenantId("city")),
                  List.of(),
                  new Why("resident-tax", "x"),
                  Action.READ,
                  Optional.empty(),
                  Set.of(),
                  T0.plusMillis(i)),
              Reason.PERSON_NOT_FOUND));
    }
    assertThat(raised("city")).isEmpty();
  }
}
