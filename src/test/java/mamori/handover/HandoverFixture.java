package mamori.handover;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;

/**
 * A store of one kind with the handover module's services over it, a clock that stands at 10:00 in
 * Japan on 7 December 2026, and the office Nerima with its staff, officer and auditor.
 */
final class HandoverFixture implements AutoCloseable {
  static final TenantId NERIMA = new TenantId("nerima");
  static final TenantId KITA = new TenantId("kita");
  static final Why WHY = new Why("card-issue", "card-2026-12");
  static final String PRINTER = "本庁舎2階プリンター";

  /** 10:00 in Japan. */
  static final Instant TEN_JST = Instant.parse("2026-12-07T01:00:00Z");

  final TestClock clock = new TestClock(TEN_JST);
  final StoreLocation location;
  final Store store;
  final TransparencyLogs logs;
  final SecurityAlerts alerts;
  final Documents documents;
  final Returns returns;
  final FoundReports found;

  HandoverFixture(TestStores.Kind kind, Path keys) {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    TenantKeys tenantKeys =
        new TenantKeys(
            store.dataSource(),
            RootKeys.open(new RootKeyConfig.KeyFile(keys.resolve("root.key")), store.dataSource()),
            clock);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    documents = new Documents(store.dataSource(), new PageSeals(tenantKeys), alerts, clock);
    AdminLog log = new AdminLog(logs, clock);
    returns = new Returns(store.dataSource(), documents, log, clock);
    found =
        new FoundReports(
            store.dataSource(),
            documents,
            alerts,
            log,
            t -> t.equals(NERIMA) ? "練馬区" : t.value(),
            clock);
  }

  static Principal user(TenantId tenant, String id, Role role) {
    return new Principal(
        new UserId(id), tenant, new OrganisationId(tenant.value()), role, "tok_" + id);
  }

  static Principal contractor(String id, Role role) {
    return new Principal(
        new UserId(id), NERIMA, new OrganisationId("nerima-con"), role, "tok_" + id);
  }

  static Who who(Principal p) {
    return p.who();
  }

  Documents.Printed list(Principal by, int pages, PersonToken... persons) {
    return documents.register(
        by.who(),
        Documents.Kind.LIST,
        "カード発行一覧表",
        Optional.empty(),
        List.of(persons),
        pages,
        WHY,
        PRINTER,
        Optional.empty());
  }

  Documents.Printed pickup(Principal by, PersonToken p) {
    return documents.register(
        by.who(),
        Documents.Kind.PICKUP,
        "交付通知書",
        Optional.of(p),
        List.of(p),
        1,
        WHY,
        PRINTER,
        Optional.of(clock.instant().plus(Duration.ofDays(90))));
  }

  /** The records of {@code tenant}'s log whose action begins with {@code prefix}. */
  List<AccessRecord> records(TenantId tenant, String prefix) {
    if (!logs.exists(tenant.value())) {
      return List.of();
    }
    var log = logs.forTenant(tenant.value());
    return log.records(0, log.size()).stream().filter(r -> r.action().startsWith(prefix)).toList();
  }

  @Override
  public void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }
}
