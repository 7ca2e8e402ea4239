package mamori.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.incident.Incidents;
import mamori.log.LogVerifier;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.VerifierKey;
import mamori.store.OwnerOnly;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.witness.WitnessEndpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/*
 * Design. A restore is the one moment a log may legitimately get shorter, and the log's readers were
 * promised every entry after the backup. So before the target is touched, the backup's log is set
 * against everything outside it that vouches for a size: each witness's cosigned size (asked as in
 * WitnessHeld), the checkpoint the last `log verify` kept outside the data folder, and any given
 * with --against. A log smaller than one of them is a loss: refused (naming both sizes) unless the
 * operator says why it is accepted, and then an incident is opened in the restored store, as the
 * system's own security officer identity, naming the missing range, so that the residents' missing
 * accesses are on record. Then the files are checked against the manifest, loaded into a new or
 * empty target (a live one only with --replace), every tenant's log is recomputed as `log verify`
 * does, and a trusted checkpoint at or below the restored size must have the restored root there:
 * another root is a rewritten history, refused with or without --accept-loss. A refusal after
 * loading removes what was loaded.
 */
/** {@code mamori restore}: a backup checked, loaded onto a new store and checked again. */
public final class Restores {
  /** The system identity that opens the incident of an accepted loss. */
  static final UserId SYSTEM = new UserId("mamori.restore");

  private Restores() {}

  /** A checkpoint trusted from outside the backup: where it came from and its signed note. */
  public record Trusted(String source, String note) {}

  /**
   * What to restore and against what.
   *
   * @param verifiedHome where {@code log verify} keeps checkpoints ({@code ~/.mamori}); null: none
   * @param against checkpoints given with {@code --against}, each for the log its origin names
   * @param witnesses per tenant, the log's witnesses
   * @param root the root key to check the restored store with; null to skip
   * @param acceptLoss why a shorter log is accepted; null to refuse one
   */
  public record Request(
      Path from,
      StoreLocation target,
      Path keyFolder,
      boolean replace,
      @Nullable String acceptLoss,
      @Nullable Path verifiedHome,
      List<Trusted> against,
      Map<String, List<WitnessEndpoint>> witnesses,
      @Nullable RootKeyConfig root) {}

  /** A log restored smaller than a size vouched for outside it. */
  public record Loss(String tenant, long restored, long vouched, String source) {
    /** The entries missing: indexes {@code restored} to {@code vouched - 1}. */
    public long missing() {
      return vouched - restored;
    }
  }

  /**
   * The outcome.
   *
   * @param restored whether the target now holds the backup
   * @param refusal why not, "" when restored
   * @param incidents per tenant with a loss, the id of the incident opened
   */
  public record Result(
      boolean restored, String refusal, List<Loss> losses, Map<String, String> incidents) {}

  /**
   * Restores; see the design note above.
   *
   * @throws BackupException for a backup that does not match its manifest, a target that is not
   *     empty, missing keys or a failing tool; nothing is left in the target
   */
  public static Result restore(Request r, Consumer<String> progress, Clock clock) {
    Manifest m = Manifest.read(r.from());
    checkAcceptLoss(r.acceptLoss());
    progress.accept(
        String.format(
            Locale.ROOT,
            "manifest: %s backup of Mamori %s, schema version %s, taken %s, %d tenant log(s)",
            m.store(),
            m.mamoriVersion(),
            m.schemaVersion(),
            m.takenAt(),
            m.tenants().size()));
    try {
      Optional<String> mismatch = m.mismatch(r.from());
      if (mismatch.isPresent()) {
        throw new BackupException(
            "the backup does not match its manifest: " + mismatch.get() + "; nothing restored");
      }
    } catch (IOException e) {
      throw new BackupException("cannot read the backup " + r.from() + ": " + e.getMessage(), e);
    }
    progress.accept("manifest: every file's SHA-256 matches (" + m.files().size() + " file(s))");
    boolean sqliteTarget = r.target() instanceof StoreLocation.Embedded;
    if (m.sqlite() != sqliteTarget) {
      throw new BackupException(
          "the backup is of a "
              + m.store()
              + " store; restore it with "
              + (m.sqlite() ? "--data NEWDIR" : "--db URL"));
    }
    Map<String, List<VerifierKey>> keys = new LinkedHashMap<>();
    for (var t : m.tenants().entrySet()) {
      keys.put(t.getKey(), logKeys(r.keyFolder(), t.getKey(), origin(t.getValue()), clock));
    }
    // what vouches for each log from outside the backup, before anything is written
    List<Loss> losses = new ArrayList<>();
    Map<String, List<Trusted>> notes = new LinkedHashMap<>();
    for (var t : m.tenants().entrySet()) {
      String tenant = t.getKey();
      Manifest.LogAt log = t.getValue();
      List<Trusted> trusted = new ArrayList<>();
      r.against().stream()
          .filter(a -> a.note().lines().findFirst().orElse("").equals(origin(log)))
          .forEach(trusted::add);
      kept(r.verifiedHome(), origin(log), keys.getOrDefault(tenant, List.of()))
          .ifPresent(trusted::add);
      for (Trusted tr : trusted) {
        Checkpoint c = open(tr, keys.getOrDefault(tenant, List.of()), origin(log));
        if (c.size() > log.size()) {
          losses.add(new Loss(tenant, log.size(), c.size(), tr.source()));
        }
        progress.accept(
            String.format(
                Locale.ROOT,
                "%s: %s holds size %,d; the backup's log has %,d",
                tenant,
                tr.source(),
                c.size(),
                log.size()));
      }
      notes.put(tenant, trusted);
      for (WitnessEndpoint w : r.witnesses().getOrDefault(tenant, List.of())) {
        String name = "witness " + w.key().name();
        if (log.checkpointSize() < 0) {
          progress.accept(tenant + ": " + name + " not asked: the backup holds no checkpoint");
          continue;
        }
        WitnessHeld.Answer a = WitnessHeld.ask(w, log.checkpoint(), checkpoint(log));
        if (a.fork()) {
          throw new BackupException(
              tenant
                  + ": "
                  + name
                  + " answers "
                  + a.problem()
                  + ": not this log's history; nothing restored");
        }
        if (a.size() < 0) {
          progress.accept(
              tenant + ": warning: " + name + " did not say what it holds (" + a.problem() + ")");
          continue;
        }
        progress.accept(
            String.format(
                Locale.ROOT,
                "%s: %s cosigned size %,d; the backup's log has %,d",
                tenant,
                name,
                a.size(),
                log.size()));
        if (a.size() > log.size()) {
          losses.add(new Loss(tenant, log.size(), a.size(), name));
        }
      }
    }
    for (Trusted a : r.against()) {
      String named = a.note().lines().findFirst().orElse("");
      if (m.tenants().values().stream().noneMatch(log -> origin(log).equals(named))) {
        throw new BackupException(
            a.source() + " is of the log " + named + ", which the backup does not hold");
      }
    }
    List<Loss> worst = worst(losses);
    if (!worst.isEmpty() && r.acceptLoss() == null) {
      return new Result(false, refusal(worst), worst, Map.of());
    }
    Target target = Target.prepare(r.target(), r.replace(), r.keyFolder());
    try {
      load(m, r, target, progress);
      Map<String, String> incidents = new LinkedHashMap<>();
      try (Store store = Store.open(r.target(), clock);
          TransparencyLogs logs =
              new TransparencyLogs(
                  store.dataSource(),
                  SigningKeys.in(r.keyFolder()),
                  TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                  clock)) {
        for (var t : m.tenants().entrySet()) {
          String tenant = t.getKey();
          verify(
              logs,
              tenant,
              t.getValue(),
              notes.getOrDefault(tenant, List.of()),
              keys.getOrDefault(tenant, List.of()),
              progress);
        }
        if (r.root() != null) {
          RootKeys.open(r.root(), store.dataSource(), clock);
          progress.accept("root key: " + r.root() + " opens the restored store");
        }
        for (Loss loss : worst) {
          incidents.put(loss.tenant(), openIncident(store, logs, loss, m, r.acceptLoss(), clock));
        }
      }
      target.done();
      return new Result(true, "", worst, incidents);
    } catch (RuntimeException e) {
      target.undo();
      throw e;
    }
  }

  private static void verify(
      TransparencyLogs logs,
      String tenant,
      Manifest.LogAt expected,
      List<Trusted> trusted,
      List<VerifierKey> keys,
      Consumer<String> progress) {
    LogVerifier.Report report = LogVerifier.verify(logs, tenant, n -> {});
    if (!report.ok()) {
      throw new BackupException(
          tenant + ": log verify FAILED on the restored store: " + report.problem().orElseThrow());
    }
    if (report.entries() != expected.size()) {
      throw new BackupException(
          tenant
              + ": the restored log has "
              + report.entries()
              + " entries, the manifest says "
              + expected.size());
    }
    TenantLog log = logs.forTenant(tenant);
    if (!Base64.getEncoder().encodeToString(log.root(expected.size())).equals(expected.root())) {
      throw new BackupException(tenant + ": the restored log's root is not the manifest's");
    }
    for (Trusted tr : trusted) {
      Checkpoint c = open(tr, keys, log.origin());
      if (c.size() <= report.entries() && !MessageDigest.isEqual(log.root(c.size()), c.root())) {
        throw new BackupException(
            tenant
                + ": the restored log's root at size "
                + c.size()
                + " is not the one of "
                + tr.source()
                + ": its history was rewritten; nothing restored");
      }
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "%s: log verify ok, %,d entries and %,d checkpoints",
            tenant,
            report.entries(),
            report.checkpoints()));
  }

  private static String openIncident(
      Store store,
      TransparencyLogs logs,
      Loss loss,
      Manifest m,
      @Nullable String reason,
      Clock clock) {
    TenantId tenant = new TenantId(loss.tenant());
    Principal system =
        new Principal(
            SYSTEM, tenant, new OrganisationId(loss.tenant()), Role.SECURITY_OFFICER, "restore");
    Incidents incidents =
        new Incidents(
            store.dataSource(),
            new SecurityAlerts(store.dataSource(), clock),
            logs,
            new TenantSettings(store.dataSource()),
            clock);
    String title =
        String.format(
            Locale.ROOT,
            "Restored from a backup: %,d log entries missing (size %,d to %,d)",
            loss.missing(),
            loss.restored(),
            loss.vouched());
    String summary =
        String.format(
            Locale.ROOT,
            "The store was restored from the backup taken at %s. Its log of %s has %,d entries,"
                + " but %s vouches for %,d: the entries from size %,d to %,d (%,d entries) are"
                + " missing. Accesses recorded in that range may be missing from the residents'"
                + " views of their records, and the witnesses refuse the log's next checkpoints"
                + " until they are told. Reason given for the restore: %s",
            // in words and without seconds' fractions: a run of twelve digits would read as a
            // My Number to the incident's own check
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
                .format(m.takenAt().atZone(java.time.ZoneOffset.UTC)),
            loss.tenant(),
            loss.restored(),
            // a path or a URL may hold long runs of digits; the command's output names it in full
            loss.source().startsWith("--against")
                ? "a checkpoint given with --against"
                : loss.source().replaceAll(" \\(.*\\)$", ""),
            loss.vouched(),
            loss.restored(),
            loss.vouched(),
            loss.missing(),
            reason);
    return incidents
        .open(system, new Incidents.Opening(List.of(), title, summary, clock.instant(), null))
        .incident()
        .id();
  }

  /** Per tenant, the loss to the largest size vouched for. */
  private static List<Loss> worst(List<Loss> losses) {
    Map<String, Loss> out = new LinkedHashMap<>();
    for (Loss l : losses) {
      out.merge(l.tenant(), l, (a, b) -> b.vouched() > a.vouched() ? b : a);
    }
    return List.copyOf(out.values());
  }

  private static String refusal(List<Loss> losses) {
    StringBuilder s = new StringBuilder();
    for (Loss l : losses) {
      s.append(
          String.format(
              Locale.ROOT,
              "%s: the backup's log has %,d entries, but %s holds size %,d: %,d entries (from size"
                  + " %,d to %,d) would be lost%n",
              l.tenant(),
              l.restored(),
              l.source(),
              l.vouched(),
              l.missing(),
              l.restored(),
              l.vouched()));
    }
    s.append(
        "refused: nothing restored. Accesses in that range would be missing from the residents'"
            + " views; restore a newer backup, or give --accept-loss \"REASON\" to restore this one"
            + " and open an incident naming the range");
    return s.toString();
  }

  private static void checkAcceptLoss(@Nullable String reason) {
    if (reason == null) {
      return;
    }
    if (reason.isBlank() || reason.length() > Incidents.MAX_REASON) {
      throw new BackupException(
          "--accept-loss: the reason is 1 to " + Incidents.MAX_REASON + " characters");
    }
    if (NumberText.holdsNumber(reason)) {
      throw new BackupException("--accept-loss: the reason holds a My Number; nothing restored");
    }
  }

  private static void load(Manifest m, Request r, Target target, Consumer<String> progress) {
    long started = System.nanoTime();
    switch (r.target()) {
      case StoreLocation.Embedded e -> {
        try {
          Path db = e.database();
          OwnerOnly.createFile(db);
          Files.copy(
              r.from().resolve(Manifest.SQLITE_FILE),
              db,
              java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          OwnerOnly.restrict(db);
        } catch (IOException ex) {
          throw new BackupException(
              "cannot copy into " + e.database() + ": " + ex.getMessage(), ex);
        }
      }
      case StoreLocation.Server s -> {
        PgTools.Target t = PgTools.target(s.jdbcUrl());
        PgTools.checkVersion("psql", target.serverMajor);
        PgTools.load(t, r.from().resolve(Manifest.PG_FILE), m.pgSchema(), r.replace());
      }
    }
    progress.accept(
        String.format(
            Locale.ROOT,
            "restored into %s in %.1f s",
            r.target(),
            (System.nanoTime() - started) / 1e9));
  }

  /**
   * A target checked to be new or empty (or replaced), and how to leave it as it was found. In a
   * data folder the restore writes the database only: a replaced database is moved aside (with its
   * -wal and -shm) and put back if the restore fails, and nothing else in the folder is touched,
   * the key folder above all, which sits in the data folder by default.
   */
  static final class Target {
    private static final List<String> SUFFIXES = List.of("", "-wal", "-shm", "-journal");
    private static final String ASIDE = ".before-restore";
    final StoreLocation location;
    final boolean made;
    final int serverMajor;

    private Target(StoreLocation location, boolean made, int serverMajor) {
      this.location = location;
      this.made = made;
      this.serverMajor = serverMajor;
    }

    static Target prepare(StoreLocation location, boolean replace, Path keyFolder) {
      return switch (location) {
        case StoreLocation.Embedded e -> {
          boolean made = !Files.exists(e.folder());
          if (!made && Files.exists(e.database()) && !replace) {
            throw new BackupException(
                e.folder()
                    + " holds a store already: restore into a new folder, or give --replace"
                    + " (after stopping the service) to overwrite it");
          }
          if (!made && !replace && nonEmpty(e.folder(), keyFolder)) {
            throw new BackupException(
                e.folder() + " is not empty: restore into a new or empty folder");
          }
          Store.ensureDataFolder(e.folder());
          if (replace) {
            for (String suffix : SUFFIXES) {
              Path aside = Path.of(e.database() + suffix + ASIDE);
              if (Files.exists(aside)) {
                throw new BackupException(
                    aside
                        + " is left from a failed restore: put it back or remove it first;"
                        + " nothing restored");
              }
            }
            for (String suffix : SUFFIXES) {
              Path file = Path.of(e.database() + suffix);
              try {
                if (Files.exists(file)) {
                  Files.move(file, Path.of(file + ASIDE));
                }
              } catch (IOException ex) {
                throw new BackupException("cannot move " + file + " aside: " + ex.getMessage(), ex);
              }
            }
          }
          yield new Target(location, made, 0);
        }
        case StoreLocation.Server s -> {
          PgTools.Target t = PgTools.target(s.jdbcUrl());
          JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(s.jdbcUrl()));
          int major =
              Integer.parseInt(jdbc.sql("SHOW server_version_num").query(String.class).single())
                  / 10_000;
          long tables =
              jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = ?")
                  .params(t.schema())
                  .query(Long.class)
                  .single();
          if (tables > 0 && !replace) {
            throw new BackupException(
                "the "
                    + t
                    + " holds "
                    + tables
                    + " table(s): restore into a new or empty schema (currentSchema=NEW), or give"
                    + " --replace (after stopping the service) to overwrite it");
          }
          boolean made =
              jdbc.sql("SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?")
                      .params(t.schema())
                      .query(Long.class)
                      .single()
                  == 0;
          yield new Target(location, made, major);
        }
      };
    }

    /** The restore succeeded: a replaced database moved aside is removed. */
    void done() {
      if (location instanceof StoreLocation.Embedded e) {
        for (String suffix : SUFFIXES) {
          try {
            Files.deleteIfExists(Path.of(e.database() + suffix + ASIDE));
          } catch (IOException ignored) {
            // a leftover copy of the old store: the next --replace names it
          }
        }
      }
    }

    /**
     * Leaves the target as it was found: in a data folder the restored database removed and a
     * replaced one put back (a replaced PostgreSQL schema is gone either way).
     */
    void undo() {
      switch (location) {
        case StoreLocation.Embedded e -> {
          // a folder the restore made holds nothing else (the key folder, which must exist
          // before, is not in it): removed whole
          try (Stream<Path> walk = made ? Files.walk(e.folder()) : Stream.empty()) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            for (String suffix : made ? List.<String>of() : SUFFIXES) {
              Path file = Path.of(e.database() + suffix);
              Files.deleteIfExists(file);
              Path aside = Path.of(file + ASIDE);
              if (Files.exists(aside)) {
                Files.move(aside, file);
              }
            }
          } catch (IOException | RuntimeException ignored) {
            // best effort: the error that stopped the restore is the one reported
          }
        }
        case StoreLocation.Server s -> {
          String schema = PgTools.target(s.jdbcUrl()).schema();
          JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(s.jdbcUrl()));
          // the schema name is checked to be [a-z_][a-z0-9_]* by PgTools.target
          jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
          if (!made) {
            jdbc.sql("CREATE SCHEMA " + schema).update();
          }
        }
      }
    }

    /** Whether {@code folder} holds anything but the key folder (restored there first). */
    private static boolean nonEmpty(Path folder, Path keyFolder) {
      Path keys = keyFolder.toAbsolutePath().normalize();
      try (Stream<Path> files = Files.list(folder)) {
        return files.anyMatch(f -> !f.toAbsolutePath().normalize().equals(keys));
      } catch (IOException e) {
        throw new BackupException("cannot read " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  private static String origin(Manifest.LogAt log) {
    return log.checkpoint().isEmpty() ? "" : log.checkpoint().lines().findFirst().orElse("");
  }

  private static Checkpoint checkpoint(Manifest.LogAt log) {
    try {
      return Checkpoint.parse(mamori.log.verify.Note.parse(log.checkpoint()).text());
    } catch (NoteException e) {
      throw new BackupException("the manifest's checkpoint does not parse: " + e.getMessage(), e);
    }
  }

  /** The log's verifier keys from its signing keys in the key folder (restored first). */
  private static List<VerifierKey> logKeys(Path folder, String tenant, String origin, Clock clock) {
    if (!Files.isDirectory(folder)) {
      throw new BackupException(
          "the key folder "
              + folder
              + " does not exist: restore the keys first ('mamori keys restore --keys "
              + folder
              + "')");
    }
    SigningKeys keys = SigningKeys.in(folder);
    String name = "log-" + tenant;
    KeyPair ed = keys.load(name, SigningKeys.Algorithm.ED25519).orElse(null);
    KeyPair pq = keys.load(name, SigningKeys.Algorithm.ML_DSA_44).orElse(null);
    if (ed == null || pq == null) {
      throw new BackupException(
          "the signing keys of the log of "
              + tenant
              + " are not in "
              + folder
              + ": restore the keys first ('mamori keys restore'); nothing restored");
    }
    String o = origin.isEmpty() ? TransparencyLogs.DEFAULT_ORIGIN_PREFIX + "/" + tenant : origin;
    return List.of(
        NoteSigner.ed25519(o, ed.getPrivate(), ed.getPublic()).verifierKey(),
        NoteSigner.mlDsa44(o, pq.getPrivate(), pq.getPublic(), clock).verifierKey());
  }

  /** The checkpoint {@code log verify} kept for this log, if any. */
  private static Optional<Trusted> kept(
      @Nullable Path home, String origin, List<VerifierKey> keys) {
    if (home == null || origin.isEmpty()) {
      return Optional.empty();
    }
    Path file = LogVerifier.keptCheckpoint(home, origin, keys.getFirst());
    try {
      return Files.isRegularFile(file)
          ? Optional.of(
              new Trusted(
                  "the checkpoint kept by 'log verify' (" + file + ")",
                  Files.readString(file, StandardCharsets.UTF_8)))
          : Optional.empty();
    } catch (IOException e) {
      throw new BackupException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Checkpoint open(Trusted t, List<VerifierKey> keys, String origin) {
    try {
      Checkpoint c = Checkpoint.parse(NoteVerifier.of(keys).open(t.note()).text());
      if (!origin.isEmpty() && !c.origin().equals(origin)) {
        throw new BackupException(t.source() + " is of the log " + c.origin() + ", not " + origin);
      }
      return c;
    } catch (NoteException e) {
      throw new BackupException(
          t.source() + " is not a checkpoint signed by this log's key: " + e.getMessage(), e);
    }
  }
}
