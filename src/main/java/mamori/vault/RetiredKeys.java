package mamori.vault;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V43's retired_key: each field key retirement, from its start to the key's destruction. */
final class RetiredKeys {
  private static final String FAILED = "the vault's store failed while retiring a key";

  private final JdbcClient jdbc;

  RetiredKeys(DataSource store) {
    this.jdbc = JdbcClient.create(store);
  }

  void started(String tenant, int keyId, long at) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO retired_key (tenant_id, key_id, started_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (tenant_id, key_id) DO NOTHING")
                .params(tenant, (long) keyId, at)
                .update());
  }

  void deleted(String tenant, int keyId, long at) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE retired_key SET deleted_at = ? WHERE tenant_id = ? AND key_id = ? AND"
                        + " deleted_at IS NULL")
                .params(at, tenant, (long) keyId)
                .update());
  }

  void destroyed(String tenant, int keyId, long at, int rootGeneration) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE retired_key SET destroyed_at = ?, root_generation = ? WHERE tenant_id"
                        + " = ? AND key_id = ?")
                .params(at, (long) rootGeneration, tenant, (long) keyId)
                .update());
  }

  List<KeyRotation.Retirement> all(String tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT key_id, started_at, destroyed_at FROM retired_key WHERE tenant_id = ?"
                        + " ORDER BY started_at, key_id")
                .params(tenant)
                .query((rs, n) -> {
                  long destroyed = rs.getLong(3);
                  boolean notYet = rs.wasNull();
                  return new KeyRotation.Retirement(
                      (int) rs.getLong(1),
                      Instant.ofEpochMilli(rs.getLong(2)),
                      notYet ? Optional.empty() : Optional.of(Instant.ofEpochMilli(destroyed)));
                })
                .list());
  }

  /** The key whose retirement was started and not finished, if any (the oldest). */
  Optional<Integer> unfinished(String tenant) {
    return all(tenant).stream()
        .filter(r -> r.destroyedAt().isEmpty())
        .map(KeyRotation.Retirement::keyId)
        .findFirst();
  }
}
