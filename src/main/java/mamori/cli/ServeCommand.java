package mamori.cli;

import java.util.concurrent.Callable;
import mamori.WebServer;
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

  @Override
  public Integer call() throws Exception {
    checkPort(spec, port);
    var location = store.location();
    WebServer.serveUntilStopped(
        WebServer.start(location, port), location, spec.commandLine().getOut());
    return 0;
  }

  /** Checks a {@code --port} (of serve, demo or witness) before anything starts. */
  static void checkPort(CommandSpec spec, int port) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
  }
}
