package mamori.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the resident's own history leaves out: only that resident's own viewings (counted, not
 * listed). An organisation that calls itself {@code resident}, or another resident, is listed like
 * anyone else.
 */
class ResidentViewTest {
  static final String CITY = "view-city";
  static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  static final AgencyToken PERSON = AccessGateTest.token("0000");
  final StoreLocation location = TestStores.fresh(TestStores.Kind.SQLITE);
  final Store store = Store.open(location);
  TransparencyLogs logs;

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  @Test
  void onlyTheResidentsOwnViewings_areLeftOutOfTheRows() throws Exception {
    Path keys = Files.createTempDirectory("mamori-resident-view");
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    Vault vault =
        new Vault(
            store.dataSource(),
            new TenantKeys(
                store.dataSource(),
                RootKeys.open(
                    new RootKeyConfig.KeyFile(keys.resolve("root.key")), store.dataSource()),
                clock),
            logs,
            clock,
            List.of());
    PersonAccesses accesses = new PersonAccesses(logs, vault, clock);
    // a contractor registered under the id "resident" reads the person; another resident looks
    append("op", "resident", Action.READ, new Why("resident-tax", "c-1"));
    append("r-other", "resident", Action.HISTORY, Why.NONE);
    append("r-1", "resident", Action.HISTORY, Why.NONE);

    PersonAccesses.History seen =
        accesses.forResident(CITY, "r-1", PERSON, PersonAccesses.Cursor.NEWEST, 50, true);

    assertThat(seen.entries())
        .extracting(e -> e.actor() + " " + e.action())
        .containsExactly("r-other history", "op read");
    assertThat(seen.ownViews()).as("the two viewings of r-1, this one included").isEqualTo(2);
  }

  void append(String actor, String organisation, Action action, Why why) {
    logs.forTenant(CITY)
        .append(
            AccessRecord.of(
                new Attempt(
                    new Who(
                        new UserId(actor), new OrganisationId(organisation), new TenantId(CITY)),
                    List.of(),
                    why,
                    action,
                    Optional.of(new PersonToken(PERSON.value())),
                    Set.of(Field.ADDRESS),
                    NOW),
                Outcome.allowed()));
  }
}
