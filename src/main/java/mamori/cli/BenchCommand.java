package mamori.cli;

import java.util.concurrent.Callable;
import mamori.bench.BenchStore;
import mamori.bench.DetectBench;
import mamori.bench.HistoryBench;
import mamori.bench.SignInBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench}: the measurements of DESIGN.md's Performance section, one subcommand each.
 * Each subcommand reads and checks its options; the measuring is the {@code mamori.bench} module's.
 */
@Command(
    name = "bench",
    description = "Measure Mamori against the figures DESIGN.md sets.",
    mixinStandardHelpOptions = true,
    subcommands = {
      BenchLogCommand.class,
      BenchImportCommand.class,
      BenchPackageCommand.class,
      BenchRetentionCommand.class,
      BenchReadCommand.class,
      BenchPairCommand.class,
      BenchWorkCommand.class,
      BenchCommand.SignIn.class,
      BenchCommand.History.class,
      BenchCommand.Detect.class
    })
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing subcommand: try 'mamori bench log --help', 'mamori bench import --help' or 'mamori bench read --help'");
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

  /** {@code mamori bench signin}: the cost of a two-factor sign-in against a bearer-token check. */
  @Command(
      name = "signin",
      mixinStandardHelpOptions = true,
      description =
          "Measures password checks (Argon2id), whole two-factor sign-ins and bearer-token checks.")
  static final class SignIn implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--users",
        paramLabel = "N",
        defaultValue = "64",
        description = "Users signing in (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(
        names = "--threads",
        paramLabel = "T",
        defaultValue = "0",
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
  @Command(
      name = "history",
      mixinStandardHelpOptions = true,
      description =
          "Times a resident's history (records and inclusion proofs) among N log records.")
  static final class History implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--records",
        paramLabel = "N",
        defaultValue = "1000000",
        description = "Records in the log (default: ${DEFAULT-VALUE}).")
    long records;

    @Option(
        names = "--persons",
        paramLabel = "P",
        defaultValue = "100000",
        description = "Persons they name (default: ${DEFAULT-VALUE}).")
    long persons;

    @Option(
        names = "--samples",
        paramLabel = "S",
        defaultValue = "2000",
        description = "Histories timed (default: ${DEFAULT-VALUE}).")
    int samples;

    @Override
    public Integer call() throws Exception {
      check(
          spec,
          records >= 1
              && records <= 100_000_000L
              && persons >= 1
              && persons <= records
              && samples >= 1
              && samples <= 1_000_000,
          "--records 1 to 100,000,000, --persons 1 to --records, --samples 1 to 1,000,000");
      new HistoryBench(where(store), records, persons, samples).run(spec.commandLine().getOut());
      return 0;
    }
  }

  /** {@code mamori bench detect}: alert latency while the log takes reads, and the rules' rate. */
  @Command(
      name = "detect",
      mixinStandardHelpOptions = true,
      description =
          "Times the detection engine: from an access's append to its alert at p99 while the log"
              + " takes reads at a rate, and the records all rules evaluate a second.")
  static final class Detect implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOptions store;

    @Option(
        names = "--rate",
        paramLabel = "R",
        defaultValue = "1110",
        description =
            "Reads appended a second, as `bench read` achieves them (default: ${DEFAULT-VALUE}).")
    int rate;

    @Option(
        names = "--seconds",
        paramLabel = "S",
        defaultValue = "60",
        description = "How long the log takes them (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(
        names = "--records",
        paramLabel = "N",
        defaultValue = "2000000",
        description = "Records handed to the rules for their rate (default: ${DEFAULT-VALUE}).")
    int records;

    @Override
    public Integer call() throws Exception {
      check(
          spec,
          rate >= 100
              && rate <= 100_000
              && seconds >= 2
              && seconds <= 3600
              && records >= 1000
              && records <= 20_000_000,
          "--rate 100 to 100,000, --seconds 2 to 3600, --records 1,000 to 20,000,000");
      new DetectBench(where(store), rate, seconds, records).run(spec.commandLine().getOut());
      return 0;
    }
  }
}
