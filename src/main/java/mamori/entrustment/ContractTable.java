package mamori.entrustment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The entrustment_contract table of V24__entrustment_contract.sql. */
final class ContractTable {
  private static final String COLUMNS =
      "entrustment_id, version, sha256, size, uploaded_by, uploaded_at";
  private final JdbcClient jdbc;

  ContractTable(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  /** The next version number of {@code id}'s contract: 1 for the first. */
  int nextVersion(String tenant, String id) {
    return jdbc.sql(
                "SELECT COALESCE(MAX(version), 0) FROM entrustment_contract"
                    + " WHERE tenant_id = ? AND entrustment_id = ?")
            .params(tenant, id)
            .query(Integer.class)
            .single()
        + 1;
  }

  /** Stores a version; false when that version exists already (a concurrent upload took it). */
  boolean insert(String tenant, EntrustmentContracts.Version v, byte[] sealed) {
    return jdbc.sql(
                "INSERT INTO entrustment_contract (tenant_id, "
                    + COLUMNS
                    + ", sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                tenant,
                v.entrustment(),
                v.version(),
                v.sha256(),
                v.size(),
                v.uploadedBy(),
                v.uploadedAt().toEpochMilli(),
                sealed)
            .update()
        == 1;
  }

  /** The versions of {@code id}'s contract, oldest first. */
  List<EntrustmentContracts.Version> versions(String tenant, String id) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM entrustment_contract WHERE tenant_id = ? AND entrustment_id = ?"
                + " ORDER BY version")
        .params(tenant, id)
        .query((rs, n) ->
            new EntrustmentContracts.Version(
                rs.getString(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getString(5),
                Instant.ofEpochMilli(rs.getLong(6))))
        .list();
  }

  /** The sealed bytes of one version. */
  Optional<byte[]> sealed(String tenant, String id, int version) {
    return jdbc.sql(
            "SELECT sealed FROM entrustment_contract"
                + " WHERE tenant_id = ? AND entrustment_id = ? AND version = ?")
        .params(tenant, id, version)
        .query((rs, n) -> rs.getBytes(1))
        .optional();
  }
}
