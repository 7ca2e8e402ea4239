package mamori.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The key tables of V4__keysets.sql on either store, in plain JDBC. Both inserts do nothing when a row
 * is there already, so two processes keying the same store at once end up reading the same row.
 * Errors become {@link KeyException}s: without its keys the vault cannot work.
 */
final class KeysetTable {
  private final DataSource ds;

  KeysetTable(DataSource ds) {
    this.ds = ds;
  }

  /** The root key check: which kind of root key made it, and the ciphertext it must open. */
  record Check(String kind, byte[] value) {}

  Optional<Check> check() {
    return query("SELECT kind, check_value FROM root_key_check WHERE singleton = 1",
        rs -> new Check(rs.getString(1), rs.getBytes(2)));
  }

  void insertCheck(String kind, byte[] value, long at) {
    update("INSERT INTO root_key_check (singleton, kind, check_value, created_at) VALUES (1, ?, ?, ?)"
        + " ON CONFLICT (singleton) DO NOTHING", kind, value, at);
  }

  long keysets() {
    return query("SELECT COUNT(*) FROM tenant_keyset", rs -> rs.getLong(1)).orElse(0L);
  }

  Optional<byte[]> keyset(String tenant, String purpose) {
    return query("SELECT keyset FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        rs -> rs.getBytes(1), tenant, purpose);
  }

  /** A stored keyset with its version, for compare-and-swap. */
  record Versioned(byte[] keyset, long version) {}

  Optional<Versioned> versioned(String tenant, String purpose) {
    return query("SELECT keyset, version FROM tenant_keyset WHERE tenant_id = ? AND purpose = ?",
        rs -> new Versioned(rs.getBytes(1), rs.getLong(2)), tenant, purpose);
  }

  /** Replaces a keyset if it is still at {@code version}; false when another process changed it first. */
  boolean replaceKeyset(String tenant, String purpose, byte[] keyset, long version, long at) {
    return update("UPDATE tenant_keyset SET keyset = ?, version = ?, updated_at = ?"
        + " WHERE tenant_id = ? AND purpose = ? AND version = ?", keyset, version + 1, at, tenant, purpose, version) == 1;
  }

  void insertKeyset(String tenant, String purpose, byte[] keyset, long at) {
    update("INSERT INTO tenant_keyset (tenant_id, purpose, keyset, version, created_at, updated_at)"
        + " VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (tenant_id, purpose) DO NOTHING",
        tenant, purpose, keyset, at, at);
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> Optional<T> query(String sql, Row<T> row, Object... params) {
    try (Connection c = ds.getConnection(); PreparedStatement st = prepare(c, sql, params);
         ResultSet rs = st.executeQuery()) {
      return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
    } catch (SQLException e) {
      throw new KeyException("cannot read the keys from the store: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... params) {
    try (Connection c = ds.getConnection(); PreparedStatement st = prepare(c, sql, params)) {
      return st.executeUpdate();
    } catch (SQLException e) {
      throw new KeyException("cannot write the keys to the store: " + e.getMessage(), e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement st = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        switch (params[i]) {
          case byte[] bytes -> st.setBytes(i + 1, bytes);
          case Long n -> st.setLong(i + 1, n);
          default -> st.setString(i + 1, params[i].toString());
        }
      }
      return st;
    } catch (SQLException e) {
      st.close();
      throw e;
    }
  }
}
