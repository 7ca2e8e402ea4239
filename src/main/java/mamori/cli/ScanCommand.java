package mamori.cli;

import picocli.CommandLine.Command;

/** {@code mamori scan}: being written. */
@Command(name = "scan", description = "Find My Numbers in files.")
final class ScanCommand implements java.util.concurrent.Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("scan is being written");
  }
}
