package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The newcomer's story at the command line, on both stores: import a register, import it again,
 * find a person by number, reveal masked, erase, rotate keys.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class VaultCommandsTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path temp;
  StoreLocation location;
  Path csv;

  @BeforeEach
  void generate() throws Exception {
    location = TestStores.fresh(kind);
    csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 300, 5);
    // every command here acts as the tenant's own staff member, signed in through mamori login
    CliLogin.staff(location, temp.resolve("keys-home"), temp, "demo-city");
  }

  @AfterEach
  void drop() {
    TestStores.drop(location);
  }

  private CliRun run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    switch (location) {
      case StoreLocation.Embedded e -> all.addAll(List.of("--data", e.folder().toString()));
      case StoreLocation.Server s ->
          all.addAll(List.of("--db", s.jdbcUrl(), "--data", temp.resolve("keys-home").toString()));
    }
    CliRun r = CliRun.of(all.toArray(String[]::new));
    assertThat(Masking.holdsIndividualNumber(r.err()))
        .as("standard error holds a number")
        .isFalse();
    return r;
  }

  private String firstNumber() throws Exception {
    return Files.readAllLines(csv).get(1).split(",")[0];
  }

  @Test
  void import_thenAgain_changesNothingTheSecondTime() {
    CliRun first = run("import", "persons", csv.toString(), "--tenant", "demo-city");
    assertThat(first.exit()).isZero();
    assertThat(first.lines())
        .containsExactly("imported: 300", "updated: 0", "unchanged: 0", "rejected: 0");

    CliRun again = run("import", "persons", csv.toString(), "--tenant", "demo-city");
    assertThat(again.exit()).isZero();
    assertThat(again.lines())
        .containsExactly("imported: 0", "updated: 0", "unchanged: 300", "rejected: 0");
  }

  @Test
  void aFileWithBadRows_importsTheGoodOnes_exits3_andWritesRejectsWithoutNumbers()
      throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(csv));
    String good = lines.get(1);
    lines.set(
        2,
        lines.get(2).replaceFirst("^\\d{12}", good.substring(0, 11) + "0")); // a wrong check digit
    lines.set(3, lines.get(3).replaceFirst(",[^,]+,", ",=HYPERLINK(\"http://x\"),")); // a formula
    lines.add(good); // a duplicate
    Files.write(csv, lines, StandardCharsets.UTF_8);

    CliRun r = run("import", "persons", csv.toString(), "--tenant", "demo-city");

    assertThat(r.exit()).isEqualTo(3);
    assertThat(r.lines()).contains("rejected: 3");
    Path rejects = temp.resolve("town.csv.rejects.csv");
    String text = Files.readString(rejects);
    assertThat(Masking.holdsIndividualNumber(text)).isFalse();
    assertThat(text).contains("duplicate of line 2");
  }

  @Test
  void aMissingFile_orAFileWithoutTheColumns_isRefused_andNothingIsImported() throws Exception {
    assertThat(
            run("import", "persons", temp.resolve("nope.csv").toString(), "--tenant", "demo-city")
                .exit())
        .isEqualTo(2);
    Path odd = temp.resolve("odd.csv");
    Files.writeString(odd, "a,b,c\r\n1,2,3\r\n");
    CliRun r = run("import", "persons", odd.toString(), "--tenant", "demo-city");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--map");
  }

  @Test
  void find_show_erase_andRotate_tellTheStory() throws Exception {
    run("import", "persons", csv.toString(), "--tenant", "demo-city");
    String[] why = {"--tenant", "demo-city", "--purpose", "resident-tax", "--case", "2026-0001"};

    CliRun found = run(concat(new String[] {"persons", "find", "--number", firstNumber()}, why));
    assertThat(found.exit()).isZero();
    String token = found.out().strip();
    assertThat(mamori.crypto.AgencyToken.isValid(token)).isTrue();

    CliRun masked = run(concat(new String[] {"persons", "show", "--token", token}, why));
    assertThat(masked.exit()).isZero();
    assertThat(Masking.holdsIndividualNumber(masked.out())).isFalse();
    assertThat(masked.out()).contains("my_number:", "****-****-" + firstNumber().substring(8));

    CliRun clear =
        run(
            concat(
                new String[] {
                  "persons",
                  "show",
                  "--token",
                  token.toLowerCase(),
                  "--fields",
                  "my_number",
                  "--mask",
                  "none"
                },
                why));
    assertThat(clear.out().contains(firstNumber()))
        .as("an authorised reveal shows the number")
        .isTrue();

    CliRun byStaff = run("keys", "rotate", "--tenant", "demo-city");
    assertThat(byStaff.exit()).as("staff do not rotate keys").isEqualTo(2);
    assertThat(byStaff.err()).contains("role.not-allowed");
    CliLogin.officer(location, temp.resolve("keys-home"), temp, "demo-city");
    CliRun rotated = run("keys", "rotate", "--tenant", "demo-city");
    assertThat(rotated.exit()).isZero();
    assertThat(rotated.out()).contains("re-wrapped: 300", "to re-wrap under the primary key: 0");
    CliRun retired = run("keys", "retire", "--tenant", "demo-city", "--oldest");
    assertThat(retired.exit()).as(retired.toString()).isZero();
    assertThat(retired.out())
        .containsPattern("field key \\d+ destroyed: 0 data keys re-wrapped")
        .contains("(the older one destroyed)", "to re-wrap under the primary key: 0");
    CliRun status = run("keys", "status", "--tenant", "demo-city");
    assertThat(status.out()).contains("(retired; the root key generation before it too)");
    CliRun only = run("keys", "retire", "--tenant", "demo-city", "--oldest");
    assertThat(only.exit()).isEqualTo(2);
    assertThat(only.err()).contains("keys.not-retirable");
    CliLogin.staff(location, temp.resolve("keys-home"), temp, "demo-city");

    assertThat(run(concat(new String[] {"persons", "erase", "--token", token}, why)).exit())
        .isZero();
    CliRun after = run(concat(new String[] {"persons", "show", "--token", token}, why));
    assertThat(after.exit()).isEqualTo(2);
    assertThat(after.err()).contains("erased");
    assertThat(run(concat(new String[] {"persons", "find", "--number", firstNumber()}, why)).exit())
        .isEqualTo(1);
  }

  @Test
  void erase_withAPurposeNotRegistered_isRefused_andThePersonStays() throws Exception {
    run("import", "persons", csv.toString(), "--tenant", "demo-city");
    String[] why = {"--tenant", "demo-city", "--purpose", "resident-tax", "--case", "2026-0001"};
    String token =
        run(concat(new String[] {"persons", "find", "--number", firstNumber()}, why)).out().strip();

    CliRun refused =
        run(
            "persons",
            "erase",
            "--token",
            token,
            "--tenant",
            "demo-city",
            "--purpose",
            "tidy-up",
            "--case",
            "c");

    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("purpose.unknown");
    assertThat(run(concat(new String[] {"persons", "show", "--token", token}, why)).exit())
        .isZero();
  }

  @Test
  void badArguments_areRefusedWithoutEchoingTheNumber() throws Exception {
    String[] why = {"--tenant", "demo-city", "--purpose", "resident-tax", "--case", "c"};
    String wrong = firstNumber().substring(0, 11) + ((firstNumber().charAt(11) - '0' + 1) % 10);
    CliRun r = run(concat(new String[] {"persons", "find", "--number", wrong}, why));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("check digit");
    assertThat(
            run(concat(new String[] {"persons", "show", "--token", "KX4M-Q7RD-2HPA-93TD"}, why))
                .err())
        .contains("check character");
    assertThat(run("persons", "show", "--tenant", "demo-city", "--token", "x").exit()).isEqualTo(2);
  }

  @Test
  void aBadCase_isRefusedByTheOneCheck_withItsProblemNamed() throws Exception {
    run("import", "persons", csv.toString(), "--tenant", "demo-city");
    String n = firstNumber();
    String dotted = n.substring(0, 4) + "." + n.substring(4, 8) + "." + n.substring(8);
    for (String[] bad :
        new String[][] {
          {"R8\nforged", "control or format characters"},
          {"R8\u202E1", "control or format characters"},
          {" ", "name the case"},
          {"c".repeat(101), "at most 100 characters"},
          {dotted, "anything like a My Number"}
        }) {
      CliRun r =
          run(
              "persons",
              "find",
              "--number",
              n,
              "--tenant",
              "demo-city",
              "--purpose",
              "resident-tax",
              "--case",
              bad[0]);
      assertThat(r.exit()).as(bad[1]).isEqualTo(2);
      assertThat(r.err()).contains("--purpose/--case: ", bad[1]);
      assertThat(Masking.holdsIndividualNumber(r.out() + r.err())).isFalse();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
