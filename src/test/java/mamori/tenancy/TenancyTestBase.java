package mamori.tenancy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with the tenancy services on a clock the test moves; subclasses are
 * {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class TenancyTestBase {
  static final UserId OPERATOR = new UserId("console");

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
  TransparencyLogs logs;
  TenantKeys keys;
  Users users;
  Credentials credentials;
  ApiTokens tokens;
  Entrustments entrustments;
  Enrolments enrolments;
  UserAdmin admin;
  Tenants tenants;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    var root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    keys = new TenantKeys(store.dataSource(), root, clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    users = new Users(store.dataSource(), clock);
    credentials =
        new Credentials(
            store.dataSource(), keys, new SecurityAlerts(store.dataSource(), clock), clock);
    tokens = new ApiTokens(store.dataSource(), clock);
    entrustments =
        new Entrustments(
            store.dataSource(), logs, e -> {}, mamori.access.StaffOfUsers.of(users), clock);
    enrolments = new Enrolments(store.dataSource(), keys, credentials, users, logs, clock);
    admin = new UserAdmin(users, credentials, tokens, entrustments, enrolments, logs, clock);
    tenants = new Tenants(store.dataSource(), keys, logs, entrustments, users, enrolments, clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  static Principal principal(String user, String tenant, String org, Role role) {
    return new Principal(
        new UserId(user), new TenantId(tenant), new OrganisationId(org), role, "test");
  }

  /** The records of a tenant's log, oldest first. */
  List<AccessRecord> records(String tenant) {
    var log = logs.forTenant(tenant);
    return log.records(0, log.size());
  }

  /** The records of a tenant's log as {@code action case decision actor}. */
  List<String> acts(String tenant) {
    return records(tenant).stream()
        .map(r -> r.action() + " " + r.caseRef() + " " + r.decision() + " " + r.actor())
        .toList();
  }
}
