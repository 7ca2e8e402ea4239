package mamori.vault;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.store.Dialect;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;

/**
 * The tables of V5__vault.sql, on either store. Writes of a batch are one transaction in raw JDBC,
 * the import's bulk path ({@link PersonBatch}), so a crash leaves every person of the batch stored
 * or none. Everything else is one JdbcClient statement, or two in one transaction. Erasing
 * overwrites in place; on SQLite ({@code secure_delete} on) it then checkpoints and truncates the
 * write-ahead log, so the files keep no copy of what was erased.
 */
final class PersonTable {
  /** The failure of any statement on these tables. */
  static final String FAILED = "the vault's store failed";

  /** Ids or indexes per {@code IN} list on SQLite (PostgreSQL takes one array). */
  static final int IN_CHUNK = 500;

  private static final String COLUMNS =
      "person_id, token, fingerprint, version, data_key, fields, erased_at";

  /** A stored person; dataKey and fields are null once erased. */
  record Stored(
      long personId,
      String token,
      byte @Nullable [] fingerprint,
      int version,
      byte @Nullable [] dataKey,
      byte @Nullable [] fields,
      @Nullable Long erasedAt) {
    boolean erased() {
      return erasedAt != null;
    }

    /** The person as one not erased: only such a person has a data key and fields. */
    Live live() {
      if (dataKey == null || fields == null) {
        throw new IllegalStateException(
            "person " + personId + " was erased: it has no data key and no fields");
      }
      return new Live(personId, token, version, dataKey, fields);
    }
  }

  /** A stored person not erased: its wrapped data key and its sealed fields. */
  record Live(long personId, String token, int version, byte[] dataKey, byte[] fields) {}

  record NewPerson(
      long personId,
      String token,
      byte[] numberIndex,
      byte[] nameIndex,
      byte[] fingerprint,
      byte[] dataKey,
      byte[] fields) {}

  record Change(
      long personId,
      int oldVersion,
      byte[] oldFields,
      byte[] nameIndex,
      byte[] fingerprint,
      byte[] fields) {}

  record Version(int version, long replacedAt, byte[] fields) {}

  private final DataSource ds;
  private final JdbcClient jdbc;
  private volatile @Nullable Dialect dialect;

  PersonTable(DataSource ds) {
    this.ds = ds;
    this.jdbc = JdbcClient.create(ds);
  }

  /** The stored persons whose number index is among {@code indexes}, by index. */
  Map<ByteBuffer, Stored> byNumberIndex(String tenant, List<byte[]> indexes) {
    Map<ByteBuffer, Stored> found = new HashMap<>();
    boolean postgres = dialect() == Dialect.POSTGRESQL;
    int step = postgres ? Math.max(1, indexes.size()) : IN_CHUNK;
    for (int from = 0; from < indexes.size(); from += step) {
      List<byte[]> chunk = indexes.subList(from, Math.min(indexes.size(), from + step));
      String match =
          postgres
              ? "= ANY (?)"
              : "IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      List<Object> params = new ArrayList<>(List.of(tenant));
      if (postgres) { // one statement and one plan for the whole chunk
        params.add(
            new AbstractSqlTypeValue() {
              @Override
              protected Object createTypeValue(Connection c, int sqlType, @Nullable String typeName)
                  throws SQLException {
                return c.createArrayOf("bytea", chunk.toArray(new byte[0][]));
              }
            });
      } else {
        params.addAll(chunk);
      }
      jdbc.sql(
              "SELECT number_index, "
                  + COLUMNS
                  + " FROM person WHERE tenant_id = ? AND number_index "
                  + match)
          .params(params)
          .query(rs -> {
            found.put(ByteBuffer.wrap(rs.getBytes(1)), stored(rs, 2));
          });
    }
    return found;
  }

  Optional<Stored> byToken(String tenant, String token) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE tenant_id = ? AND token = ?")
        .params(tenant, token)
        .query((rs, n) -> stored(rs, 1))
        .optional();
  }

  Optional<Stored> byId(String tenant, long personId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE tenant_id = ? AND person_id = ?")
        .params(tenant, personId)
        .query((rs, n) -> stored(rs, 1))
        .optional();
  }

  /**
   * Stores an accepted document's sealed fields for a person (V33 person_document), replacing what
   * an earlier attempt stored, then runs {@code alsoInTransaction} in the same transaction.
   */
  void attachDocument(
      String tenant,
      long personId,
      long documentId,
      String jobId,
      String typeId,
      byte[] sealed,
      long at,
      Runnable alsoInTransaction) {
    Sql.inTransaction(
        ds,
        () -> {
          // one upsert on V33's primary key (SQLite and PostgreSQL both): a retried acceptance
          // replaces the row an earlier attempt stored
          jdbc.sql(
                  "INSERT INTO person_document (tenant_id, person_id, document_id, job_id,"
                      + " type_id, fields, accepted_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                      + " (tenant_id, person_id, document_id) DO UPDATE SET job_id ="
                      + " excluded.job_id, type_id = excluded.type_id, fields = excluded.fields,"
                      + " accepted_at = excluded.accepted_at")
              .params(tenant, personId, documentId, jobId, typeId, sealed, at)
              .update();
          alsoInTransaction.run();
          return null;
        });
  }

  Optional<String> tokenByNumberIndex(String tenant, byte[] index) {
    return jdbc.sql("SELECT token FROM person WHERE tenant_id = ? AND number_index = ?")
        .params(tenant, index)
        .query(String.class)
        .optional();
  }

  List<String> tokensByNameIndex(String tenant, byte[] index) {
    return jdbc.sql(
            "SELECT token FROM person WHERE tenant_id = ? AND name_index = ? ORDER BY token")
        .params(tenant, index)
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  List<Version> versions(String tenant, long personId) {
    return jdbc.sql(
            "SELECT version, replaced_at, fields FROM person_version WHERE tenant_id = ? AND person_id = ?"
                + " ORDER BY version")
        .params(tenant, personId)
        .query((rs, n) -> new Version(rs.getInt(1), rs.getLong(2), rs.getBytes(3)))
        .list();
  }

  long count(String tenant) {
    return jdbc.sql("SELECT COUNT(*) FROM person WHERE tenant_id = ? AND erased_at IS NULL")
        .param(tenant)
        .query(Long.class)
        .single();
  }

  /**
   * Stores new persons and changes in one transaction.
   *
   * @throws IllegalStateException when a changed person was changed or erased by someone else
   *     meanwhile, or the store failed; nothing is then stored
   */
  void write(String tenant, List<NewPerson> added, List<Change> changed, long now) {
    PersonBatch.write(ds, tenant, added, changed, now);
  }

  /**
   * Shreds a person: the wrapped key, the fields, the indexes, every prior version, its tags and
   * list memberships, and with them, in the same transaction, what {@code alsoErased} keep of it.
   */
  boolean erase(String tenant, long personId, long now, List<ErasedWithPerson> alsoErased) {
    int n =
        Sql.inTransaction(
            ds,
            () -> {
              jdbc.sql("DELETE FROM person_version WHERE tenant_id = ? AND person_id = ?")
                  .params(tenant, personId)
                  .update();
              // an erased person is in no person set: its tags and list memberships go too
              jdbc.sql("DELETE FROM person_tag WHERE tenant_id = ? AND person_id = ?")
                  .params(tenant, personId)
                  .update();
              jdbc.sql("DELETE FROM person_list_member WHERE tenant_id = ? AND person_id = ?")
                  .params(tenant, personId)
                  .update();
              // the documents accepted for the person (issue 16) go with it
              jdbc.sql("DELETE FROM person_document WHERE tenant_id = ? AND person_id = ?")
                  .params(tenant, personId)
                  .update();
              for (ErasedWithPerson part : alsoErased) {
                part.erase(tenant, personId);
              }
              return jdbc.sql(
                      "UPDATE person SET data_key = NULL, fields = NULL, number_index = NULL, name_index = NULL,"
                          + " fingerprint = NULL, erased_at = ?, updated_at = ? WHERE tenant_id = ? AND person_id = ?"
                          + " AND erased_at IS NULL")
                  .params(now, now, tenant, personId)
                  .update();
            });
    checkpoint(); // old page images in the WAL hold what was erased
    return n == 1;
  }

  /**
   * Runs a query over {@code ids} and hands each row to {@code rows}: {@code sql} ends with {@code
   * person_id } and its only parameter is the tenant; on PostgreSQL it runs once with one {@code =
   * ANY} array, on SQLite with {@code IN} lists of {@value #IN_CHUNK}.
   */
  void forIds(String sql, String tenant, long[] ids, RowCallbackHandler rows) {
    boolean postgres = dialect() == Dialect.POSTGRESQL;
    int step = postgres ? Math.max(1, ids.length) : IN_CHUNK;
    for (int from = 0; from < ids.length; from += step) {
      long[] chunk = java.util.Arrays.copyOfRange(ids, from, Math.min(ids.length, from + step));
      List<Object> params = new ArrayList<>(chunk.length + 1);
      params.add(tenant);
      String match;
      if (postgres) { // one statement and one plan for the whole batch
        match = "= ANY (?)";
        params.add(
            new AbstractSqlTypeValue() {
              @Override
              protected Object createTypeValue(Connection c, int sqlType, @Nullable String typeName)
                  throws SQLException {
                return c.createArrayOf("bigint", java.util.Arrays.stream(chunk).boxed().toArray());
              }
            });
      } else {
        match = "IN (" + String.join(", ", Collections.nCopies(chunk.length, "?")) + ")";
        for (long id : chunk) {
          params.add(id);
        }
      }
      jdbc.sql(sql + match).params(params).query(rows);
    }
  }

  /**
   * On SQLite, checkpoints the write-ahead log into the database and truncates it: its old page
   * images hold what an erasure overwrote ({@code secure_delete} wipes the database's own pages).
   * Nothing on PostgreSQL.
   */
  void checkpoint() {
    if (dialect() == Dialect.SQLITE && !truncateWal(CHECKPOINT_TRIES, CHECKPOINT_WAIT)) {
      // no personal data: only that old page images may stay in the log until the next checkpoint
      LOG.warn(
          "the SQLite write-ahead log could not be truncated after an erasure ({} tries): a reader"
              + " held it; its old page images stay in the -wal file until a later checkpoint"
              + " (the next erasure, or the service's restart) succeeds",
          CHECKPOINT_TRIES);
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonTable.class);
  // each try waits at most CHECKPOINT_WAIT for a reader to let go (not the store's 30-second busy
  // wait): two tries bound what an erasure beside a long reader waits, and the warning says when
  // the log stayed
  private static final int CHECKPOINT_TRIES = 2;
  private static final java.time.Duration CHECKPOINT_WAIT = java.time.Duration.ofMillis(100);

  /**
   * Runs {@code PRAGMA wal_checkpoint(TRUNCATE)} until its {@code busy} column says it completed
   * (0), up to {@code tries} times, each waiting at most {@code wait} for readers and writers and
   * {@code wait} apart; false when a reader or writer kept it busy every time.
   */
  boolean truncateWal(int tries, java.time.Duration wait) {
    for (int i = 0; i < tries; i++) {
      if (i > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      if (mamori.store.Store.truncateSqliteWal(ds, wait)) {
        return true;
      }
    }
    return false;
  }

  /**
   * After a bulk import, refreshes PostgreSQL's statistics of the person table, as its manual
   * advises after a bulk load: until autovacuum gets to it, the planner takes a freshly filled
   * table for nearly empty, and pages a package's persons by a bitmap scan and an on-disk sort of
   * the whole tenant for each page (0.8 s a page of 4,096 at 200,000 persons), where the key's
   * index reads them in order. SQLite plans by its indexes alone and needs nothing.
   */
  void analyze() {
    if (dialect() == Dialect.POSTGRESQL) {
      Sql.run("the person table's statistics failed", () -> jdbc.sql("ANALYZE person").update());
    }
  }

  /** The store's dialect, asked of it once. */
  Dialect dialect() {
    Dialect d = dialect;
    if (d == null) {
      d = Dialect.of(ds);
      dialect = d;
    }
    return d;
  }

  private static Stored stored(ResultSet rs, int at) throws SQLException {
    long erasedAt = rs.getLong(at + 6);
    Long erased = rs.wasNull() ? null : erasedAt;
    return new Stored(
        rs.getLong(at),
        rs.getString(at + 1),
        rs.getBytes(at + 2),
        rs.getInt(at + 3),
        rs.getBytes(at + 4),
        rs.getBytes(at + 5),
        erased);
  }
}
