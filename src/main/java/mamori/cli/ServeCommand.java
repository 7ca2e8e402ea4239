package mamori.cli;

import picocli.CommandLine.Command;

/** {@code mamori serve}: being written. */
@Command(name = "serve", description = "Run the web service.")
final class ServeCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("serve is being written");
  }
}
