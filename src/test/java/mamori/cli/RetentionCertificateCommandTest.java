package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mamori.VaultSession;
import mamori.retention.RetentionRows;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori retention certificate} as the signed-in officer, refused to staff. */
class RetentionCertificateCommandTest {
  static final String CITY = "t-city";

  @TempDir Path temp;
  StoreLocation location;

  @BeforeEach
  void fresh() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("retention", "certificate"));
    all.addAll(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  private void rows() {
    try (VaultSession s = VaultSession.open(location, CliLogin.keyFolder(location, temp))) {
      RetentionRows rows = new RetentionRows(s.store.dataSource(), 7);
      Instant t0 = Instant.parse("2026-12-01T01:00:00Z");
      rows.run(CITY, "RUNCLI01", LocalDate.of(2026, 12, 1), "done", 2, 2, 0, 0, t0, "officer-1");
      List<RetentionRows.Row> persons = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        persons.add(
            new RetentionRows.Row(
                10 + i, rows.token(), "RECORD", "resident-tax", "erased", null, t0));
      }
      rows.persons(CITY, "RUNCLI01", persons);
    }
  }

  @Test
  void theOfficerWritesTheCertificate_staffIsRefused_anUnknownRunIsSaid() throws Exception {
    CliLogin.officer(location, temp, temp, CITY);
    rows();
    Path out = temp.resolve("certs");
    CliRun r = run("--tenant", CITY, "--run", "RUNCLI01", "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("RUNCLI01.pdf", "2 erased", "sha256 ");
    assertThat(Files.size(out.resolve("RUNCLI01.pdf"))).isPositive();
    assertThat(out.resolve("RUNCLI01-tokens.csv")).doesNotExist();
    CliRun unknown = run("--tenant", CITY, "--run", "NOSUCH", "--out", out.toString());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("run.unknown").doesNotContain("NOSUCH");

    CliLogin.staff(location, temp, temp, CITY);
    CliRun staff = run("--tenant", CITY, "--run", "RUNCLI01", "--out", out.toString());
    assertThat(staff.exit()).isNotZero();
    assertThat(staff.err()).contains("role.not-allowed");
  }
}
