package mamori.log.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The log on a PostgreSQL server. A batch's entries and its person index go in as one statement
 * each, whatever the batch's size: the rows are passed as arrays ({@code bytea[]}, {@code text[]})
 * and unnested on the server, two round trips where multi-row INSERTs need one per 256 rows and a
 * parse of each (a binary COPY measured no faster). Durability is the server's commit.
 */
final class PostgresLogStorage implements LogStorage {
  private static final int STREAM_FETCH_SIZE = 10_000;

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

  @Override
  public void commit(String tenant, String origin, Batch batch) {
    PortableSql.inTransaction(
        tx,
        status -> {
          sql.moveState(tenant, origin, batch);
          jdbc.sql(
                  "INSERT INTO log_entry (tenant_id, seq, entry) "
                      + "SELECT ?, ? + t.o - 1, t.e FROM unnest(?::bytea[]) WITH ORDINALITY AS t(e, o)")
              .param(tenant)
              .param(batch.fromSize())
              .param(array("bytea", batch.entries()))
              .update();
          jdbc.sql(
                  "INSERT INTO log_person (tenant_id, generation, person_token, seq) "
                      + "SELECT ?, (t.s >> "
                      + GENERATION_BITS
                      + ")::integer, t.k, t.s FROM "
                      + "(SELECT u.k, ?::bigint + u.o - 1 AS s FROM unnest(?::text[]) WITH ORDINALITY AS u(k, o)) t"
                      + " WHERE t.k <> ''")
              .param(tenant)
              .param(batch.fromSize())
              .param(array("text", batch.tokens()))
              .update();
          template.execute(
              (ConnectionCallback<@Nullable Void>)
                  c -> {
                    PortableSql.upsertTiles(c, tenant, batch.tiles());
                    return null;
                  });
        });
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

  /**
   * PostgreSQL streams a result with a fetch size only inside a transaction; without one it buffers
   * it all.
   */
  @Override
  public void entries(String tenant, long from, long to, EntrySink sink) {
    PortableSql.inTransaction(
        tx,
        status ->
            streaming
                .sql(
                    "SELECT seq, entry FROM log_entry WHERE tenant_id = ? AND seq >= ? AND seq < ? ORDER BY seq")
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
  public List<StoredCheckpoint> checkpoints(String tenant) {
    return sql.checkpoints(tenant);
  }
}
