package mamori.demo;

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
    assertThat(DemoTown.prepare(data, 250, new PrintWriter(err))).isEqualTo(250);
    Path residents = data.resolve(DemoTown.RESIDENTS);
    assertThat(Files.readAllLines(residents))
        .hasSize(251)
        .first()
        .asString()
        .startsWith("my_number,");
    assertThat(err.toString()).contains("250 synthetic residents");
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(data)))
        .isEqualTo("rwx------");
    long modified = Files.getLastModifiedTime(residents).toMillis();

    var again = new StringWriter();
    assertThat(DemoTown.prepare(data, 999, new PrintWriter(again))).isZero();
    assertThat(Files.readAllLines(residents)).hasSize(251);
    assertThat(Files.getLastModifiedTime(residents).toMillis()).isEqualTo(modified);
    assertThat(again.toString()).contains("reusing");
  }

  @Test
  void zeroPersons_writesNoFile() throws Exception {
    assertThat(DemoTown.prepare(temp.resolve("d"), 0, new PrintWriter(new StringWriter())))
        .isZero();
    assertThat(temp.resolve("d").resolve(DemoTown.RESIDENTS)).doesNotExist();
  }

  @Test
  void generatingTheTown_isTheFirstRecordInItsLog() throws Exception {
    Path data = temp.resolve("logged");
    try (var store = mamori.store.Store.open(new mamori.store.StoreLocation.Embedded(data));
        var logs =
            new mamori.log.TransparencyLogs(
                store.dataSource(),
                mamori.crypto.SigningKeys.in(data.resolve("keys")),
                "test.example/log",
                java.time.Clock.systemUTC())) {
      assertThat(DemoTown.recordGeneration(logs, 250, java.time.Clock.systemUTC())).isZero();
      var entry =
          mamori.log.AccessRecordCodec.decode(logs.forTenant("demo-city").entry(0).orElseThrow());
      assertThat(entry.action()).isEqualTo("register.generate");
      assertThat(entry.fields()).contains("my_number", "address");
      assertThat(entry.personToken()).isEmpty();
    }
  }
}
