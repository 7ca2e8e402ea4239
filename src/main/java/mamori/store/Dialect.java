package mamori.store;

import java.sql.DatabaseMetaData;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The two stores speak slightly different SQL. Migrations are one set of files; the few types that
 * differ are Flyway placeholders ({@code ${blob}}, {@code ${bigint_id}}, and {@code
 * ${without_rowid}} after a CREATE TABLE whose key is the whole row) filled from here, and the one
 * statement only PostgreSQL needs ({@code ${widen_incident_classification}}, V31: SQLite does not
 * enforce a VARCHAR's length, so it gets a statement that changes nothing), and the aggregate that
 * makes a C2SP entry bundle of a group of log entries ({@code ${entry_bundle_of_entries}}, V44:
 * each entry's length as a big-endian uint16, then its bytes, in sequence order).
 */
public enum Dialect {
  SQLITE(
      Map.of(
          "blob",
          "BLOB",
          "bigint_id",
          "INTEGER PRIMARY KEY AUTOINCREMENT",
          "without_rowid",
          " WITHOUT ROWID",
          "widen_incident_classification",
          "UPDATE incident SET classification = classification WHERE 1 = 0",
          "entry_bundle_of_entries",
          "unhex(group_concat(printf('%04X', length(entry)) || hex(entry), '' ORDER BY seq))")),
  POSTGRESQL(
      Map.of(
          "blob",
          "BYTEA",
          "bigint_id",
          "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
          "without_rowid",
          "",
          "widen_incident_classification",
          "ALTER TABLE incident ALTER COLUMN classification TYPE TEXT",
          "entry_bundle_of_entries",
          "string_agg(substring(int4send(length(entry)) FROM 3 FOR 2) || entry, ''::bytea ORDER BY seq)"));

  private final Map<String, String> placeholders;

  Dialect(Map<String, String> placeholders) {
    this.placeholders = placeholders;
  }

  /** The dialect of the store behind {@code dataSource}, from its connection's metadata. */
  public static Dialect of(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return "PostgreSQL".equals(product) ? POSTGRESQL : SQLITE;
    } catch (MetaDataAccessException e) {
      throw new StoreException(
          "cannot tell which store this is: " + e.getMostSpecificCause().getMessage(), e);
    }
  }

  Map<String, String> placeholders() {
    return placeholders;
  }
}
