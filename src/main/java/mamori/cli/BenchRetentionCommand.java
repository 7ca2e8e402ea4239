package mamori.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import mamori.bench.RetentionBench;
import mamori.generate.PersonGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench retention}: erasing N persons through approved retention runs, and
 * re-wrapping M persons' data keys after a key rotation (issue 19).
 */
@Command(
    name = "retention",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100,
    description = {
      "Generates N persons, imports them into a tenant, records a basis for each (the first",
      "half under resident-tax, number only; the second under national-health-insurance,",
      "whole record; events long past), then a clerk proposes and the officer approves two",
      "runs (not timed), and prints 'name: value' lines:",
      "  retention.erase_number_per_s  the first run (Retentions.run): the numbers erased",
      "  retention.erase_whole_per_s   the second run: the whole records erased",
      "  retention.erase_per_s         both runs' persons over both runs' time",
      "  retention.retire_per_s        M other persons (imported into a tenant of their own,",
      "                                not timed): the field key rotated (not timed), then the",
      "                                old key retired (timed: every data key re-wrapped, other",
      "                                sealed values re-sealed, the old key destroyed)",
      "  retention.*_heap_mb           each phase's peak heap and heap left after a",
      "                                collection; the same for a run of N/10, to show it is flat",
      "then the targets as retention.target.* lines and a '#' line on which were met.",
      "",
      "Without --data or --db it runs on a temporary SQLite folder; with --db, in a",
      "fresh schema of that PostgreSQL server, dropped after.",
      ""
    })
final class BenchRetentionCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "460000",
      description =
          "Persons to erase: 20 to 100,000,000 (default: ${DEFAULT-VALUE}, the residents of"
              + " Amagasaki).")
  long persons;

  @Option(
      names = "--retire-persons",
      paramLabel = "M",
      defaultValue = "1000000",
      description =
          "Persons whose data keys are re-wrapped: 10 to 100,000,000 (default: ${DEFAULT-VALUE}).")
  long retirePersons;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + PersonGenerator.DEFAULT_SEED,
      description = "Seed of the generated persons (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        persons >= 20 && persons <= PersonGenerator.MAX_COUNT,
        String.format(
            Locale.ROOT,
            "--persons must be from 20 to %,d, not %d",
            PersonGenerator.MAX_COUNT,
            persons));
    BenchCommand.check(
        spec,
        retirePersons >= 10 && retirePersons <= PersonGenerator.MAX_COUNT,
        String.format(
            Locale.ROOT,
            "--retire-persons must be from 10 to %,d, not %d",
            PersonGenerator.MAX_COUNT,
            retirePersons));
    BenchCommand.check(
        spec,
        store.db == null || store.db.isBlank() || store.db.startsWith("jdbc:postgresql://"),
        "--db must be a PostgreSQL JDBC URL starting with jdbc:postgresql://");
    new RetentionBench(BenchCommand.where(store), persons, retirePersons, seed)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
