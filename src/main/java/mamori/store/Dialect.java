package mamori.store;

import java.sql.DatabaseMetaData;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The two stores speak slightly different SQL. Migrations are one set of files; the few types that
 * differ are Flyway placeholders ({@code ${blob}}, {@code ${bigint_id}}, and {@code
 * ${without_rowid}} after a CREATE TABLE whose key is the whole row) filled from here.
 */
public enum Dialect {
  SQLITE(
      Map.of(
          "blob",
          "BLOB",
          "bigint_id",
          "INTEGER PRIMARY KEY AUTOINCREMENT",
          "without_rowid",
          " WITHOUT ROWID")),
  POSTGRESQL(
      Map.of(
          "blob",
          "BYTEA",
          "bigint_id",
          "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
          "without_rowid",
          ""));

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
