package mamori.vault;

import static mamori.vault.PersonCsvFixtures.HEADER;
import static mamori.vault.PersonCsvFixtures.OPTIONS;
import static mamori.vault.PersonCsvFixtures.number;
import static mamori.vault.PersonCsvFixtures.read;
import static mamori.vault.PersonCsvFixtures.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import mamori.vault.PersonCsvFixtures.Read;
import org.junit.jupiter.api.Test;

/**
 * The crafted files of issue 4: each bad row is rejected with its reason and the rows after it
 * still read.
 */
class PersonCsvAttacksTest {

  @Test
  void shiftJisBytesInAUtf8File_rejectThatRowOnly() throws IOException {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    csv.writeBytes((HEADER + row(1)).getBytes(StandardCharsets.UTF_8));
    csv.writeBytes(row(number(2), "吉田").getBytes(Charset.forName("windows-31j")));
    csv.writeBytes((row(3) + "4" + row(4).substring(1)).getBytes(StandardCharsets.UTF_8));
    byte[] bytes = csv.toByteArray();
    bytes[bytes.length - 20] =
        (byte) 0xFF; // a byte never valid in UTF-8, in the last row's address
    Read read = read(bytes, OPTIONS);
    assertThat(read.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read.rejected())
        .containsExactly(
            "3: family_name: bytes that are not valid UTF-8 (or U+FFFD); given_name: bytes that are not valid UTF-8 "
                + "(or U+FFFD); family_name_kana: bytes that are not valid UTF-8 (or U+FFFD); given_name_kana: bytes "
                + "that are not valid UTF-8 (or U+FFFD); address: bytes that are not valid UTF-8 (or U+FFFD)",
            "5: my_number: check digit does not match; address: bytes that are not valid UTF-8 (or U+FFFD)");
    assertThat(read.rowLines()).containsExactly(2L, 4L);
  }

  @Test
  void unbalancedQuote_rejectsItsRowAndDoesNotSwallowTheRest() throws IOException {
    Read read = read(HEADER + row(1) + row(2).replace("山田", "\"山田") + row(3) + row(4));
    assertThat(read.rejected())
        .containsExactly("3: quote in column 2 not closed at the end of the file");
    assertThat(read.rowLines()).containsExactly(2L, 4L, 5L);
  }

  @Test
  void quoteClosedOnALaterLine_rejectsTheRowAndResumesOnTheNextLine() throws IOException {
    Read read =
        read(HEADER + row(1).replace("山田", "\"山田") + row(2) + row(3).replace("山田", "山\"田\"x"));
    // Line 4's quotes are inside an unquoted field, so they are its characters.
    assertThat(read.rejected()).containsExactly("2: text after the closing quote of column 2");
    assertThat(read.rowLines()).containsExactly(3L, 4L);
    assertThat(read.rows().get(1).person().familyName()).isEqualTo("山\"田\"x");
  }

  @Test
  void nulBytes_rejectTheirRow() throws IOException {
    Read read = read(HEADER + row(1).replace("山田", "山\0田") + row(2) + "\0\r\n" + row(3));
    assertThat(read.rejected())
        .containsExactly("2: family_name: NUL byte", "4: 11 columns expected, found 1");
    assertThat(read.rowLines()).containsExactly(3L, 5L);
  }

  @Test
  void tenThousandColumns_rejectTheRow() throws IOException {
    Read read = read(HEADER + row(1).replace("\r\n", ",x".repeat(9_989) + "\r\n") + row(2));
    assertThat(read.rejected()).containsExactly("2: 11 columns expected, found 10,000");
    assertThat(read.rowLines()).containsExactly(3L);
  }

  @Test
  void fiftyMegabyteLine_isRejectedWithoutHoldingIt_andTheNextRowReads() throws IOException {
    byte[] head = (HEADER + row(1) + number(2) + ",").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n" + row(3)).getBytes(StandardCharsets.UTF_8);
    long filler = 50L << 20;
    long total = head.length + filler + tail.length;
    InputStream in =
        new InputStream() {
          long sent;

          @Override
          public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (sent == total) {
              return -1;
            }
            int n = (int) Math.min(len, total - sent);
            for (int i = 0; i < n; i++, sent++) {
              b[off + i] =
                  sent < head.length
                      ? head[(int) sent]
                      : sent < head.length + filler
                          ? (byte) (sent % 3 == 0 ? ',' : 'a')
                          : tail[(int) (sent - head.length - filler)];
            }
            return n;
          }
        };
    Read read = read(in, total, OPTIONS);
    assertThat(read.rejected()).containsExactly("3: line longer than 65,536 bytes");
    assertThat(read.rowLines()).containsExactly(2L, 4L);
  }

  @Test
  void formulaPrefixes_rejectTheirRow() throws IOException {
    String csv =
        HEADER
            + row(1).replace("山田", "=HYPERLINK(\"\"x\"\")").replace("M,", "\"=1+1\",")
            + row(2).replace("太郎", "+cmd")
            + row(3).replace("ヤマダ", "@SUM(A1)")
            + row(4).replace("タロウ", "\tタロウ")
            + row(5).replace("H0000001", "-x")
            + row(6).replace("H0000001", " =1")
            + row(7).replace("H0000001", "-1")
            + row(8);
    Read read = read(csv);
    assertThat(read.rejected())
        .containsExactly(
            "2: family_name: starts with '=' like a spreadsheet formula; sex: starts with '=' like a spreadsheet formula",
            "3: given_name: starts with '+' like a spreadsheet formula",
            "4: family_name_kana: starts with '@' like a spreadsheet formula",
            "5: given_name_kana: starts with a tab like a spreadsheet formula",
            "6: household_id: starts with '-' like a spreadsheet formula",
            "7: household_id: starts with '=' like a spreadsheet formula");
    assertThat(read.rowLines()).containsExactly(8L, 9L);
  }

  @Test
  void controlCharacters_rejectTheirRow_evenInAQuotedMultiLineField_andLineNumbersStayPhysical()
      throws IOException {
    String csv =
        HEADER
            + row(1).replace("兵庫県尼崎市", "\"兵庫県\r\n尼崎市").replace("12-5,", "12-5\",")
            + row(2).replace("太郎", "太\u001b郎")
            + row(3).replace("太郎", "太\u202e郎")
            + row(4).replace("太郎", "太\u0085郎")
            + row(5);
    Read read = read(csv);
    assertThat(read.rejected())
        .containsExactly(
            "2: address: control character U+000D",
            "4: given_name: control character U+001B",
            "5: given_name: bidirectional control U+202E",
            "6: given_name: control character U+0085");
    assertThat(read.rowLines()).containsExactly(7L);
  }

  @Test
  void markupInNames_isStoredAsData() throws IOException {
    Read read =
        read(
            HEADER
                + row(number(1), "<script>alert(1)</script>")
                + row(number(2), "\"<b>\"\"x\"\"</b>\""));
    assertThat(read.rejected()).isEmpty();
    assertThat(read.rows())
        .extracting(r -> r.person().familyName())
        .containsExactly("<script>alert(1)</script>", "<b>\"x\"</b>");
  }
}
