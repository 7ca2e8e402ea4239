package mamori.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.bench.BenchStore;
import mamori.bench.HistoryBench;
import mamori.bench.ImportBench;
import mamori.bench.LogBench;
import mamori.bench.ReadBench;
import mamori.bench.SignInBench;
import mamori.generate.PersonGenerator;
import mamori.log.TenantLog;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench}: the measurements of DESIGN.md's Performance section, one subcommand each. Each
 * subcommand reads and checks its options; the measuring is the {@code mamori.bench} module's.
 */
@Command(name = "bench", description = "Measure Mamori against the figures DESIGN.md sets.",
    mixinStandardHelpOptions = true, subcommands = {BenchCommand.Log.class, BenchCommand.Import.class,
        BenchCommand.Read.class, BenchCommand.SignIn.class, BenchCommand.History.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: try 'mamori bench log --help', 'mamori bench import --help' or 'mamori bench read --help'");
  }

  /** Where a benchmark runs: the store of --data or --db, else a temporary one. */
  static BenchStore where(StoreOptions store) {
    return new BenchStore(store.data, store.db);
  }

  static void check(CommandSpec spec, boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  /** {@code mamori bench log}: the log's figures (appends, checkpoint delay, verification, proofs). */
  @Command(name = "log", mixinStandardHelpOptions = true,
      description = {
        "Measures the transparency log and prints 'name: value' lines on standard output:",
        "  log.appends_per_s                 durable appends per second from T concurrent appenders",
        "  log.checkpoint_latency_ms_p99     acknowledgement to stored signed checkpoint, p99 of all entries",
        "  log.verify_entries_per_s          whole-log verification: read every entry, hash, compare the root",
        "  log.verify_hash_only_entries_per_s  the same hashing on leaf hashes in memory, without reading",
        "  log.inclusion_proof_store_us      build + verify one proof from the store at the appended size",
        "  log.bulk_appends_per_s            then N more records appended by one thread in appendAll calls",
        "                                    of --bulk-batch records each (time inside the calls)",
        "  log.inclusion_proof_us            build + verify one proof in a synthetic tree of --proof-size",
        "                                    leaves whose tiles are built in memory (mean; _p99 beside it)",
        "then the targets as log.target.* lines and a '#' line saying which were met.",
        "",
        "Without --data or --db the log goes to a temporary SQLite folder that is deleted afterwards.",
        "With either, a tenant 'bench-<random>' is left in that store (its signing keys are temporary,",
        "so it can be read and verified but not extended). The synthetic tree's tiles are built at once",
        "on all cores, not appended: N x 32 bytes of memory outside the Java heap (3.2 GB and about",
        "half a minute on 2 cores at the default 100 million), so no -Xmx is needed for it.",
        ""})
  static final class Log implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--appends", paramLabel = "N", defaultValue = "200000",
        description = "Entries to append: 1 to 100,000,000 (default: ${DEFAULT-VALUE}).")
    long appends;

    @Option(names = "--appenders", paramLabel = "T", defaultValue = "64",
        description = "Concurrent appenders (virtual threads, each waiting for its acknowledgement):"
            + " 1 to 65,536 (default: ${DEFAULT-VALUE}).")
    int appenders;

    @Option(names = "--bulk-batch", paramLabel = "N", defaultValue = "4096",
        description = "Records per appendAll call for log.bulk_appends_per_s: 1 to "
            + TenantLog.MAX_APPEND_ALL + " (default: ${DEFAULT-VALUE}).")
    int bulkBatch;

    @Option(names = "--proof-size", paramLabel = "N", defaultValue = "100000000",
        description = "Leaves of the synthetic tree for log.inclusion_proof_us: 1 to 4,000,000,000"
            + " (default: ${DEFAULT-VALUE}).")
    long proofSize;

    @Override
    public Integer call() throws Exception {
      check(spec, appends >= 1 && appends <= 100_000_000, "--appends must be from 1 to 100,000,000, not " + appends);
      check(spec, appenders >= 1 && appenders <= 65_536, "--appenders must be from 1 to 65,536, not " + appenders);
      check(spec, bulkBatch >= 1 && bulkBatch <= TenantLog.MAX_APPEND_ALL,
          "--bulk-batch must be from 1 to " + TenantLog.MAX_APPEND_ALL + ", not " + bulkBatch);
      check(spec, proofSize >= 1 && proofSize <= 4_000_000_000L,
          "--proof-size must be from 1 to 4,000,000,000, not " + proofSize);
      new LogBench(where(store), appends, appenders, bulkBatch, proofSize)
          .run(spec.commandLine().getOut(), spec.commandLine().getErr());
      return 0;
    }
  }

  /**
   * {@code mamori bench import}: Mamori's import rate of generated residents against loading the same
   * CSV into PostgreSQL the way a careful DBA would.
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
  static final class Import implements Callable<Integer> {
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
        description = "PostgreSQL JDBC URL for the baseline (default: --db, else " + ImportBench.DEFAULT_BASELINE_DB + ").")
    @Nullable String baselineDb;

    @Option(names = "--pgcrypto-options", paramLabel = "OPTIONS", defaultValue = ImportBench.DEFAULT_PGCRYPTO_OPTIONS,
        description = "pgp_sym_encrypt's options for the baseline (default: '${DEFAULT-VALUE}'; '' for"
            + " pgcrypto's own defaults, which stretch the key on every call).")
    String pgcryptoOptions = ImportBench.DEFAULT_PGCRYPTO_OPTIONS;

    @Override
    public Integer call() throws Exception {
      check(spec, persons >= 1 && persons <= PersonGenerator.MAX_COUNT,
          String.format(Locale.ROOT, "--persons must be from 1 to %,d, not %d", PersonGenerator.MAX_COUNT, persons));
      check(spec, baselineDb == null || baselineDb.startsWith("jdbc:postgresql://"),
          "--baseline-db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
      try {
        ImportBench.checkPgcryptoOptions(pgcryptoOptions);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--pgcrypto-options: " + e.getMessage());
      }
      new ImportBench(where(store), persons, seed, baselineDb, pgcryptoOptions)
          .run(spec.commandLine().getOut(), spec.commandLine().getErr());
      return 0;
    }
  }

  /** {@code mamori bench read}: authorised reads over HTTP through a two-level chain, against plain reads. */
  @Command(name = "read", mixinStandardHelpOptions = true,
      description = {
        "Starts the service on a free port over N imported persons and prints 'name: value' lines:",
        "  read.per_s              authorised reads per second: GET /api/v1/persons/{token}",
        "                          by a subcontractor's operator, two-level chain approved;",
        "                          bearer sign-in, chain check, cap, decrypt, log entry",
        "  read.p99_ms             their 99th percentile latency",
        "  read.plain_per_s        reads of the same stored rows over the same HTTP stack",
        "                          and bearer sign-in, without crypto, authorisation or log",
        "                          (a bench-only route, absent from the normal service)",
        "  read.plain_p99_ms       their 99th percentile latency",
        "  read.ratio_vs_plain     the first rate divided by the plain rate",
        "then the targets as read.target.* lines and a '#' line on which were met.",
        "Both routes are first warmed up for min(S, 5) seconds each, untimed; then each is timed",
        "for S seconds in two alternating halves (authorised, plain, authorised, plain), the",
        "rates over the whole S and the p99 the worse of the halves'. Reads go round-robin",
        "over the first 10,000 persons at most (the listing's limit).",
        "Without --data or --db it runs on a temporary SQLite folder, deleted afterwards.",
        ""})
  static final class Read implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--persons", paramLabel = "N", defaultValue = "10000",
        description = "Persons to import: 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
    long persons;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
        description = "Measured seconds per phase: 1 to 3600 (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "32",
        description = "Concurrent HTTP clients: 1 to 1024 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Override
    public Integer call() throws Exception {
      check(spec, persons >= 1 && persons <= 1_000_000, "--persons must be from 1 to 1,000,000, not " + persons);
      check(spec, seconds >= 1 && seconds <= 3600, "--seconds must be from 1 to 3600, not " + seconds);
      check(spec, clients >= 1 && clients <= 1024, "--clients must be from 1 to 1024, not " + clients);
      new ReadBench(where(store), persons, seconds, clients).run(spec.commandLine().getOut(), spec.commandLine().getErr());
      return 0;
    }
  }

  /** {@code mamori bench signin}: the cost of a two-factor sign-in against a bearer-token check. */
  @Command(name = "signin", mixinStandardHelpOptions = true,
      description = "Measures password checks (Argon2id), whole two-factor sign-ins and bearer-token checks.")
  static final class SignIn implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--users", paramLabel = "N", defaultValue = "64", description = "Users signing in (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
        description = "Threads for the sign-ins (default: one per core).")
    int threads;

    @Override
    public Integer call() throws Exception {
      check(spec, users >= 4 && users <= 10_000, "--users must be from 4 to 10,000");
      new SignInBench(users, threads).run(spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code mamori bench history}: a resident's history, with its proofs, among many records. */
  @Command(name = "history", mixinStandardHelpOptions = true,
      description = "Times a resident's history (records and inclusion proofs) among N log records.")
  static final class History implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(names = "--records", paramLabel = "N", defaultValue = "1000000", description = "Records in the log (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(names = "--persons", paramLabel = "P", defaultValue = "100000", description = "Persons they name (default: ${DEFAULT-VALUE}).")
    long persons;

    @Option(names = "--samples", paramLabel = "S", defaultValue = "2000", description = "Histories timed (default: ${DEFAULT-VALUE}).")
    int samples;

    @Override
    public Integer call() throws Exception {
      check(spec, records >= 1 && records <= 100_000_000L && persons >= 1 && persons <= records && samples >= 1
          && samples <= 1_000_000, "--records 1 to 100,000,000, --persons 1 to --records, --samples 1 to 1,000,000");
      new HistoryBench(where(store), records, persons, samples).run(spec.commandLine().getOut());
      return 0;
    }
  }
}
