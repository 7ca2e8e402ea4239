package mamori.vault;

import static mamori.vault.PersonCsvFixtures.HEADER;
import static mamori.vault.PersonCsvFixtures.OPTIONS;
import static mamori.vault.PersonCsvFixtures.number;
import static mamori.vault.PersonCsvFixtures.read;
import static mamori.vault.PersonCsvFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mamori.core.Field;
import mamori.generate.CsvEncoding;
import mamori.generate.PersonGenerator;
import mamori.number.InsecureNumberAccess;
import mamori.number.Masking;
import mamori.vault.PersonCsvFixtures.Read;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files: the generator's, other headers, encodings, batches and file-level errors. */
class PersonCsvReaderTest {
  @TempDir Path dir;

  private Read readFile(Path file, PersonCsvReader.Options options) throws IOException {
    try (PersonCsvReader reader = PersonCsvReader.open(file, options)) {
      Read all = PersonCsvFixtures.readAll(reader);
      assertThat(reader.bytesRead()).isEqualTo(Files.size(file)).isEqualTo(reader.totalBytes());
      return all;
    }
  }

  @Test
  void generatorsUtf8File_readsBackEveryRowAsWritten() throws IOException {
    Path file = dir.resolve("p.csv");
    PersonGenerator.writeCsv(file, 5_000, 11);
    Read read = readFile(file, OPTIONS);
    assertThat(read.rejected()).isEmpty();
    assertThat(read.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read.rowLines()).hasSize(5_000).startsWith(2L, 3L).endsWith(5_001L);
    List<String> lines = Files.readAllLines(file).subList(1, 5_001);
    for (int i = 0; i < lines.size(); i++) {
      Map<Field, String> v = read.rows().get(i).person().values(InsecureNumberAccess.get());
      String sex = v.get(Field.SEX).equals("1") ? "M" : "F";
      v.put(Field.SEX, sex);
      // A boolean, so that a failure never prints the row's number.
      assertThat(String.join(",", v.values()).equals(lines.get(i)))
          .as("line %d as written", i + 2)
          .isTrue();
    }
  }

  @Test
  void generatorsShiftJisFile_readsTheSamePersonsAsUtf8() throws IOException {
    Path utf8 = dir.resolve("u.csv");
    Path sjis = dir.resolve("s.csv");
    PersonGenerator.writeCsv(utf8, 3_000, 5, CsvEncoding.UTF_8, n -> {});
    PersonGenerator.writeCsv(sjis, 3_000, 5, CsvEncoding.SHIFT_JIS, n -> {});
    Read a = readFile(utf8, OPTIONS);
    Read b = readFile(sjis, OPTIONS);
    assertThat(b.charset()).isEqualTo(Charset.forName("windows-31j"));
    assertThat(b.rejected()).isEmpty();
    assertThat(b.rows().equals(a.rows())).as("same rows").isTrue();
  }

  @Test
  void forcedEncoding_isUsedWithoutDetection() throws IOException {
    byte[] sjis = (HEADER + row(1)).getBytes(Charset.forName("windows-31j"));
    Read read = read(sjis, OPTIONS.withEncoding(PersonCsvReader.Encoding.UTF_8));
    assertThat(read.rows()).isEmpty();
    assertThat(read.rejected()).singleElement().asString().contains("not valid UTF-8");
    assertThat(read(sjis, OPTIONS.withEncoding(PersonCsvReader.Encoding.SHIFT_JIS)).rows())
        .hasSize(1);
  }

  @Test
  void byteOrderMark_isSkipped() throws IOException {
    Read read = read("\uFEFF" + HEADER + row(1));
    assertThat(read.rows())
        .singleElement()
        .extracting(r -> r.person().familyName())
        .isEqualTo("山田");
  }

  @Test
  void mappedHeaderNames_findTheirColumns_otherColumnsIgnored_optionalOnesMayBeAbsent()
      throws IOException {
    String csv =
        "備考,個人番号,氏,名,氏カナ,名カナ,生年月日,性別,住所\r\n"
            + "memo,"
            + number(7)
            + ",山田,花子,ヤマダ,ハナコ,1990/3/4,女,東京都練馬区豊玉北6丁目12-1\r\n";
    PersonCsvReader.Options options =
        OPTIONS.withColumns(
            "my_number=個人番号,family_name=氏,given_name=名,"
                + "family_name_kana=氏カナ, given_name_kana = 名カナ,birth_date=生年月日,sex=性別,address=住所");
    PersonData p = read(csv.getBytes(StandardCharsets.UTF_8), options).rows().getFirst().person();
    assertThat(p.givenName()).isEqualTo("花子");
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1990, 3, 4));
    assertThat(p.sex()).isEqualTo("2");
    assertThat(p.postalCode()).isEmpty();
    assertThat(p.bankAccount()).isEmpty();
  }

  @Test
  void headerNames_matchAfterNfkcTrimAndCase() throws IOException {
    String header =
        " ＭＹ_ＮＵＭＢＥＲ ,Family_Name,given_name,family_name_kana,given_name_kana,birth_date,SEX,"
            + "postal_code,\"address\",household_id,bank_account\r\n";
    assertThat(read(header + row(3)).rows()).hasSize(1);
  }

  @Test
  void badMapping_isRefusedWithTheReason() {
    assertThatThrownBy(() -> OPTIONS.withColumns("number=個人番号"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown field 'number'");
    assertThatThrownBy(() -> OPTIONS.withColumns("my_number"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lacks '='");
    assertThatThrownBy(() -> OPTIONS.withColumns("my_number=a,my_number=b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void headerWithoutRequiredColumns_failsBeforeAnyRow() {
    assertThatThrownBy(() -> read("my_number,family_name\r\n" + row(1)))
        .isInstanceOf(PersonCsvException.class)
        .hasMessageContaining("lacks the required columns given_name, family_name_kana");
  }

  @Test
  void fileWithoutHeader_failsAndTheMessageHoldsNoNumber() {
    assertThatThrownBy(() -> read(row(1) + row(2)))
        .isInstanceOf(PersonCsvException.class)
        .hasMessageContaining("is the first line a header?")
        .satisfies(e -> assertThat(Masking.holdsIndividualNumber(e.getMessage())).isFalse());
  }

  @Test
  void columnNamedTwice_fails() {
    assertThatThrownBy(() -> read(HEADER.replace("\r\n", ",my_number\r\n")))
        .isInstanceOf(PersonCsvException.class)
        .hasMessageContaining("my_number twice (columns 1 and 12)");
  }

  @Test
  void emptyFile_utf16File_andMissingFile_fail() {
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(PersonCsvException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> read(("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE), OPTIONS))
        .isInstanceOf(PersonCsvException.class)
        .hasMessageContaining("UTF-16");
    assertThatThrownBy(() -> PersonCsvReader.open(dir.resolve("absent.csv"), OPTIONS))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void batches_holdAtMostMaxRecords_andProgressGrows() throws IOException {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 25; i++) {
      csv.append(i % 5 == 0 ? "bad\r\n" : row(i));
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    try (PersonCsvReader reader =
        PersonCsvReader.open(new java.io.ByteArrayInputStream(bytes), bytes.length, OPTIONS)) {
      long before = reader.bytesRead();
      PersonCsvReader.Batch first = reader.next(10);
      assertThat(first.rows()).hasSize(8);
      assertThat(first.rejects()).extracting(PersonCsvReader.Reject::line).containsExactly(6L, 11L);
      assertThat(first.persons()).hasSize(8);
      assertThat(reader.bytesRead()).isGreaterThan(before).isLessThan(bytes.length);
      assertThat(reader.next(10).rejects()).hasSize(2);
      assertThat(reader.next(10).rows()).hasSize(4);
      assertThat(reader.next(10).isEmpty()).isTrue();
      assertThat(reader.bytesRead()).isEqualTo(bytes.length);
    }
  }

  @Test
  void blankLines_areSkipped_andLaterLinesKeepTheirNumbers() throws IOException {
    Read read = read(HEADER + "\r\n" + row(1) + ",,,,,,,,,,\r\n\r\n" + row(2));
    assertThat(read.rejected()).isEmpty();
    assertThat(read.rowLines()).containsExactly(3L, 6L);
  }
}
