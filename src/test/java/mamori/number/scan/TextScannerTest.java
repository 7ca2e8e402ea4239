package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.A_WRONG;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.TABLE;
import static mamori.number.scan.Fixtures.fullWidth;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextScannerTest {

  private static List<String> scan(String text, int capacity, char delimiter) throws IOException {
    return scan(new StringReader(text), capacity, delimiter);
  }

  private static List<String> scan(Reader text, int capacity, char delimiter) throws IOException {
    Fixtures.Recorder recorder = new Fixtures.Recorder();
    CharTable table = delimiter == '\t' ? TABLE.breakingOn('\t') : TABLE;
    new TextScanner(table, capacity).scan(text, delimiter, recorder.judge(table));
    return recorder.lines();
  }

  @Test
  void numbersInText_areFoundWithTheirLines() throws IOException {
    String text =
        "hello\n電話 090-1234-5678 番号 "
            + grouped(A, " ")
            + "\n"
            + A_WRONG
            + "\nID"
            + fullWidth(B)
            + "\n";
    assertThat(scan(text, 1024, (char) 0))
        .containsExactly(
            "line 2: " + MASK_A + " medium (grouped 4-4-4)",
            "line 4: " + MASK_B + " medium (12 digits)");
  }

  @Test
  void contextWordOnThePreviousLine_isHigh_butNotTwoLinesUp() throws IOException {
    String text = "個人番号\n" + A + "\nnote\n\n" + B + "\n";
    assertThat(scan(text, 1024, (char) 0))
        .containsExactly(
            "line 2: " + MASK_A + " high (context 個人番号)",
            "line 5: " + MASK_B + " medium (12 digits)");
  }

  @Test
  void crLfLineEndings_countLinesOnce() throws IOException {
    String text = "a\r\nb\r\n" + grouped(A, "\u3000") + "\r\n";
    assertThat(scan(text, 1024, (char) 0))
        .containsExactly("line 3: " + MASK_A + " medium (grouped 4-4-4)");
  }

  @Test
  void csvHeader_makesItsColumnHigh_andOnlyItsColumn() throws IOException {
    String text = "name,\"個人番号\",note\n山田,\"" + grouped(A, "-") + "\",x\n佐藤,,ref " + B + "\n";
    assertThat(scan(text, 1024, ','))
        .containsExactly(
            "line 2: " + MASK_A + " high (header 個人番号)",
            "line 3: " + MASK_B + " medium (12 digits)");
  }

  @Test
  void tsvFile_tabsSeparateFields_notGroups() throws IOException {
    String text = "id\tmy_number\n1\t" + A + "\n" + grouped(B, "\t") + "\n";
    assertThat(scan(text, 1024, '\t'))
        .containsExactly("line 2: " + MASK_A + " high (header my_number)");
    assertThat(scan(grouped(B, "\t"), 1024, (char) 0))
        .containsExactly("line 1: " + MASK_B + " medium (grouped 4-4-4)");
  }

  @Test
  void numberStraddlingTheChunkBoundary_isFound_atEveryOffset() throws IOException {
    int capacity = 64;
    for (int offset = 0; offset < 3 * capacity; offset++) {
      String text = "x".repeat(offset) + " " + grouped(A, "-") + " y\nnext " + B + "\n";
      assertThat(scan(text, capacity, (char) 0))
          .as("offset %d", offset)
          .containsExactly(
              "line 1: " + MASK_A + " medium (grouped 4-4-4)",
              "line 2: " + MASK_B + " medium (12 digits)");
    }
  }

  @Test
  void csvColumn_isTrackedAcrossChunksOfALongLine() throws IOException {
    String text = "note,my_number\n" + "\"" + "a,".repeat(100) + "\"," + A + "\n";
    assertThat(scan(text, 32, ','))
        .containsExactly("line 2: " + MASK_A + " high (header my_number)");
  }

  @Test
  void tenMegabyteSingleLine_isScannedThroughASmallBuffer() throws IOException {
    Reader text =
        new Concat(
            new LineReaderTest.Generated(10_000_000), new StringReader(" 個人番号 " + A + " end"));
    assertThat(scan(text, 1 << 12, (char) 0))
        .containsExactly("line 1: " + MASK_A + " high (context 個人番号)");
  }

  /** One reader after another, like SequenceInputStream for chars. */
  static final class Concat extends Reader {
    private final Reader[] parts;
    private int at;

    Concat(Reader... parts) {
      this.parts = parts;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
      while (at < parts.length) {
        int n = parts[at].read(cbuf, off, len);
        if (n >= 0) {
          return n;
        }
        at++;
      }
      return -1;
    }

    @Override
    public void close() {}
  }
}
