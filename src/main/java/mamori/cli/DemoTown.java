package mamori.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/** Prepares the demo town's data folder on first run. */
final class DemoTown {
  private DemoTown() {}

  static void prepare(Path data, int persons, PrintWriter err) {
    // residents arrive with the generator (wired below once it lands)
  }
}
