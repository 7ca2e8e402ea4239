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
      "  read.per_s              authorised reads per second at saturation (wrk, C connections):",
      "                          GET /api/v1/persons/{token} by a subcontractor's operator,",
      "                          two-level chain; bearer sign-in, chain check, cap, decrypt,",
      "                          log entry durable before the answer",
      "  read.plain_per_s        reads of the same stored rows over the same HTTP stack and",
      "                          bearer sign-in, without crypto, authorisation or log",
      "                          (a bench-only route, absent from the normal service)",
      "  read.ratio_vs_plain     the first rate divided by the plain rate",
      "  read.p99_ms_at_1000_per_s        p99 of authorised reads offered at 1,000/s open-loop,",
      "                                   from each request's intended send time",
      "  read.plain_p99_ms_at_1000_per_s  the same for the plain reads",
      "  read.peak_heap_mb       the service's heap pools' peak over the load",
      "then the targets as read.target.* lines and a '#' line on which were met.",
      "wrk (Debian's package, on the PATH) measures the rates: both routes warmed up for",
      "min(S, 5) s each, round after round until the JIT compilers took at most 5% of a round",
      "(at most 12 rounds; read.warm_up_s says how long), then timed for S seconds in two",
      "alternating halves. The fixed rate is offered",
      "by mamori.bench.ReadLoad in a JVM of its own, 2 s untimed then S s per route. Reads go",
      "round-robin over the first 10,000 persons at most (the listing's limit).",
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
      description = "wrk's keep-alive connections: 1 to 1024 (default: ${DEFAULT-VALUE}).")
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
