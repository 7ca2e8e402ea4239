package mamori.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The incident, incident_alert and incident_person tables of V27__detect_incident.sql: storage
 * only, no rule about who may do what (that is the services' part, which log each act before
 * calling here).
 */
final class IncidentTable {
  static final String FAILED = "the incidents could not be read or written";
  private static final String COLUMNS =
      "incident_id, title, summary, opened_at, opened_by, aware_at, suspect_kind, suspect,"
          + " window_from, window_to, status, classification, preliminary_due, final_due,"
          + " affected_count, affected_at, closed_at, closed_by, close_reason";

  /** The evidence column keeps at most this many characters of indexes. */
  static final int EVIDENCE_MAX = 4000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  IncidentTable(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
  }

  void insert(Incident i) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO incident (tenant_id, "
                        + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    Arrays.<@Nullable Object>asList(
                        i.tenant().value(),
                        i.id(),
                        i.title(),
                        i.summary(),
                        i.openedAt().toEpochMilli(),
                        i.openedBy(),
                        i.awareAt().toEpochMilli(),
                        i.suspect().kind().code(),
                        i.suspect().value(),
                        i.suspect().from().toEpochMilli(),
                        i.suspect().to().toEpochMilli(),
                        i.status().code(),
                        i.classification(),
                        millis(i.preliminaryDue()),
                        millis(i.finalDue()),
                        i.affectedCount(),
                        millis(i.affectedAt()),
                        millis(i.closedAt()),
                        i.closedBy(),
                        i.closeReason()))
                .update());
  }

  /**
   * Writes every changeable column of {@code i} (all but the id, the opening and the affected
   * count, which {@link #replaceAffected} keeps); false when the tenant has no such incident.
   */
  boolean update(Incident i) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE incident SET title = ?, summary = ?, aware_at = ?,"
                            + " suspect_kind = ?, suspect = ?, window_from = ?, window_to = ?,"
                            + " status = ?, classification = ?, preliminary_due = ?, final_due = ?,"
                            + " closed_at = ?, closed_by = ?, close_reason = ?"
                            + " WHERE tenant_id = ? AND incident_id = ?")
                    .params(
                        Arrays.<@Nullable Object>asList(
                            i.title(),
                            i.summary(),
                            i.awareAt().toEpochMilli(),
                            i.suspect().kind().code(),
                            i.suspect().value(),
                            i.suspect().from().toEpochMilli(),
                            i.suspect().to().toEpochMilli(),
                            i.status().code(),
                            i.classification(),
                            millis(i.preliminaryDue()),
                            millis(i.finalDue()),
                            millis(i.closedAt()),
                            i.closedBy(),
                            i.closeReason(),
                            i.tenant().value(),
                            i.id()))
                    .update())
        == 1;
  }

  Optional<Incident> get(TenantId tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT " + COLUMNS + " FROM incident WHERE tenant_id = ? AND incident_id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> row(tenant, rs))
                .optional());
  }

  /** The tenant's incidents, open ones first, newest first; at most {@code limit}. */
  List<Incident> list(TenantId tenant, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM incident WHERE tenant_id = ? ORDER BY CASE WHEN status = 'open'"
                        + " THEN 0 ELSE 1 END, opened_at DESC, incident_id LIMIT ?")
                .params(tenant.value(), limit)
                .query((rs, n) -> row(tenant, rs))
                .list());
  }

  void linkAlert(TenantId tenant, String incident, String alert) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO incident_alert (tenant_id, incident_id, alert_id) VALUES (?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(tenant.value(), incident, alert)
                .update());
  }

  /** The ids of the alerts the incident was opened from, sorted. */
  List<String> alerts(TenantId tenant, String incident) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT alert_id FROM incident_alert WHERE tenant_id = ? AND incident_id = ?"
                        + " ORDER BY alert_id")
                .params(tenant.value(), incident)
                .query(String.class)
                .list());
  }

  /**
   * Replaces the incident's affected persons with {@code persons} and its count, in one
   * transaction: a reader sees the old set or the new one, never a mixture.
   */
  void replaceAffected(TenantId tenant, String incident, List<Affected> persons, Instant at) {
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  jdbc.sql("DELETE FROM incident_person WHERE tenant_id = ? AND incident_id = ?")
                      .params(tenant.value(), incident)
                      .update();
                  for (Affected a : persons) {
                    jdbc.sql(
                            "INSERT INTO incident_person (tenant_id, incident_id, person_token,"
                                + " actions, evidence, first_at, last_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(
                            tenant.value(),
                            incident,
                            a.person().value(),
                            String.join(
                                ",", a.actions().stream().map(Action::code).distinct().toList()),
                            indexes(a.evidence()),
                            a.first().toEpochMilli(),
                            a.last().toEpochMilli())
                        .update();
                  }
                  jdbc.sql(
                          "UPDATE incident SET affected_count = ?, affected_at = ?"
                              + " WHERE tenant_id = ? AND incident_id = ?")
                      .params((long) persons.size(), at.toEpochMilli(), tenant.value(), incident)
                      .update();
                  return null;
                }));
  }

  /** The affected persons after {@code after} (a token, "" for the first page), by token. */
  List<Affected> affected(TenantId tenant, String incident, String after, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT person_token, actions, evidence, first_at, last_at FROM incident_person"
                        + " WHERE tenant_id = ? AND incident_id = ? AND person_token > ?"
                        + " ORDER BY person_token LIMIT ?")
                .params(tenant.value(), incident, after, limit)
                .query((rs, n) ->
                    new Affected(
                        new PersonToken(rs.getString(1)),
                        Arrays.stream(rs.getString(2).split(","))
                            .filter(c -> !c.isEmpty())
                            .map(c -> Action.ofCode(c).orElseThrow())
                            .toList(),
                        Arrays.stream(rs.getString(3).split(","))
                            .filter(c -> !c.isEmpty())
                            .map(Long::parseLong)
                            .toList(),
                        Instant.ofEpochMilli(rs.getLong(4)),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list());
  }

  /** The indexes as stored: joined by commas, the oldest first, as many as fit. */
  static String indexes(List<Long> evidence) {
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

  private static @Nullable Long millis(@Nullable Instant t) {
    return t == null ? null : t.toEpochMilli();
  }

  private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }

  private static Incident row(TenantId tenant, ResultSet rs) throws SQLException {
    return new Incident(
        tenant,
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        Instant.ofEpochMilli(rs.getLong(4)),
        rs.getString(5),
        Instant.ofEpochMilli(rs.getLong(6)),
        new Incident.Suspect(
            Incident.Suspect.Kind.ofCode(rs.getString(7)).orElse(Incident.Suspect.Kind.NONE),
            rs.getString(8),
            Instant.ofEpochMilli(rs.getLong(9)),
            Instant.ofEpochMilli(rs.getLong(10))),
        Incident.Status.ofCode(rs.getString(11)),
        rs.getString(12),
        instant(rs, 13),
        instant(rs, 14),
        rs.getLong(15),
        instant(rs, 16),
        instant(rs, 17),
        rs.getString(18),
        rs.getString(19));
  }
}
