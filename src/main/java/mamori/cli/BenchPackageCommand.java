package mamori.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.bench.ImportBench;
import mamori.bench.PackageBench;
import mamori.generate.PersonGenerator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench package}: making and opening an encrypted package of N persons (issue 17)
 * against writing the same rows as a plain CSV with {@code COPY} out of PostgreSQL.
 */
@Command(
    name = "package",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Generates N persons, imports them into a sender tenant, registers a recipient",
      "tenant of the same store (not timed), then prints 'name: value' lines:",
      "  package.create_per_s      one package of all of them with every field: the gate, a",
      "                            log record per person before their bytes, decryption,",
      "                            CSV, sealing, into a file",
      "  package.open_check_per_s  the recipient's check of it: signature, the release asked",
      "                            over HTTP of the sender (on 127.0.0.1 in this process),",
      "                            the whole content decrypted; nothing imported",
      "  package.open_per_s        the recipient's open: the same, then the import into its",
      "                            vault with its records",
      "  package.copy_per_s        the same rows written as a plain CSV file with COPY ... TO",
      "                            STDOUT out of PostgreSQL (a fresh schema, dropped after)",
      "  package.ratio_vs_copy     the slower of create and open divided by COPY's (and each",
      "                            on its own line)",
      "  package.peak_heap_mb      the heap's peak while creating and while opening; also a",
      "                            package of N/10 persons' peak, to show it is flat",
      "then the targets as package.target.* lines and a '#' line on which were met.",
      "",
      "Without --data or --db it runs on a temporary SQLite folder; with --db, in a",
      "fresh schema of that PostgreSQL server, dropped after. The baseline runs on",
      "--baseline-db, else --db, else the local test server.",
      ""
    })
final class BenchPackageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "460000",
      description =
          "Persons to generate and package: 10 to 100,000,000 (default: ${DEFAULT-VALUE}, the residents"
              + " of Amagasaki).")
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
          "PostgreSQL JDBC URL for the COPY baseline (default: --db, else "
              + ImportBench.DEFAULT_BASELINE_DB
              + ").")
  @Nullable String baselineDb;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        persons >= 10 && persons <= PersonGenerator.MAX_COUNT,
        String.format(
            Locale.ROOT,
            "--persons must be from 10 to %,d, not %d",
            PersonGenerator.MAX_COUNT,
            persons));
    BenchCommand.check(
        spec,
        baselineDb == null || baselineDb.startsWith("jdbc:postgresql://"),
        "--baseline-db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
    BenchCommand.check(
        spec,
        store.db == null || store.db.isBlank() || store.db.startsWith("jdbc:postgresql://"),
        "--db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
    new PackageBench(BenchCommand.where(store), persons, seed, baselineDb)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
