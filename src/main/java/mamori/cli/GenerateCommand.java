package mamori.cli;

import picocli.CommandLine.Command;

/** {@code mamori generate}: being written. */
@Command(name = "generate", description = "Generate synthetic data.")
final class GenerateCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("generate is being written");
  }
}
