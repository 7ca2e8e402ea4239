package mamori.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a tenant's security officer must look at: an account locked by repeated failed sign-ins, an
 * access a resident flagged as unexpected. An alert stays open until an officer closes it; closing
 * keeps it.
 */
public final class SecurityAlerts {
  private static final Logger LOG = LoggerFactory.getLogger(SecurityAlerts.class);
  private static final String COLUMNS =
      "alert_id, kind, subject, detail, raised_at, closed_at, closed_by";

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public SecurityAlerts(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /**
   * One alert; {@code subject} names who or what it is about (a user id, a log index), never a
   * number.
   */
  public record Alert(
      String id,
      String kind,
      String subject,
      String detail,
      Instant raisedAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy) {
    public boolean open() {
      return closedAt == null;
    }
  }

  /** Raises an alert for the tenant's security officers; returns its id. */
  public String raise(String tenantId, String kind, String subject, String detail) {
    byte[] id = new byte[8];
    random.nextBytes(id);
    String alertId = HexFormat.of().formatHex(id);
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO security_alert (tenant_id, alert_id, kind, subject, detail,"
                        + " raised_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                    tenantId,
                    alertId,
                    kind,
                    cut(subject, 200),
                    cut(detail, 1000),
                    clock.instant().toEpochMilli())
                .update());
    LOG.warn("security alert {} for tenant {}: {} {}", alertId, tenantId, kind, subject);
    return alertId;
  }

  /** A tenant's alerts, open ones first, newest first; at most {@code limit}. */
  public List<Alert> list(String tenantId, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM security_alert WHERE tenant_id = ? "
            + "ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, raised_at DESC, alert_id LIMIT ?";
    return Sql.run(
        "cannot read security alerts",
        () ->
            jdbc.sql(sql)
                .params(tenantId, limit)
                .query((rs, n) -> {
                  long closed = rs.getLong(6);
                  Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
                  return new Alert(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      Instant.ofEpochMilli(rs.getLong(5)),
                      closedAt,
                      rs.getString(7));
                })
                .list());
  }

  /** Closes an open alert of the tenant; false when the tenant has no such open alert. */
  public boolean close(String tenantId, String alertId, String closedBy) {
    return Sql.run(
            Users.WRITE_FAILED,
            () ->
                jdbc.sql(
                        "UPDATE security_alert SET closed_at = ?, closed_by = ?"
                            + " WHERE tenant_id = ? AND alert_id = ? AND closed_at IS NULL")
                    .params(clock.instant().toEpochMilli(), closedBy, tenantId, alertId)
                    .update())
        > 0;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
