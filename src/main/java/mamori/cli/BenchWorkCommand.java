package mamori.cli;

import java.util.concurrent.Callable;
import mamori.bench.WorkBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mamori bench work}: data entry through the HTTP desk with double entry. */
@Command(
    name = "work",
    mixinStandardHelpOptions = true,
    description = {
      "Starts the service on a free port with a job of N synthetic withholding slips (drawn by",
      "Mamori), entrusted to a contractor's operators (ENTER) and verifiers (VERIFY), and runs",
      "the load generator in a JVM of its own: each operator is an HTTP client with its own",
      "bearer token looping next task, its regions, the entry; verifiers decide disagreements.",
      "Prints 'name: value' lines:",
      "  work.tasks_per_s        tasks decided a second (both entries in)",
      "  work.p99_ms             99th percentile of every desk request",
      "  work.region_render_ms   median time of Regions.render in the service's process",
      "                          (open the sealed region, watermark, PNG), after the load",
      "  work.region_http_*_ms   region requests through HTTP under the load",
      "then the targets (500 tasks/s, p99 under 100 ms) and a '#' line on which were met.",
      "Without --data or --db it runs on a temporary SQLite folder, deleted afterwards.",
      ""
    })
final class BenchWorkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--slips",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Slips in the job: 10 to 200,000 (default: ${DEFAULT-VALUE}).")
  int slips;

  @Option(
      names = "--operators",
      paramLabel = "C",
      defaultValue = "64",
      description =
          "Operators keying, one HTTP client each: 2 to 1024 (default: ${DEFAULT-VALUE}).")
  int operators;

  @Option(
      names = "--verifiers",
      paramLabel = "V",
      defaultValue = "4",
      description = "Verifiers deciding disagreements: 1 to 256 (default: ${DEFAULT-VALUE}).")
  int verifiers;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "20",
      description = "Measured seconds: 1 to 3600 (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warm-up",
      paramLabel = "W",
      defaultValue = "5",
      description = "Untimed seconds before: 0 to 600 (default: ${DEFAULT-VALUE}).")
  int warmUp;

  @Option(
      names = "--disagree",
      paramLabel = "F",
      defaultValue = "0.02",
      description =
          "Share of first entries keyed wrong on purpose: 0 to 0.5 (default: ${DEFAULT-VALUE}).")
  double disagree;

  @Option(
      names = "--no-regions",
      description =
          "Operators skip the regions the desk page fetches for each task, to measure the API"
              + " alone (default: they fetch them).")
  boolean noRegions;

  @Override
  public Integer call() throws Exception {
    BenchCommand.check(
        spec, slips >= 10 && slips <= 200_000, "--slips must be from 10 to 200,000, not " + slips);
    BenchCommand.check(
        spec,
        operators >= 2 && operators <= 1024 && verifiers >= 1 && verifiers <= 256,
        "--operators 2 to 1024 (two sides a task), --verifiers 1 to 256");
    BenchCommand.check(
        spec,
        seconds >= 1 && seconds <= 3600 && warmUp >= 0 && warmUp <= 600,
        "--seconds 1 to 3600, --warm-up 0 to 600");
    BenchCommand.check(spec, disagree >= 0 && disagree <= 0.5, "--disagree must be from 0 to 0.5");
    new WorkBench(
            BenchCommand.where(store),
            new WorkBench.Options(
                slips, operators, verifiers, seconds, warmUp, disagree, !noRegions))
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
