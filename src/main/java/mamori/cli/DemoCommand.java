package mamori.cli;

import picocli.CommandLine.Command;

/** {@code mamori demo}: being written. */
@Command(name = "demo", description = "Run the demo town.")
final class DemoCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("demo is being written");
  }
}
