package mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The affected persons in a large log: 500,000 records over about 5.8 days (one a second), one
 * operator among 50; the window's range found by binary search, then scanned. A proof of scale (it
 * takes a minute to write the log): run by {@code ./mamori test --heavy}, CI's second step; the
 * figures go to docs/performance.md.
 */
@Tag("heavy")
class AffectedPersonsScaleTest {
  static final int RECORDS = 500_000;
  static final Instant START = Instant.parse("2026-07-01T00:00:00Z");

  @TempDir Path keys;

  @Test
  void aWindowOfAnHour_andTheWholeLog_inALogOf500000() {
    StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
    try (Store store = Store.open(location)) {
      TestClock clock = new TestClock(START.plus(Duration.ofDays(7)));
      try (TransparencyLogs logs =
          new TransparencyLogs(
              store.dataSource(), SigningKeys.in(keys), "test.example/log", clock)) {
        TenantLog log = logs.forTenant("scale");
        List<AccessRecord> batch = new ArrayList<>();
        long wrote = System.nanoTime();
        for (int n = 0; n < RECORDS; n++) {
          batch.add(
              AccessRecord.of(
                  new Attempt(
                      new Who(
                          new UserId("op-" + (n % 50)),
                          new OrganisationId("c"),
                          new TenantId("scale")),
                      List.of("e-1"),
                      new Why("juminhyo", "c-1"),
                      Action.READ,
                      Optional.of(new PersonToken("p-" + (n % 100_000))),
                      Set.of(),
                      START.plusSeconds(n)),
                  Outcome.allowed()));
          if (batch.size() == 50_000) {
            log.appendAll(batch);
            batch.clear();
          }
        }
        System.out.printf(
            "incident.scale wrote %d records in %d ms%n",
            RECORDS, (System.nanoTime() - wrote) / 1_000_000);
        Instant from = START.plusSeconds(250_000);
        AffectedPersons.Result hour =
            AffectedPersons.compute(
                log,
                new Incident.Suspect(
                    Incident.Suspect.Kind.ACTOR, "op-0", from, from.plusSeconds(3599)));
        assertThat(hour.persons()).hasSize(72);
        assertThat(hour.fullScan()).isFalse();
        AffectedPersons.Result all =
            AffectedPersons.compute(
                log,
                new Incident.Suspect(
                    Incident.Suspect.Kind.ACTOR, "op-0", START, START.plusSeconds(RECORDS)));
        // op-0 reads every 50th record; the persons repeat every 100,000: 2,000 of them
        assertThat(all.persons()).hasSize(2_000);
        assertThat(all.scanned()).isEqualTo(RECORDS);
        System.out.printf(
            "incident.affected_window_hour_ms=%d scanned=%d%nincident.affected_full_ms=%d"
                + " scanned=%d records_per_s=%d%n",
            hour.took().toMillis(),
            hour.scanned(),
            all.took().toMillis(),
            all.scanned(),
            all.scanned() * 1000 / Math.max(1, all.took().toMillis()));
      }
    } finally {
      TestStores.drop(location);
    }
  }
}
