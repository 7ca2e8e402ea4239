package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code mamori number check}, end to end through the command line. */
class NumberCommandTest {
  static CliRun run(String stdin, String... args) {
    return CliRun.with(
        cl -> {
          if (stdin != null) {
            CommandLine check = cl.getSubcommands().get("number").getSubcommands().get("check");
            ((NumberCommand.Check) check.getCommand()).in =
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
          }
        },
        args);
  }

  @Test
  void allValid_exitZero_oneLinePerValueInOrder() {
    CliRun r = run(null, "number", "check", "123456789018", "7123456789012", "１２３４ ５６７８ ９０１８");
    assertThat(r.exit()).isZero();
    assertThat(r.out().lines())
        .containsExactly(
            "valid individual ****-****-9018",
            "valid corporate *-****-****-9012",
            "valid individual ****-****-9018");
  }

  @Test
  void anyInvalid_exitOne_andTheOthersStillJudged() {
    CliRun r = run(null, "number", "check", "123456789019", "123456789018", "abc");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines())
        .hasSize(3)
        .satisfiesExactly(
            l -> assertThat(l).startsWith("invalid individual"),
            l -> assertThat(l).startsWith("valid individual"),
            l -> assertThat(l).startsWith("invalid: character 1"));
    assertThat(r.out() + r.err()).doesNotContain("123456789019").doesNotContain("123456789018");
  }

  @Test
  void noValues_readsStandardInputLineByLine() {
    CliRun r = run("\uFEFF123456789018\r\n123456789019\n\n7123456789012\n", "number", "check");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines())
        .containsExactly(
            "valid individual ****-****-9018",
            "invalid individual ****-****-9019: check digit does not match",
            "invalid: no digits",
            "valid corporate *-****-****-9012");
  }

  @Test
  void emptyStandardInput_printsNothingAndSucceeds() {
    CliRun r = run("", "number", "check");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void garbageInput_isJudgedNotCrashedOn() {
    CliRun r =
        run(
            "\u0000\u0001\u00ff<script>alert(1)</script>\n" + "9".repeat(100_000) + "\n",
            "number",
            "check");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out().lines())
        .containsExactly(
            "invalid: character 1 is not a digit, space or hyphen",
            "invalid: 100000 digits; an individual number has 12, a corporate number 13");
  }

  @Test
  void numberWithoutSubcommand_printsUsage() {
    CliRun r = run(null, "number");
    assertThat(r.err()).contains("check");
  }

  @Test
  void unknownOption_isAUsageError() {
    CliRun r = run(null, "number", "check", "--frob");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option");
  }
}
