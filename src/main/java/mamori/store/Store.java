package mamori.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open, migrated store. Opening creates the embedded data folder (owner-only) on first use, sets
 * SQLite to WAL with full sync so a committed transaction survives a crash, and runs the one set of
 * Flyway migrations on either store. Plain Java: offline commands open it without Spring.
 */
public final class Store implements AutoCloseable {
  private final StoreLocation location;
  private final Dialect dialect;
  private final HikariDataSource dataSource;
  private final JdbcClient jdbc;
  private final String schemaVersion;
  private final Instance instance;

  private Store(
      StoreLocation location,
      Dialect dialect,
      HikariDataSource dataSource,
      String schemaVersion,
      Clock clock) {
    this.location = location;
    this.dialect = dialect;
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.schemaVersion = schemaVersion;
    this.instance = Instance.ensure(jdbc, clock);
  }

  /**
   * Reports the connection pool's use to {@code registry} through HikariCP's own Micrometer metrics
   * ({@code hikaricp_connections_active}, {@code _idle}, {@code _pending}, {@code _timeout_total},
   * ...), tagged with the pool's name. Once per store.
   */
  public void reportPoolTo(io.micrometer.core.instrument.MeterRegistry registry) {
    dataSource.setMetricRegistry(registry);
  }

  /**
   * Opens and migrates the store at {@code location} for a command that runs without Spring; see
   * {@link #open(StoreLocation, Clock)}.
   */
  public static Store open(StoreLocation location) {
    return open(location, ClockConfiguration.systemClock());
  }

  /**
   * Opens and migrates the store at {@code location}.
   *
   * @throws StoreException when the folder cannot be created, the server cannot be reached, a
   *     migration fails (nothing is left half-migrated by Flyway on PostgreSQL: transactional DDL),
   *     an applied migration no longer matches its file, or a later release migrated the store (it
   *     is refused before anything is written)
   */
  public static Store open(StoreLocation location, Clock clock) {
    HikariDataSource ds =
        switch (location) {
          case StoreLocation.Embedded e -> sqlite(e);
          case StoreLocation.Server s -> postgres(s);
        };
    Dialect dialect =
        location instanceof StoreLocation.Embedded ? Dialect.SQLITE : Dialect.POSTGRESQL;
    try {
      Flyway flyway = migrations(dialect).dataSource(ds).load();
      refuseNewerSchema(flyway, location);
      flyway.migrate();
      var current = flyway.info().current();
      return new Store(
          location, dialect, ds, current == null ? "0" : current.getVersion().getVersion(), clock);
    } catch (FlywayException e) {
      ds.close();
      throw new StoreException("cannot migrate " + location + ": " + firstLine(e.getMessage()), e);
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
  }

  /*
   * Design. Migrations only go forward. Every migration is versioned (V<n>__name.sql: no repeatable
   * or undo scripts), a released one is never edited (MigrationsForwardOnlyTest holds the checksums
   * of every release's migrations, and Flyway's validation refuses a store whose applied migration no
   * longer matches its file), a migration older than the newest applied is never run afterwards (out
   * of order off), and nothing may drop the schema (clean disabled). Flyway by default IGNORES
   * applied migrations it does not know ("*:future"), so an older release opened on a store a newer
   * one migrated would run on a schema it was not written for: here that store is refused before
   * anything is written, naming both versions. The way back from an upgrade is the backup taken
   * before it, never a down migration.
   */
  /** The one Flyway configuration of both stores, without its data source. */
  static org.flywaydb.core.api.configuration.FluentConfiguration migrations(Dialect dialect) {
    return Flyway.configure()
        .locations("classpath:db/migration")
        .placeholders(dialect.placeholders())
        .validateOnMigrate(true)
        .outOfOrder(false)
        .cleanDisabled(true)
        .ignoreMigrationPatterns(new String[0])
        .loggers("slf4j");
  }

  /**
   * Refuses a store whose schema history holds a migration newer than the newest this code has: it
   * was migrated by a later release, and nothing is changed.
   */
  private static void refuseNewerSchema(Flyway flyway, StoreLocation location) {
    var info = flyway.info();
    var known =
        java.util.Arrays.stream(info.all())
            .filter(m -> m.getState().isResolved() && m.getVersion() != null)
            .map(org.flywaydb.core.api.MigrationInfo::getVersion)
            .max(Comparable::compareTo);
    var newer =
        java.util.Arrays.stream(info.applied())
            .filter(m -> !m.getState().isResolved() && m.getVersion() != null)
            .map(org.flywaydb.core.api.MigrationInfo::getVersion)
            .max(Comparable::compareTo);
    if (newer.isPresent()) {
      throw new StoreException(
          "the store "
              + location
              + " has schema version "
              + newer.get().getVersion()
              + ", newer than the "
              + known.map(v -> v.getVersion()).orElse("0")
              + " this Mamori "
              + mamoriVersion()
              + " knows: a later release migrated it, and migrations only go forward. Run that"
              + " release (or a newer one), or restore the backup taken before the upgrade;"
              + " nothing was changed");
    }
  }

  /** This build's version, as the jar's manifest says, or "(development build)". */
  private static String mamoriVersion() {
    String v = Store.class.getPackage().getImplementationVersion();
    return v == null ? "(development build)" : v;
  }

  /**
   * Creates the data folder, owner-only from the moment it exists, when it is missing. Everything
   * that writes into the data folder before the store is opened calls this first.
   */
  public static Path ensureDataFolder(Path folder) {
    try {
      if (!Files.isDirectory(folder)) {
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (posix) {
          Files.createDirectories(
              folder,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(folder); // Windows: the folder inherits its parent's ACL
        }
      }
      return folder;
    } catch (IOException ex) {
      throw new StoreException(
          "cannot create the data folder " + folder + ": " + ex.getMessage(), ex);
    }
  }

  private static HikariDataSource sqlite(StoreLocation.Embedded e) {
    Path folder = ensureDataFolder(e.folder());
    ownerOnlyDatabase(e.database());
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    // SQLite's own wait, for the pragmas run as the connection opens; PatientDataSource's handler
    // then replaces it, waiting as long
    config.setBusyTimeout(Math.toIntExact(BUSY_WAIT.toMillis()));
    // erased rows are overwritten with zeros, not left in free pages for a file copy to find
    // (promise 7)
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    // a page cache (up to 256 MiB a connection, taken as used) that holds the random-keyed indexes
    // of a large import and the pages of one of its transactions (65,536 persons,
    // Vault.TRANSACTION):
    // a smaller one spills and rewrites their pages within a transaction
    config.setCacheSize(-262_144);
    SQLiteDataSource sqlite = new PatientDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + e.database().toAbsolutePath());
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(sqlite);
    hikari.setPoolName("mamori-sqlite");
    hikari.setMaximumPoolSize(12);
    return connect(hikari, e);
  }

  /**
   * How long a statement waits for SQLite's one write lock before it fails: SQLite's busy timeout
   * while a connection opens, then {@link PatientDataSource}'s handler.
   */
  static final Duration BUSY_WAIT = Duration.ofSeconds(30);

  /*
   * Design. SQLite lets one connection write at a time. Its own busy handler (busy_timeout) waits for
   * the lock by sleeping 1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50 and then 100 ms between tries, so
   * under many small concurrent writers (the desk's claims and entries, the log's group commits)
   * a writer sleeps tens of milliseconds while the lock has long been free, and every caller waiting
   * on the log's next commit waits with it. This handler tries again after 20 microseconds, backing
   * off to at most a millisecond, for the same 30 seconds: the same promise (a write waits, then
   * fails), taken as soon as the lock is free.
   */
  /** SQLite connections whose wait for the write lock is short steps, not SQLite's sleeps. */
  private static final class PatientDataSource extends SQLiteDataSource {
    PatientDataSource(SQLiteConfig config) {
      super(config);
    }

    @Override
    public org.sqlite.SQLiteConnection getConnection(
        @Nullable String user, @Nullable String password) throws java.sql.SQLException {
      org.sqlite.SQLiteConnection c = super.getConnection(user, password);
      org.sqlite.BusyHandler.setHandler(c, new ShortSteps());
      return c;
    }
  }

  /**
   * Runs {@code PRAGMA wal_checkpoint(TRUNCATE)} on a connection of {@code ds} (a SQLite store's)
   * whose wait for readers and writers lasts at most {@code limit} instead of {@link #BUSY_WAIT},
   * then gives the connection its usual wait back: true when the log was checkpointed and
   * truncated, false when a reader or writer kept it busy. A held reader would otherwise keep the
   * caller waiting the whole 30 seconds before the busy answer comes.
   */
  public static boolean truncateSqliteWal(javax.sql.DataSource ds, Duration limit) {
    try (java.sql.Connection c = ds.getConnection()) {
      org.sqlite.SQLiteConnection sqlite = c.unwrap(org.sqlite.SQLiteConnection.class);
      org.sqlite.BusyHandler.setHandler(sqlite, new ShortSteps(limit));
      try (java.sql.Statement st = c.createStatement();
          java.sql.ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
        return rs.next() && rs.getInt(1) == 0;
      } finally {
        org.sqlite.BusyHandler.setHandler(sqlite, new ShortSteps(BUSY_WAIT));
      }
    } catch (java.sql.SQLException e) {
      throw new StoreException("the SQLite write-ahead log could not be checkpointed", e);
    }
  }

  /** Waits in steps from 20 µs up to 1 ms, for {@link #BUSY_WAIT} (or a given limit) in all. */
  private static final class ShortSteps extends org.sqlite.BusyHandler {
    private final long limitNanos;
    private long since;

    ShortSteps() {
      this(BUSY_WAIT);
    }

    ShortSteps(Duration limit) {
      this.limitNanos = limit.toNanos();
    }

    @Override
    protected int callback(int tries) {
      long now = System.nanoTime();
      if (tries == 0) {
        since = now;
      } else if (now - since > limitNanos) {
        return 0;
      }
      java.util.concurrent.locks.LockSupport.parkNanos(
          Math.min(1_000_000L, 20_000L << Math.min(tries, 6)));
      return 1;
    }
  }

  /**
   * Makes the SQLite database owner-only before SQLite opens it: a new one is created {@code
   * rw-------} (SQLite then gives its {@code -wal} and {@code -shm} the database's own mode), and
   * an existing one is narrowed to that, its {@code -wal} and {@code -shm} too (names, addresses
   * and the log live there, if only encrypted).
   */
  private static void ownerOnlyDatabase(Path database) {
    try {
      if (!Files.exists(database)) {
        try {
          OwnerOnly.createFile(database);
        } catch (java.nio.file.FileAlreadyExistsException raced) {
          // another process made it first; narrowed below
        }
      }
      OwnerOnly.restrict(database);
      OwnerOnly.restrict(database.resolveSibling(database.getFileName() + "-wal"));
      OwnerOnly.restrict(database.resolveSibling(database.getFileName() + "-shm"));
    } catch (IOException ex) {
      throw new StoreException(
          "cannot make the database " + database + " owner-only: " + ex.getMessage(), ex);
    }
  }

  private static HikariDataSource postgres(StoreLocation.Server s) {
    HikariConfig hikari = new HikariConfig();
    // through a source that tries a connection again for a while: the pool's own retries back off
    // to 5 s, which a failover of the database server would add to the time without service
    hikari.setDataSource(new ReconnectingDataSource(s.jdbcUrl()));
    hikari.setPoolName("mamori-postgres");
    hikari.setMaximumPoolSize(8);
    hikari.setConnectionTimeout(5_000);
    return connect(hikari, s);
  }

  private static HikariDataSource connect(HikariConfig hikari, StoreLocation where) {
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException ex) {
      Throwable root = ex;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new StoreException("cannot open " + where + ": " + firstLine(root.getMessage()), ex);
    }
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "unknown error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /**
   * Why the store cannot take a write now, or empty when it can: a connection cannot be had (the
   * pool waits at most its connection timeout), a query fails, or a PostgreSQL server answers as a
   * read-only standby (after a failover, say). Readiness asks this.
   */
  public java.util.Optional<String> trouble() {
    try {
      jdbc.sql("SELECT count(*) FROM flyway_schema_history").query(Long.class).single();
      if (dialect == Dialect.POSTGRESQL
          && "on".equals(jdbc.sql("SHOW transaction_read_only").query(String.class).single())) {
        return java.util.Optional.of("the server is read-only");
      }
      return java.util.Optional.empty();
    } catch (DataAccessException e) {
      return java.util.Optional.of("cannot be reached: " + firstLine(e.getMessage()));
    }
  }

  public StoreLocation location() {
    return location;
  }

  public Dialect dialect() {
    return dialect;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return jdbc;
  }

  /** The highest applied migration version, e.g. "1". */
  public String schemaVersion() {
    return schemaVersion;
  }

  /** This installation's identity, created on first open. */
  public Instance instance() {
    return instance;
  }

  /** SQLite's journal mode (for tests and the status page), or "server" on PostgreSQL. */
  public String journalMode() {
    if (dialect != Dialect.SQLITE) {
      return "server";
    }
    try {
      return jdbc.sql("PRAGMA journal_mode").query(String.class).single();
    } catch (DataAccessException ex) {
      throw new StoreException("cannot read the journal mode: " + Sql.reason(ex), ex);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }

  @Override
  public String toString() {
    return location.toString();
  }
}
