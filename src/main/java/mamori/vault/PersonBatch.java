package mamori.vault;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import mamori.vault.PersonTable.Change;
import mamori.vault.PersonTable.NewPerson;

/**
 * A batch of new and changed persons written in one transaction in raw JDBC, the import's bulk
 * path: new persons go in as multi-row INSERTs of {@link #ROWS_PER_INSERT} rows on SQLite and as
 * one binary COPY on PostgreSQL ({@link PersonCopy}); changes keep the old version and update the
 * person in two batches.
 */
final class PersonBatch {
  static final int ROWS_PER_INSERT = 256;
  private static final String INSERT =
      "INSERT INTO person (tenant_id, person_id, token, number_index, name_index,"
          + " fingerprint, version, data_key, fields, created_at, updated_at) VALUES ";
  private static final String INSERT_ROW = "(?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";

  private PersonBatch() {}

  /** See {@link PersonTable#write}. */
  static void write(
      DataSource ds, String tenant, List<NewPerson> added, List<Change> changed, long now) {
    // raw JDBC: the import's bulk path (binary COPY, multi-row INSERTs and batches on one
    // connection)
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
      throw new IllegalStateException(PersonTable.FAILED + ": " + e.getMessage(), e);
    }
  }

  private static void insert(Connection c, String tenant, List<NewPerson> added, long now)
      throws SQLException {
    PreparedStatement full = null;
    try {
      for (int from = 0; from < added.size(); from += ROWS_PER_INSERT) {
        List<NewPerson> rows = added.subList(from, Math.min(added.size(), from + ROWS_PER_INSERT));
        PreparedStatement st;
        if (rows.size() == ROWS_PER_INSERT) {
          full =
              full != null
                  ? full
                  : c.prepareStatement(
                      INSERT + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, INSERT_ROW)));
          st = full;
        } else {
          st =
              c.prepareStatement(
                  INSERT + String.join(", ", Collections.nCopies(rows.size(), INSERT_ROW)));
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

  private static void update(Connection c, String tenant, List<Change> changed, long now)
      throws SQLException {
    if (changed.isEmpty()) {
      return;
    }
    try (PreparedStatement keep =
            c.prepareStatement(
                "INSERT INTO person_version (tenant_id, person_id, version,"
                    + " fields, replaced_at) VALUES (?, ?, ?, ?, ?)");
        PreparedStatement set =
            c.prepareStatement(
                "UPDATE person SET name_index = ?, fingerprint = ?, fields = ?,"
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
          throw new IllegalStateException(
              "a person of the batch was changed or erased meanwhile; run the import again");
        }
      }
    }
  }
}
