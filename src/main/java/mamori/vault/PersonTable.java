package mamori.vault;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables of V5__vault.sql, on either store. Writes of a batch are one transaction in raw JDBC, the
 * import's bulk path: new persons go in as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows on SQLite
 * and as one binary COPY on PostgreSQL ({@link PersonCopy}), so a crash leaves every person of the batch
 * stored or none. Everything else is one JdbcClient statement, or two in one transaction. Erasing
 * overwrites in place; on SQLite ({@code secure_delete} on) it then checkpoints and truncates the
 * write-ahead log, so the files keep no copy of what was erased.
 */
final class PersonTable {
  /** The failure of any statement on these tables. */
  static final String FAILED = "the vault's store failed";
  static final int ROWS_PER_INSERT = 256;
  private static final int IN_CHUNK = 500;
  private static final String INSERT = "INSERT INTO person (tenant_id, person_id, token, number_index, name_index,"
      + " fingerprint, version, data_key, fields, created_at, updated_at) VALUES ";
  private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";
  private static final String COLUMNS = "person_id, token, fingerprint, version, data_key, fields, erased_at";

  /** A stored person; dataKey and fields are null once erased. */
  record Stored(long personId, String token, byte @Nullable [] fingerprint, int version, byte @Nullable [] dataKey,
      byte @Nullable [] fields, @Nullable Long erasedAt) {
    boolean erased() {
      return erasedAt != null;
    }

    /** The person as one not erased: only such a person has a data key and fields. */
    Live live() {
      if (dataKey == null || fields == null) {
        throw new IllegalStateException("person " + personId + " was erased: it has no data key and no fields");
      }
      return new Live(personId, token, version, dataKey, fields);
    }
  }

  /** A stored person not erased: its wrapped data key and its sealed fields. */
  record Live(long personId, String token, int version, byte[] dataKey, byte[] fields) {}

  record NewPerson(long personId, String token, byte[] numberIndex, byte[] nameIndex, byte[] fingerprint,
      byte[] dataKey, byte[] fields) {}

  record Change(long personId, int oldVersion, byte[] oldFields, byte[] nameIndex, byte[] fingerprint, byte[] fields) {}

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
      String match = postgres ? "= ANY (?)" : "IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
      List<Object> params = new ArrayList<>(List.of(tenant));
      if (postgres) { // one statement and one plan for the whole chunk
        params.add(new AbstractSqlTypeValue() {
          @Override
          protected Object createTypeValue(Connection c, int sqlType, @Nullable String typeName) throws SQLException {
            return c.createArrayOf("bytea", chunk.toArray(new byte[0][]));
          }
        });
      } else {
        params.addAll(chunk);
      }
      jdbc.sql("SELECT number_index, " + COLUMNS + " FROM person WHERE tenant_id = ? AND number_index " + match)
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

  Optional<String> tokenByNumberIndex(String tenant, byte[] index) {
    return jdbc.sql("SELECT token FROM person WHERE tenant_id = ? AND number_index = ?")
        .params(tenant, index)
        .query(String.class)
        .optional();
  }

  /** The first {@code limit} live persons of the tenant by id: their ids and the tenant's tokens. */
  List<Map.Entry<Long, String>> page(String tenant, int limit) {
    return jdbc.sql("SELECT person_id, token FROM person WHERE tenant_id = ? AND erased_at IS NULL ORDER BY person_id"
            + " LIMIT " + limit)
        .param(tenant)
        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list();
  }

  List<String> tokensByNameIndex(String tenant, byte[] index) {
    return jdbc.sql("SELECT token FROM person WHERE tenant_id = ? AND name_index = ? ORDER BY token")
        .params(tenant, index)
        .query((rs, n) -> rs.getString(1))
        .list();
  }

  List<Version> versions(String tenant, long personId) {
    return jdbc.sql("SELECT version, replaced_at, fields FROM person_version WHERE tenant_id = ? AND person_id = ?"
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
   * @throws IllegalStateException when a changed person was changed or erased by someone else meanwhile,
   *     or the store failed; nothing is then stored
   */
  void write(String tenant, List<NewPerson> added, List<Change> changed, long now) {
    // raw JDBC: the import's bulk path (binary COPY, multi-row INSERTs and batches on one connection)
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        if (c.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
          PersonCopy.insert(c, tenant, added, now);
        } else {
          insert(c, tenant, added, now);
        }
        update(c, tenant, changed, now);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(FAILED + ": " + e.getMessage(), e);
    }
  }

  private static void insert(Connection c, String tenant, List<NewPerson> added, long now) throws SQLException {
    PreparedStatement full = null;
    try {
      for (int from = 0; from < added.size(); from += ROWS_PER_INSERT) {
        List<NewPerson> rows = added.subList(from, Math.min(added.size(), from + ROWS_PER_INSERT));
        PreparedStatement st;
        if (rows.size() == ROWS_PER_INSERT) {
          full = full != null ? full : c.prepareStatement(INSERT + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, INSERT_ROW)));
          st = full;
        } else {
          st = c.prepareStatement(INSERT + String.join(", ", Collections.nCopies(rows.size(), INSERT_ROW)));
        }
        try {
          int p = 1;
          for (NewPerson r : rows) {
            st.setString(p++, tenant);
            st.setLong(p++, r.personId());
            st.setString(p++, r.token());
            st.setBytes(p++, r.numberIndex());
            st.setBytes(p++, r.nameIndex());
            st.setBytes(p++, r.fingerprint());
            st.setBytes(p++, r.dataKey());
            st.setBytes(p++, r.fields());
            st.setLong(p++, now);
            st.setLong(p++, now);
          }
          st.executeUpdate();
        } finally {
          if (st != full) {
            st.close();
          }
        }
      }
    } finally {
      if (full != null) {
        full.close();
      }
    }
  }

  private static void update(Connection c, String tenant, List<Change> changed, long now) throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    try (PreparedStatement keep = c.prepareStatement("INSERT INTO person_version (tenant_id, person_id, version,"
        + " fields, replaced_at) VALUES (?, ?, ?, ?, ?)");
         PreparedStatement set = c.prepareStatement("UPDATE person SET name_index = ?, fingerprint = ?, fields = ?,"
             + " version = version + 1, updated_at = ? WHERE tenant_id = ? AND person_id = ? AND version = ?"
             + " AND erased_at IS NULL")) {
      for (Change ch : changed) {
        keep.setString(1, tenant);
        keep.setLong(2, ch.personId());
        keep.setInt(3, ch.oldVersion());
        keep.setBytes(4, ch.oldFields());
        keep.setLong(5, now);
        keep.addBatch();
        set.setBytes(1, ch.nameIndex());
        set.setBytes(2, ch.fingerprint());
        set.setBytes(3, ch.fields());
        set.setLong(4, now);
        set.setString(5, tenant);
        set.setLong(6, ch.personId());
        set.setInt(7, ch.oldVersion());
        set.addBatch();
      }
      keep.executeBatch();
      for (int n : set.executeBatch()) {
        if (n == 0) {
          throw new IllegalStateException("a person of the batch was changed or erased meanwhile; run the import again");
        }
      }
    }
  }

  /** Shreds a person: the wrapped key, the fields, the indexes and every prior version. */
  boolean erase(String tenant, long personId, long now) {
    int n = Sql.inTransaction(ds, () -> {
      jdbc.sql("DELETE FROM person_version WHERE tenant_id = ? AND person_id = ?").params(tenant, personId).update();
      return jdbc.sql("UPDATE person SET data_key = NULL, fields = NULL, number_index = NULL, name_index = NULL,"
              + " fingerprint = NULL, erased_at = ?, updated_at = ? WHERE tenant_id = ? AND person_id = ?"
              + " AND erased_at IS NULL")
          .params(now, now, tenant, personId)
          .update();
    });
    if (dialect() == Dialect.SQLITE) {
      jdbc.sql("PRAGMA wal_checkpoint(TRUNCATE)").query().listOfRows(); // old page images in the WAL hold what was erased
    }
    return n == 1;
  }

  private Dialect dialect() {
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
    return new Stored(rs.getLong(at), rs.getString(at + 1), rs.getBytes(at + 2), rs.getInt(at + 3),
        rs.getBytes(at + 4), rs.getBytes(at + 5), erased);
  }
}
