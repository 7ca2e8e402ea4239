package mamori.store;

import java.util.Map;

/**
 * The two stores speak slightly different SQL. Migrations are one set of files; the few types that
 * differ are Flyway placeholders ({@code ${blob}}, {@code ${bigint_id}}) filled from here.
 */
public enum Dialect {
  SQLITE(Map.of("blob", "BLOB", "bigint_id", "INTEGER PRIMARY KEY AUTOINCREMENT")),
  POSTGRESQL(Map.of("blob", "BYTEA", "bigint_id", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));

  private final Map<String, String> placeholders;

  Dialect(Map<String, String> placeholders) {
    this.placeholders = placeholders;
  }

  Map<String, String> placeholders() {
    return placeholders;
  }
}
