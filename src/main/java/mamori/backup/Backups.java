package mamori.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mamori.crypto.KeyPlacement;
import mamori.store.OwnerOnly;
import mamori.store.StoreLocation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.sqlite.SQLiteDataSource;

/*
 * Design. A backup is taken while the service runs and writes, so it must be one consistent
 * snapshot, never a copy of files in motion. On SQLite, VACUUM INTO writes a new database from one
 * read transaction of the live one (WAL lets the writers go on); the copy is then set to the DELETE
 * journal mode so that reading it for the manifest leaves no -wal or -shm beside it, and the
 * restore turns WAL on again. On PostgreSQL a REPEATABLE READ transaction exports its snapshot,
 * reads the manifest's facts, and hands the snapshot to pg_dump. Either way the log's state and its
 * checkpoints are read from the snapshot itself, so the manifest names exactly the log the backup
 * holds. The key folder is never copied: only the database is, and a backup folder inside the key
 * folder is refused.
 */
/** {@code mamori backup}: a consistent online snapshot of a store and its manifest. */
public final class Backups {
  private Backups() {}

  /**
   * What to back up and where.
   *
   * @param keyFolder the installation's key folder: a backup inside it is refused, and one inside
   *     the data folder is warned about
   * @param dataFolder the data folder (of SQLite, or where a PostgreSQL installation keeps files)
   */
  public record Request(
      StoreLocation store, Path out, Path dataFolder, Path keyFolder, String mamoriVersion) {}

  /**
   * Takes the snapshot into {@code out} (new or empty, made owner-only) and writes its manifest.
   *
   * @param progress hears one line per step (the command prints them on stderr)
   * @throws BackupException when the folder is refused or a step fails; a folder this call made is
   *     removed again
   */
  public static Manifest take(Request r, Consumer<String> progress, Clock clock) {
    Path out = r.out().toAbsolutePath().normalize();
    if (KeyPlacement.within(out, r.keyFolder())) {
      throw new BackupException(
          "--out "
              + r.out()
              + " is inside the key folder "
              + r.keyFolder()
              + ": a backup never sits with the keys (back the keys up with 'mamori keys backup')");
    }
    if (r.store() instanceof StoreLocation.Embedded e && KeyPlacement.within(out, e.folder())) {
      throw new BackupException(
          "--out "
              + r.out()
              + " is inside the data folder "
              + e.folder()
              + ": choose a folder apart");
    }
    if (KeyPlacement.within(r.keyFolder(), r.dataFolder())) {
      progress.accept(
          "warning: the key folder "
              + r.keyFolder()
              + " is inside the data folder "
              + r.dataFolder()
              + ": this backup holds no key, but a copy of the data folder would; move the keys"
              + " (--keys DIR, see 'mamori keys check')");
    }
    boolean made = prepare(out);
    try {
      Instant at = clock.instant();
      Manifest m =
          switch (r.store()) {
            case StoreLocation.Embedded e -> sqlite(e, out, r.mamoriVersion(), at, progress);
            case StoreLocation.Server s -> postgres(s, out, r.mamoriVersion(), at, progress);
          };
      m.write(out);
      OwnerOnly.restrict(out.resolve(Manifest.FILE_NAME));
      progress.accept("manifest: " + out.resolve(Manifest.FILE_NAME));
      return m;
    } catch (IOException | RuntimeException e) {
      clean(out, made);
      if (e instanceof BackupException b) {
        throw b;
      }
      throw new BackupException("the backup failed, nothing kept in " + r.out() + ": " + e, e);
    }
  }

  private static Manifest sqlite(
      StoreLocation.Embedded e, Path out, String version, Instant at, Consumer<String> progress)
      throws IOException {
    if (!Files.isRegularFile(e.database())) {
      throw new BackupException("there is no store at " + e.database());
    }
    Path copy = out.resolve(Manifest.SQLITE_FILE);
    progress.accept("snapshot: VACUUM INTO " + copy + " (the service may keep writing)");
    long started = System.nanoTime();
    SQLiteDataSource live = new SQLiteDataSource();
    live.setUrl("jdbc:sqlite:" + e.database().toAbsolutePath());
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setBusyTimeout(30_000);
    live.setConfig(config);
    // VACUUM INTO takes a file name, not a bound parameter in every SQLite build: a quoted literal
    JdbcClient.create(live)
        .sql("VACUUM INTO '" + copy.toString().replace("'", "''") + "'")
        .update();
    OwnerOnly.restrict(copy);
    SQLiteDataSource snapshot = new SQLiteDataSource();
    snapshot.setUrl("jdbc:sqlite:" + copy);
    JdbcClient jdbc = JdbcClient.create(snapshot);
    jdbc.sql("PRAGMA journal_mode=DELETE").query(String.class).single();
    SnapshotFacts.Facts f = SnapshotFacts.read(jdbc);
    progress.accept(
        String.format(
            java.util.Locale.ROOT,
            "snapshot: %,d bytes in %.1f s",
            Files.size(copy),
            (System.nanoTime() - started) / 1e9));
    return new Manifest(
        Manifest.FORMAT,
        version,
        "sqlite",
        f.schemaVersion(),
        "",
        at,
        f.logs(),
        f.counts(),
        Manifest.hashFiles(out));
  }

  private static Manifest postgres(
      StoreLocation.Server s, Path out, String version, Instant at, Consumer<String> progress)
      throws IOException {
    PgTools.Target t = PgTools.target(s.jdbcUrl());
    try (Connection c = java.sql.DriverManager.getConnection(s.jdbcUrl())) {
      // the transaction whose snapshot pg_dump is given: one connection, held open until it is done
      SingleConnectionDataSource one = new SingleConnectionDataSource(c, true);
      JdbcClient jdbc = JdbcClient.create(one);
      int major =
          Integer.parseInt(jdbc.sql("SHOW server_version_num").query(String.class).single().strip())
              / 10_000;
      PgTools.checkVersion("pg_dump", major);
      c.setAutoCommit(false);
      jdbc.sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").update();
      String snapshot = jdbc.sql("SELECT pg_export_snapshot()").query(String.class).single();
      SnapshotFacts.Facts f = SnapshotFacts.read(jdbc);
      Path dump = out.resolve(Manifest.PG_FILE);
      OwnerOnly.createFile(dump);
      progress.accept(
          "snapshot: pg_dump of " + t + " into " + dump + " (the service may keep writing)");
      long started = System.nanoTime();
      PgTools.dump(t, snapshot, dump);
      c.commit();
      progress.accept(
          String.format(
              java.util.Locale.ROOT,
              "snapshot: %,d bytes in %.1f s",
              Files.size(dump),
              (System.nanoTime() - started) / 1e9));
      return new Manifest(
          Manifest.FORMAT,
          version,
          "postgresql",
          f.schemaVersion(),
          t.schema(),
          at,
          f.logs(),
          f.counts(),
          Manifest.hashFiles(out));
    } catch (SQLException e) {
      throw new BackupException("cannot read " + s + ": " + e.getMessage(), e);
    }
  }

  /** Makes the folder owner-only, or checks that an existing one is empty; true when made. */
  private static boolean prepare(Path out) {
    try {
      if (Files.isDirectory(out)) {
        try (Stream<Path> files = Files.list(out)) {
          if (files.findAny().isPresent()) {
            throw new BackupException(
                "--out " + out + " is not empty: each backup goes into a new or empty folder");
          }
        }
        return false;
      }
      if (Files.exists(out)) {
        throw new BackupException("--out " + out + " is a file, not a folder");
      }
      OwnerOnly.createFolder(out);
      return true;
    } catch (IOException e) {
      throw new BackupException("cannot make " + out + ": " + e.getMessage(), e);
    }
  }

  private static void clean(Path out, boolean made) {
    try (Stream<Path> walk = Files.walk(out)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .filter(p -> made || !p.equals(out))
          .forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException ignored) {
      // best effort: the error that stopped the backup is the one reported
    }
  }
}
