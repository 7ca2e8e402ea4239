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
import org.jspecify.annotations.Nullable;

/**
 * The tables of V5__vault.sql in plain JDBC, on either store. Writes of a batch are one transaction:
 * new persons go in as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows on SQLite and as one binary
 * COPY on PostgreSQL ({@link PersonCopy}), so a crash leaves every person of the batch stored or none. Erasing overwrites in place;
 * on SQLite ({@code secure_delete} on) it then checkpoints and truncates the write-ahead log, so the
 * files keep no copy of what was erased.
 */
final class PersonTable {
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

  PersonTable(DataSource ds) {
    this.ds = ds;
  }

  /** The stored persons whose number index is among {@code indexes}, by index. */
  Map<ByteBuffer, Stored> byNumberIndex(String tenant, List<byte[]> indexes) throws SQLException {
    Map<ByteBuffer, Stored> found = new HashMap<>();
    try (Connection c = ds.getConnection()) {
      boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
      int step = postgres ? Math.max(1, indexes.size()) : IN_CHUNK;
      for (int from = 0; from < indexes.size(); from += step) {
        List<byte[]> chunk = indexes.subList(from, Math.min(indexes.size(), from + step));
        String match = postgres ? "= ANY (?)" : "IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
        try (PreparedStatement st = c.prepareStatement("SELECT number_index, " + COLUMNS
            + " FROM person WHERE tenant_id = ? AND number_index " + match)) {
          st.setString(1, tenant);
          if (postgres) { // one statement and one plan for the whole chunk
            st.setArray(2, c.createArrayOf("bytea", chunk.toArray(new byte[0][])));
          } else {
            for (int i = 0; i < chunk.size(); i++) {
              st.setBytes(i + 2, chunk.get(i));
            }
          }
          try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
              found.put(ByteBuffer.wrap(rs.getBytes(1)), stored(rs, 2));
            }
          }
        }
      }
    }
    return found;
  }

  Optional<Stored> byToken(String tenant, String token) throws SQLException {
    List<Stored> rows = query("SELECT " + COLUMNS + " FROM person WHERE tenant_id = ? AND token = ?",
        rs -> stored(rs, 1), tenant, token);
    return rows.stream().findFirst();
  }

  Optional<String> tokenByNumberIndex(String tenant, byte[] index) throws SQLException {
    return query("SELECT token FROM person WHERE tenant_id = ? AND number_index = ?", rs -> rs.getString(1),
        tenant, index).stream().findFirst();
  }

  /** The first {@code limit} live persons of the tenant by id: their ids and the tenant's tokens. */
  List<java.util.Map.Entry<Long, String>> page(String tenant, int limit) throws SQLException {
    return query("SELECT person_id, token FROM person WHERE tenant_id = ? AND erased_at IS NULL ORDER BY person_id"
        + " LIMIT " + limit, rs -> java.util.Map.entry(rs.getLong(1), rs.getString(2)), tenant);
  }

  List<String> tokensByNameIndex(String tenant, byte[] index) throws SQLException {
    return query("SELECT token FROM person WHERE tenant_id = ? AND name_index = ? ORDER BY token",
        rs -> rs.getString(1), tenant, index);
  }

  List<Version> versions(String tenant, long personId) throws SQLException {
    return query("SELECT version, replaced_at, fields FROM person_version WHERE tenant_id = ? AND person_id = ?"
        + " ORDER BY version", rs -> new Version(rs.getInt(1), rs.getLong(2), rs.getBytes(3)), tenant, personId);
  }

  long count(String tenant) throws SQLException {
    return query("SELECT COUNT(*) FROM person WHERE tenant_id = ? AND erased_at IS NULL", rs -> rs.getLong(1),
        tenant).getFirst();
  }

  /**
   * Stores new persons and changes in one transaction.
   *
   * @throws IllegalStateException when a changed person was changed or erased by someone else meanwhile;
   *     nothing is then stored
   */
  void write(String tenant, List<NewPerson> added, List<Change> changed, long now) throws SQLException {
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
  boolean erase(String tenant, long personId, long now) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      int n;
      try (PreparedStatement versions = c.prepareStatement(
               "DELETE FROM person_version WHERE tenant_id = ? AND person_id = ?");
           PreparedStatement person = c.prepareStatement("UPDATE person SET data_key = NULL, fields = NULL,"
               + " number_index = NULL, name_index = NULL, fingerprint = NULL, erased_at = ?, updated_at = ?"
               + " WHERE tenant_id = ? AND person_id = ? AND erased_at IS NULL")) {
        versions.setString(1, tenant);
        versions.setLong(2, personId);
        versions.executeUpdate();
        person.setLong(1, now);
        person.setLong(2, now);
        person.setString(3, tenant);
        person.setLong(4, personId);
        n = person.executeUpdate();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      if (c.getMetaData().getDatabaseProductName().equals("SQLite")) {
        try (var st = c.createStatement()) {
          st.execute("PRAGMA wal_checkpoint(TRUNCATE)"); // old page images in the WAL hold what was erased
        }
      }
      return n == 1;
    }
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Row<T> row, Object... params) throws SQLException {
    try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        switch (params[i]) {
          case byte[] bytes -> st.setBytes(i + 1, bytes);
          case Long n -> st.setLong(i + 1, n);
          default -> st.setString(i + 1, params[i].toString());
        }
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(row.read(rs));
        }
      }
      return out;
    }
  }

  private static Stored stored(ResultSet rs, int at) throws SQLException {
    long erasedAt = rs.getLong(at + 6);
    Long erased = rs.wasNull() ? null : erasedAt;
    return new Stored(rs.getLong(at), rs.getString(at + 1), rs.getBytes(at + 2), rs.getInt(at + 3),
        rs.getBytes(at + 4), rs.getBytes(at + 5), erased);
  }
}
