package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.number.IndividualNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code mamori generate persons} end to end through picocli. */
class GenerateCommandTest {
  static final String HEADER =
      "my_number,family_name,given_name,family_name_kana,given_name_kana,"
          + "birth_date,sex,postal_code,address,household_id,bank_account";
  static final Pattern SUMMARY =
      Pattern.compile(
          "wrote ([\\d,]+) persons in ([\\d,]+) households to (.+) \\((\\d+\\.\\d) MB, (utf-8|shift_jis)\\) in \\d+\\.\\d s\\R");

  @TempDir Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = MamoriCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  private String file() {
    return dir.resolve("persons.csv").toString();
  }

  /** The header line; assertions look at it alone so that a failure cannot print a row's number. */
  private static String firstLine(String csv) {
    return csv.substring(0, csv.indexOf("\r\n"));
  }

  private static List<String> numbers(String csv) {
    return csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
  }

  /**
   * Neither stream holds any number of the file, nor, outside the temporary folder's name, twelve
   * digits in a row.
   */
  private void assertNoNumberPrinted(List<String> numbers) {
    String printed = out + "\n" + err;
    assertThat(numbers.stream().filter(printed::contains).count()).as("numbers printed").isZero();
    String withoutFolder = printed.replace(dir.toString(), "DIR");
    assertThat(Pattern.compile("\\d{12}").matcher(withoutFolder).find())
        .as("12 digits printed")
        .isFalse();
  }

  @Test
  void persons_writesTheFile_exit0_andOnlyASummaryOnStderr() throws IOException {
    int code = run("generate", "persons", "--count", "1000", "--out", file());
    assertThat(code).as(err.toString()).isZero();
    String csv = Files.readString(Path.of(file()));
    assertThat(firstLine(csv)).isEqualTo(HEADER);
    List<String> numbers = numbers(csv);
    assertThat(numbers.size()).isEqualTo(1_000);
    assertThat(numbers.stream().distinct().count()).as("distinct numbers").isEqualTo(1_000);
    assertThat(numbers.stream().filter(n -> !IndividualNumber.isValidDigits(n)).count())
        .as("invalid numbers")
        .isZero();
    assertThat(out.toString()).isEmpty();
    var m = SUMMARY.matcher(err.toString());
    assertThat(m.matches()).as(err.toString()).isTrue();
    assertThat(m.group(1)).isEqualTo("1,000");
    assertThat(m.group(3)).isEqualTo(file());
    assertThat(m.group(5)).isEqualTo("utf-8");
    assertNoNumberPrinted(numbers);
  }

  @Test
  void shiftJisAlias_writesWindows31j() throws IOException {
    int code =
        run(
            "generate",
            "persons",
            "--count",
            "500",
            "--out",
            file(),
            "--encoding",
            "sjis",
            "--seed",
            "4");
    assertThat(code).as(err.toString()).isZero();
    byte[] bytes = Files.readAllBytes(Path.of(file()));
    String csv = new String(bytes, Charset.forName("windows-31j"));
    assertThat(firstLine(csv)).isEqualTo(HEADER);
    assertThat(csv.contains("県") && csv.contains("丁目")).as("Japanese text decodes").isTrue();
    assertThat(csv.contains("\uFFFD")).as("undecodable bytes").isFalse();
    assertThat(new String(bytes, StandardCharsets.UTF_8).contains("\uFFFD"))
        .as("is not UTF-8")
        .isTrue();
    assertThat(err.toString()).contains("shift_jis)");
    assertNoNumberPrinted(numbers(csv));
  }

  @Test
  void omittedSeed_isSeedOne_andTheSameSeedGivesTheSameBytes() throws IOException {
    Path a = dir.resolve("a.csv");
    Path b = dir.resolve("b.csv");
    Path c = dir.resolve("c.csv");
    assertThat(run("generate", "persons", "--count", "300", "--out", a.toString())).isZero();
    assertThat(run("generate", "persons", "--count", "300", "--out", b.toString(), "--seed", "1"))
        .isZero();
    assertThat(run("generate", "persons", "--count", "300", "--out", c.toString(), "--seed", "2"))
        .isZero();
    assertThat(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))).isTrue();
    assertThat(Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c))).isFalse();
  }

  @Test
  void unknownEncoding_exits2WithTheAcceptedNames_andWritesNothing() {
    int code = run("generate", "persons", "--count", "10", "--out", file(), "--encoding", "latin1");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("unknown encoding 'latin1'").contains("utf-8 or shift_jis");
    assertThat(Path.of(file())).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "100000001"})
  void countOutOfRange_exits2_andWritesNothing(String count) {
    int code = run("generate", "persons", "--count=" + count, "--out", file());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--count must be from 1 to 100,000,000");
    assertThat(Path.of(file())).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1e3", ""})
  void nonNumericCount_exits2(String count) {
    int code = run("generate", "persons", "--count", count, "--out", file());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--count");
    assertThat(Path.of(file())).doesNotExist();
  }

  @Test
  void negativeCountAsSeparateArgument_exits2() {
    assertThat(run("generate", "persons", "--count", "-5", "--out", file())).isEqualTo(2);
    assertThat(Path.of(file())).doesNotExist();
  }

  @Test
  void missingFolder_exits2WithAClearMessage_andCreatesNothing() throws IOException {
    Path out = dir.resolve("missing/persons.csv");
    int code = run("generate", "persons", "--count", "10", "--out", out.toString());
    assertThat(code).isEqualTo(2);
    // JUnit's folder names carry a long run of digits, which error messages mask like any number
    assertThat(err.toString())
        .startsWith("mamori: cannot write " + mamori.number.Masking.maskNumbers(out.toString()))
        .contains("does not exist");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void missingOptions_exit2() {
    assertThat(run("generate", "persons", "--count", "10")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
    assertThat(run("generate", "persons", "--out", file())).isEqualTo(2);
    assertThat(err.toString()).contains("--count");
  }

  @Test
  void generateWithoutSubcommand_printsUsageToStderr_exit2() {
    assertThat(run("generate")).isEqualTo(2);
    assertThat(err.toString())
        .contains("Missing subcommand")
        .contains("Usage:")
        .contains("persons");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void help_describesTheOptions() {
    assertThat(run("generate", "persons", "--help")).isZero();
    assertThat(out.toString()).contains("--count", "--out", "--encoding", "--seed", "default: 1");
  }
}
