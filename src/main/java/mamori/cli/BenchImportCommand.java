package mamori.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.bench.ImportBench;
import mamori.generate.PersonGenerator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench import}: Mamori's import rate of generated residents against loading the same
 * CSV into PostgreSQL the way a careful DBA would.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
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
      ""
    })
final class BenchImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "460000",
      description =
          "Persons to generate and import: 1 to 100,000,000 (default: ${DEFAULT-VALUE},"
              + " the residents of Amagasaki).")
  long persons;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + PersonGenerator.DEFAULT_SEED,
      description = "Seed of the generated persons (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--baseline-db",
      paramLabel = "URL",
      description =
          "PostgreSQL JDBC URL for the baseline (default: --db, else "
              + ImportBench.DEFAULT_BASELINE_DB
              + ").")
  @Nullable String baselineDb;

  @Option(
      names = "--pgcrypto-options",
      paramLabel = "OPTIONS",
      defaultValue = ImportBench.DEFAULT_PGCRYPTO_OPTIONS,
      description =
          "pgp_sym_encrypt's options for the baseline (default: '${DEFAULT-VALUE}'; '' for"
              + " pgcrypto's own defaults, which stretch the key on every call).")
  String pgcryptoOptions = ImportBench.DEFAULT_PGCRYPTO_OPTIONS;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        persons >= 1 && persons <= PersonGenerator.MAX_COUNT,
        String.format(
            Locale.ROOT,
            "--persons must be from 1 to %,d, not %d",
            PersonGenerator.MAX_COUNT,
            persons));
    BenchCommand.check(
        spec,
        baselineDb == null || baselineDb.startsWith("jdbc:postgresql://"),
        "--baseline-db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
    try {
      ImportBench.checkPgcryptoOptions(pgcryptoOptions);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--pgcrypto-options: " + e.getMessage());
    }
    new ImportBench(BenchCommand.where(store), persons, seed, baselineDb, pgcryptoOptions)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
