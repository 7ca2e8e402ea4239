package mamori.log.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import mamori.log.verify.EntryBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log on the embedded SQLite store. A batch's entries go into their bundles: the partial bundle
 * the batch continues is read and written back whole inside the transaction (SQLite's {@code ||}
 * would make text of the bytes), the bundles it starts are inserted, all as one JDBC batch. Person
 * rows go in as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows, each statement prepared once
 * and executed per 256 rows, which spares the driver most of its per-row native calls. Durability
 * comes from the store's WAL with {@code synchronous=FULL}, which this driver checks when it is
 * made.
 */
final class SqliteLogStorage implements LogStorage {
  static final int ROWS_PER_INSERT = 256;
  private static final int SYNCHRONOUS_FULL = 2;

  private final JdbcTemplate template;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final PortableSql sql;

  SqliteLogStorage(DataSource dataSource) {
    this.template = new JdbcTemplate(dataSource);
    this.jdbc = JdbcClient.create(template);
    this.tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    this.sql = new PortableSql(jdbc);
    int synchronous = jdbc.sql("PRAGMA synchronous").query((rs, n) -> rs.getInt(1)).single();
    if (synchronous < SYNCHRONOUS_FULL) {
      throw new DataAccessResourceFailureException(
          "the SQLite store runs with synchronous="
              + synchronous
              + ", so a commit may not survive a power loss; the log needs FULL (2) or EXTRA (3)");
    }
  }

  @Override
  public Optional<State> state(String tenant) {
    return sql.state(tenant);
  }

  @Override
  public List<String> tenants() {
    return sql.tenants();
  }

  @Override
  public void commit(String tenant, String origin, Batch batch) {
    PortableSql.inTransaction(
        tx,
        status -> {
          sql.moveState(tenant, origin, batch);
          template.execute(
              (ConnectionCallback<@Nullable Void>)
                  c -> {
                    insertEntries(c, tenant, batch);
                    PortableSql.upsertTiles(c, tenant, batch.tiles());
                    return null;
                  });
        });
  }

  /**
   * Commits the batch built on the tail read inside one transaction that first writes the tenant's
   * state row unchanged: that write takes SQLite's write lock, which every other writer of the file
   * then waits for, so the tail read cannot move before the commit. (One process per file stays the
   * rule; this serves a second writer in it, or a command beside the service.)
   */
  @Override
  public Batch commitSerialised(String tenant, String origin, Rebuild rebuild) {
    Batch[] built = new Batch[1];
    PortableSql.inTransaction(
        tx,
        status -> {
          jdbc.sql("UPDATE log_state SET tree_size = tree_size WHERE tenant_id = ?")
              .param(tenant)
              .update();
          built[0] = rebuild.on(this);
          commit(tenant, origin, built[0]); // joins this transaction
        });
    return java.util.Objects.requireNonNull(built[0]);
  }

  /**
   * The entries into their bundles, then the non-empty person tokens as multi-row INSERTs, on the
   * transaction's connection.
   */
  private static void insertEntries(Connection c, String tenant, Batch batch) throws SQLException {
    List<PortableSql.Piece> pieces = PortableSql.pieces(batch);
    // raw JDBC: every bundle of the batch in one prepared statement run as a batch
    try (PreparedStatement st =
        c.prepareStatement(
            "INSERT INTO log_bundle (tenant_id, bundle_index, entries) VALUES (?, ?, ?)"
                + " ON CONFLICT (tenant_id, bundle_index) DO UPDATE SET entries = excluded.entries")) {
      for (PortableSql.Piece piece : pieces) {
        byte[] bytes = piece.bytes();
        if (piece.index() * EntryBundle.WIDTH < batch.fromSize()) {
          bytes = concat(partial(c, tenant, piece.index(), batch.fromSize()), bytes);
        }
        st.setString(1, tenant);
        st.setLong(2, piece.index());
        st.setBytes(3, bytes);
        st.addBatch();
      }
      st.executeBatch();
    }
    long from = batch.fromSize();
    String[] tokens = batch.tokens();
    int[] named = IntStream.range(0, tokens.length).filter(i -> !tokens[i].isEmpty()).toArray();
    insertRows(
        c,
        "INSERT INTO log_person (tenant_id, generation, person_token, seq) VALUES ",
        4,
        named,
        (st, p, i) -> {
          st.setString(p, tenant);
          st.setInt(p + 1, (int) (from + i >>> GENERATION_BITS));
          st.setString(p + 2, tokens[i]);
          st.setLong(p + 3, from + i);
        });
  }

  /**
   * The stored bytes of the partial bundle a batch from {@code size} continues.
   *
   * @throws DataIntegrityViolationException when the store lacks it
   */
  private static byte[] partial(Connection c, String tenant, long index, long size)
      throws SQLException {
    try (PreparedStatement st =
        c.prepareStatement(
            "SELECT entries FROM log_bundle WHERE tenant_id = ? AND bundle_index = ?")) {
      st.setString(1, tenant);
      st.setLong(2, index);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          throw new DataIntegrityViolationException(
              "the log of "
                  + tenant
                  + " is at size "
                  + size
                  + " but lacks its partial entry bundle "
                  + index);
        }
        return rs.getBytes(1);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Binds the parameters of row {@code i} from parameter {@code p} on. */
  private interface RowBinder {
    void bind(PreparedStatement st, int p, int i) throws SQLException;
  }

  // raw JDBC: the 256-row statement is prepared once and run as a batch; JdbcClient would prepare
  // it per chunk
  private static void insertRows(
      Connection c, String insert, int columns, int[] rows, RowBinder binder) throws SQLException {
    int full = rows.length / ROWS_PER_INSERT;
    int rest = rows.length % ROWS_PER_INSERT;
    if (full > 0) {
      try (PreparedStatement st =
          c.prepareStatement(insert + valueRows(ROWS_PER_INSERT, columns))) {
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

  private static void bindRows(
      PreparedStatement st, int columns, int[] rows, int first, int count, RowBinder binder)
      throws SQLException {
    for (int r = 0; r < count; r++) {
      binder.bind(st, 1 + columns * r, rows[first + r]);
    }
  }

  @Override
  public byte[] tile(String tenant, int level, long index) {
    return sql.tile(tenant, level, index);
  }

  @Override
  public byte[] bundle(String tenant, long index) {
    return sql.bundle(tenant, index);
  }

  @Override
  public void bundles(String tenant, long from, long to, BundleSink sink) {
    jdbc.sql(
            "SELECT bundle_index, entries FROM log_bundle WHERE tenant_id = ? AND bundle_index >= ?"
                + " AND bundle_index < ? ORDER BY bundle_index")
        .param(tenant)
        .param(from)
        .param(to)
        .query((RowCallbackHandler) rs -> sink.accept(rs.getLong(1), rs.getBytes(2)));
  }

  @Override
  public List<byte[]> entriesAt(String tenant, List<Long> seqs) {
    return sql.entriesAt(tenant, seqs);
  }

  /** SQLite probes an IN list on a key column once per value: one probe per generation. */
  @Override
  public List<Long> seqsOf(String tenant, String personToken, long size, int newest) {
    long last = Math.max(0, size - 1) >>> GENERATION_BITS;
    String generations =
        LongStream.rangeClosed(0, last).mapToObj(Long::toString).collect(Collectors.joining(","));
    List<Long> descending =
        jdbc.sql(
                "SELECT seq FROM log_person WHERE tenant_id = ? AND person_token = ?"
                    + " AND generation IN ("
                    + generations
                    + ") AND seq < ? ORDER BY seq DESC LIMIT ?")
            .param(tenant)
            .param(personToken)
            .param(size)
            .param(newest)
            .query((rs, n) -> rs.getLong(1))
            .list();
    return List.copyOf(descending.reversed());
  }

  @Override
  public List<Long> seqsAfter(
      String tenant, String personToken, long after, long size, int oldest) {
    if (size <= 0 || after >= size - 1) {
      return List.of();
    }
    long first = Math.max(0, after + 1) >>> GENERATION_BITS;
    long last = (size - 1) >>> GENERATION_BITS;
    String generations =
        LongStream.rangeClosed(first, last)
            .mapToObj(Long::toString)
            .collect(Collectors.joining(","));
    return jdbc.sql(
            "SELECT seq FROM log_person WHERE tenant_id = ? AND person_token = ?"
                + " AND generation IN ("
                + generations
                + ") AND seq > ? AND seq < ? ORDER BY seq LIMIT ?")
        .param(tenant)
        .param(personToken)
        .param(after)
        .param(size)
        .param(oldest)
        .query((rs, n) -> rs.getLong(1))
        .list();
  }

  @Override
  public void saveCheckpoint(String tenant, StoredCheckpoint checkpoint) {
    sql.saveCheckpoint(tenant, checkpoint);
  }

  @Override
  public boolean saveNewestCheckpoint(String tenant, StoredCheckpoint checkpoint) {
    return sql.saveNewestCheckpoint(tenant, checkpoint);
  }

  @Override
  public Optional<StoredCheckpoint> checkpoint(String tenant, long atMost) {
    return sql.checkpoint(tenant, atMost);
  }

  @Override
  public List<StoredCheckpoint> checkpoints(String tenant, long afterSize, int limit) {
    return sql.checkpoints(tenant, afterSize, limit);
  }
}
