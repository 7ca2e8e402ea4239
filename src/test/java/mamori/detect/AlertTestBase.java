package mamori.detect;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A fresh store of each kind with alerts, users and logs on a clock the test moves; two tenants,
 * kita-city and minami-city, each with a security officer, an auditor and a staff member, and a
 * contractor's officer of kita-city. Subclasses are
 * {@code @ParameterizedClass @EnumSource(TestStores.Kind.class)}.
 */
abstract class AlertTestBase {
  static final String CITY = "kita-city";
  static final String OTHER = "minami-city";
  static final Principal OFFICER = principal("kita-officer", CITY, CITY, Role.SECURITY_OFFICER);
  static final Principal AUDITOR = principal("kita-auditor", CITY, CITY, Role.AUDITOR);
  static final Principal STAFF = principal("kita-staff", CITY, CITY, Role.STAFF);
  static final Principal CONTRACTOR_OFFICER =
      principal("con-officer", CITY, "kita-con", Role.SECURITY_OFFICER);
  static final Principal OTHER_OFFICER =
      principal("minami-officer", OTHER, OTHER, Role.SECURITY_OFFICER);

  @Parameter TestStores.Kind kind;
  @TempDir Path keyFolder;

  StoreLocation location;
  Store store;
  final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
  TransparencyLogs logs;
  TenantKeys keys;
  TenantSettings settings;
  Users users;
  SecurityAlerts alerts;

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
    settings = new TenantSettings(store.dataSource());
    users = new Users(store.dataSource(), clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    for (Principal p : List.of(OFFICER, AUDITOR, STAFF, CONTRACTOR_OFFICER, OTHER_OFFICER)) {
      users.add(
          p.tenantId().value(),
          p.organisationId().value(),
          p.userId().value(),
          p.userId().value(),
          p.role());
    }
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

  /** Raises a high alert with evidence in {@code tenant}; returns its id. */
  String raise(String tenant, String kind, String detail) {
    return alerts.raise(
        tenant,
        new SecurityAlerts.Raised(
            kind,
            "user:op-1",
            detail,
            Severity.HIGH,
            List.of(3L, 7L),
            AlertPolicy.SUSPEND_ENTRUSTMENT,
            "entrustment e-1 suspended"));
  }

  /** The records of a tenant's log as {@code action case decision actor}. */
  List<String> acts(String tenant) {
    if (!logs.exists(tenant)) {
      return List.of();
    }
    var log = logs.forTenant(tenant);
    return log.records(0, log.size()).stream()
        .map(r -> r.action() + " " + r.caseRef() + " " + r.decision() + " " + r.actor())
        .toList();
  }
}
