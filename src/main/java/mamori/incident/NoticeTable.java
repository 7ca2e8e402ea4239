package mamori.incident;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident_notice table of V32__incident_reports.sql, and the one person's row of
 * incident_person the portal needs: storage only.
 */
final class NoticeTable {
  static final String FAILED = "the incident notices could not be read or written";

  private final JdbcClient jdbc;

  NoticeTable(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  /** Whether the person was notified by {@code channel} already. */
  boolean has(TenantId tenant, String incident, PersonToken person, String channel) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                        "SELECT COUNT(*) FROM incident_notice WHERE tenant_id = ? AND incident_id = ?"
                            + " AND person_token = ? AND channel = ?")
                    .params(tenant.value(), incident, person.value(), channel)
                    .query(Long.class)
                    .single()
                > 0);
  }

  /** Stores a notice; false when the person had one by that channel already. */
  boolean insert(
      TenantId tenant,
      String incident,
      PersonToken person,
      String channel,
      long logIndex,
      Instant at) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO incident_notice (tenant_id, incident_id, person_token,"
                            + " channel, log_index, notified_at) VALUES (?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT DO NOTHING")
                    .params(
                        tenant.value(),
                        incident,
                        person.value(),
                        channel,
                        logIndex,
                        at.toEpochMilli())
                    .update())
        == 1;
  }

  /** The number of persons notified by each channel, by channel code. */
  Map<String, Long> counts(TenantId tenant, String incident) {
    Map<String, Long> out = new TreeMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT channel, COUNT(*) FROM incident_notice WHERE tenant_id = ? AND"
                        + " incident_id = ? GROUP BY channel")
                .params(tenant.value(), incident)
                .query(rs -> {
                  out.put(rs.getString(1), rs.getLong(2));
                }));
    return out;
  }

  /** A notice a person received: the incident, when, and the log index of its record. */
  record Row(String incident, Instant notifiedAt, long logIndex) {}

  /** The portal notices of a person, newest first. */
  List<Row> forPerson(TenantId tenant, PersonToken person, String channel) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT incident_id, notified_at, log_index FROM incident_notice"
                        + " WHERE tenant_id = ? AND person_token = ? AND channel = ?"
                        + " ORDER BY notified_at DESC, incident_id LIMIT 100")
                .params(tenant.value(), person.value(), channel)
                .query((rs, n) ->
                    new Row(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getLong(3)))
                .list());
  }

  /** The evidence indexes of one affected person of an incident, oldest first. */
  List<Long> evidence(TenantId tenant, String incident, PersonToken person) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT evidence FROM incident_person WHERE tenant_id = ? AND incident_id = ?"
                        + " AND person_token = ?")
                .params(tenant.value(), incident, person.value())
                .query(String.class)
                .optional()
                .map(s ->
                    Arrays.stream(s.split(","))
                        .filter(c -> !c.isEmpty())
                        .map(Long::parseLong)
                        .toList())
                .orElse(List.of()));
  }
}
