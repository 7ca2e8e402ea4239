package mamori.cli;

import java.util.concurrent.Callable;
import mamori.bench.PairBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori bench pair}: two active instances on one PostgreSQL schema, against one alone. */
@Command(
    name = "pair",
    mixinStandardHelpOptions = true,
    description = {
      "Sets up N persons and a two-level chain on the PostgreSQL schema of --db, starts two",
      "'mamori serve' children on it behind HAProxy (round robin, both active), loads them with",
      "wrk (authorised reads, bearer header, rotating persons) and prints 'name: value' lines:",
      "  pair.per_s              reads per second through the proxy, both instances",
      "  pair.single_per_s       reads per second on instance A alone, same load",
      "  pair.ratio_vs_single    the first divided by the second",
      "  pair.non_2xx            answers that were not 200, both phases",
      "  pair.cap_exceeded       daily volume counters above their cap afterwards (0)",
      "The load runs 60 s untimed through the proxy first, then S seconds for each figure in",
      "two alternating halves. Then the target and a '# targets:' line. Needs haproxy and wrk",
      "on the PATH.",
      ""
    })
final class BenchPairCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Persons to import: 1 to 1,000,000 (default: ${DEFAULT-VALUE}).")
  long persons;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "15",
      description = "Measured seconds per phase: 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--connections",
      paramLabel = "C",
      defaultValue = "32",
      description = "wrk's connections: 1 to 1024 (default: ${DEFAULT-VALUE}).")
  int connections;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec,
        persons >= 1 && persons <= 1_000_000,
        "--persons must be from 1 to 1,000,000, not " + persons);
    BenchCommand.check(
        spec, seconds >= 1 && seconds <= 3600, "--seconds must be from 1 to 3600, not " + seconds);
    BenchCommand.check(
        spec,
        connections >= 1 && connections <= 1024,
        "--connections must be from 1 to 1024, not " + connections);
    BenchCommand.check(spec, store.db != null, "bench pair needs --db (a PostgreSQL URL)");
    new PairBench(BenchCommand.where(store), persons, seconds, connections)
        .run(spec.commandLine().getOut());
    return 0;
  }
}
