package mamori.vault.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  /** Each record as "line:field|field" or "line!error". */
  static List<String> split(String csv, int max) throws IOException {
    return split(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), max);
  }

  static List<String> split(InputStream in, int max) throws IOException {
    CsvRecords r = new CsvRecords(in, max);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      if (r.error() != null) {
        out.add(r.line() + "!" + r.error());
        continue;
      }
      StringBuilder s = new StringBuilder().append(r.line()).append(':');
      for (int i = 0; i < Math.min(r.fields(), 20); i++) {
        s.append(i == 0 ? "" : "|").append(r.text(i, StandardCharsets.UTF_8));
      }
      if (r.fields() > 20) {
        s.append("…").append(r.fields());
      }
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void plainAndQuotedFields_splitAsRfc4180Says() throws IOException {
    assertThat(split("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\r\n", 100))
        .containsExactly("1:a|b|c", "2:x,y|say \"hi\"|");
  }

  @Test
  void lfCrLfAndCr_eachEndALine_andTheLastLineNeedsNoBreak() throws IOException {
    assertThat(split("a\nb\r\nc\rd", 100)).containsExactly("1:a", "2:b", "3:c", "4:d");
  }

  @Test
  void quotedLineBreaks_countAsPhysicalLines() throws IOException {
    assertThat(split("h\r\n\"two\r\nlines\",x\r\n\"three\nlines\rhere\",y\r\nlast\r\n", 100))
        .containsExactly("1:h", "2:two\r\nlines|x", "4:three\nlines\rhere|y", "7:last");
  }

  @Test
  void quoteInsideAnUnquotedField_isKeptAsACharacter() throws IOException {
    assertThat(split("ab\"c,d\n", 100)).containsExactly("1:ab\"c|d");
  }

  @Test
  void unclosedQuote_rejectsItsLineAndReadingResumesOnTheNextLine() throws IOException {
    assertThat(split("a,\"open\r\nb,c\r\nd,e\r\n", 100))
        .containsExactly("1!quote in column 2 not closed at the end of the file", "2:b|c", "3:d|e");
  }

  @Test
  void unclosedQuoteLongerThanTheLimit_resumesOnTheNextLine() throws IOException {
    StringBuilder csv = new StringBuilder("a,\"open\n");
    for (int i = 0; i < 50; i++) {
      csv.append("row").append(i).append(",x\n");
    }
    csv.append("z,\"closes here\"\n");
    List<String> records = split(csv.toString(), 64);
    assertThat(records.getFirst()).isEqualTo("1!quote in column 2 not closed within 64 bytes");
    assertThat(records.get(1)).isEqualTo("2:row0|x");
    assertThat(records).contains("51:row49|x", "52:z|closes here").hasSize(52);
  }

  @Test
  void textAfterAClosingQuote_rejectsTheLineOnly() throws IOException {
    assertThat(split("\"a\"b,\"c\"\nd,e\n", 100))
        .containsExactly("1!text after the closing quote of column 1", "2:d|e");
  }

  @Test
  void lineLongerThanTheLimit_isRejectedAndSkipped() throws IOException {
    String longLine = "x".repeat(300) + ",\"y\n" + "y".repeat(300) + "\"";
    assertThat(split("a,b\n" + longLine + "\nc,d\n" + "e".repeat(101) + "\n", 100))
        .containsExactly(
            "1:a|b",
            "2!line longer than 100 bytes",
            "3!line longer than 100 bytes",
            "4:c|d",
            "5!line longer than 100 bytes");
  }

  @Test
  void recordOfExactlyTheLimit_isRead() throws IOException {
    String limit = "z".repeat(100);
    assertThat(split(limit + "\r\n" + limit, 100)).containsExactly("1:" + limit, "2:" + limit);
  }

  @Test
  void fiftyMegabyteLine_isSkippedWithoutHoldingIt() throws IOException {
    long size = 50L << 20;
    InputStream huge =
        new InputStream() {
          long sent;
          final byte[] head = "a,b\n".getBytes(StandardCharsets.UTF_8);
          final byte[] tail = "\nc,d\n".getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            long total = head.length + size + tail.length;
            if (sent >= total) {
              return -1;
            }
            int n = (int) Math.min(len, total - sent);
            for (int i = 0; i < n; i++) {
              long at = sent + i;
              b[off + i] =
                  at < head.length
                      ? head[(int) at]
                      : at < head.length + size
                          ? (byte) (at % 7 == 0 ? ',' : 'q')
                          : tail[(int) (at - head.length - size)];
            }
            sent += n;
            return n;
          }
        };
    assertThat(split(huge, 65_536))
        .containsExactly("1:a|b", "2!line longer than 65,536 bytes", "3:c|d");
  }

  @Test
  void tenThousandColumns_areCountedNotKept() throws IOException {
    List<String> records = split(",".repeat(9_999) + "\nok\n", 65_536);
    assertThat(records).hasSize(2);
    assertThat(records.getFirst()).endsWith("…10000");
    assertThat(records.get(1)).isEqualTo("2:ok");
  }

  @Test
  void position_countsTheBytesConsumed() throws IOException {
    CsvRecords r =
        new CsvRecords(
            new ByteArrayInputStream("ab,c\r\nd\r\n".getBytes(StandardCharsets.UTF_8)), 100);
    assertThat(r.next()).isTrue();
    assertThat(r.position()).isEqualTo(5);
    assertThat(r.next()).isTrue();
    assertThat(r.next()).isFalse();
    assertThat(r.position()).isEqualTo(9);
  }

  @Test
  void recordsAcrossManyBufferRefills_splitTheSame() throws IOException {
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40_000; i++) {
      csv.append(i).append(",\"q\"\"").append(i).append("\r\nx\",end\r\n");
      expected.add((2 * i + 1) + ":" + i + "|q\"" + i + "\r\nx|end");
    }
    assertThat(split(csv.toString(), 1000)).isEqualTo(expected);
  }
}
