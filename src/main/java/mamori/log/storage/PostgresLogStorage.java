package mamori.log.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log on a PostgreSQL server. A batch is one statement, whatever its size, and so one round
 * trip: the state's move is a data-modifying CTE, and the bundles, the person index and the tiles
 * are inserted by further CTEs from arrays ({@code bytea[]}, {@code text[]}, {@code bigint[]})
 * unnested on the server, each only when the state moved. A statement outside a transaction block
 * is its own transaction, so the batch is stored whole or not at all, and durable (the server's
 * commit) when the statement returns. The bundle a batch continues grows on the server ({@code
 * entries || excluded.entries}).
 *
 * <p>Several writers. Instances of the service on one server each append to a tenant's log. The
 * batch statement moves the state only from the size it was built on: under READ COMMITTED, an
 * UPDATE that meets a row another transaction moved waits for it and then finds the size changed,
 * so two batches never interleave, and the loser is refused whole. The loser then commits through
 * {@link #commitSerialised}: one transaction that locks the tenant's state row ({@code SELECT ...
 * FOR UPDATE}; the log's first batch, with no row yet, takes a transaction-level advisory lock on
 * the tenant instead), reads the stored tree and rebuilds the batch on it while holding it, and
 * commits. A fast writer never waits for a lock it does not need; one that lost a race wins the
 * next try, since nobody can move the row it holds. Checkpoints are stored under another
 * transaction-level advisory lock per tenant, and only when larger than every stored one.
 */
final class PostgresLogStorage implements LogStorage {
  /** Bundles per fetch while streaming: 64 of up to some 40 KiB each. */
  private static final int STREAM_FETCH_SIZE = 64;

  private final JdbcTemplate template;
  private final JdbcClient jdbc;
  private final JdbcClient streaming;
  private final TransactionTemplate tx;
  private final PortableSql sql;

  PostgresLogStorage(DataSource dataSource) {
    this.template = new JdbcTemplate(dataSource);
    this.jdbc = JdbcClient.create(template);
    JdbcTemplate fetching = new JdbcTemplate(dataSource);
    fetching.setFetchSize(STREAM_FETCH_SIZE);
    this.streaming = JdbcClient.create(fetching);
    this.tx = new TransactionTemplate(new JdbcTransactionManager(dataSource));
    this.sql = new PortableSql(jdbc);
  }

  @Override
  public Optional<State> state(String tenant) {
    return sql.state(tenant);
  }

  @Override
  public List<String> tenants() {
    return sql.tenants();
  }

  /** The batch's statement: every CTE writes only when {@code s} moved the state. */
  private static final String COMMIT =
      "WITH s AS (%s),"
          + " b AS (INSERT INTO log_bundle (tenant_id, bundle_index, entries)"
          + " SELECT ?, u.i, u.e FROM unnest(?::bigint[], ?::bytea[]) AS u(i, e)"
          + " WHERE EXISTS (SELECT 1 FROM s)"
          + " ON CONFLICT (tenant_id, bundle_index)"
          + " DO UPDATE SET entries = log_bundle.entries || excluded.entries),"
          + " p AS (INSERT INTO log_person (tenant_id, generation, person_token, seq)"
          + " SELECT ?, (t.s >> "
          + GENERATION_BITS
          + ")::integer, t.k, t.s FROM"
          + " (SELECT u.k, ?::bigint + u.o - 1 AS s FROM unnest(?::text[]) WITH ORDINALITY AS u(k, o)) t"
          + " WHERE t.k <> '' AND EXISTS (SELECT 1 FROM s)),"
          + " t AS (INSERT INTO log_tile (tenant_id, tile_level, tile_index, hashes)"
          + " SELECT ?, u.l, u.x, u.h FROM unnest(?::integer[], ?::bigint[], ?::bytea[]) AS u(l, x, h)"
          + " WHERE EXISTS (SELECT 1 FROM s)"
          + " ON CONFLICT (tenant_id, tile_level, tile_index) DO UPDATE SET hashes = excluded.hashes)"
          + " SELECT count(*) FROM s";

  private static final String CREATE_STATE =
      "INSERT INTO log_state (tenant_id, origin, tree_size, root_hash) VALUES (?, ?, ?, ?)"
          + " ON CONFLICT (tenant_id) DO NOTHING RETURNING 1";

  private static final String MOVE_STATE =
      "UPDATE log_state SET tree_size = ?, root_hash = ? WHERE tenant_id = ? AND tree_size = ?"
          + " RETURNING 1";

  @Override
  public void commit(String tenant, String origin, Batch batch) {
    List<PortableSql.Piece> pieces = PortableSql.pieces(batch);
    Long[] bundleIndexes = pieces.stream().map(PortableSql.Piece::index).toArray(Long[]::new);
    byte[][] bundleBytes = pieces.stream().map(PortableSql.Piece::bytes).toArray(byte[][]::new);
    Integer[] tileLevels = new Integer[batch.tiles().size()];
    Long[] tileIndexes = new Long[tileLevels.length];
    byte[][] tileHashes = new byte[tileLevels.length][];
    int n = 0;
    for (var t : batch.tiles().entrySet()) {
      tileLevels[n] = t.getKey().level();
      tileIndexes[n] = t.getKey().index();
      tileHashes[n] = t.getValue();
      n++;
    }
    boolean first = batch.fromSize() == 0;
    var statement =
        jdbc.sql(String.format(java.util.Locale.ROOT, COMMIT, first ? CREATE_STATE : MOVE_STATE));
    statement =
        first
            ? statement.param(tenant).param(origin).param(batch.toSize()).param(batch.root())
            : statement
                .param(batch.toSize())
                .param(batch.root())
                .param(tenant)
                .param(batch.fromSize());
    long moved =
        statement
            .param(tenant)
            .param(array("bigint", bundleIndexes))
            .param(array("bytea", bundleBytes))
            .param(tenant)
            .param(batch.fromSize())
            .param(array("text", batch.tokens()))
            .param(tenant)
            .param(array("integer", tileLevels))
            .param(array("bigint", tileIndexes))
            .param(array("bytea", tileHashes))
            .query(Long.class)
            .single();
    if (moved != 1) {
      throw PortableSql.movedElsewhere(tenant, batch.fromSize());
    }
  }

  /** Class ids of the advisory locks (the other key is the tenant's hash): "mlog", "mckp". */
  private static final int LOG_LOCK = 0x6d6c6f67;

  private static final int CHECKPOINT_LOCK = 0x6d636b70;

  @Override
  public Batch commitSerialised(String tenant, String origin, Rebuild rebuild) {
    return inTransaction(() -> {
      boolean held =
          jdbc.sql("SELECT tree_size FROM log_state WHERE tenant_id = ? FOR UPDATE")
              .param(tenant)
              .query(Long.class)
              .optional()
              .isPresent();
      if (!held) {
        lock(LOG_LOCK, tenant); // no state row to hold yet: the log's first batch
      }
      Batch batch = rebuild.on(this); // the same thread, so the same transaction's connection
      commit(tenant, origin, batch);
      return batch;
    });
  }

  @Override
  public boolean saveNewestCheckpoint(String tenant, StoredCheckpoint checkpoint) {
    return inTransaction(() -> {
      lock(CHECKPOINT_LOCK, tenant);
      return sql.saveNewestCheckpoint(tenant, checkpoint);
    });
  }

  /** Takes a transaction-level advisory lock of class {@code kind} on {@code tenant}. */
  private void lock(int kind, String tenant) {
    jdbc.sql("SELECT pg_advisory_xact_lock(?, hashtext(?))")
        .param(kind)
        .param(tenant)
        .query((rs, n) -> 1)
        .single();
  }

  /** The result of {@code work}, run in one transaction committed before this returns. */
  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return PortableSql.inTransaction(tx, work);
  }

  /** A parameter bound as an SQL array of {@code type}, made on the statement's own connection. */
  private static AbstractSqlTypeValue array(String type, Object[] elements) {
    return new AbstractSqlTypeValue() {
      @Override
      protected Object createTypeValue(Connection c, int sqlType, @Nullable String typeName)
          throws SQLException {
        return c.createArrayOf(type, elements);
      }
    };
  }

  @Override
  public byte[] tile(String tenant, int level, long index) {
    return sql.tile(tenant, level, index);
  }

  @Override
  public byte[] bundle(String tenant, long index) {
    return sql.bundle(tenant, index);
  }

  /**
   * PostgreSQL streams a result with a fetch size only inside a transaction; without one it buffers
   * it all.
   */
  @Override
  public void bundles(String tenant, long from, long to, BundleSink sink) {
    PortableSql.inTransaction(
        tx,
        status ->
            streaming
                .sql(
                    "SELECT bundle_index, entries FROM log_bundle WHERE tenant_id = ?"
                        + " AND bundle_index >= ? AND bundle_index < ? ORDER BY bundle_index")
                .param(tenant)
                .param(from)
                .param(to)
                .query((RowCallbackHandler) rs -> sink.accept(rs.getLong(1), rs.getBytes(2))));
  }

  @Override
  public List<byte[]> entriesAt(String tenant, List<Long> seqs) {
    return sql.entriesAt(tenant, seqs);
  }

  /**
   * One key probe per generation. PostgreSQL 15 probes an IN list per value only with fresh
   * statistics; right after a bulk import it scans the tenant's whole key range instead (70 ms at a
   * million entries), so a lateral subquery, kept apart by OFFSET 0, forces one probe per
   * generation (0.5 ms).
   */
  @Override
  public List<Long> seqsOf(String tenant, String personToken, long size, int newest) {
    long last = Math.max(0, size - 1) >>> GENERATION_BITS;
    List<Long> descending =
        jdbc.sql(
                "SELECT p.seq FROM generate_series(0, "
                    + last
                    + ") AS g(gen) CROSS JOIN LATERAL"
                    + " (SELECT seq FROM log_person WHERE tenant_id = ? AND generation = g.gen AND person_token = ?"
                    + " AND seq < ? OFFSET 0) p ORDER BY p.seq DESC LIMIT ?")
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
    return jdbc.sql(
            "SELECT p.seq FROM generate_series("
                + first
                + ", "
                + last
                + ") AS g(gen) CROSS JOIN LATERAL"
                + " (SELECT seq FROM log_person WHERE tenant_id = ? AND generation = g.gen AND person_token = ?"
                + " AND seq > ? AND seq < ? OFFSET 0) p ORDER BY p.seq LIMIT ?")
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
  public List<StoredCheckpoint> checkpoints(String tenant, long afterSize, int limit) {
    return sql.checkpoints(tenant, afterSize, limit);
  }
}
