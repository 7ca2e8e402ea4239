package mamori.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.LongConsumer;
import mamori.generate.CsvEncoding;
import mamori.generate.PersonGenerator;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * {@code mamori bench import}: Mamori's import rate of generated residents, and the rate of loading
 * the same CSV into the same PostgreSQL server the way a careful DBA would ({@link
 * PgcryptoBaseline}), in one run, printed as {@code name: value} lines as {@code bench log} prints
 * them.
 */
public final class ImportBench {
  static final long TARGET_PERSONS_PER_S = 100_000;

  /** Issue 21: at least one and a half times the baseline's rate, measured in the same run. */
  static final double TARGET_RATIO = 1.5;

  public static final String DEFAULT_BASELINE_DB =
      "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  public static final String DEFAULT_PGCRYPTO_OPTIONS = PgcryptoBaseline.DEFAULT_OPTIONS;

  /**
   * The baseline's loading threads: as many as Mamori's import has cores for on the reference
   * machine.
   */
  static final int BASELINE_THREADS = 2;

  private final BenchStore store;
  private final long persons;
  private final long seed;
  private final @Nullable String baselineDb;
  private final String pgcryptoOptions;

  /** Mamori's import, or null while it is not plugged in: then only the baseline is measured. */
  @Nullable ImportRun mamori = ImportRun.VAULT;

  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());
  private PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  /**
   * A run over {@code persons} generated with {@code seed}; the baseline loads them into {@code
   * baselineDb} (null: the store's server, else {@link #DEFAULT_BASELINE_DB}) with
   * pgp_sym_encrypt's {@code pgcryptoOptions}. The command has checked them.
   */
  public ImportBench(
      BenchStore store,
      long persons,
      long seed,
      @Nullable String baselineDb,
      String pgcryptoOptions) {
    this.store = store;
    this.persons = persons;
    this.seed = seed;
    this.baselineDb = baselineDb;
    this.pgcryptoOptions = pgcryptoOptions;
  }

  /**
   * Refuses pgp_sym_encrypt options that could be anything else: they go into the baseline's SQL
   * text.
   */
  public static void checkPgcryptoOptions(String options) {
    PgcryptoBaseline.checkOptions(options);
  }

  /**
   * Measures and prints the figures and targets on {@code out}; {@code err} hears what the run left
   * behind.
   */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    this.out = out;
    this.err = err;
    String db = store.db;
    String baselineUrl =
        baselineDb != null ? baselineDb : db != null && store.hasDb() ? db : DEFAULT_BASELINE_DB;
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-import-bench-");
    try {
      StoreLocation location =
          temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
      Path keys = temporary ? scratch.resolve("keys") : store.keyFolder();
      Path csv = scratch.resolve("persons.csv");
      print("import.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      print("import.persons", persons);
      tracked(
          "generate",
          persons,
          p -> PersonGenerator.writeCsv(csv, persons, seed, CsvEncoding.UTF_8, p));
      double mamoriRate =
          mamori == null ? Double.NaN : importWithMamori(location, keys, csv, temporary);
      double baselineRate = loadBaseline(baselineUrl, csv);
      if (mamori == null) {
        err.println(
            "mamori: Mamori's import is not plugged in yet: only the baseline was measured");
        err.flush();
      } else {
        out.println(
            "import.ratio_vs_pgcrypto: "
                + String.format(Locale.ROOT, "%.2f", mamoriRate / baselineRate));
      }
      print("import.target.persons_per_s", TARGET_PERSONS_PER_S);
      out.println(
          "import.target.ratio_vs_pgcrypto: " + String.format(Locale.ROOT, "%.2f", TARGET_RATIO));
      if (mamori != null) {
        out.println(
            String.format(
                Locale.ROOT,
                "# targets: import >= %,d/s %s (%.2fx); ratio >= %.1f %s",
                TARGET_PERSONS_PER_S,
                met(mamoriRate >= TARGET_PERSONS_PER_S),
                mamoriRate / TARGET_PERSONS_PER_S,
                TARGET_RATIO,
                met(mamoriRate / baselineRate >= TARGET_RATIO)));
      }
      out.flush();
    } finally {
      LogBench.deleteTree(scratch);
    }
  }

  private double importWithMamori(StoreLocation location, Path keys, Path csv, boolean temporary)
      throws Exception {
    ImportRun run = mamori;
    if (run == null) {
      throw new IllegalStateException("Mamori's import is not plugged in");
    }
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    String tenant = "bench-" + HexFormat.of().formatHex(id);
    long imported;
    double seconds;
    long peakHeap;
    long liveHeap;
    double cpuSeconds;
    try (ImportRun.Loader loader = run.open(location, keys, tenant)) {
      PackageBench.resetPeaks(); // the import's own peak, not the generator's
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      imported = tracked("mamori", persons, p -> loader.load(csv, p));
      seconds = seconds(start);
      cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
      peakHeap = PackageBench.peakHeapMb();
      liveHeap = PackageBench.liveHeapMb();
    } finally {
      if (!temporary) {
        err.println("mamori: the benchmark's persons stay in " + location + " as tenant " + tenant);
        err.flush();
      }
    }
    checkCount("Mamori's import", imported);
    print("import.seconds", seconds);
    print("import.persons_per_s", Math.round(imported / seconds));
    // the heap pools' peaks over the import (young garbage included), and the most left after a
    // collection: what the import keeps alive, which must not grow with the persons
    // the CPU this process spent on the import (SQLite runs inside it; PostgreSQL's server does
    // not): on a shared machine the rate follows the share of the cores it gets, this does not
    print("import.cpu_seconds", cpuSeconds);
    print("import.peak_heap_mb", peakHeap);
    print("import.live_heap_mb", liveHeap);
    return imported / seconds;
  }

  private double loadBaseline(String url, Path csv) throws Exception {
    out.println(
        "# baseline: "
            + new StoreLocation.Server(url)
            + ", pgp_sym_encrypt options '"
            + pgcryptoOptions
            + "', "
            + BASELINE_THREADS
            + " threads, batches of "
            + PgcryptoBaseline.BATCH);
    long loaded;
    double seconds;
    try (PgcryptoBaseline baseline = PgcryptoBaseline.create(url, pgcryptoOptions)) {
      long start = System.nanoTime();
      loaded = tracked("pgcrypto", persons, p -> baseline.load(csv, BASELINE_THREADS, p));
      seconds = seconds(start);
    }
    checkCount("The baseline", loaded);
    print("import.baseline_pgcrypto_seconds", seconds);
    print("import.baseline_pgcrypto_per_s", Math.round(loaded / seconds));
    return loaded / seconds;
  }

  private void checkCount(String who, long count) {
    if (count != persons) {
      throw new IllegalStateException(
          who + " took " + count + " of the " + persons + " generated persons");
    }
  }

  /** Work that reports absolute counts to a progress bar on standard error when on a terminal. */
  private interface Work<T> {
    T run(LongConsumer progress) throws Exception;
  }

  private static <T> T tracked(String task, long max, Work<T> work) throws Exception {
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

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }

  private static double seconds(long startNanos) {
    return Math.max(1, System.nanoTime() - startNanos) / 1e9;
  }

  private void print(String name, Object value) {
    BenchLines.print(out, name, value);
  }
}
