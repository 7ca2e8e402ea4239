package mamori.retention;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import mamori.access.AccessGate;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.number.IndividualNumber;
import mamori.retention.Model.BasisEntry;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import mamori.vault.Vault;

/**
 * A store of one kind with a vault, the entrustments (the common purposes seeded) and the retention
 * service over it, a clock that stands at 10:00 in Japan on 7 December 2026 until a test moves it,
 * and the city's staff, officers and auditor.
 */
final class RetentionFixture implements AutoCloseable {
  static final String CITY = "ret-city";
  static final TenantId T = new TenantId(CITY);
  static final Why WHY = new Why("national-health-insurance", "nhi-2026");
  static final Principal STAFF = user("clerk", Role.STAFF);
  static final Principal OFFICER = user("officer", Role.SECURITY_OFFICER);
  static final Principal OFFICER2 = user("officer-2", Role.SECURITY_OFFICER);
  static final Principal AUDITOR = user("auditor", Role.AUDITOR);
  static final String NHI = "national-health-insurance";
  static final String CHILD = "child-allowance";
  static final String TAX = "resident-tax";

  final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
  final StoreLocation location;
  final Store store;
  final TransparencyLogs logs;
  final Vault vault;
  final Entrustments entrustments;
  final AccessGate gate;

  RetentionFixture(TestStores.Kind kind, Path keys) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TenantKeys tenantKeys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(keys.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    vault = new Vault(store.dataSource(), tenantKeys, logs, clock, List.of());
    entrustments = new Entrustments(store.dataSource(), logs, e -> {}, (o, u) -> true, clock);
    entrustments.registerOrganisation(Organisation.controller(CITY, "デモ市"));
    entrustments.seedPurposes(CITY);
    gate = new AccessGate(store.dataSource(), vault, entrustments, logs, e -> {}, clock);
  }

  static Principal user(String id, Role role) {
    return new Principal(new UserId(id), T, new OrganisationId(CITY), role, "test:" + id);
  }

  Retentions retentions() {
    return retentions(vault::eraseAll, Retentions.BATCH);
  }

  Retentions retentions(Retentions.Eraser eraser, int batch) {
    return new Retentions(
        store.dataSource(), vault, entrustments, new AdminLog(logs, clock), eraser, batch, clock);
  }

  /** Moves the clock to 10:00 in Japan on {@code day}. */
  void today(LocalDate day) {
    Instant target = day.atTime(LocalTime.of(10, 0)).atZone(Retentions.JAPAN).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  /** Registers {@code n} persons; the tenant's tokens of them, in id order. */
  List<AgencyToken> register(int n) {
    Random rng = new Random(n);
    List<PersonData> persons = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      StringBuilder base = new StringBuilder();
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      persons.add(
          new PersonData(
              IndividualNumber.withCheckDigit(base),
              "佐藤",
              "花子",
              "サトウ",
              "ハナコ",
              LocalDate.of(1950 + k % 50, 1 + k % 12, 1 + k % 28),
              "2",
              "660-0001",
              "尼崎市東七松町1丁目" + (k + 1) + "番",
              "H" + k,
              "0009-123-" + (1_000_000 + k)));
    }
    vault.register(
        CITY, new Actor(new UserId("importer"), new OrganisationId(CITY), List.of(), WHY), persons);
    return gate.persons(STAFF, WHY, 10_000);
  }

  static BasisEntry closed(AgencyToken t, String purpose, LocalDate day) {
    return new BasisEntry(t, purpose, Optional.of(day));
  }

  static BasisEntry open(AgencyToken t, String purpose) {
    return new BasisEntry(t, purpose, Optional.empty());
  }

  List<AccessRecord> records(String action) {
    var log = logs.forTenant(CITY);
    return log.records(0, log.size()).stream().filter(r -> r.action().equals(action)).toList();
  }

  List<AccessRecord> all() {
    var log = logs.forTenant(CITY);
    return log.records(0, log.size());
  }

  long count(String sql) {
    return store.jdbc().sql(sql).query(Long.class).single();
  }

  @Override
  public void close() {
    entrustments.close();
    logs.close();
    store.close();
    TestStores.drop(location);
  }
}
