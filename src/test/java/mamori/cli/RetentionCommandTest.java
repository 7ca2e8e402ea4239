package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mamori.VaultSession;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.number.IndividualNumber;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori retention ...} as the signed-in staff member and officer, on the real clock. */
class RetentionCommandTest {
  static final String CITY = "r-city";

  @TempDir Path temp;
  StoreLocation location;

  @BeforeEach
  void signIn() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    CliLogin.staff(location, temp, temp, CITY);
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** Registers {@code n} persons (a fixture); their tokens. */
  private List<String> register(int n) {
    try (VaultSession s = VaultSession.open(location, CliLogin.keyFolder(location, temp))) {
      Random rng = new Random(7);
      List<PersonData> persons = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < 11; i++) {
          base.append((char) ('0' + rng.nextInt(10)));
        }
        persons.add(
            new PersonData(
                IndividualNumber.withCheckDigit(base),
                "佐藤",
                "花子",
                "サトウ",
                "ハナコ",
                LocalDate.of(1960, 1, 1 + k),
                "2",
                "660-0001",
                "尼崎市東七松町1丁目" + k + "番",
                "H" + k,
                "0009-123-" + (1_000_000 + k)));
      }
      s.vault.register(
          CITY,
          new Actor(
              new UserId("importer"),
              new OrganisationId(CITY),
              List.of(),
              new Why("national-health-insurance", "c-1")),
          persons);
      return s.store
          .jdbc()
          .sql("SELECT token FROM person WHERE tenant_id = ? ORDER BY person_id")
          .params(CITY)
          .query(String.class)
          .list();
    }
  }

  @Test
  void aBasisWithFullWidthDigits_isRead_proposedApprovedByTheOfficer_runAndRecorded()
      throws Exception {
    List<String> t = register(3);
    CliRun basis =
        run(
            "retention",
            "basis",
            "--tenant",
            CITY,
            "--person",
            t.get(0) + "," + t.get(1),
            "--purpose",
            "national-health-insurance",
            "--event",
            "２０２０－０３－３１");
    assertThat(basis.exit()).as(basis.err()).isZero();
    assertThat(basis.out()).contains("recorded 2 bases: 2 closed, 0 open");
    Path csv = temp.resolve("bases.csv");
    Files.writeString(
        csv, "token,purpose,event\n" + t.get(2) + ",national-health-insurance,open\n");
    assertThat(run("retention", "basis", "--tenant", CITY, "--file", csv.toString()).out())
        .contains("1 open");
    // Excel's "CSV UTF-8" starts with a byte order mark: it is dropped, and the header still
    // skipped
    Path bom = temp.resolve("bom.csv");
    Files.write(
        bom,
        ("\uFEFFtoken,purpose,event\r\n" + t.get(2) + ",national-health-insurance,open\r\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    CliRun withBom = run("retention", "basis", "--tenant", CITY, "--file", bom.toString());
    assertThat(withBom.exit()).as(withBom.err()).isZero();
    assertThat(withBom.out()).contains("1 open");
    // a Shift_JIS file is refused by its line, naming the encoding
    Path sjis = temp.resolve("sjis.csv");
    Files.write(
        sjis,
        ("token,purpose,event\n" + t.get(2) + ",national-health-insurance,open # 国保\n")
            .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
    CliRun shiftJis = run("retention", "basis", "--tenant", CITY, "--file", sjis.toString());
    assertThat(shiftJis.exit()).isEqualTo(2);
    assertThat(shiftJis.err()).contains("line 2 is not UTF-8").doesNotContain("Input length");

    CliRun bad =
        run(
            "retention",
            "basis",
            "--tenant",
            CITY,
            "--person",
            t.get(0),
            "--purpose",
            "national-health-insurance",
            "--event",
            "2020-13-01");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--event is a day, YYYY-MM-DD");
    CliRun future =
        run(
            "retention",
            "basis",
            "--tenant",
            CITY,
            "--person",
            t.get(0),
            "--purpose",
            "national-health-insurance",
            "--event",
            "2099-01-01");
    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.err()).contains("retention.future-date");

    CliRun proposed = run("retention", "propose", "--tenant", CITY);
    assertThat(proposed.exit()).as(proposed.err()).isZero();
    assertThat(proposed.out()).contains("2 persons");
    String id = proposed.out().substring(0, 8);
    CliRun byStaff = run("retention", "approve", "--tenant", CITY, id);
    assertThat(byStaff.exit()).isEqualTo(2);
    assertThat(byStaff.err()).contains("role.not-allowed");

    CliLogin.officer(location, temp, temp, CITY);
    assertThat(run("retention", "approve", "--tenant", CITY, "NOSUCH00").err())
        .contains("retention.run-state");
    CliRun approved = run("retention", "approve", "--tenant", CITY, id);
    assertThat(approved.exit()).as(approved.err()).isZero();
    CliRun done = run("retention", "run", "--tenant", CITY, id);
    assertThat(done.exit()).as(done.err()).isZero();
    assertThat(done.out()).contains("done").contains("2 whole");
    CliRun records = run("retention", "records", "--tenant", CITY, "--run", id, "--limit", "1");
    assertThat(records.out()).contains("erased").contains("more: --after ");
    // the cursor is printed in base 36, as the deletion records' cursors are, and read back
    String cursor = records.out().substring(records.out().indexOf("--after ") + 8).strip();
    assertThat(cursor).matches("[0-9a-z]{1,13}");
    CliRun second =
        run(
            "retention",
            "records",
            "--tenant",
            CITY,
            "--run",
            id,
            "--after",
            cursor,
            "--limit",
            "5");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("erased").doesNotContain("more: --after");
    assertThat(run("retention", "records", "--tenant", CITY, "--person", t.get(0)).out())
        .contains("run " + id);
    assertThat(run("retention", "status", "--tenant", CITY).out())
        .contains("3 bases (1 open cases)");
    CliRun hold =
        run(
            "retention",
            "hold",
            "--tenant",
            CITY,
            "--person",
            t.get(2),
            "--kind",
            "incident",
            "--reference",
            "INC-1",
            "--reason",
            "調査中");
    assertThat(hold.exit()).as(hold.err()).isZero();
    String holdId = hold.out().substring(0, 8);
    assertThat(run("retention", "lift", "--tenant", CITY, holdId).exit()).isZero();
    assertThat(run("retention", "lift", "--tenant", CITY, holdId).err())
        .contains("retention.hold-state");
  }
}
