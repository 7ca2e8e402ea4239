package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  /** Each segment as {@code LINE[+]:TEXT}, + marking a segment that continues its line. */
  private static List<String> segments(String text, int capacity) throws IOException {
    LineReader lines = new LineReader(new StringReader(text), Fixtures.TABLE, capacity);
    List<String> out = new ArrayList<>();
    while (lines.next()) {
      assertThat(lines.end() - lines.start()).isLessThanOrEqualTo(capacity);
      out.add(
          lines.line()
              + (lines.continued() ? "+" : "")
              + ":"
              + new String(lines.buffer(), lines.start(), lines.end() - lines.start()));
    }
    return out;
  }

  @Test
  void lfCrLfAndCr_allEndLines() throws IOException {
    assertThat(segments("a\nb\r\nc\rd", 64)).containsExactly("1:a", "2:b", "3:c", "4:d");
  }

  @Test
  void emptyLines_areCounted_andAFinalNewlineAddsNoLine() throws IOException {
    assertThat(segments("a\n\n\nb\n", 64)).containsExactly("1:a", "2:", "3:", "4:b");
    assertThat(segments("", 64)).isEmpty();
    assertThat(segments("\r\n", 64)).containsExactly("1:");
  }

  @Test
  void crLfSplitByARefill_isOneLineEnd() throws IOException {
    assertThat(segments("abc\r\ndef\r\nghi", 4)).containsExactly("1:abc", "2:def", "3:ghi");
  }

  @Test
  void longLine_comesInSegmentsWithOneLineNumber_cutAfterNonDigits() throws IOException {
    assertThat(segments("abcdefgh 12\nx", 4)).containsExactly("1:abcd", "1+:efgh", "1+: 12", "2:x");
  }

  @Test
  void aCut_neverFallsInsideARunOfDigitsAndSingleSeparators() throws IOException {
    assertThat(segments("ab 1234-5678 cd", 12)).containsExactly("1:ab", "1+: 1234-5678 c", "1+:d");
  }

  @Test
  void twoSeparatorsInARow_areAPlaceToCut() throws IOException {
    assertThat(segments("1234  5678 9018", 12)).containsExactly("1:1234 ", "1+: 5678 9018");
  }

  @Test
  void aRunLongerThanTheBuffer_isCutAnyway_withAnOverlap_andReadingGoesOn() throws IOException {
    // capacity 8: the cut goes back half the buffer
    assertThat(segments("x" + "1".repeat(20) + "y 12\nz", 8))
        .containsExactly(
            "1:x",
            "1+:" + "1".repeat(8),
            "1+:" + "1".repeat(8),
            "1+:" + "1".repeat(8),
            "1+:" + "1".repeat(8),
            "1+:1111y",
            "1+: 12",
            "2:z");
  }

  @Test
  void aForcedCut_goesBackTheOverlap_andTheReportWindowsMeetOnce() throws IOException {
    String run = "1 ".repeat(300);
    LineReader lines = new LineReader(new StringReader(run + "\nz"), Fixtures.TABLE, 256);
    long reportedTo = 0;
    int segments = 0;
    while (lines.next() && lines.line() == 1) {
      segments++;
      assertThat(lines.base() + lines.reportFrom()).isEqualTo(reportedTo);
      reportedTo = lines.base() + lines.reportTo();
      if (!lines.endsLine()) {
        assertThat(lines.end() - lines.resume()).isEqualTo(LineReader.OVERLAP);
        assertThat(lines.end() - lines.reportTo()).isEqualTo(LineReader.MARGIN);
      }
    }
    assertThat(segments).isGreaterThan(2);
    assertThat(reportedTo).isEqualTo(run.length());
    assertThat(lines.line()).isEqualTo(2);
  }

  @Test
  void tenMegabyteLine_streamsThroughOneFixedBuffer() throws IOException {
    int capacity = 1 << 12;
    LineReader lines = new LineReader(new Generated(10_000_000), Fixtures.TABLE, capacity);
    char[] buffer = null;
    long chars = 0;
    int segments = 0;
    while (lines.next()) {
      if (buffer == null) {
        buffer = lines.buffer();
      }
      assertThat(lines.buffer()).isSameAs(buffer);
      assertThat(lines.capacity()).isEqualTo(capacity);
      assertThat(lines.line()).isEqualTo(1);
      chars += lines.end() - lines.start();
      segments++;
    }
    assertThat(chars).isEqualTo(10_000_000);
    assertThat(segments).isGreaterThanOrEqualTo(10_000_000 / capacity);
  }

  /**
   * A line of {@code length} chars, "word 1234 " repeated, made on the fly and never held whole.
   */
  static final class Generated extends Reader {
    private static final String UNIT = "word 1234 ";
    private long left;
    private int at;

    Generated(long length) {
      this.left = length;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (left == 0) {
        return -1;
      }
      int n = (int) Math.min(len, left);
      for (int i = 0; i < n; i++) {
        cbuf[off + i] = UNIT.charAt(at);
        at = (at + 1) % UNIT.length();
      }
      left -= n;
      return n;
    }

    @Override
    public void close() {}
  }
}
