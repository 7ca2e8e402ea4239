package mamori.log.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log on the embedded SQLite store. A batch's entries and person rows go in as multi-row
 * INSERTs of {@link #ROWS_PER_INSERT} rows, each statement prepared once and executed per 256 rows,
 * which spares the driver most of its per-row native calls. Durability comes from the store's WAL
 * with {@code synchronous=FULL}, which this driver checks when it is made.
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
   * The entries, then the non-empty person tokens, as multi-row INSERTs on the transaction's
   * connection.
   */
  private static void insertEntries(Connection c, String tenant, Batch batch) throws SQLException {
    long from = batch.fromSize();
    byte[][] entries = batch.entries();
    String[] tokens = batch.tokens();
    int[] all = IntStream.range(0, entries.length).toArray();
    insertRows(
        c,
        "INSERT INTO log_entry (tenant_id, seq, entry) VALUES ",
        3,
        all,
        (st, p, i) -> {
          st.setString(p, tenant);
          st.setLong(p + 1, from + i);
          st.setBytes(p + 2, entries[i]);
        });
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

  /**
   * One SELECT: SQLite reads it from one snapshot and steps through the rows without buffering
   * them.
   */
  @Override
  public void entries(String tenant, long from, long to, EntrySink sink) {
    jdbc.sql(
            "SELECT seq, entry FROM log_entry WHERE tenant_id = ? AND seq >= ? AND seq < ? ORDER BY seq")
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
  public Optional<StoredCheckpoint> checkpoint(String tenant, long atMost) {
    return sql.checkpoint(tenant, atMost);
  }

  @Override
  public List<StoredCheckpoint> checkpoints(String tenant) {
    return sql.checkpoints(tenant);
  }
}
