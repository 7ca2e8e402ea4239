package mamori.log.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mamori.log.verify.EntryBundle;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements that SQLite and PostgreSQL read alike (standard SQL and {@code ON CONFLICT}). Each
 * driver holds one and calls it for these, so the drivers share statements without sharing a base
 * class; what differs between the stores stays in the driver.
 */
final class PortableSql {
  private final JdbcClient jdbc;

  PortableSql(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<LogStorage.State> state(String tenant) {
    return jdbc.sql("SELECT origin, tree_size, root_hash FROM log_state WHERE tenant_id = ?")
        .param(tenant)
        .query((rs, n) -> new LogStorage.State(rs.getString(1), rs.getLong(2), rs.getBytes(3)))
        .optional();
  }

  List<String> tenants() {
    return jdbc.sql("SELECT tenant_id FROM log_state ORDER BY tenant_id")
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  byte[] tile(String tenant, int level, long index) {
    return jdbc.sql(
            "SELECT hashes FROM log_tile WHERE tenant_id = ? AND tile_level = ? AND tile_index = ?")
        .param(tenant)
        .param(level)
        .param(index)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .orElseGet(() -> new byte[0]);
  }

  byte[] bundle(String tenant, long index) {
    return jdbc.sql("SELECT entries FROM log_bundle WHERE tenant_id = ? AND bundle_index = ?")
        .param(tenant)
        .param(index)
        .query((rs, n) -> rs.getBytes(1))
        .optional()
        .orElseGet(() -> new byte[0]);
  }

  /** Reads each bundle that holds one of {@code seqs} once, and picks the entries from it. */
  List<byte[]> entriesAt(String tenant, List<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    // the numbers are longs, written into the statement so that a long history needs no parameter
    // per bundle
    String in =
        seqs.stream()
            .map(seq -> seq / EntryBundle.WIDTH)
            .distinct()
            .map(String::valueOf)
            .collect(Collectors.joining(","));
    Map<Long, byte[]> bundles = new HashMap<>();
    jdbc.sql(
            "SELECT bundle_index, entries FROM log_bundle WHERE tenant_id = ? AND bundle_index IN ("
                + in
                + ")")
        .param(tenant)
        .query((RowCallbackHandler) rs -> bundles.put(rs.getLong(1), rs.getBytes(2)));
    List<byte[]> out = new ArrayList<>(seqs.size());
    Map<Long, List<byte[]>> split = new HashMap<>();
    for (long seq : seqs) {
      byte[] bundle = bundles.get(seq / EntryBundle.WIDTH);
      if (bundle == null) {
        continue;
      }
      List<byte[]> entries =
          split.computeIfAbsent(seq / EntryBundle.WIDTH, i -> split(tenant, i, bundle));
      int k = (int) (seq % EntryBundle.WIDTH);
      if (k < entries.size()) {
        out.add(entries.get(k));
      }
    }
    return out;
  }

  /**
   * The entries of stored bundle {@code index}.
   *
   * @throws DataIntegrityViolationException when its bytes are not length-prefixed entries
   */
  static List<byte[]> split(String tenant, long index, byte[] bundle) {
    try {
      return EntryBundle.split(bundle);
    } catch (EntryBundle.MalformedException e) {
      throw malformed(tenant, index, e);
    }
  }

  /**
   * Hands the entries of stored bundle {@code index} whose sequence numbers are in {@code [from,
   * to)} to {@code sink}.
   *
   * @throws DataIntegrityViolationException when its bytes are not length-prefixed entries
   */
  static void emit(
      String tenant, long index, byte[] bundle, long from, long to, LogStorage.EntrySink sink) {
    long first = index * EntryBundle.WIDTH;
    try {
      EntryBundle.visit(
          bundle,
          (k, b, offset, length) -> {
            long seq = first + k;
            if (seq >= from && seq < to) {
              sink.accept(seq, Arrays.copyOfRange(b, offset, offset + length));
            }
          });
    } catch (EntryBundle.MalformedException e) {
      throw malformed(tenant, index, e);
    }
  }

  private static DataIntegrityViolationException malformed(
      String tenant, long index, EntryBundle.MalformedException e) {
    return new DataIntegrityViolationException(
        "entry bundle " + index + " of the log of " + tenant + " is malformed: " + e.getMessage(),
        e);
  }

  /**
   * A batch's entries cut at bundle boundaries: for each bundle it reaches, that bundle's index and
   * the bytes to add to it (the first continues a partial bundle when the batch starts inside one).
   */
  record Piece(long index, byte[] bytes) {}

  static List<Piece> pieces(LogStorage.Batch batch) {
    byte[][] entries = batch.entries();
    List<Piece> out = new ArrayList<>(entries.length / EntryBundle.WIDTH + 2);
    long seq = batch.fromSize();
    int i = 0;
    while (i < entries.length) {
      int room = EntryBundle.WIDTH - (int) (seq % EntryBundle.WIDTH);
      int n = Math.min(room, entries.length - i);
      out.add(new Piece(seq / EntryBundle.WIDTH, EntryBundle.join(entries, i, i + n)));
      i += n;
      seq += n;
    }
    return out;
  }

  void saveCheckpoint(String tenant, LogStorage.StoredCheckpoint checkpoint) {
    jdbc.sql(
            "INSERT INTO log_checkpoint (tenant_id, tree_size, note, signed_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (tenant_id, tree_size) DO UPDATE SET note = excluded.note, signed_at = excluded.signed_at")
        .param(tenant)
        .param(checkpoint.size())
        .param(checkpoint.note())
        .param(checkpoint.signedAt())
        .update();
  }

  /**
   * Inserts the checkpoint only when no stored one is as large, in one statement; whether it was.
   * One statement is atomic on SQLite, whose writers take turns; PostgreSQL's driver runs it under
   * a lock, as two transactions there would not see each other's row.
   */
  boolean saveNewestCheckpoint(String tenant, LogStorage.StoredCheckpoint checkpoint) {
    return jdbc.sql(
                "INSERT INTO log_checkpoint (tenant_id, tree_size, note, signed_at) SELECT ?, ?, ?, ?"
                    + " WHERE NOT EXISTS (SELECT 1 FROM log_checkpoint WHERE tenant_id = ? AND tree_size >= ?)")
            .param(tenant)
            .param(checkpoint.size())
            .param(checkpoint.note())
            .param(checkpoint.signedAt())
            .param(tenant)
            .param(checkpoint.size())
            .update()
        == 1;
  }

  Optional<LogStorage.StoredCheckpoint> checkpoint(String tenant, long atMost) {
    return jdbc.sql(
            "SELECT tree_size, note, signed_at FROM log_checkpoint WHERE tenant_id = ? AND tree_size <= ? "
                + "ORDER BY tree_size DESC LIMIT 1")
        .param(tenant)
        .param(atMost)
        .query((rs, n) ->
            new LogStorage.StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .optional();
  }

  List<LogStorage.StoredCheckpoint> checkpoints(String tenant, long afterSize, int limit) {
    return jdbc.sql(
            "SELECT tree_size, note, signed_at FROM log_checkpoint WHERE tenant_id = ?"
                + " AND tree_size > ? ORDER BY tree_size LIMIT ?")
        .param(tenant)
        .param(afterSize)
        .param(limit)
        .query((rs, n) ->
            new LogStorage.StoredCheckpoint(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .list();
  }

  /**
   * Moves the state of {@code tenant} from the batch's first size to its last, inside the caller's
   * transaction; the first batch creates it.
   *
   * @throws OptimisticLockingFailureException when the stored size is not the batch's first size
   */
  void moveState(String tenant, String origin, LogStorage.Batch batch) {
    int moved =
        batch.fromSize() == 0
            ? jdbc.sql(
                    "INSERT INTO log_state (tenant_id, origin, tree_size, root_hash) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (tenant_id) DO NOTHING")
                .param(tenant)
                .param(origin)
                .param(batch.toSize())
                .param(batch.root())
                .update()
            : jdbc.sql(
                    "UPDATE log_state SET tree_size = ?, root_hash = ? WHERE tenant_id = ? AND tree_size = ?")
                .param(batch.toSize())
                .param(batch.root())
                .param(tenant)
                .param(batch.fromSize())
                .update();
    if (moved != 1) {
      throw movedElsewhere(tenant, batch.fromSize());
    }
  }

  /** The refusal of a batch built on {@code fromSize} when the stored log is no longer there. */
  static OptimisticLockingFailureException movedElsewhere(String tenant, long fromSize) {
    return new OptimisticLockingFailureException(
        "the log of "
            + tenant
            + " is no longer at size "
            + fromSize
            + ": another process appends to it");
  }

  /** Writes (or overwrites) the batch's tiles on the transaction's connection {@code c}. */
  static void upsertTiles(Connection c, String tenant, Map<TileKey, byte[]> tiles)
      throws SQLException {
    // a JDBC batch: every tile of the batch in one execution (one round trip on PostgreSQL);
    // JdbcClient has no batches
    try (PreparedStatement st =
        c.prepareStatement(
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
  }

  /**
   * Runs {@code work} in one transaction; a transaction that cannot begin or end is a
   * DataAccessException too.
   */
  /**
   * The result of {@code work}, run in one transaction of {@code tx} committed before this returns.
   */
  static <T> T inTransaction(TransactionTemplate tx, java.util.function.Supplier<T> work) {
    try {
      return java.util.Objects.requireNonNull(tx.execute(status -> work.get()));
    } catch (TransactionException e) {
      throw new DataAccessResourceFailureException(
          "the log's transaction failed: " + e.getMessage(), e);
    }
  }

  static void inTransaction(TransactionTemplate tx, Consumer<TransactionStatus> work) {
    try {
      tx.executeWithoutResult(work);
    } catch (TransactionException e) {
      throw new DataAccessResourceFailureException(
          "the log's transaction failed: " + e.getMessage(), e);
    }
  }
}
