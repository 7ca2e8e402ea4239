package mamori.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import mamori.WebServer;
import mamori.demo.DemoCredentials;
import mamori.demo.DemoStory;
import mamori.demo.DemoTown;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.StoreLocation;
import mamori.vault.Vault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mamori demo}: the demo town on the embedded store, created on first run and reused after.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    subcommands = DemoCommand.Code.class,
    description = "Runs the demo town on the embedded store at http://127.0.0.1:8080 until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
  static final int MAX_PERSONS = 1_000_000;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "mamori-data",
      description =
          "Data folder (default: ./${DEFAULT-VALUE}; created on first run, reused after).")
  Path data;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--persons",
      paramLabel = "N",
      defaultValue = "10000",
      description =
          "Synthetic residents of the demo town on first run (default: ${DEFAULT-VALUE}).")
  int persons;

  @Override
  public Integer call() throws Exception {
    ServeCommand.checkPort(spec, port);
    if (persons < 0 || persons > MAX_PERSONS) {
      throw new ParameterException(
          spec.commandLine(), "--persons must be between 0 and " + MAX_PERSONS);
    }
    StoreLocation location = new StoreLocation.Embedded(data);
    long generated = DemoTown.prepare(data, persons, spec.commandLine().getErr());
    // the demo keeps its keys in its data folder, which serve refuses: say so once, on every start
    spec.commandLine()
        .getErr()
        .printf(
            "Demo town: warning: the keys are in %s, inside the data folder, so a copy of that folder"
                + " opens the demo's data (a city keeps them apart: mamori serve --keys DIR)%n",
            data.resolve(mamori.crypto.KeyPlacement.DEFAULT_FOLDER));
    // two witnesses in this process, each with its own key and store: the demo runs witnessed
    mamori.demo.DemoWitnesses witnesses =
        mamori.demo.DemoWitnesses.start(data, ClockConfiguration.systemClock());
    spec.commandLine()
        .getErr()
        .printf(
            "Demo town: the log's checkpoints are published once both %s and %s cosigned them"
                + " (witnesses in %s)%n",
            mamori.demo.DemoWitnesses.PPC,
            mamori.demo.DemoWitnesses.NEIGHBOUR,
            data.resolve("witnesses"));
    try (witnesses) {
      serve(location, generated, witnesses.setting());
    }
    return 0;
  }

  private void serve(StoreLocation location, long generated, String witnessing) throws Exception {
    // a quorum of both: a checkpoint counts only once the PPC and the neighbouring city cosigned it
    var context = WebServer.start(location, port, witnessing, "--mamori.log.witness-quorum=2");
    // the town is set up first, as a city is: tenant.create is the first record of its log
    DemoStory demo = DemoStory.found(context, context.getBean(Clock.class));
    if (generated > 0) {
      DemoTown.recordGeneration(
          context.getBean(TransparencyLogs.class), generated, context.getBean(Clock.class));
    }
    DemoTown.importResidents(context.getBean(Vault.class), data, spec.commandLine().getErr());
    DemoStory.tell(demo, context, data, context.getBean(Clock.class), spec.commandLine().getErr());
    WebServer.serveUntilStopped(context, location, spec.commandLine().getOut());
  }

  /**
   * {@code mamori demo code USER}: the demo user's current authenticator code, as their phone would
   * show.
   */
  @Command(
      name = "code",
      mixinStandardHelpOptions = true,
      description = {
        "Prints a demo user's current sign-in code from the demo's authenticator secrets, for "
            + "trying the demo without an authenticator app. A code is accepted once; the next comes within 30 seconds."
      })
  static final class Code implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "mamori-data",
        description = "The demo's data folder (default: ./${DEFAULT-VALUE}).")
    Path data;

    @picocli.CommandLine.Parameters(
        paramLabel = "USER",
        description = "A demo user, e.g. city-officer.")
    String user;

    @Override
    public Integer call() {
      var entries = DemoCredentials.read(data.resolve(DemoCredentials.FILE));
      var entry = entries.get(user);
      if (entry == null || entry.totpSecret().isEmpty()) {
        throw new ParameterException(
            spec.commandLine(),
            "no demo user "
                + user
                + " in "
                + data.resolve(DemoCredentials.FILE)
                + " (run ./mamori demo first); users: "
                + String.join(", ", entries.keySet()));
      }
      Clock clock = ClockConfiguration.systemClock();
      long left = 30 - clock.instant().getEpochSecond() % 30;
      spec.commandLine()
          .getOut()
          .printf(
              "%s  (valid for %d more seconds)%n",
              mamori.identity.Credentials.currentCode(entry.totpSecret(), clock), left);
      spec.commandLine().getOut().flush();
      return 0;
    }
  }
}
