package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCommandTest {
  static final String A =
      IndividualNumber.withCheckDigit("12345678901").digits(InsecureNumberAccess.get());
  static final String B =
      IndividualNumber.withCheckDigit("98765432109").digits(InsecureNumberAccess.get());

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  /** Runs {@code mamori ARGS} and checks that no full test number reached either stream. */
  private static Run run(String... args) {
    CliRun r = CliRun.of(args);
    assertNoFullNumber(r.out());
    assertNoFullNumber(r.err());
    return new Run(r.exit(), r.out(), r.err());
  }

  static void assertNoFullNumber(String text) {
    for (String n : List.of(A, B)) {
      assertThat(text.contains(n)).as("a full number was printed").isFalse();
    }
  }

  @Test
  void nothingFound_exits0_withOnlyTheSummary() throws IOException {
    Path file = Files.writeString(dir.resolve("clean.txt"), "phone 090-1234-5678\n");
    Run run = run("scan", file.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("scanned 1 file (20 B): 0 findings; 0 unreadable" + System.lineSeparator());
  }

  @Test
  void findings_exit1_oneLineEach_inTheExactFormat() throws IOException {
    Path csv = Files.writeString(dir.resolve("staff.csv"), "name,my_number\nYamada," + A + "\n");
    Path txt =
        Files.writeString(
            dir.resolve("notes.txt"),
            "memo\nref "
                + B.substring(0, 4)
                + "-"
                + B.substring(4, 8)
                + "-"
                + B.substring(8)
                + " and "
                + B.substring(0, 3)
                + " "
                + B.substring(3)
                + "\n");
    long bytes = Files.size(csv) + Files.size(txt);
    Run run = run("scan", dir.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            txt + ":line 2: ****-****-1093 medium (grouped 4-4-4)",
            txt + ":line 2: ****-****-1093 low (grouped 3-9)",
            csv + ":line 2: ****-****-9018 high (header my_number)");
    assertThat(run.err())
        .isEqualTo(
            "scanned 2 files ("
                + bytes
                + " B): 3 findings (1 high, 1 medium, 1 low) in 2 files;"
                + " 0 unreadable"
                + System.lineSeparator());
  }

  @Test
  void unreadableInput_exits2_evenWithFindings_andTheRestIsScanned() throws IOException {
    Path good = Files.writeString(dir.resolve("a.txt"), "個人番号 " + A + "\n");
    Path bad = Files.writeString(dir.resolve("b.pdf"), "%PDF-1.7\nbroken\n");
    Path missing = dir.resolve("missing.csv");
    Run run = run("scan", bad.toString(), missing.toString(), good.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.outLines())
        .containsExactly(good + ":line 1: ****-****-9018 high (context 個人番号)");
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(3);
    assertThat(err.get(0)).startsWith("mamori: cannot read " + bad + ": invalid PDF: ");
    assertThat(err.get(1)).isEqualTo("mamori: cannot read " + missing + ": no such file or folder");
    assertThat(err.get(2))
        .startsWith("scanned 1 file (")
        .endsWith("): 1 finding (1 high, 0 medium, 0 low) in 1 file;" + " 2 unreadable");
  }

  @Test
  void symbolicLinkToAFolder_isSkippedAndCounted() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "nothing\n");
    Path link = Files.createSymbolicLink(dir.resolve("self"), dir);
    Run run = run("scan", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.err().lines())
        .containsExactly(
            "mamori: skipped " + link + ": symbolic link to a folder",
            "scanned 1 file (8 B): 0 findings; 0 unreadable, 1 skipped");
  }

  @Test
  void sizes_areShownInDecimalUnits() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "x".repeat(1_250_000));
    assertThat(run("scan", big.toString()).err()).startsWith("scanned 1 file (1.3 MB): 0 findings");
  }

  @Test
  void noPath_isAUsageError_exit2() {
    Run run = run("scan");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("Missing required parameter: 'PATH'")
        .contains("Usage: mamori scan");
  }

  @Test
  void aNumberInAFileName_isFound_andPrintedMasked() throws IOException {
    Path file = Files.writeString(dir.resolve(A + ".txt"), "nothing\n");
    Run run = run("scan", file.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(dir + "/****-****-9018.txt:name: ****-****-9018 medium (12 digits)");
  }
}
