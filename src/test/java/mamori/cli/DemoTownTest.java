package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's data folder is made on first run and reused after. */
class DemoTownTest {
  @TempDir Path temp;

  @Test
  void firstRun_writesTheResidents_secondRunReusesThem() throws Exception {
    Path data = temp.resolve("mamori-data");
    var err = new StringWriter();
    Path residents = DemoTown.prepare(data, 250, new PrintWriter(err));
    assertThat(Files.readAllLines(residents)).hasSize(251).first().asString().startsWith("my_number,");
    assertThat(err.toString()).contains("250 synthetic residents");
    long modified = Files.getLastModifiedTime(residents).toMillis();

    var again = new StringWriter();
    DemoTown.prepare(data, 999, new PrintWriter(again));
    assertThat(Files.readAllLines(residents)).hasSize(251);
    assertThat(Files.getLastModifiedTime(residents).toMillis()).isEqualTo(modified);
    assertThat(again.toString()).contains("reusing");
  }

  @Test
  void zeroPersons_writesNoFile() throws Exception {
    Path residents = DemoTown.prepare(temp.resolve("d"), 0, new PrintWriter(new StringWriter()));
    assertThat(residents).doesNotExist();
  }
}
