package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.generate.PersonGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline's RFC 4180 reader. */
class CsvRecordsTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("t.csv"), text, StandardCharsets.UTF_8);
  }

  private static List<List<String>> all(CsvRecords records) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String[] r; (r = records.next()) != null; ) {
      out.add(List.of(r));
    }
    return out;
  }

  @Test
  void quotedFields_holdCommasDoubledQuotesAndLineBreaks() throws IOException {
    try (CsvRecords r =
        CsvRecords.open(
            file("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n,\"\",z\r\n"))) {
      assertThat(r.header()).containsExactly("a", "b", "c");
      assertThat(all(r))
          .containsExactly(List.of("x,y", "say \"hi\"", "two\r\nlines"), List.of("", "", "z"));
    }
  }

  @Test
  void bareLineFeeds_andNoFinalLineBreak_areAccepted() throws IOException {
    try (CsvRecords r = CsvRecords.open(file("a,b\n1,2\n3,4"))) {
      assertThat(all(r)).containsExactly(List.of("1", "2"), List.of("3", "4"));
    }
  }

  @Test
  void aGeneratedFile_readsBackEveryPerson() throws IOException {
    Path csv = dir.resolve("p.csv");
    PersonGenerator.writeCsv(csv, 500, 7);
    try (CsvRecords r = CsvRecords.open(csv)) {
      assertThat(r.header()).hasSize(11).startsWith("my_number", "family_name");
      List<List<String>> rows = all(r);
      assertThat(rows).hasSize(500).allMatch(row -> row.get(0).matches("\\d{12}"));
    }
  }

  @Test
  void aRecordWithTooManyFields_isRefusedWithItsLine_andWithoutItsContent() throws IOException {
    try (CsvRecords r = CsvRecords.open(file("a,b\r\n1,2\r\n123456789018,secret,3\r\n"))) {
      r.next();
      assertThatThrownBy(r::next)
          .isInstanceOf(IOException.class)
          .hasMessage("line 3: 3 fields, the header has 2")
          .hasMessageNotContaining("secret");
    }
  }

  @Test
  void anUnclosedQuote_isRefused() throws IOException {
    try (CsvRecords r = CsvRecords.open(file("a\r\n\"open\r\n"))) {
      assertThatThrownBy(r::next)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("line 2: a quoted field");
    }
  }

  @Test
  void anEmptyFile_isRefused() throws IOException {
    Path empty = file("");
    assertThatThrownBy(() -> CsvRecords.open(empty))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty");
  }
}
