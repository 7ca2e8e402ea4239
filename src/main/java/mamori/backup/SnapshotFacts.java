package mamori.backup;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the manifest says of a snapshot, read inside it: the schema version, each tenant's log size,
 * root and newest checkpoint at or below that size, and the row counts of the main tables. On
 * SQLite it reads the snapshot file itself; on PostgreSQL the transaction whose snapshot {@code
 * pg_dump} is given, so both see the same rows.
 */
final class SnapshotFacts {
  /** The tables counted in the manifest: the data a restore is checked by. */
  static final List<String> COUNTED =
      List.of(
          "tenant",
          "organisation",
          "app_user",
          "api_token",
          "person",
          "entrustment",
          "security_alert",
          "incident",
          "work_job",
          "work_document",
          "transfer_package",
          "log_bundle",
          "log_checkpoint");

  private SnapshotFacts() {}

  record Facts(String schemaVersion, Map<String, Manifest.LogAt> logs, Map<String, Long> counts) {}

  static Facts read(JdbcClient jdbc) {
    String version =
        jdbc
            .sql(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank DESC")
            .query(String.class)
            .list()
            .stream()
            .findFirst()
            .orElse("0");
    Map<String, Manifest.LogAt> logs = new LinkedHashMap<>();
    record State(String tenant, long size, byte[] root) {}
    for (State st :
        jdbc.sql("SELECT tenant_id, tree_size, root_hash FROM log_state ORDER BY tenant_id")
            .query((rs, n) -> new State(rs.getString(1), rs.getLong(2), rs.getBytes(3)))
            .list()) {
      Optional<Map.Entry<Long, String>> cp = checkpoint(jdbc, st.tenant(), st.size());
      logs.put(
          st.tenant(),
          new Manifest.LogAt(
              st.size(),
              Base64.getEncoder().encodeToString(st.root()),
              cp.map(Map.Entry::getKey).orElse(-1L),
              cp.map(Map.Entry::getValue).orElse("")));
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : COUNTED) {
      // the names are this class's constants, never input
      counts.put(table, jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single());
    }
    return new Facts(version, logs, counts);
  }

  private static Optional<Map.Entry<Long, String>> checkpoint(
      JdbcClient jdbc, String tenant, long atMost) {
    return jdbc.sql(
            "SELECT tree_size, note FROM log_checkpoint WHERE tenant_id = ? AND tree_size <= ?"
                + " ORDER BY tree_size DESC LIMIT 1")
        .params(tenant, atMost)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .optional();
  }
}
