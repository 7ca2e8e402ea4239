package mamori.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Which store to open: a data folder for the embedded SQLite store, or the JDBC URL of a PostgreSQL
 * server. {@link #toString()} never shows a password.
 */
public sealed interface StoreLocation {
  /** The default data folder, relative to the working directory. */
  Path DEFAULT_DATA = Path.of("mamori-data");

  /** The embedded store: {@code mamori.db} in {@code folder}, created on first use. */
  record Embedded(Path folder) implements StoreLocation {
    public Path database() {
      return folder.resolve("mamori.db");
    }

    @Override
    public String toString() {
      return "SQLite at " + database();
    }
  }

  /** A PostgreSQL server, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
  record Server(String jdbcUrl) implements StoreLocation {
    public Server {
      if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
        throw new IllegalArgumentException(
            "--db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
      }
    }

    @Override
    public String toString() {
      return "PostgreSQL at " + redacted(jdbcUrl);
    }

    static String redacted(String url) {
      return url.replaceAll("(?i)(password=)[^&]*", "$1***")
          .replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }
  }

  /** The location the command-line options name: {@code --db} wins over {@code --data}. */
  static StoreLocation of(@Nullable Path data, @Nullable String db) {
    if (db != null && !db.isBlank()) {
      return new Server(db);
    }
    return new Embedded(data == null ? DEFAULT_DATA : data);
  }
}
