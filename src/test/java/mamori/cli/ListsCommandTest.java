package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.generate.PersonGenerator;
import mamori.number.Masking;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori lists add|show} and {@code mamori import persons --tag}: the controller's person
 * sets at the command line; no number is ever printed.
 */
class ListsCommandTest {
  @TempDir Path temp;
  StoreLocation location;
  Path csv;

  @BeforeEach
  void generate() throws Exception {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 20, 9);
    // the tenant's own staff member, signed in with mamori login: imports and lists are theirs
    CliLogin.staff(location, temp, temp, "t-city");
  }

  @AfterEach
  void drop() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--data", ((StoreLocation.Embedded) location).folder().toString()));
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(Masking.holdsIndividualNumber(r.out() + r.err())).as("a number printed").isFalse();
    return r;
  }

  private List<String> numbers() throws Exception {
    return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[0]).toList();
  }

  @Test
  void importWithATag_tagsEveryPersonOfTheFile() {
    CliRun r = run("import", "persons", csv.toString(), "--tenant", "t-city", "--tag", "ward=kita");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.lines()).contains("imported: 20", "tagged: 20");
    CliRun bad = run("import", "persons", csv.toString(), "--tenant", "t-city", "--tag", "=x");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--tag");
  }

  @Test
  void aListOfNumbers_keepsThePersons_andGivesTheLinesThatNameNobody() throws Exception {
    run("import", "persons", csv.toString(), "--tenant", "t-city");
    List<String> n = numbers();
    Path file = temp.resolve("list.txt");
    Files.write(
        file,
        List.of(
            "# the kita list", n.get(0), "", n.get(1), "999999999999", "NOT-A-TOKEN", n.get(2)));

    CliRun r = run("lists", "add", "--tenant", "t-city", "--id", "kita", "--file", file.toString());

    assertThat(r.exit()).as(r.err()).isEqualTo(3);
    assertThat(r.lines())
        .containsExactly("list: kita", "members: 3", "named nobody: 2", "lines: 5, 6");
    CliRun shown = run("lists", "show", "--tenant", "t-city");
    assertThat(shown.exit()).isZero();
    assertThat(shown.out()).startsWith("kita\t3\tstaff-1").contains("\tkita");

    CliRun again =
        run("lists", "add", "--tenant", "t-city", "--id", "kita", "--file", file.toString());
    assertThat(again.exit()).isEqualTo(2);
    CliRun badId =
        run("lists", "add", "--tenant", "t-city", "--id", "Kita!", "--file", file.toString());
    assertThat(badId.exit()).isEqualTo(2);
    CliRun missing =
        run("lists", "add", "--tenant", "t-city", "--id", "k2", "--file", "/nonexistent");
    assertThat(missing.exit()).isEqualTo(2);
  }
}
