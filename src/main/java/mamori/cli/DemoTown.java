package mamori.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import mamori.cli.generate.PersonGenerator;

/**
 * The demo town's data folder. On first run it gets {@value #RESIDENTS}, the synthetic residents of
 * tenant {@code demo-city} (seed 1, owner-only file); later runs reuse it. The vault imports this file
 * once it exists; until then it is the town's register as delivered.
 */
final class DemoTown {
  static final String RESIDENTS = "demo-residents.csv";

  private DemoTown() {}

  /** Creates the residents file when it is missing; returns its path. */
  static Path prepare(Path data, int persons, PrintWriter err) throws IOException {
    Files.createDirectories(data);
    Path residents = data.resolve(RESIDENTS);
    if (Files.exists(residents)) {
      err.printf("Demo town: reusing %s%n", residents);
    } else if (persons > 0) {
      var written = PersonGenerator.writeCsv(residents, persons, PersonGenerator.DEFAULT_SEED);
      err.printf(Locale.ROOT, "Demo town: %,d synthetic residents in %,d households written to %s%n",
          written.persons(), written.households(), residents);
    }
    err.flush();
    return residents;
  }
}
