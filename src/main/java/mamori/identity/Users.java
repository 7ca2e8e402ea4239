package mamori.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The users of an installation. A login name is unique across the installation and never reused; a
 * user belongs to exactly one organisation of one tenant. Bad input throws {@link
 * IllegalArgumentException} and changes nothing.
 */
public final class Users {
  private static final String COLUMNS =
      "user_id, display_name, tenant_id, organisation_id, role, created_at, disabled_at";

  /** The failure of any write of this module's tables. */
  static final String WRITE_FAILED = "cannot write identity data";

  private final JdbcClient jdbc;
  private final Clock clock;

  public Users(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /**
   * Adds a user to an organisation of a tenant (ids of 1 to 64 of a-z, 0-9 and '-'); a {@link
   * #reserved} user id is refused.
   *
   * @throws IllegalArgumentException when a value is malformed or reserved, or the login name is
   *     taken
   */
  public User add(
      String tenantId, String organisationId, String userId, String displayName, Role role) {
    check(TenantId.PATTERN, tenantId, "a tenant id is 1 to 64 of a-z, 0-9 and '-'");
    check(TenantId.PATTERN, organisationId, "an organisation id is 1 to 64 of a-z, 0-9 and '-'");
    check(
        UserId.PATTERN,
        userId,
        "a user id is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
    refuseReserved(userId);
    String name = displayName.strip();
    if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a display name is 1 to 200 characters without control characters");
    }
    if (find(userId).isPresent()) {
      throw new IllegalArgumentException("user " + userId + " exists already");
    }
    Instant now = clock.instant();
    Sql.run(
        WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO app_user (tenant_id, user_id, organisation_id, display_name,"
                        + " role, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(tenantId, userId, organisationId, name, role.name(), now.toEpochMilli())
                .update());
    return new User(userId, name, tenantId, organisationId, role, now, null);
  }

  /** The prefix of the system's own identities (mamori.detect acts on a detection policy). */
  public static final String SYSTEM_PREFIX = "mamori.";

  /** The prefix of the actor ids the resident portal writes to the log for residents. */
  public static final String RESIDENT_PREFIX = "r-";

  /**
   * Whether {@code userId} is reserved: a system identity ({@value #SYSTEM_PREFIX}...) or a
   * resident's actor id ({@value #RESIDENT_PREFIX}...). No user may have one, so the log's actor
   * tells the system and residents apart from staff, and detection may pass them over.
   */
  public static boolean reserved(String userId) {
    return userId.startsWith(SYSTEM_PREFIX) || userId.startsWith(RESIDENT_PREFIX);
  }

  /**
   * Refuses a reserved user id.
   *
   * @throws IllegalArgumentException when {@code userId} is {@link #reserved}
   */
  public static void refuseReserved(String userId) {
    if (reserved(userId)) {
      throw new IllegalArgumentException(
          "a user id may not start with '"
              + SYSTEM_PREFIX
              + "' (the system's own identities) or '"
              + RESIDENT_PREFIX
              + "' (residents in the log)");
    }
  }

  /** The user with this login name, disabled or not. */
  public Optional<User> find(String userId) {
    List<User> found = query("SELECT " + COLUMNS + " FROM app_user WHERE user_id = ?", userId);
    return found.stream().findFirst();
  }

  /** A tenant's users, by login name. */
  public List<User> list(String tenantId) {
    return query(
        "SELECT " + COLUMNS + " FROM app_user WHERE tenant_id = ? ORDER BY user_id", tenantId);
  }

  /**
   * Disables a user at once: none of their tokens authenticates from now on. Disabling twice keeps
   * the first time. Returns false when there is no such user.
   */
  public boolean disable(String userId) {
    return Sql.run(
            WRITE_FAILED,
            () ->
                jdbc.sql(
                        "UPDATE app_user SET disabled_at = COALESCE(disabled_at, ?)"
                            + " WHERE user_id = ?")
                    .params(clock.instant().toEpochMilli(), userId)
                    .update())
        > 0;
  }

  private static void check(Pattern pattern, String value, String rule) {
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(rule);
    }
  }

  private List<User> query(String sql, String arg) {
    return Sql.run(
        "cannot read users",
        () ->
            jdbc.sql(sql)
                .param(arg)
                .query((rs, n) -> {
                  long disabled = rs.getLong(7);
                  Instant disabledAt = rs.wasNull() ? null : Instant.ofEpochMilli(disabled);
                  return new User(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      Role.valueOf(rs.getString(5)),
                      Instant.ofEpochMilli(rs.getLong(6)),
                      disabledAt);
                })
                .list());
  }
}
