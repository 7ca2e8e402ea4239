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
import org.jspecify.annotations.Nullable;

/**
 * The log's tables (V2__log.sql, V6__log_person.sql) on either store, in plain JDBC so that a batch of
 * entries goes in one transaction with few statements: on PostgreSQL one statement each for the entries
 * and the person index whatever the batch's size, on SQLite multi-row INSERTs. A batch moves {@code log_state} forward only from the size it
 * was built on, so two writers can never interleave one tenant's sequence.
 */
final class LogStore {
  static final int ROWS_PER_INSERT = 256;
  /** log_person's generation is seq >> this: 16,384 entries (V6__log_person.sql says why). */
  static final int GENERATION_BITS = 14;
  private final DataSource ds;
  private volatile @Nullable Boolean postgres; // learnt from the first connection

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

  /**
   * Stores a batch of entries from {@code fromSize} on, each person token (but "") with its entry's
   * index, the batch's tiles and the new state, atomically.
   */
  void commit(String tenant, String origin, long fromSize, byte[][] entries, String[] tokens,
      Map<TreeTail.TileKey, byte[]> tiles, byte[] newRoot) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        moveState(c, tenant, origin, fromSize, fromSize + entries.length, newRoot);
        if (isPostgres(c)) {
          insertArrays(c, tenant, fromSize, entries, tokens);
        } else {
          insertRows(c, tenant, fromSize, entries, tokens);
        }
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

  private boolean isPostgres(Connection c) throws SQLException {
    Boolean pg = postgres;
    if (pg == null) {
      postgres = pg = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    }
    return pg;
  }

  /**
   * PostgreSQL: the entries and the person index as one statement each, whatever the batch's size, the
   * rows passed as arrays (bytea[] and text[]) and unnested on the server: two round trips where
   * multi-row INSERTs need one per 256 rows and a parse of each. (A binary COPY measured no faster.)
   */
  private static void insertArrays(Connection c, String tenant, long fromSize, byte[][] entries, String[] tokens)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement("INSERT INTO log_entry (tenant_id, seq, entry) "
        + "SELECT ?, ? + t.o - 1, t.e FROM unnest(?::bytea[]) WITH ORDINALITY AS t(e, o)")) {
      st.setString(1, tenant);
      st.setLong(2, fromSize);
      st.setArray(3, c.createArrayOf("bytea", entries));
      st.executeUpdate();
    }
    try (PreparedStatement st = c.prepareStatement("INSERT INTO log_person (tenant_id, generation, person_token, seq) "
        + "SELECT ?, (t.s >> " + GENERATION_BITS + ")::integer, t.k, t.s FROM "
        + "(SELECT u.k, ?::bigint + u.o - 1 AS s FROM unnest(?::text[]) WITH ORDINALITY AS u(k, o)) t WHERE t.k <> ''")) {
      st.setString(1, tenant);
      st.setLong(2, fromSize);
      st.setArray(3, c.createArrayOf("text", tokens));
      st.executeUpdate();
    }
  }

  /**
   * SQLite: the entries, then the non-empty person tokens, as multi-row INSERTs of
   * {@link #ROWS_PER_INSERT} rows and one for the rest: one statement execution per 256 rows instead of
   * per row, which spares the driver most of its per-row native calls.
   */
  private static void insertRows(Connection c, String tenant, long fromSize, byte[][] entries, String[] tokens)
      throws SQLException {
    int[] all = java.util.stream.IntStream.range(0, entries.length).toArray();
    insertRows(c, "INSERT INTO log_entry (tenant_id, seq, entry) VALUES ", 3, all, (st, p, i) -> {
      st.setString(p, tenant);
      st.setLong(p + 1, fromSize + i);
      st.setBytes(p + 2, entries[i]);
    });
    int[] named = java.util.stream.IntStream.range(0, tokens.length).filter(i -> !tokens[i].isEmpty()).toArray();
    insertRows(c, "INSERT INTO log_person (tenant_id, generation, person_token, seq) VALUES ", 4, named, (st, p, i) -> {
      st.setString(p, tenant);
      st.setInt(p + 1, (int) (fromSize + i >>> GENERATION_BITS));
      st.setString(p + 2, tokens[i]);
      st.setLong(p + 3, fromSize + i);
    });
  }

  /** Binds the parameters of row {@code i} from parameter {@code p} on. */
  private interface RowBinder {
    void bind(PreparedStatement st, int p, int i) throws SQLException;
  }

  private static void insertRows(Connection c, String insert, int columns, int[] rows, RowBinder binder)
      throws SQLException {
    int full = rows.length / ROWS_PER_INSERT;
    int rest = rows.length % ROWS_PER_INSERT;
    if (full > 0) {
      try (PreparedStatement st = c.prepareStatement(insert + valueRows(ROWS_PER_INSERT, columns))) {
        for (int chunk = 0; chunk < full; chunk++) {
          bindRows(st, columns, rows, chunk * ROWS_PER_INSERT, ROWS_PER_INSERT, binder);
          st.addBatch();
        }
        st.executeBatch();
      }
    }
    if (rest > 0) {
      try (PreparedStatement st = c.prepareStatement(insert + valueRows(rest, columns))) {
        bindRows(st, columns, rows, full * ROWS_PER_INSERT, rest, binder);
        st.executeUpdate();
      }
    }
  }

  private static String valueRows(int rows, int columns) {
    String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
    return String.join(", ", Collections.nCopies(rows, row));
  }

  private static void bindRows(PreparedStatement st, int columns, int[] rows, int first, int count,
      RowBinder binder) throws SQLException {
    for (int r = 0; r < count; r++) {
      binder.bind(st, 1 + columns * r, rows[first + r]);
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

  /** The indexes of the entries of {@code tenant} naming {@code token}, in order. */
  List<Long> indicesFor(String tenant, String token, long size) {
    try (Connection c = ds.getConnection();
         PreparedStatement st = c.prepareStatement(personSeqs(c, size, "ORDER BY seq"))) {
      st.setString(1, tenant);
      st.setString(2, token);
      List<Long> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's person index", e);
    }
  }

  /**
   * The newest {@code limit} entries of {@code tenant} naming {@code token}, oldest first: their indexes
   * from {@code log_person}, then the entries by those indexes. Two plain lookups rather than one join,
   * whose plan SQLite 3.53 turns into a scan of {@code log_entry} (minutes at 10 million entries).
   */
  List<byte[]> entriesFor(String tenant, String token, int limit, long size) {
    try (Connection c = ds.getConnection()) {
      List<Long> seqs = new ArrayList<>();
      try (PreparedStatement st = c.prepareStatement(personSeqs(c, size, "ORDER BY seq DESC LIMIT ?"))) {
        st.setString(1, tenant);
        st.setString(2, token);
        st.setInt(3, limit);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            seqs.add(rs.getLong(1));
          }
        }
      }
      if (seqs.isEmpty()) {
        return List.of();
      }
      List<byte[]> out = new ArrayList<>(seqs.size());
      try (PreparedStatement st = c.prepareStatement("SELECT seq, entry FROM log_entry WHERE tenant_id = ? AND seq IN ("
          + seqs.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ") ORDER BY seq")) {
        st.setString(1, tenant);
        try (ResultSet rs = st.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getBytes(2));
          }
        }
      }
      if (out.size() != seqs.size()) {
        throw new LogUnavailableException("the log of " + tenant + " indexes entries it does not hold;"
            + " run 'mamori log verify --tenant " + tenant + "'");
      }
      return out;
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log's entries of a person", e);
    }
  }

  /**
   * The query of the indexes naming a token (parameters: tenant, token), one key probe per generation of
   * a log of {@code size} entries, then {@code order}. SQLite probes an IN list on a key column once per
   * value. PostgreSQL 15 does so only with fresh statistics; right after a bulk import it scans the
   * tenant's whole key range instead (70 ms at a million entries), so there a lateral subquery, kept
   * apart by OFFSET 0, forces one probe per generation (0.5 ms).
   */
  private String personSeqs(Connection c, long size, String order) throws SQLException {
    long last = Math.max(0, size - 1) >>> GENERATION_BITS;
    if (isPostgres(c)) {
      return "SELECT p.seq FROM generate_series(0, " + last + ") AS g(gen) CROSS JOIN LATERAL (SELECT seq"
          + " FROM log_person WHERE tenant_id = ? AND generation = g.gen AND person_token = ? OFFSET 0) p "
          + order.replace("seq", "p.seq");
    }
    String generations = java.util.stream.LongStream.rangeClosed(0, last).mapToObj(Long::toString)
        .collect(java.util.stream.Collectors.joining(","));
    return "SELECT seq FROM log_person WHERE tenant_id = ? AND person_token = ? AND generation IN ("
        + generations + ") " + order;
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
