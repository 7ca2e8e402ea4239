package mamori.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import mamori.VaultSession;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.entrustment.StaffDirectory;
import mamori.generate.CsvEncoding;
import mamori.generate.PersonGenerator;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.terminal.Progress;
import mamori.transfer.NewPackage;
import mamori.transfer.Opening;
import mamori.transfer.PackageSigner;
import mamori.transfer.Packages;
import mamori.transfer.ReceiveKeys;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
import mamori.transfer.Senders;
import mamori.transfer.TransferSettings;
import mamori.vault.Actor;
import mamori.vault.PersonCsvReader;
import mamori.vault.PersonImport;
import mamori.vault.RejectsFile;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * {@code mamori bench package}: issue 17's figures. A sender tenant holding N generated persons
 * makes one package of all of them with every field ({@link Packages#create}: the gate, a log
 * record per person before their bytes, decryption, CSV, sealing), and a recipient tenant of the
 * same store opens it ({@link Opening#open}: the signature, the release asked over HTTP of the
 * sender's {@link Releases} behind a {@link ReleaseServer}, the whole content checked, the import
 * into its vault with its records). Against both stands the same rows written as a plain CSV by
 * {@code COPY ... TO STDOUT} out of PostgreSQL ({@link CopyOutBaseline}), in the same run.
 *
 * <p>Only the three operations are timed; generating, importing the sender's persons and
 * registering both sides are not. The peak heap is each phase's peak of the heap's pools, reset
 * after a collection before the phase; a second package of a tenth of the persons shows whether it
 * grows with them.
 */
public final class PackageBench {
  static final long TARGET_PERSONS_PER_S = 100_000;
  static final double TARGET_RATIO = 0.8;

  /**
   * The heap left after collections while packaging N persons may be this much that at N/10 and
   * still count as flat.
   */
  static final double FLAT = 1.5;

  /** And this many MiB more: a small run's live heap is mostly the store's and the JIT's. */
  static final long FLAT_SLACK_MB = 32;

  static final String PURPOSE = "resident-tax";
  private static final String RECIPIENT_ID = "bench-recipient";
  private static final String SENDER_ID = "bench-sender";

  private final BenchStore store;
  private final long persons;
  private final long seed;
  private final @Nullable String baselineDb;
  private final Clock clock = ClockConfiguration.systemClock();

  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());
  private PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  /**
   * A run over {@code persons} generated with {@code seed}; the baseline runs on {@code baselineDb}
   * (null: the store's server, else {@link ImportBench#DEFAULT_BASELINE_DB}).
   */
  public PackageBench(BenchStore store, long persons, long seed, @Nullable String baselineDb) {
    this.store = store;
    this.persons = persons;
    this.seed = seed;
    this.baselineDb = baselineDb;
  }

  /** Measures and prints the figures and targets on {@code out}; {@code err} hears the rest. */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    this.out = out;
    this.err = err;
    String baselineUrl =
        baselineDb != null
            ? baselineDb
            : store.hasDb()
                ? java.util.Objects.requireNonNull(store.db)
                : ImportBench.DEFAULT_BASELINE_DB;
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-package-bench-");
    String schema = null;
    try {
      StoreLocation location;
      Path keys;
      if (store.hasDb()) {
        // a schema of its own on the server, dropped after: two tenants' registers stay nowhere
        schema = "mamori_package_bench_" + hex(6);
        String url = java.util.Objects.requireNonNull(store.db);
        execute(url, "CREATE SCHEMA " + schema);
        location =
            new StoreLocation.Server(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        keys = scratch.resolve("keys");
      } else if (store.temporary()) {
        location = new StoreLocation.Embedded(scratch.resolve("data"));
        keys = scratch.resolve("keys");
      } else {
        location = store.location();
        keys = store.keyFolder();
      }
      measure(location, keys, scratch, baselineUrl);
    } finally {
      if (schema != null) {
        execute(
            java.util.Objects.requireNonNull(store.db),
            "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
      LogBench.deleteTree(scratch);
    }
  }

  private void measure(StoreLocation location, Path keys, Path scratch, String baselineUrl)
      throws Exception {
    long tenth = Math.max(1, persons / 10);
    print("package.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
    print("package.persons", persons);
    print("package.field_count", Field.values().length);
    Path csv = scratch.resolve("persons.csv");
    Path tenthCsv = scratch.resolve("tenth.csv");
    tracked(
        "generate",
        persons,
        p -> PersonGenerator.writeCsv(csv, persons, seed, CsvEncoding.UTF_8, p));
    PersonGenerator.writeCsv(tenthCsv, tenth, seed + 1, CsvEncoding.UTF_8, n -> {});

    double create;
    double check;
    double open;
    long createHeap;
    long openHeap;
    long tenthHeap;
    long createLive;
    long openLive;
    long tenthLive;
    try (World w = new World(location, keys)) {
      w.importInto(w.sender, csv, persons);
      w.importInto(w.tenthSender, tenthCsv, tenth);
      out.println(
          "# release: online, asked over HTTP of the sender's releases at " + w.releases.url());
      out.flush();

      Path file = scratch.resolve("all.mpkg");
      resetPeaks();
      long start = System.nanoTime();
      Packages.Created made = w.create(w.sender, file);
      double seconds = seconds(start);
      createHeap = peakHeapMb();
      createLive = liveHeapMb();
      checkCount("the package", made.persons());
      print("package.create_seconds", seconds);
      print("package.create_per_s", Math.round(persons / seconds));
      print("package.file_mb", Files.size(file) / (1024.0 * 1024.0));
      create = persons / seconds;

      start = System.nanoTime();
      Opening.Opened checked =
          tracked(
              "check",
              1,
              p -> w.opening.open(w.clerk(w.recipient), file, Opening.Options.checkOnly()));
      seconds = seconds(start);
      if (checked.imported().isPresent()) {
        throw new IllegalStateException("a check imported persons");
      }
      print("package.open_check_seconds", seconds);
      print("package.open_check_per_s", Math.round(persons / seconds));
      check = persons / seconds;

      resetPeaks();
      start = System.nanoTime();
      Opening.Opened opened =
          tracked(
              "open",
              persons,
              p ->
                  w.opening.open(
                      w.clerk(w.recipient),
                      file,
                      Opening.Options.defaults().withProgress((bytes, rows) -> p.accept(rows))));
      seconds = seconds(start);
      openHeap = peakHeapMb();
      openLive = liveHeapMb();
      PersonImport.Summary s = opened.imported().orElseThrow();
      checkCount("the recipient's import", s.imported());
      opened.warning().ifPresent(warning -> err.println("mamori: " + warning));
      print("package.open_seconds", seconds);
      print("package.open_per_s", Math.round(persons / seconds));
      print("package.open_import_share", 1 - (persons / seconds) / check);
      open = persons / seconds;

      Path small = scratch.resolve("tenth.mpkg");
      resetPeaks();
      start = System.nanoTime();
      Packages.Created tenthMade = w.create(w.tenthSender, small);
      seconds = seconds(start);
      tenthHeap = peakHeapMb();
      tenthLive = liveHeapMb();
      if (tenthMade.persons() != tenth) {
        throw new IllegalStateException("the tenth's package holds " + tenthMade.persons());
      }
      print("package.create_per_s_at_tenth", Math.round(tenth / seconds));
    }

    double copy = copyBaseline(baselineUrl, csv, scratch.resolve("copy.csv"));
    print("package.create_ratio_vs_copy", create / copy);
    print("package.open_ratio_vs_copy", open / copy);
    print("package.ratio_vs_copy", Math.min(create, open) / copy);
    print("package.create_peak_heap_mb", createHeap);
    print("package.open_peak_heap_mb", openHeap);
    print("package.peak_heap_mb", Math.max(createHeap, openHeap));
    print("package.peak_heap_mb_at_tenth", tenthHeap);
    print("package.create_live_heap_mb", createLive);
    print("package.open_live_heap_mb", openLive);
    print("package.live_heap_mb_at_tenth", tenthLive);
    print("package.target.persons_per_s", TARGET_PERSONS_PER_S);
    print("package.target.ratio_vs_copy", TARGET_RATIO);
    out.println(
        String.format(
            Locale.ROOT,
            "# targets: create >= %,d/s %s (%.2fx); open >= %,d/s %s (%.2fx); create >= %.1fx COPY"
                + " %s (%.2fx); open >= %.1fx COPY %s (%.2fx); heap flat %s (left after a"
                + " collection while creating: %d MB at %,d persons, %d MB at %,d; peaks %d MB and"
                + " %d MB)",
            TARGET_PERSONS_PER_S,
            met(create >= TARGET_PERSONS_PER_S),
            create / TARGET_PERSONS_PER_S,
            TARGET_PERSONS_PER_S,
            met(open >= TARGET_PERSONS_PER_S),
            open / TARGET_PERSONS_PER_S,
            TARGET_RATIO,
            met(create / copy >= TARGET_RATIO),
            create / copy,
            TARGET_RATIO,
            met(open / copy >= TARGET_RATIO),
            open / copy,
            met(createLive <= FLAT * Math.max(tenthLive, 1) + FLAT_SLACK_MB),
            createLive,
            persons,
            tenthLive,
            tenth,
            createHeap,
            tenthHeap));
    out.flush();
  }

  private double copyBaseline(String url, Path csv, Path copied) throws Exception {
    out.println(
        "# baseline: COPY ... TO STDOUT (FORMAT csv) into a file, "
            + new StoreLocation.Server(url));
    out.flush();
    try (CopyOutBaseline baseline = CopyOutBaseline.create(url)) {
      checkCount("the baseline's table", baseline.load(csv));
      long start = System.nanoTime();
      long rows = tracked("copy", 1, p -> baseline.copyOut(copied));
      double seconds = seconds(start);
      checkCount("COPY", rows);
      print("package.copy_seconds", seconds);
      print("package.copy_per_s", Math.round(rows / seconds));
      return rows / seconds;
    } finally {
      Files.deleteIfExists(copied);
    }
  }

  /**
   * Both sides on one store: a sender and a smaller sender that know the recipient, a recipient
   * with its own key that knows both senders, the senders' releases answered over HTTP.
   */
  private final class World implements AutoCloseable {
    final VaultSession session;
    final String sender = "bench-send-" + hex(4);
    final String tenthSender = "bench-tenth-" + hex(4);
    final String recipient = "bench-recv-" + hex(4);
    final Packages packages;
    final Packages tenthPackages;
    final Opening opening;
    final ReleaseServer releases;
    private final Entrustments entrustments;

    World(StoreLocation location, Path keys) throws Exception {
      session = VaultSession.open(location, keys);
      try {
        var ds = session.store.dataSource();
        AdminLog admin = new AdminLog(session.logs, clock);
        PackageSigner signer = new PackageSigner(SigningKeys.in(keys));
        releases = new ReleaseServer(new Releases(ds, session.keys, signer, admin, clock));
        packages = session.packages(sender, keys);
        tenthPackages = session.packages(tenthSender, keys);
        session.gate(recipient); // the recipient's organisation and its purposes
        entrustments = new Entrustments(ds, session.logs, e -> {}, StaffDirectory.NONE, clock);
        ReceiveKeys receiveKeys = new ReceiveKeys(ds, session.keys, admin, clock);
        ReceiveKeys.Key key = receiveKeys.create(officer(recipient), true, Role.SECURITY_OFFICER);
        Senders senders = new Senders(ds, admin, clock);
        Recipients recipients = new Recipients(ds, admin, clock);
        TenantSettings settings = new TenantSettings(ds);
        for (String s : List.of(sender, tenthSender)) {
          session.gate(s);
          TransferSettings.set(
              settings, new TenantId(s), TransferSettings.RELEASE_URL, releases.url());
          // the staff's daily volume: both packages of the run, with room
          settings.set(new TenantId(s), "staff.daily-reads", Long.toString(4 * persons + 1000));
          recipients.add(
              officer(s), true, Role.SECURITY_OFFICER, RECIPIENT_ID, "給付システム", key.publicKey());
          senders.add(
              officer(recipient),
              true,
              Role.SECURITY_OFFICER,
              s.equals(sender) ? SENDER_ID : SENDER_ID + "-tenth",
              "尼崎市",
              signer.publicKey(new TenantId(s)),
              releases.url());
        }
        opening =
            new Opening(
                ds,
                session.vault,
                session.logs,
                senders,
                receiveKeys,
                settings,
                (t, purpose) ->
                    entrustments.purposes(t.value()).stream().anyMatch(p -> p.id().equals(purpose)),
                Opening.TIMEOUT,
                clock);
      } catch (Exception | Error e) {
        session.close();
        throw e;
      }
    }

    Principal clerk(String tenant) {
      return new Principal(
          new UserId("bench-clerk"),
          new TenantId(tenant),
          new OrganisationId(tenant),
          Role.STAFF,
          "bench");
    }

    private Who officer(String tenant) {
      return new Who(new UserId("bench-officer"), new OrganisationId(tenant), new TenantId(tenant));
    }

    /** Imports the generated CSV into {@code tenant} as {@code mamori import persons} does. */
    void importInto(String tenant, Path csv, long count) throws Exception {
      Actor actor =
          new Actor(
              new UserId("bench-importer"),
              new OrganisationId(tenant),
              List.of(),
              new Why(PURPOSE, "bench-import"));
      PersonImport.Summary s =
          tracked(
              "import " + tenant,
              count,
              p -> {
                try (var reader = PersonCsvReader.open(csv, PersonCsvReader.Options.defaults());
                    var rejects = RejectsFile.forInput(csv)) {
                  return PersonImport.run(
                      session.vault, tenant, actor, reader, rejects, (b, rows) -> p.accept(rows));
                }
              });
      if (s.imported() != count) {
        throw new IllegalStateException(
            tenant + " imported " + s.imported() + " of " + count + " generated persons");
      }
    }

    /** The package of every person of {@code tenant} with every field, for the recipient. */
    Packages.Created create(String tenant, Path file) throws Exception {
      Packages p = tenant.equals(sender) ? packages : tenthPackages;
      NewPackage n =
          new NewPackage(
              RECIPIENT_ID,
              new Why(PURPOSE, "bench-package"),
              PersonSet.ALL,
              List.of(Field.values()),
              Duration.ofHours(72),
              false);
      Principal clerk = clerk(tenant);
      return tracked(
          "packaging",
          tenant.equals(sender) ? persons : Math.max(1, persons / 10),
          bar -> p.create(clerk, n, file, (written, logged, counted) -> bar.accept(written)));
    }

    @Override
    public void close() {
      try {
        releases.close();
        entrustments.close();
      } finally {
        session.close();
      }
    }
  }

  /**
   * The largest heap left after any collection since {@link #resetPeaks}, in bytes: what the phase
   * kept alive, where the pools' peaks also count the garbage the collector let pile up (with G1
   * the young generation grows with a phase's length, not with what it holds).
   */
  private static final java.util.concurrent.atomic.AtomicLong LIVE =
      new java.util.concurrent.atomic.AtomicLong();

  static {
    for (java.lang.management.GarbageCollectorMXBean gc :
        ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof javax.management.NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (n, handback) -> {
              if (com.sun.management.GarbageCollectionNotificationInfo
                  .GARBAGE_COLLECTION_NOTIFICATION
                  .equals(n.getType())) {
                var info =
                    com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                long after = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (heapPool(e.getKey())) {
                    after += e.getValue().getUsed();
                  }
                }
                LIVE.accumulateAndGet(after, Math::max);
              }
            },
            null,
            null);
      }
    }
  }

  private static boolean heapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** The largest heap after a collection since {@link #resetPeaks}, in MiB. */
  static long liveHeapMb() {
    return LIVE.get() >> 20;
  }

  /** Resets the heap pools' peaks after a collection, so a phase's peak is its own. */
  static void resetPeaks() {
    System.gc();
    LIVE.set(0);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since {@link #resetPeaks}, in MiB. */
  static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  private void checkCount(String what, long count) {
    if (count != persons) {
      throw new IllegalStateException(what + " took " + count + " of the " + persons + " persons");
    }
  }

  /** Work that reports absolute counts to a progress bar on standard error when on a terminal. */
  interface Work<T> {
    T run(LongConsumer progress) throws Exception;
  }

  static <T> T tracked(String task, long max, Work<T> work) throws Exception {
    if (!Progress.onTerminal()) {
      return work.run(n -> {});
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .build()) {
      return work.run(bar::stepTo);
    }
  }

  private static void execute(String url, String sql) throws Exception {
    // raw JDBC: the run's own schema on the server, made before Mamori's store opens on it
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String hex(int bytes) {
    byte[] b = new byte[bytes];
    new SecureRandom().nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double seconds(long startNanos) {
    return Math.max(1, System.nanoTime() - startNanos) / 1e9;
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
