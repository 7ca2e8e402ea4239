package mamori.cli;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a {@code --port} before anything starts. */
final class Ports {
  private Ports() {}

  static void check(CommandSpec spec, int port) {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
  }
}
