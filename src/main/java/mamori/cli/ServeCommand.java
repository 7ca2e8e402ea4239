package mamori.cli;

import java.util.concurrent.Callable;
import mamori.WebServer;
import mamori.crypto.KeyPlacement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mamori serve}: the web service on a chosen store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Runs the web service on 127.0.0.1 until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin StoreOptions store;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8080",
      description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--keys-in-data",
      description =
          "Start although the key folder is inside the data folder, accepting that a copy of the"
              + " data folder then opens the data and signs the log.")
  boolean keysInData;

  @Override
  public Integer call() throws Exception {
    checkPort(spec, port);
    var location = store.location();
    checkKeysApart(spec, store, keysInData);
    WebServer.serveUntilStopped(
        WebServer.start(location, port, "--mamori.keys.dir=" + store.keyFolder().toAbsolutePath()),
        location,
        spec.commandLine().getOut());
    return 0;
  }

  /**
   * Refuses a key folder inside the data folder unless {@code accepted}: a backup or a stolen copy
   * of the data folder would then hold the root key with the data it opens, and the keys that sign
   * the log (docs/operations.md, Keys).
   */
  static void checkKeysApart(CommandSpec spec, StoreOptions store, boolean accepted) {
    if (!accepted && KeyPlacement.within(store.keyFolder(), store.dataFolder())) {
      throw new ParameterException(
          spec.commandLine(),
          "the key folder "
              + store.keyFolder()
              + " is inside the data folder "
              + store.dataFolder()
              + ": a copy of the data folder would open the data and sign the log. Give --keys DIR"
              + " outside it (and mamori.keys.root=pkcs11 to keep the root key in a token), or"
              + " --keys-in-data to accept it; 'mamori keys check' shows where each key is.");
    }
  }

  /** Checks a {@code --port} (of serve, demo or witness) before anything starts. */
  static void checkPort(CommandSpec spec, int port) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
  }
}
