package mamori.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * A tenant is made in this order: every check that needs no change (a well-formed id, name and user ids;
 * no tenant, organisation, log or user of that id yet); then the tenant.create record, the first of its
 * log (making the log and its signing keys); then its keysets; then, in one transaction, the tenant row,
 * its controller organisation, the common purposes and its two first users, without passwords; last the
 * two enrolment addresses, each logged as it is issued. When the first append fails (the log closed),
 * nothing exists; a failure after it leaves a log that says a creation was begun, and the id stays taken.
 */
/** The tenants of an installation, each set up from zero with its first two users. */
public final class Tenants {
  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TenantKeys keys;
  private final TransparencyLogs logs;
  private final Entrustments entrustments;
  private final Users users;
  private final Enrolments enrolments;
  private final AdminLog log;
  private final Clock clock;

  public Tenants(
      DataSource dataSource,
      TenantKeys keys,
      TransparencyLogs logs,
      Entrustments entrustments,
      Users users,
      Enrolments enrolments,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.keys = keys;
    this.logs = logs;
    this.entrustments = entrustments;
    this.users = users;
    this.enrolments = enrolments;
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
  }

  /** What a new tenant is: its id and name, and the ids of its first officer and admin. */
  public record Spec(String id, String name, String officerId, String adminId) {
    /** A tenant with the default user ids, {@code <id>-officer} and {@code <id>-admin}. */
    public static Spec of(String id, String name) {
      return new Spec(id, name, id + "-officer", id + "-admin");
    }
  }

  /** A tenant as listed. */
  public record Tenant(
      String id, String name, Instant createdAt, String createdBy, int organisations, int users) {}

  /** A tenant just made, with the enrolment addresses of its first two users. */
  public record Created(Tenant tenant, Enrolments.Issued officer, Enrolments.Issued admin) {}

  /** The tenant id is taken: nothing was changed. */
  public static final class Exists extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Exists(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Makes a tenant: logged first ({@code tenant.create} by {@code by}, the installation's operator
   * as the tenant names them), then its keys, controller organisation, common purposes and two
   * users (its security officer and its organisation admin) with one enrolment address each.
   *
   * @throws IllegalArgumentException for a malformed id, name or user id; nothing is changed
   * @throws Exists when the tenant, an organisation of its id, its log or a user id exists
   */
  public Created add(UserId by, Spec spec) {
    if (!TenantId.PATTERN.matcher(spec.id()).matches()) {
      throw new IllegalArgumentException("a tenant id is 1 to 64 of a-z, 0-9 and '-'");
    }
    String name = spec.name().strip();
    if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a tenant name is 1 to 200 characters without control characters");
    }
    NumberText.refuseNumberIn("a tenant name", name);
    UserAdmin.checkNew(spec.officerId(), "officer");
    UserAdmin.checkNew(spec.adminId(), "admin");
    if (spec.officerId().equals(spec.adminId())) {
      throw new IllegalArgumentException("the officer and the admin are two users");
    }
    if (exists(spec.id())
        || entrustments.organisation(spec.id()).isPresent()
        || logs.exists(spec.id())) {
      throw new Exists("tenant " + spec.id() + " exists already; nothing was changed");
    }
    for (String u : List.of(spec.officerId(), spec.adminId())) {
      if (users.find(u).isPresent()) {
        throw new Exists("user " + u + " exists already; nothing was changed");
      }
    }
    Who who = new Who(by, new OrganisationId(spec.id()), new TenantId(spec.id()));
    log.allowed(who, Action.TENANT_CREATE, spec.id());
    keys.fieldAead(spec.id());
    keys.indexPrf(spec.id());
    keys.tokenPrf(spec.id());
    Instant now = clock.instant();
    Sql.inTransaction(
        dataSource,
        () -> {
          Sql.run(
              "cannot write tenants",
              () ->
                  jdbc.sql(
                          "INSERT INTO tenant (tenant_id, name, created_at, created_by)"
                              + " VALUES (?, ?, ?, ?)")
                      .params(spec.id(), name, now.toEpochMilli(), by.value())
                      .update());
          entrustments.registerOrganisation(Organisation.controller(spec.id(), name));
          entrustments.seedPurposes(spec.id());
          add(spec.id(), spec.officerId(), "情報セキュリティ責任者", Role.SECURITY_OFFICER);
          add(spec.id(), spec.adminId(), "管理者", Role.ORG_ADMIN);
          return null;
        });
    Enrolments.Issued officer = enrolments.issue(who, spec.officerId());
    Enrolments.Issued admin = enrolments.issue(who, spec.adminId());
    return new Created(new Tenant(spec.id(), name, now, by.value(), 1, 2), officer, admin);
  }

  private User add(String tenant, String userId, String name, Role role) {
    return users.add(tenant, tenant, userId, name, role);
  }

  /** Whether a tenant of this id was made. */
  public boolean exists(String id) {
    return Sql.run(
            "cannot read tenants",
            () ->
                jdbc.sql("SELECT COUNT(*) FROM tenant WHERE tenant_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single())
        > 0;
  }

  /** The tenants, by id, with how many organisations and users each has. */
  public List<Tenant> list() {
    return Sql.run(
        "cannot read tenants",
        () ->
            jdbc.sql(
                    "SELECT t.tenant_id, t.name, t.created_at, t.created_by,"
                        + " (SELECT COUNT(*) FROM organisation o WHERE o.tenant_id = t.tenant_id),"
                        + " (SELECT COUNT(*) FROM app_user u WHERE u.tenant_id = t.tenant_id)"
                        + " FROM tenant t ORDER BY t.tenant_id")
                .query((rs, n) ->
                    new Tenant(
                        rs.getString(1),
                        rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3)),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6)))
                .list());
  }
}
