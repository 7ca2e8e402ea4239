package mamori.cli;

import java.util.concurrent.Callable;
import mamori.bench.ReadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mamori bench read}: authorised reads over HTTP through a two-level chain, against plain
 * reads.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
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
      ""
    })
final class BenchReadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "10000",
      description = "Persons to import: 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  long persons;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "10",
      description = "Measured seconds per phase: 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--clients",
      paramLabel = "C",
      defaultValue = "32",
      description = "Concurrent HTTP clients: 1 to 1024 (default: ${DEFAULT-VALUE}).")
  int clients;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        persons >= 1 && persons <= 1_000_000,
        "--persons must be from 1 to 1,000,000, not " + persons);
    BenchCommand.check(
        spec, seconds >= 1 && seconds <= 3600, "--seconds must be from 1 to 3600, not " + seconds);
    BenchCommand.check(
        spec, clients >= 1 && clients <= 1024, "--clients must be from 1 to 1024, not " + clients);
    new ReadBench(BenchCommand.where(store), persons, seconds, clients)
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
