package mamori.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
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
      "alert_id, kind, subject, detail, raised_at, closed_at, closed_by, severity, evidence,"
          + " policy, taken, acknowledged_at, acknowledged_by, assignee, close_reason";

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
   *
   * @param kind the rule or signal that raised it ({@code detect.harvesting}, {@code
   *     signin.locked})
   * @param evidence the log indexes the alert rests on, oldest first; empty for a signal that is
   *     not an access (a locked account)
   * @param policy what the rule said should happen at once
   * @param taken what the policy did ("entrustment e-3 suspended"), or "" when it changed nothing
   */
  public record Alert(
      String id,
      String kind,
      String subject,
      String detail,
      Instant raisedAt,
      @Nullable Instant closedAt,
      @Nullable String closedBy,
      Severity severity,
      List<Long> evidence,
      AlertPolicy policy,
      String taken,
      @Nullable Instant acknowledgedAt,
      @Nullable String acknowledgedBy,
      @Nullable String assignee,
      @Nullable String closeReason) {
    public Alert {
      evidence = List.copyOf(evidence);
    }

    public boolean open() {
      return closedAt == null;
    }

    /** Where the alert stands: open, acknowledged (and still open), or closed. */
    public State state() {
      return closedAt != null
          ? State.CLOSED
          : acknowledgedAt != null ? State.ACKNOWLEDGED : State.OPEN;
    }
  }

  /** Where an alert stands in its handling. */
  public enum State {
    OPEN,
    ACKNOWLEDGED,
    CLOSED;

    /** {@code open}, {@code acknowledged}, {@code closed}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The state of {@code code}; empty for anything else. */
    public static java.util.Optional<State> ofCode(String code) {
      return java.util.Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
  }

  /**
   * What a listing asks for: alerts in a state, of a severity, of a kind (each null for any), older
   * than the alert {@code before} (raised at {@code beforeAt}; null for the newest), at most {@code
   * limit}.
   */
  public record Query(
      @Nullable State state,
      @Nullable Severity severity,
      @Nullable String kind,
      @Nullable Instant beforeAt,
      @Nullable String before,
      int limit) {}

  /**
   * What a rule raises: everything of an alert but its id, time and what officers did with it.
   *
   * @param subject who or what it is about, the key a rule groups by ({@code user:u-1}, {@code
   *     organisation:o-2}, {@code person:TOKEN}); never a number
   */
  public record Raised(
      String kind,
      String subject,
      String detail,
      Severity severity,
      List<Long> evidence,
      AlertPolicy policy,
      String taken) {
    public Raised {
      evidence = List.copyOf(evidence);
    }
  }

  /** Raises a medium alert with no evidence for the tenant's security officers; returns its id. */
  public String raise(String tenantId, String kind, String subject, String detail) {
    return raise(
        tenantId,
        new Raised(kind, subject, detail, Severity.MEDIUM, List.of(), AlertPolicy.NOTIFY, ""));
  }

  /**
   * A fresh alert id: 16 hex digits that never hold a run of twelve decimal digits, so that the
   * log, which masks such a run in a case as a possible My Number, names every alert it acts on
   * whole.
   */
  String newId() {
    byte[] id = new byte[8];
    while (true) {
      random.nextBytes(id);
      String hex = HexFormat.of().formatHex(id);
      if (!mamori.core.NumberText.holdsNumber(hex)) {
        return hex;
      }
    }
  }

  /** Raises an alert for the tenant's security officers; returns its id. */
  public String raise(String tenantId, Raised r) {
    String alertId = newId();
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO security_alert (tenant_id, alert_id, kind, subject, detail,"
                        + " raised_at, severity, evidence, policy, taken)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    tenantId,
                    alertId,
                    r.kind(),
                    cut(r.subject(), 200),
                    cut(r.detail(), 1000),
                    clock.instant().toEpochMilli(),
                    r.severity().code(),
                    evidenceText(r.evidence()),
                    r.policy().code(),
                    cut(r.taken(), 200))
                .update());
    LOG.warn(
        "security alert {} for tenant {}: {} {} {}",
        alertId,
        tenantId,
        r.severity().code(),
        r.kind(),
        r.subject());
    return alertId;
  }

  /**
   * The evidence as stored: indexes joined by commas, as many as fit in the column (the oldest
   * first, so the access that started it is always kept).
   */
  static String evidenceText(List<Long> evidence) {
    StringBuilder b = new StringBuilder();
    for (long i : evidence) {
      String next = (b.isEmpty() ? "" : ",") + i;
      if (b.length() + next.length() > EVIDENCE_MAX) {
        break;
      }
      b.append(next);
    }
    return b.toString();
  }

  static List<Long> evidenceOf(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split(",")).map(Long::parseLong).toList();
  }

  private static final int EVIDENCE_MAX = 4000;

  /** A tenant's alerts, open ones first, newest first; at most {@code limit}. */
  public List<Alert> list(String tenantId, int limit) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM security_alert WHERE tenant_id = ? "
            + "ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, raised_at DESC, alert_id LIMIT ?";
    return Sql.run(
        "cannot read security alerts",
        () -> jdbc.sql(sql).params(tenantId, limit).query((rs, n) -> row(rs)).list());
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

  /**
   * A page of the tenant's alerts matching {@code q}, newest first (raised time, then id, both
   * descending), so that the last one's time and id are the next page's {@code before}.
   */
  public List<Alert> page(String tenantId, Query q) {
    StringBuilder sql =
        new StringBuilder("SELECT " + COLUMNS + " FROM security_alert WHERE tenant_id = ?");
    List<Object> params = new java.util.ArrayList<>(List.of(tenantId));
    if (q.state() != null) {
      sql.append(
          switch (q.state()) {
            case OPEN -> " AND closed_at IS NULL AND acknowledged_at IS NULL";
            case ACKNOWLEDGED -> " AND closed_at IS NULL AND acknowledged_at IS NOT NULL";
            case CLOSED -> " AND closed_at IS NOT NULL";
          });
    }
    if (q.severity() != null) {
      sql.append(" AND severity = ?");
      params.add(q.severity().code());
    }
    if (q.kind() != null) {
      sql.append(" AND kind = ?");
      params.add(q.kind());
    }
    if (q.beforeAt() != null && q.before() != null) {
      long at = q.beforeAt().toEpochMilli();
      sql.append(" AND (raised_at < ? OR (raised_at = ? AND alert_id < ?))");
      params.add(at);
      params.add(at);
      params.add(q.before());
    }
    sql.append(" ORDER BY raised_at DESC, alert_id DESC LIMIT ?");
    params.add(q.limit());
    return Sql.run(
        "cannot read security alerts",
        () -> jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list());
  }

  /**
   * The tenant's alerts raised at or after {@code from}, oldest first (then by id), at most {@code
   * limit}: what a watcher that saw everything before {@code from} has not seen yet (an index on
   * tenant and raised time makes this cheap).
   */
  public List<Alert> raisedSince(String tenantId, Instant from, int limit) {
    return Sql.run(
        "cannot read security alerts",
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM security_alert WHERE tenant_id = ? AND raised_at >= ?"
                        + " ORDER BY raised_at, alert_id LIMIT ?")
                .params(tenantId, from.toEpochMilli(), limit)
                .query((rs, n) -> row(rs))
                .list());
  }

  /**
   * The tenant's alerts after the cursor ({@code at}, {@code afterId}) in the order (raised time,
   * id), at most {@code limit}: the next page of a reader that has read everything up to and
   * including that alert. With an empty {@code afterId} it starts at {@code at} itself, like {@link
   * #raisedSince}. Paging with the last row read as the next cursor reads every alert once, however
   * many share one millisecond.
   */
  public List<Alert> raisedAfter(String tenantId, Instant at, String afterId, int limit) {
    long ms = at.toEpochMilli();
    return Sql.run(
        "cannot read security alerts",
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM security_alert WHERE tenant_id = ? AND raised_at >= ?"
                        + " AND (raised_at > ? OR alert_id > ?)"
                        + " ORDER BY raised_at, alert_id LIMIT ?")
                .params(tenantId, ms, ms, afterId, limit)
                .query((rs, n) -> row(rs))
                .list());
  }

  /**
   * Marks an open alert of the tenant acknowledged by {@code by}; false when the tenant has no such
   * open alert (none, another tenant's, or closed). Acknowledging again moves the time.
   */
  public boolean acknowledge(String tenantId, String alertId, String by) {
    return update(
        "UPDATE security_alert SET acknowledged_at = ?, acknowledged_by = ?"
            + " WHERE tenant_id = ? AND alert_id = ? AND closed_at IS NULL",
        clock.instant().toEpochMilli(),
        by,
        tenantId,
        alertId);
  }

  /** Assigns an open alert of the tenant to {@code assignee}; false as {@link #acknowledge}. */
  public boolean assign(String tenantId, String alertId, String assignee) {
    return update(
        "UPDATE security_alert SET assignee = ?"
            + " WHERE tenant_id = ? AND alert_id = ? AND closed_at IS NULL",
        assignee,
        tenantId,
        alertId);
  }

  /**
   * Closes an open alert of the tenant with the reason the officer gave (checked by the caller);
   * false when the tenant has no such open alert.
   */
  public boolean close(String tenantId, String alertId, String closedBy, String reason) {
    return update(
        "UPDATE security_alert SET closed_at = ?, closed_by = ?, close_reason = ?"
            + " WHERE tenant_id = ? AND alert_id = ? AND closed_at IS NULL",
        clock.instant().toEpochMilli(),
        closedBy,
        reason,
        tenantId,
        alertId);
  }

  private boolean update(String sql, Object... params) {
    return Sql.run(Users.WRITE_FAILED, () -> jdbc.sql(sql).params(params).update()) > 0;
  }

  /** One alert of the tenant, open or closed. */
  public java.util.Optional<Alert> get(String tenantId, String alertId) {
    return Sql.run(
        "cannot read security alerts",
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM security_alert WHERE tenant_id = ? AND alert_id = ?")
                .params(tenantId, alertId)
                .query((rs, n) -> row(rs))
                .optional());
  }

  private static Alert row(java.sql.ResultSet rs) throws java.sql.SQLException {
    long closed = rs.getLong(6);
    Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
    long acknowledged = rs.getLong(12);
    Instant acknowledgedAt = rs.wasNull() ? null : Instant.ofEpochMilli(acknowledged);
    return new Alert(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)),
        closedAt,
        rs.getString(7),
        Severity.ofCode(rs.getString(8)).orElse(Severity.MEDIUM),
        evidenceOf(rs.getString(9)),
        AlertPolicy.ofCode(rs.getString(10)).orElse(AlertPolicy.NOTIFY),
        rs.getString(11),
        acknowledgedAt,
        rs.getString(13),
        rs.getString(14),
        rs.getString(15));
  }

  /**
   * Whether the tenant has an open alert of {@code kind} about {@code subject} raised at or after
   * {@code since}: what the detection engine asks before it raises the same finding again.
   */
  public boolean openSince(String tenantId, String kind, String subject, Instant since) {
    return Sql.run(
            "cannot read security alerts",
            () ->
                jdbc.sql(
                        "SELECT COUNT(*) FROM security_alert WHERE tenant_id = ? AND kind = ?"
                            + " AND subject = ? AND closed_at IS NULL AND raised_at >= ?")
                    .params(tenantId, kind, cut(subject, 200), since.toEpochMilli())
                    .query(Long.class)
                    .single())
        > 0;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
