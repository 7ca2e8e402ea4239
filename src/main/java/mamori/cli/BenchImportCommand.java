package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import mamori.cli.generate.CsvEncoding;
import mamori.cli.generate.PersonGenerator;
import mamori.store.StoreLocation;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench import}: Mamori's import rate of generated residents, and the rate of loading the
 * same CSV into the same PostgreSQL server the way a careful DBA would ({@link PgcryptoBaseline}), in
 * one run, printed as {@code name: value} lines as {@code bench log} prints them.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {
      "Generates N persons and prints 'name: value' lines on standard output:",
      "  import.persons_per_s            Mamori's import of them: parse, validate,",
      "                                  encrypt, index, log, commit",
      "  import.baseline_pgcrypto_per_s  the same rows loaded into the same",
      "                                  PostgreSQL server with pgp_sym_encrypt on",
      "                                  every personal column, an HMAC blind index",
      "                                  and an audit trigger; batches of 1,000 from",
      "                                  2 threads, in a fresh schema dropped after",
      "  import.ratio_vs_pgcrypto        the first divided by the second",
      "then the targets as import.target.* lines and a '#' line on which were met.",
      "",
      "Mamori imports into a fresh tenant 'bench-<random>'. Without --data or --db",
      "it runs on a temporary SQLite folder, deleted afterwards; with either, the",
      "tenant stays in that store and standard error says so. The baseline needs",
      "PostgreSQL with pgcrypto (created in public if missing, and left there):",
      "--baseline-db, else --db, else the local test server.",
      ""})
final class BenchImportCommand implements Callable<Integer> {
  static final long TARGET_PERSONS_PER_S = 100_000;
  static final double TARGET_RATIO = 1;
  static final String DEFAULT_BASELINE_DB = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  /** The baseline's loading threads: as many as Mamori's import has cores for on the reference machine. */
  static final int BASELINE_THREADS = 2;

  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(names = "--persons", paramLabel = "N", defaultValue = "460000",
      description = "Persons to generate and import: 1 to 100,000,000 (default: ${DEFAULT-VALUE},"
          + " the residents of Amagasaki).")
  long persons;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + PersonGenerator.DEFAULT_SEED,
      description = "Seed of the generated persons (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--baseline-db", paramLabel = "URL",
      description = "PostgreSQL JDBC URL for the baseline (default: --db, else " + DEFAULT_BASELINE_DB + ").")
  @Nullable String baselineDb;

  @Option(names = "--pgcrypto-options", paramLabel = "OPTIONS", defaultValue = PgcryptoBaseline.DEFAULT_OPTIONS,
      description = "pgp_sym_encrypt's options for the baseline (default: '${DEFAULT-VALUE}'; '' for"
          + " pgcrypto's own defaults, which stretch the key on every call).")
  String pgcryptoOptions = PgcryptoBaseline.DEFAULT_OPTIONS;

  /** Mamori's import, or null while it is not plugged in: then only the baseline is measured. */
  @Nullable ImportRun mamori = ImportRun.VAULT;

  /** The command's standard output, as picocli set it up. */
  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  @Override
  public Integer call() throws Exception {
    if (persons < 1 || persons > PersonGenerator.MAX_COUNT) {
      throw new ParameterException(spec.commandLine(),
          String.format(Locale.ROOT, "--persons must be from 1 to %,d, not %d", PersonGenerator.MAX_COUNT, persons));
    }
    if (baselineDb != null && !baselineDb.startsWith("jdbc:postgresql://")) {
      throw new ParameterException(spec.commandLine(), "--baseline-db must be a PostgreSQL JDBC URL starting with"
          + " jdbc:postgresql://");
    }
    try {
      PgcryptoBaseline.checkOptions(pgcryptoOptions);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--pgcrypto-options: " + e.getMessage());
    }
    String db = store.db != null && !store.db.isBlank() ? store.db : null;
    String baselineUrl = baselineDb != null ? baselineDb : db != null ? db : DEFAULT_BASELINE_DB;
    boolean temporary = store.data == null && db == null;
    Path scratch = Files.createTempDirectory("mamori-import-bench-");
    try {
      StoreLocation location = temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
      Path keys = temporary ? scratch.resolve("keys") : store.keyFolder();
      Path csv = scratch.resolve("persons.csv");
      print("import.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      print("import.persons", persons);
      tracked("generate", persons, p -> PersonGenerator.writeCsv(csv, persons, seed, CsvEncoding.UTF_8, p));
      double mamoriRate = mamori == null ? Double.NaN : importWithMamori(location, keys, csv, temporary);
      double baselineRate = loadBaseline(baselineUrl, csv);
      if (mamori == null) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("mamori: Mamori's import is not plugged in yet: only the baseline was measured");
        err.flush();
      } else {
        out().println("import.ratio_vs_pgcrypto: " + String.format(Locale.ROOT, "%.2f", mamoriRate / baselineRate));
      }
      print("import.target.persons_per_s", TARGET_PERSONS_PER_S);
      out().println("import.target.ratio_vs_pgcrypto: " + String.format(Locale.ROOT, "%.2f", TARGET_RATIO));
      if (mamori != null) {
        out().println(String.format(Locale.ROOT, "# targets: import >= %,d/s %s (%.2fx); ratio > %.0f %s",
            TARGET_PERSONS_PER_S, met(mamoriRate >= TARGET_PERSONS_PER_S), mamoriRate / TARGET_PERSONS_PER_S,
            TARGET_RATIO, met(mamoriRate / baselineRate > TARGET_RATIO)));
      }
      out().flush();
      return 0;
    } finally {
      BenchLogCommand.deleteTree(scratch);
    }
  }

  private double importWithMamori(StoreLocation location, Path keys, Path csv, boolean temporary) throws Exception {
    ImportRun run = mamori;
    if (run == null) {
      throw new IllegalStateException("Mamori's import is not plugged in");
    }
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    String tenant = "bench-" + HexFormat.of().formatHex(id);
    long imported;
    double seconds;
    try (ImportRun.Loader loader = run.open(location, keys, tenant)) {
      long start = System.nanoTime();
      imported = tracked("mamori", persons, p -> loader.load(csv, p));
      seconds = seconds(start);
    } finally {
      if (!temporary) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("mamori: the benchmark's persons stay in " + location + " as tenant " + tenant);
        err.flush();
      }
    }
    checkCount("Mamori's import", imported);
    print("import.seconds", seconds);
    print("import.persons_per_s", Math.round(imported / seconds));
    return imported / seconds;
  }

  private double loadBaseline(String url, Path csv) throws Exception {
    out().println("# baseline: " + new StoreLocation.Server(url) + ", pgp_sym_encrypt options '" + pgcryptoOptions
        + "', " + BASELINE_THREADS + " threads, batches of " + PgcryptoBaseline.BATCH);
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
      throw new IllegalStateException(who + " took " + count + " of the " + persons + " generated persons");
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
    try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(max)
        .setUpdateIntervalMillis(200).showSpeed().build()) {
      return work.run(bar::stepTo);
    }
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  private static double seconds(long startNanos) {
    return Math.max(1, System.nanoTime() - startNanos) / 1e9;
  }

  private void print(String name, Object value) {
    BenchLines.print(out(), name, value);
  }
}
