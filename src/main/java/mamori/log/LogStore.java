package mamori.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The log's tables (V2__log.sql) on either store, in plain JDBC so that a batch of entries goes in one
 * statement batch and one transaction. A batch moves {@code log_state} forward only from the size it
 * was built on, so two writers can never interleave one tenant's sequence.
 */
final class LogStore {
  static final int ROWS_PER_INSERT = 256;
  private final DataSource ds;

  LogStore(DataSource ds) {
    this.ds = ds;
  }

  record State(String origin, long size, byte[] root) {}

  record StoredCheckpoint(long size, String note, long signedAt) {}

  /** Thrown when the stored log moved under us (another writer) or is not what this process expects. */
  static final class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConflictException(String message) {
      super(message);
    }
  }

  Optional<State> state(String tenant) throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT origin, tree_size, root_hash FROM log_state WHERE tenant_id = ?")) {
      st.setString(1, tenant);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(new State(rs.getString(1), rs.getLong(2), rs.getBytes(3))) : Optional.empty();
      }
    }
  }

  /** The stored tile, or an empty array when there is none. */
  byte[] tile(String tenant, int level, long index) {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT hashes FROM log_tile WHERE tenant_id = ? AND tile_level = ? AND tile_index = ?")) {
      st.setString(1, tenant);
      st.setInt(2, level);
      st.setLong(3, index);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? rs.getBytes(1) : new byte[0];
      }
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's tiles", e);
    }
  }

  /** Stores a batch of entries from {@code fromSize} on, their tiles and the new state, atomically. */
  void commit(String tenant, String origin, long fromSize, List<byte[]> entries,
      Map<TreeTail.TileKey, byte[]> tiles, byte[] newRoot) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        moveState(c, tenant, origin, fromSize, fromSize + entries.size(), newRoot);
        insertEntries(c, tenant, fromSize, entries);
        try (PreparedStatement st = c.prepareStatement(
            "INSERT INTO log_tile (tenant_id, tile_level, tile_index, hashes) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (tenant_id, tile_level, tile_index) DO UPDATE SET hashes = excluded.hashes")) {
          for (var t : tiles.entrySet()) {
            st.setString(1, tenant);
            st.setInt(2, t.getKey().level());
            st.setLong(3, t.getKey().index());
            st.setBytes(4, t.getValue());
            st.addBatch();
          }
          st.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /**
   * Inserts entries as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows and one for the rest: one
   * statement execution per 256 rows instead of per row, which PostgreSQL's driver otherwise does only
   * with {@code reWriteBatchedInserts=true} in the URL, and which spares SQLite's driver most of its
   * per-row native calls.
   */
  private static void insertEntries(Connection c, String tenant, long fromSize, List<byte[]> entries)
      throws SQLException {
    int full = entries.size() / ROWS_PER_INSERT;
    int rest = entries.size() % ROWS_PER_INSERT;
    if (full > 0) {
      try (PreparedStatement st = c.prepareStatement(insertEntriesSql(ROWS_PER_INSERT))) {
        for (int chunk = 0; chunk < full; chunk++) {
          bindEntries(st, tenant, fromSize, entries, chunk * ROWS_PER_INSERT, ROWS_PER_INSERT);
          st.addBatch();
        }
        st.executeBatch();
      }
    }
    if (rest > 0) {
      try (PreparedStatement st = c.prepareStatement(insertEntriesSql(rest))) {
        bindEntries(st, tenant, fromSize, entries, full * ROWS_PER_INSERT, rest);
        st.executeUpdate();
      }
    }
  }

  private static String insertEntriesSql(int rows) {
    return "INSERT INTO log_entry (tenant_id, seq, entry) VALUES "
        + String.join(", ", Collections.nCopies(rows, "(?, ?, ?)"));
  }

  private static void bindEntries(PreparedStatement st, String tenant, long fromSize, List<byte[]> entries,
      int first, int rows) throws SQLException {
    int p = 1;
    for (int i = first; i < first + rows; i++) {
      st.setString(p++, tenant);
      st.setLong(p++, fromSize + i);
      st.setBytes(p++, entries.get(i));
    }
  }

  private static void moveState(Connection c, String tenant, String origin, long from, long to, byte[] root)
      throws SQLException {
    int moved;
    if (from == 0) {
      try (PreparedStatement st = c.prepareStatement(
          "INSERT INTO log_state (tenant_id, origin, tree_size, root_hash) VALUES (?, ?, ?, ?) "
              + "ON CONFLICT (tenant_id) DO NOTHING")) {
        st.setString(1, tenant);
        st.setString(2, origin);
        st.setLong(3, to);
        st.setBytes(4, root);
        moved = st.executeUpdate();
      }
    } else {
      try (PreparedStatement st = c.prepareStatement(
          "UPDATE log_state SET tree_size = ?, root_hash = ? WHERE tenant_id = ? AND tree_size = ?")) {
        st.setLong(1, to);
        st.setBytes(2, root);
        st.setString(3, tenant);
        st.setLong(4, from);
        moved = st.executeUpdate();
      }
    }
    if (moved != 1) {
      throw new ConflictException("the log of " + tenant + " is no longer at size " + from
          + ": another process appends to it");
    }
  }

  Optional<byte[]> entry(String tenant, long seq) {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT entry FROM log_entry WHERE tenant_id = ? AND seq = ?")) {
      st.setString(1, tenant);
      st.setLong(2, seq);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's entries", e);
    }
  }

  /** Reads entries [from, to) in order, handing each to {@code sink} with its sequence number. */
  void entries(String tenant, long from, long to, EntrySink sink) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
      try (PreparedStatement st = c.prepareStatement(
          "SELECT seq, entry FROM log_entry WHERE tenant_id = ? AND seq >= ? AND seq < ? ORDER BY seq")) {
        st.setFetchSize(10_000);
        st.setString(1, tenant);
        st.setLong(2, from);
        st.setLong(3, to);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            sink.accept(rs.getLong(1), rs.getBytes(2));
          }
        }
      } finally {
        c.rollback();
      }
    }
  }

  interface EntrySink {
    void accept(long seq, byte[] entry) throws SQLException;
  }

  void saveCheckpoint(String tenant, long size, String note, long signedAt) throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "INSERT INTO log_checkpoint (tenant_id, tree_size, note, signed_at) VALUES (?, ?, ?, ?) "
                 + "ON CONFLICT (tenant_id, tree_size) DO UPDATE SET note = excluded.note, signed_at = excluded.signed_at")) {
      st.setString(1, tenant);
      st.setLong(2, size);
      st.setString(3, note);
      st.setLong(4, signedAt);
      st.executeUpdate();
    }
  }

  Optional<StoredCheckpoint> latestCheckpoint(String tenant) {
    List<StoredCheckpoint> one = checkpoints(tenant, "ORDER BY tree_size DESC LIMIT 1");
    return one.isEmpty() ? Optional.empty() : Optional.of(one.getFirst());
  }

  /** The stored checkpoint of {@code tenant} at {@code size}, if one was stored. */
  Optional<StoredCheckpoint> checkpointAt(String tenant, long size) {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT tree_size, note, signed_at FROM log_checkpoint WHERE tenant_id = ? AND tree_size = ?")) {
      st.setString(1, tenant);
      st.setLong(2, size);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next()
            ? Optional.of(new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getLong(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's checkpoint at size " + size, e);
    }
  }

  List<StoredCheckpoint> checkpoints(String tenant) {
    return checkpoints(tenant, "ORDER BY tree_size");
  }

  private List<StoredCheckpoint> checkpoints(String tenant, String order) {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(
             "SELECT tree_size, note, signed_at FROM log_checkpoint WHERE tenant_id = ? " + order)) {
      st.setString(1, tenant);
      List<StoredCheckpoint> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's checkpoints", e);
    }
  }

  List<String> tenants() throws SQLException {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement("SELECT tenant_id FROM log_state ORDER BY tenant_id");
         ResultSet rs = st.executeQuery()) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString(1));
      }
      return out;
    }
  }
}
