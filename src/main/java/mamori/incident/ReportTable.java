package mamori.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The incident_report table of V32__incident_reports.sql: storage only. */
final class ReportTable {
  static final String FAILED = "the incident reports could not be read or written";
  private static final String COLUMNS =
      "version, body, sha256, saved_by, saved_at, log_index, submitted_at, submitted_by";

  private final JdbcClient jdbc;

  ReportTable(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
  }

  int nextVersion(TenantId tenant, String incident, ReportKind kind) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM incident_report"
                        + " WHERE tenant_id = ? AND incident_id = ? AND kind = ?")
                .params(tenant.value(), incident, kind.code())
                .query(Integer.class)
                .single());
  }

  /** Stores a version; false when another save took its number meanwhile. */
  boolean insert(TenantId tenant, String incident, ReportKind kind, ReportVersion v) {
    try {
      return Sql.run(
              FAILED,
              () ->
                  jdbc.sql(
                          "INSERT INTO incident_report (tenant_id, incident_id, kind, "
                              + COLUMNS
                              + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)"
                              + " ON CONFLICT DO NOTHING")
                      .params(
                          tenant.value(),
                          incident,
                          kind.code(),
                          v.version(),
                          v.body(),
                          v.sha256(),
                          v.savedBy(),
                          v.savedAt().toEpochMilli(),
                          v.logIndex())
                      .update())
          == 1;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** Marks a version submitted, once: false when it was submitted already or does not exist. */
  boolean submit(
      TenantId tenant, String incident, ReportKind kind, int version, String by, Instant at) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE incident_report SET submitted_at = ?, submitted_by = ?"
                            + " WHERE tenant_id = ? AND incident_id = ? AND kind = ?"
                            + " AND version = ? AND submitted_at IS NULL")
                    .params(at.toEpochMilli(), by, tenant.value(), incident, kind.code(), version)
                    .update())
        == 1;
  }

  List<ReportVersion> versions(TenantId tenant, String incident, ReportKind kind) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM incident_report WHERE tenant_id = ? AND incident_id = ?"
                        + " AND kind = ? ORDER BY version")
                .params(tenant.value(), incident, kind.code())
                .query((rs, n) -> row(incident, kind, rs))
                .list());
  }

  Optional<ReportVersion> version(TenantId tenant, String incident, ReportKind kind, int version) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM incident_report WHERE tenant_id = ? AND incident_id = ?"
                        + " AND kind = ? AND version = ?")
                .params(tenant.value(), incident, kind.code(), version)
                .query((rs, n) -> row(incident, kind, rs))
                .optional());
  }

  private static ReportVersion row(String incident, ReportKind kind, ResultSet rs)
      throws SQLException {
    long submitted = rs.getLong(7);
    boolean none = rs.wasNull();
    return new ReportVersion(
        incident,
        kind,
        rs.getInt(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)),
        rs.getLong(6),
        none ? null : Instant.ofEpochMilli(submitted),
        none ? null : rs.getString(8));
  }
}
