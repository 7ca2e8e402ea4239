package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import mamori.generate.CsvRows.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whole files: the header, byte-for-byte reproducibility, both encodings, and all-or-nothing
 * writes.
 */
class PersonsCsvTest {
  @TempDir Path dir;

  private byte[] write(String name, long count, long seed, CsvEncoding encoding)
      throws IOException {
    Path out = dir.resolve(name);
    PersonGenerator.writeCsv(out, count, seed, encoding, rows -> {});
    return Files.readAllBytes(out);
  }

  private static List<String> column(String csv, int index) {
    return CsvRows.rows(csv).stream().map(r -> r.fields().get(index)).toList();
  }

  @Test
  void header_isExactlyTheAgreedColumns_withoutByteOrderMark() throws IOException {
    byte[] bytes = write("p.csv", 3, 1, CsvEncoding.UTF_8);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text.substring(0, text.indexOf('\n') + 1))
        .isEqualTo(
            "my_number,family_name,given_name,"
                + "family_name_kana,given_name_kana,birth_date,sex,postal_code,address,household_id,bank_account\r\n");
    assertThat(CsvRows.rows(text)).hasSize(3);
  }

  @Test
  void everyLine_endsInCrlf() throws IOException {
    String text = new String(write("p.csv", 1_000, 1, CsvEncoding.UTF_8), StandardCharsets.UTF_8);
    // Booleans and counts only: a failure message must not print a row's number.
    assertThat(text.endsWith("\r\n")).isTrue();
    String[] lines = text.split("\n", -1);
    assertThat(lines.length).isEqualTo(1_002);
    assertThat(Arrays.stream(lines).filter(l -> !l.isEmpty() && !l.endsWith("\r")).count())
        .as("lines without CR")
        .isZero();
    assertThat(text.replace("\r\n", "").indexOf('\r')).as("stray CR").isNegative();
  }

  @Test
  void sameSeed_givesIdenticalBytes() throws IOException {
    for (CsvEncoding encoding : CsvEncoding.values()) {
      byte[] a = write("a-" + encoding.label() + ".csv", 20_000, 123, encoding);
      byte[] b = write("b-" + encoding.label() + ".csv", 20_000, 123, encoding);
      assertThat(Arrays.equals(a, b)).as(encoding.label()).isTrue();
    }
  }

  @Test
  void differentSeed_givesDifferentPersonsAndNumbers() throws IOException {
    String a = new String(write("a.csv", 1_000, 1, CsvEncoding.UTF_8), StandardCharsets.UTF_8);
    String b = new String(write("b.csv", 1_000, 2, CsvEncoding.UTF_8), StandardCharsets.UTF_8);
    assertThat(a.equals(b)).isFalse();
    List<String> numbersA = column(a, 0);
    long shared = column(b, 0).stream().filter(numbersA::contains).count();
    assertThat(shared).as("numbers in both files").isZero();
  }

  @Test
  void shorterCount_isAPrefixOfALongerOne() {
    List<Row> shorter = CsvRows.rows(CsvRows.generate(9, 1_000));
    List<Row> longer = CsvRows.rows(CsvRows.generate(9, 3_000));
    assertThat(longer.subList(0, 1_000)).isEqualTo(shorter);
  }

  @Test
  void shiftJisFile_decodesToTheSameRowsAsTheUtf8File() throws IOException {
    byte[] utf8 = write("u.csv", 20_000, 5, CsvEncoding.UTF_8);
    byte[] sjis = write("s.csv", 20_000, 5, CsvEncoding.SHIFT_JIS);
    String fromSjis = new String(sjis, Charset.forName("windows-31j"));
    assertThat(sjis.length).isLessThan(utf8.length);
    assertThat(fromSjis.indexOf('\uFFFD')).isNegative();
    assertThat(fromSjis.equals(new String(utf8, StandardCharsets.UTF_8))).isTrue();
    assertThat(CsvRows.rows(fromSjis)).hasSize(20_000);
  }

  @Test
  void summary_countsPersonsHouseholdsAndBytes() throws IOException {
    Path out = dir.resolve("p.csv");
    List<Long> progress = new ArrayList<>();
    PersonGenerator.Summary s =
        PersonGenerator.writeCsv(out, 20_000, 3, CsvEncoding.SHIFT_JIS, progress::add);
    List<Row> rows =
        CsvRows.rows(new String(Files.readAllBytes(out), CsvEncoding.SHIFT_JIS.charset()));
    assertThat(s.persons()).isEqualTo(20_000);
    assertThat(s.households()).isEqualTo(rows.stream().map(Row::householdId).distinct().count());
    assertThat(s.bytes()).isEqualTo(Files.size(out));
    assertThat(s.encoding()).isEqualTo(CsvEncoding.SHIFT_JIS);
    assertThat(s.file()).isEqualTo(out);
    assertThat(progress).isSorted().endsWith(20_000L).contains(8_192L, 16_384L);
  }

  @Test
  void existingFile_isReplaced_andNoTemporaryFileRemains() throws IOException {
    Path out = dir.resolve("p.csv");
    Files.writeString(
        out, "old content that is longer than a header and more, and more, and more, and more");
    PersonGenerator.writeCsv(out, 1, 1);
    assertThat(CsvRows.rows(Files.readString(out))).hasSize(1);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void failedRun_leavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("p.csv");
    Files.writeString(out, "old");
    assertThatThrownBy(() ->
            PersonGenerator.writeCsv(
                out,
                100_000,
                1,
                CsvEncoding.UTF_8,
                rows -> {
                  throw new IllegalStateException("disk full, say");
                }))
        .hasMessage("disk full, say");
    assertThat(Files.readString(out)).isEqualTo("old");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void missingFolder_isRefusedWithAClearMessage_andNothingIsWritten() {
    Path out = dir.resolve("no/such/folder/p.csv");
    assertThatThrownBy(() -> PersonGenerator.writeCsv(out, 10, 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("cannot write " + out)
        .hasMessageContaining("does not exist");
    assertThat(dir.resolve("no")).doesNotExist();
  }

  @Test
  void folderAsOut_isRefused() {
    assertThatThrownBy(() -> PersonGenerator.writeCsv(dir, 10, 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("is a folder");
    assertThat(dir).isDirectory();
  }

  @Test
  void countOutsideOneToAHundredMillion_isRefused() {
    Path out = dir.resolve("p.csv");
    for (long count : new long[] {0, -1, PersonGenerator.MAX_COUNT + 1}) {
      assertThatThrownBy(() -> PersonGenerator.writeCsv(out, count, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("count must be from 1 to 100,000,000");
    }
    assertThat(out).doesNotExist();
  }
}
