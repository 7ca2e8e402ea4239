package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori rules ...} on an embedded store. */
class RulesCommandTest {
  @TempDir Path temp;

  static final Path EXAMPLE = Path.of("docs/detection-rules.example.yml");

  String data() {
    return temp.resolve("data").toString();
  }

  StoreLocation location() {
    return new StoreLocation.Embedded(temp.resolve("data"));
  }

  @Test
  void check_aGoodFile_exits0_withoutSignIn() {
    CliLogin.useSessionIn(temp.resolve("nowhere"));
    CliRun r = CliRun.of("rules", "check", EXAMPLE.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(EXAMPLE + ": ok, 4 rules\n");
  }

  @Test
  void check_aBadFile_printsEachProblemWithItsLine_exits1() throws Exception {
    Path bad = temp.resolve("bad.yml");
    Files.writeString(
        bad,
        Files.readString(EXAMPLE)
            .replace("level: high", "level: severe")
            .replace("- person_printed", "- person_printer")
            .replace("id: entry-co-tax", "id: Entry Co"));
    CliRun r = CliRun.of("rules", "check", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines())
        .containsExactly(
            bad + ":14: level is one of informational, low, medium, high, critical",
            bad + ":57: no rule has the id or name 'person_printer'",
            bad
                + ":68: the id 'Entry Co' is not a lower-case name (a-z, 0-9, '-' and '_', at most"
                + " 48, starting with a letter or digit); it becomes the alert's kind city.<id>",
            bad + ": refused, 3 problems; nothing was loaded");
  }

  @Test
  void check_aFileWithAMyNumber_isRefused_andTheNumberNeverPrinted() throws Exception {
    Path bad = temp.resolve("number.yml");
    Files.writeString(
        bad, Files.readString(EXAMPLE).replace("announced night batches", "resident 123456789018"));
    CliRun r = CliRun.of("rules", "check", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ":30: this value holds what looks like a My Number");
    assertThat(r.out() + r.err()).doesNotContain("123456789018").doesNotContain("9018");
  }

  @Test
  void check_aHugeFile_isRefused_unreadable_isExit2() throws Exception {
    Path huge = temp.resolve("huge.yml");
    Files.writeString(huge, "# x\n".repeat(20_000));
    CliRun r = CliRun.of("rules", "check", huge.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains(huge + ":16385: the file is 80000 bytes; a rule file has at most 65536");
    CliRun missing = CliRun.of("rules", "check", temp.resolve("none.yml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot be read");
  }

  @Test
  void load_show_list_asTheOfficer_andRefusedToStaff() throws Exception {
    CliLogin.staff(location(), temp, temp, "demo-city");
    CliRun staff =
        CliRun.of("rules", "load", "--tenant", "demo-city", EXAMPLE.toString(), "--data", data());
    assertThat(staff.exit()).isEqualTo(2);
    assertThat(staff.err()).contains("role.not-allowed");
    assertThat(CliRun.of("rules", "list", "--tenant", "demo-city", "--data", data()).err())
        .contains("role.not-allowed");

    CliLogin.officer(location(), temp, temp, "demo-city");
    Path bad = temp.resolve("bad.yml");
    Files.writeString(bad, "title: x\n");
    CliRun refused =
        CliRun.of("rules", "load", "--tenant", "demo-city", bad.toString(), "--data", data());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains(bad + ":1: a rule has either detection or correlation");
    CliRun load =
        CliRun.of("rules", "load", "--tenant", "demo-city", EXAMPLE.toString(), "--data", data());
    assertThat(load.exit()).as(load.err()).isZero();
    assertThat(load.out())
        .startsWith(EXAMPLE + ": loaded as version 1 of demo-city (4 rules, sha256 ");
    CliRun list = CliRun.of("rules", "list", "--tenant", "demo-city", "--data", data());
    assertThat(list.lines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("v1 ").contains(" officer-1 4 rules sha256 "));
    CliRun show = CliRun.of("rules", "show", "--tenant", "demo-city", "--data", data());
    assertThat(show.out()).isEqualTo(Files.readString(EXAMPLE));
    assertThat(
            CliRun.of("rules", "show", "--tenant", "demo-city", "--version", "2", "--data", data())
                .err())
        .contains("no version 2");
    assertThat(CliRun.of("rules", "list", "--tenant", "other-city", "--data", data()).err())
        .contains("is not the tenant of the signed-in user");
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("detect.rules-load")))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("staff-1", "role.not-allowed"))
        .anySatisfy(l -> assertThat(l).contains("officer-1", "detect rules v1 sha256"));
  }
}
