package mamori.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import mamori.log.TransparencyLogs;
import mamori.store.StoreLocation;
import mamori.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mamori demo}: the demo town on the embedded store, created on first run and reused after. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Runs the demo town on the embedded store at http://127.0.0.1:8080 until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
  static final int MAX_PERSONS = 1_000_000;

  @Spec CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "mamori-data",
      description = "Data folder (default: ./${DEFAULT-VALUE}; created on first run, reused after).")
  Path data;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--persons", paramLabel = "N", defaultValue = "10000",
      description = "Synthetic residents of the demo town on first run (default: ${DEFAULT-VALUE}).")
  int persons;

  @Override
  public Integer call() throws Exception {
    Ports.check(spec, port);
    if (persons < 0 || persons > MAX_PERSONS) {
      throw new ParameterException(spec.commandLine(), "--persons must be between 0 and " + MAX_PERSONS);
    }
    var location = new StoreLocation.Embedded(data);
    long generated = DemoTown.prepare(data, persons, spec.commandLine().getErr());
    var context = WebServer.start(location, port);
    if (generated > 0) {
      DemoTown.recordGeneration(context.getBean(TransparencyLogs.class), generated, Clock.systemUTC());
    }
    DemoTown.importResidents(spec, context.getBean(Vault.class), data);
    DemoStory.tell(context, data, Clock.systemUTC(), spec.commandLine().getErr());
    WebServer.serveUntilStopped(context, location, spec.commandLine().getOut());
    return 0;
  }
}
