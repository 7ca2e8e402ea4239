package mamori.crypto;

import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The key tables of V4__keysets.sql on either store. Both inserts do nothing when a row is there
 * already, so two processes keying the same store at once end up reading the same row. Errors
 * become {@link KeyException}s: without its keys the vault cannot work.
 */
final class KeysetTable {
  private final JdbcClient jdbc;

  KeysetTable(DataSource ds) {
    this.jdbc = JdbcClient.create(ds);
  }

  /** The root key check: which kind of root key made it, and the ciphertext it must open. */
  record Check(String kind, byte[] value) {}

  Optional<Check> check() {
    return query(
        "SELECT kind, check_value FROM root_key_check WHERE singleton = 1",
        (rs, n) -> new Check(rs.getString(1), rs.getBytes(2)));
  }

  void insertCheck(String kind, byte[] value, long at) {
    update(
        "INSERT INTO root_key_check (singleton, kind, check_value, created_at) VALUES (1, ?, ?, ?)"
            + " ON CONFLICT (singleton) DO NOTHING",
        kind,
        value,
        at);
  }

  long keysets() {
    return query("SELECT COUNT(*) FROM tenant_keyset", (rs, n) -> rs.getLong(1)).orElse(0L);
  }

  Optional<byte[]> keyset(String tenant, String purpose) {
    return query(
        "SELECT keyset FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        (rs, n) -> rs.getBytes(1),
        tenant,
        purpose);
  }

  /** A stored keyset with its version, for compare-and-swap. */
  record Versioned(byte[] keyset, long version) {}

  Optional<Versioned> versioned(String tenant, String purpose) {
    return query(
        "SELECT keyset, version FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        (rs, n) -> new Versioned(rs.getBytes(1), rs.getLong(2)),
        tenant,
        purpose);
  }

  /**
   * Replaces a keyset if it is still at {@code version}; false when another process changed it
   * first.
   */
  boolean replaceKeyset(String tenant, String purpose, byte[] keyset, long version, long at) {
    return update(
            "UPDATE tenant_keyset SET keyset = ?, version = ?, updated_at = ?"
                + " WHERE tenant_id = ? AND purpose = ? AND version = ?",
            keyset,
            version + 1,
            at,
            tenant,
            purpose,
            version)
        == 1;
  }

  /** When a stored keyset was last written (made, rotated, a key deleted, re-wrapped). */
  Optional<Long> updatedAt(String tenant, String purpose) {
    return query(
        "SELECT updated_at FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        (rs, n) -> rs.getLong(1),
        tenant,
        purpose);
  }

  /** The version of a stored keyset, when there is one. */
  Optional<Long> version(String tenant, String purpose) {
    return query(
        "SELECT version FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        (rs, n) -> rs.getLong(1),
        tenant,
        purpose);
  }

  /** Every stored keyset: tenant, purpose, the wrapped keyset and its version. */
  record Row(String tenant, String purpose, byte[] keyset, long version) {}

  java.util.List<Row> rows() {
    return Sql.run(
        "cannot read the keys from the store",
        KeyException::new,
        () ->
            jdbc.sql(
                    "SELECT tenant_id, purpose, keyset, version FROM tenant_keyset"
                        + " ORDER BY tenant_id, purpose")
                .query((rs, n) ->
                    new Row(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getLong(4)))
                .list());
  }

  /** Replaces the root key check if it is still {@code old}; false when it changed meanwhile. */
  boolean replaceCheck(byte[] old, byte[] value) {
    return update(
            "UPDATE root_key_check SET check_value = ? WHERE singleton = 1 AND check_value = ?",
            value,
            old)
        == 1;
  }

  void insertKeyset(String tenant, String purpose, byte[] keyset, long at) {
    update(
        "INSERT INTO tenant_keyset (tenant_id, purpose, keyset, version, created_at, updated_at)"
            + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (tenant_id, purpose) DO NOTHING",
        tenant,
        purpose,
        keyset,
        at,
        at);
  }

  /** The first row of a query, if any. */
  private <T> Optional<T> query(String sql, RowMapper<T> row, Object... params) {
    return Sql.run(
        "cannot read the keys from the store",
        KeyException::new,
        () -> jdbc.sql(sql).params(params).query(row).list().stream().findFirst());
  }

  private int update(String sql, Object... params) {
    return Sql.run(
        "cannot write the keys to the store",
        KeyException::new,
        () -> jdbc.sql(sql).params(params).update());
  }
}
