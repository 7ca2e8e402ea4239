package mamori.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The user_credential table of V14__signin.sql. Every change is one statement; those that must not
 * happen twice (enrolling, accepting a code's step, locking) match only the row as it must still
 * be, and report whether they changed it.
 */
final class CredentialTable {
  private final JdbcClient jdbc;

  CredentialTable(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** A user's credentials as stored; the hash and the sealed secret never leave this module. */
  record Row(
      @Nullable String passwordHash,
      byte @Nullable [] secret,
      long lastStep,
      int failures,
      @Nullable Long lastFailureAt,
      @Nullable Long lockedAt,
      long sessionsValidFrom) {}

  Optional<Row> row(User user) {
    return Sql.run(
        "cannot read credentials",
        () ->
            jdbc.sql(
                    "SELECT password_hash, totp_secret, totp_last_step,"
                        + " failures, last_failure_at, locked_at, sessions_valid_from FROM user_credential"
                        + " WHERE tenant_id = ? AND user_id = ?")
                .params(user.tenantId(), user.id())
                .query((rs, n) ->
                    new Row(
                        rs.getString(1),
                        rs.getBytes(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        nullable(rs, 5),
                        nullable(rs, 6),
                        rs.getLong(7)))
                .optional());
  }

  /** Makes the user's row when it is missing. */
  void ensure(User user) {
    update(
        "INSERT INTO user_credential (tenant_id, user_id) VALUES (?, ?) ON CONFLICT (tenant_id, user_id) DO NOTHING",
        user.tenantId(),
        user.id());
  }

  /**
   * Whether a session that passed both factors at {@code signedInAt} may go on: the user is
   * enabled, not locked, still enrolled, and no revocation or password change came after it.
   */
  boolean sessionValid(String userId, Instant signedInAt) {
    return Sql.run(
        "cannot check a session",
        () ->
            jdbc.sql(
                    "SELECT 1 FROM app_user u JOIN user_credential c"
                        + " ON c.tenant_id = u.tenant_id AND c.user_id = u.user_id WHERE u.user_id = ? AND u.disabled_at IS NULL"
                        + " AND c.locked_at IS NULL AND c.totp_secret IS NOT NULL AND c.sessions_valid_from <= ?")
                .params(userId, signedInAt.toEpochMilli())
                .query(Integer.class)
                .optional()
                .isPresent());
  }

  void setPassword(User user, String hash, long now) {
    update(
        "UPDATE user_credential SET password_hash = ?, password_set_at = ?, sessions_valid_from = ?"
            + " WHERE tenant_id = ? AND user_id = ?",
        hash,
        now,
        now,
        user.tenantId(),
        user.id());
  }

  /**
   * Sets the first password and second factor of a user who has neither; false when they have one.
   */
  boolean setFirst(User user, String hash, byte[] sealed, long now, long step) {
    return update(
            "UPDATE user_credential SET password_hash = ?, password_set_at = ?,"
                + " sessions_valid_from = ?, totp_secret = ?, totp_enrolled_at = ?,"
                + " totp_last_step = ? WHERE tenant_id = ? AND user_id = ?"
                + " AND password_hash IS NULL AND totp_secret IS NULL",
            hash,
            now,
            now,
            sealed,
            now,
            step,
            user.tenantId(),
            user.id())
        == 1;
  }

  /** Keeps a sealed secret for a user not enrolled yet; false when they are enrolled already. */
  boolean enrol(User user, byte[] sealed, long now, long step) {
    return update(
            "UPDATE user_credential SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ?"
                + " WHERE tenant_id = ? AND user_id = ? AND totp_secret IS NULL",
            sealed,
            now,
            step,
            user.tenantId(),
            user.id())
        == 1;
  }

  /**
   * Accepts a code's time step once: false when this or a later step was accepted already (a
   * replay).
   */
  boolean acceptStep(User user, long step) {
    return update(
            "UPDATE user_credential SET totp_last_step = ? WHERE tenant_id = ? AND user_id = ?"
                + " AND totp_last_step < ?",
            step,
            user.tenantId(),
            user.id(),
            step)
        == 1;
  }

  /** Replaces the secret outright, as an operator does. */
  void setSecret(User user, byte[] sealed, long now) {
    update(
        "UPDATE user_credential SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = 0"
            + " WHERE tenant_id = ? AND user_id = ?",
        sealed,
        now,
        user.tenantId(),
        user.id());
  }

  /** Drops the secret and ends the sessions begun before {@code validFrom}. */
  void resetSecret(User user, long validFrom) {
    update(
        "UPDATE user_credential SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = 0,"
            + " sessions_valid_from = ? WHERE tenant_id = ? AND user_id = ?",
        validFrom,
        user.tenantId(),
        user.id());
  }

  void revokeSessions(User user, long validFrom) {
    update(
        "UPDATE user_credential SET sessions_valid_from = ? WHERE tenant_id = ? AND user_id = ?",
        validFrom,
        user.tenantId(),
        user.id());
  }

  void clearFailures(User user) {
    update(
        "UPDATE user_credential SET failures = 0, last_failure_at = NULL WHERE tenant_id = ? AND user_id = ?",
        user.tenantId(),
        user.id());
  }

  void countFailure(User user, long now) {
    update(
        "UPDATE user_credential SET failures = failures + 1, last_failure_at = ?"
            + " WHERE tenant_id = ? AND user_id = ?",
        now,
        user.tenantId(),
        user.id());
  }

  /**
   * Locks a user with at least {@code failures} failures; true only for the one call that locked
   * them.
   */
  boolean lockAt(User user, int failures, long now) {
    return update(
            "UPDATE user_credential SET locked_at = ? WHERE tenant_id = ? AND user_id = ? AND failures >= ?"
                + " AND locked_at IS NULL",
            now,
            user.tenantId(),
            user.id(),
            failures)
        == 1;
  }

  /** Clears the failures and the lock; false when there were none. */
  boolean unlock(User user) {
    return update(
            "UPDATE user_credential SET failures = 0, last_failure_at = NULL, locked_at = NULL"
                + " WHERE tenant_id = ? AND user_id = ? AND (failures > 0 OR locked_at IS NOT NULL)",
            user.tenantId(),
            user.id())
        > 0;
  }

  private int update(String sql, Object... params) {
    return Sql.run(Users.WRITE_FAILED, () -> jdbc.sql(sql).params(params).update());
  }

  private static @Nullable Long nullable(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
