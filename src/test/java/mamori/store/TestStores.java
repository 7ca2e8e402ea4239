package mamori.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Fresh, empty stores for tests: a new SQLite data folder, or a new schema on the PostgreSQL server
 * at {@code MAMORI_TEST_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/test?user=postgres}). A test that needs PostgreSQL fails when it
 * cannot be reached: it never skips.
 */
public final class TestStores {
  public static final String PG_URL =
      System.getenv()
          .getOrDefault(
              "MAMORI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  /** The stores every repository test runs against. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  private TestStores() {}

  /** A location for a fresh store of the given kind; {@link #drop} removes it. */
  public static StoreLocation fresh(Kind kind) {
    return switch (kind) {
      case SQLITE -> new StoreLocation.Embedded(tempFolder());
      case POSTGRESQL -> new StoreLocation.Server(withSchema(PG_URL, newSchema()));
    };
  }

  /** Opens a fresh, migrated store of the given kind. */
  public static Store open(Kind kind) {
    return Store.open(fresh(kind));
  }

  /** Removes everything a fresh location holds. */
  public static void drop(StoreLocation location) {
    switch (location) {
      case StoreLocation.Embedded e -> deleteTree(e.folder());
      case StoreLocation.Server s -> {
        String schema = s.jdbcUrl().replaceAll(".*currentSchema=([a-z0-9_]+).*", "$1");
        try (var c = DriverManager.getConnection(PG_URL);
            var st = c.createStatement()) {
          st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException ex) {
          throw new IllegalStateException("cannot drop test schema " + schema, ex);
        }
      }
    }
  }

  /** A plain data source on a location, for reading a store as it is without opening it. */
  public static javax.sql.DataSource dataSourceOn(StoreLocation location) {
    return switch (location) {
      case StoreLocation.Embedded e -> {
        org.sqlite.SQLiteDataSource sqlite = new org.sqlite.SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + e.database().toAbsolutePath());
        yield sqlite;
      }
      case StoreLocation.Server s ->
          new org.springframework.jdbc.datasource.DriverManagerDataSource(s.jdbcUrl());
    };
  }

  /**
   * Migrates a fresh location only up to migration {@code version}, as an earlier release left it,
   * and returns a data source on it for writing rows the way that release did; {@link Store#open}
   * later runs the migrations after it.
   */
  public static javax.sql.DataSource migrateTo(StoreLocation location, String version) {
    javax.sql.DataSource ds;
    Dialect dialect;
    switch (location) {
      case StoreLocation.Embedded e -> {
        Store.ensureDataFolder(e.folder());
        org.sqlite.SQLiteDataSource sqlite = new org.sqlite.SQLiteDataSource();
        sqlite.setUrl("jdbc:sqlite:" + e.database().toAbsolutePath());
        ds = sqlite;
        dialect = Dialect.SQLITE;
      }
      case StoreLocation.Server s -> {
        ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(s.jdbcUrl());
        dialect = Dialect.POSTGRESQL;
      }
    }
    org.flywaydb.core.Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .placeholders(dialect.placeholders())
        .target(version)
        .load()
        .migrate();
    return ds;
  }

  /** The highest migration version in src/main/resources/db/migration, e.g. "2". */
  public static String latestMigration() {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String newSchema() {
    return "mamori_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  static String withSchema(String url, String schema) {
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static Path tempFolder() {
    try {
      return Files.createTempDirectory("mamori-test-").resolve("data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path folder) {
    Path root =
        folder.getParent() != null
                && folder.getParent().getFileName().toString().startsWith("mamori-test-")
            ? folder.getParent()
            : folder;
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
