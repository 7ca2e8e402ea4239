package mamori.detect;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The outbox of alert deliveries (V30, {@code alert_delivery} and {@code alert_scan}). */
final class AlertOutbox {
  private static final String FAILED = "the alert outbox could not be read or written";
  private final JdbcClient jdbc;

  AlertOutbox(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** A channel an alert is delivered by. */
  enum Channel {
    MAIL,
    WEBHOOK;

    String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Channel of(String code) {
      return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** One delivery as stored. */
  record Delivery(
      String tenant,
      String alertId,
      Channel channel,
      String state,
      int attempts,
      Instant nextAt,
      @Nullable String lastError,
      @Nullable Instant deliveredAt) {
    boolean delivered() {
      return "delivered".equals(state);
    }
  }

  /** Tenants with a channel set: only their alerts are queued. */
  List<String> tenantsWithChannels() {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT DISTINCT tenant_id FROM tenant_setting WHERE name IN (?, ?)"
                        + " ORDER BY tenant_id")
                .params(AlertChannels.MAIL_TO, AlertChannels.WEBHOOK_URL)
                .query(String.class)
                .list());
  }

  /** The tenant's scan position: {@code [floor, seenTo]}; empty before the first scan. */
  Optional<long[]> scan(String tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT floor, seen_to FROM alert_scan WHERE tenant_id = ?")
                .params(tenant)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .optional());
  }

  void startScan(String tenant, long floor) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO alert_scan (tenant_id, floor, seen_to) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id) DO NOTHING")
                .params(tenant, floor, floor)
                .update());
  }

  void seen(String tenant, long seenTo) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql("UPDATE alert_scan SET seen_to = ? WHERE tenant_id = ? AND seen_to < ?")
                .params(seenTo, tenant, seenTo)
                .update());
  }

  /**
   * Queues a delivery; nothing when it is queued already (the key is alert and channel). Returns
   * whether a row was added.
   */
  boolean queue(String tenant, String alertId, Channel channel, Instant now) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO alert_delivery (tenant_id, alert_id, channel, state, attempts,"
                            + " next_at, created_at) VALUES (?, ?, ?, 'pending', 0, ?, ?)"
                            + " ON CONFLICT (tenant_id, alert_id, channel) DO NOTHING")
                    .params(tenant, alertId, channel.code(), now.toEpochMilli(), now.toEpochMilli())
                    .update())
        > 0;
  }

  /** Pending deliveries of a channel due at {@code now}, oldest first. */
  List<Delivery> due(Channel channel, Instant now, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT tenant_id, alert_id, channel, state, attempts, next_at, last_error,"
                        + " delivered_at FROM alert_delivery WHERE state = 'pending'"
                        + " AND channel = ? AND next_at <= ? ORDER BY next_at, created_at LIMIT ?")
                .params(channel.code(), now.toEpochMilli(), limit)
                .query((rs, n) -> row(rs))
                .list());
  }

  /**
   * Claims a due delivery until {@code until} (so another sender, or this one after a crash, tries
   * it only then); false when someone else claimed it first.
   */
  boolean claim(Delivery d, Instant until) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE alert_delivery SET next_at = ? WHERE tenant_id = ? AND alert_id = ?"
                            + " AND channel = ? AND state = 'pending' AND next_at = ?")
                    .params(
                        until.toEpochMilli(),
                        d.tenant(),
                        d.alertId(),
                        d.channel().code(),
                        d.nextAt().toEpochMilli())
                    .update())
        == 1;
  }

  void delivered(Delivery d, Instant at) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE alert_delivery SET state = 'delivered', attempts = attempts + 1,"
                        + " delivered_at = ?, last_error = NULL"
                        + " WHERE tenant_id = ? AND alert_id = ? AND channel = ?")
                .params(at.toEpochMilli(), d.tenant(), d.alertId(), d.channel().code())
                .update());
  }

  void failed(Delivery d, String error, Instant next) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE alert_delivery SET attempts = attempts + 1, last_error = ?, next_at = ?"
                        + " WHERE tenant_id = ? AND alert_id = ? AND channel = ?")
                .params(
                    error.length() > 300 ? error.substring(0, 300) : error,
                    next.toEpochMilli(),
                    d.tenant(),
                    d.alertId(),
                    d.channel().code())
                .update());
  }

  /** Every delivery of the tenant, for the tests and the command line. */
  List<Delivery> all(String tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT tenant_id, alert_id, channel, state, attempts, next_at, last_error,"
                        + " delivered_at FROM alert_delivery WHERE tenant_id = ?"
                        + " ORDER BY created_at, alert_id, channel")
                .params(tenant)
                .query((rs, n) -> row(rs))
                .list());
  }

  private static Delivery row(java.sql.ResultSet rs) throws java.sql.SQLException {
    long delivered = rs.getLong(8);
    Instant deliveredAt = rs.wasNull() ? null : Instant.ofEpochMilli(delivered);
    return new Delivery(
        rs.getString(1),
        rs.getString(2),
        Channel.of(rs.getString(3)),
        rs.getString(4),
        rs.getInt(5),
        Instant.ofEpochMilli(rs.getLong(6)),
        rs.getString(7),
        deliveredAt);
  }
}
