package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextDecodingTest {
  private static final String JAPANESE = "氏名,個人番号\n山田太郎,１２３\n";

  private static String decode(byte[] bytes) throws IOException {
    try (Reader r = TextDecoding.reader(new ByteArrayInputStream(bytes))) {
      StringBuilder s = new StringBuilder();
      char[] buf = new char[4096];
      for (int n; (n = r.read(buf)) > 0; ) {
        s.append(buf, 0, n);
      }
      return s.toString();
    }
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void utf8_isReadAsUtf8() throws IOException {
    assertThat(decode(JAPANESE.getBytes(StandardCharsets.UTF_8))).isEqualTo(JAPANESE);
  }

  @Test
  void shiftJis_isDetectedAndReadAsCp932() throws IOException {
    byte[] sjis = JAPANESE.getBytes(TextDecoding.CP932);
    assertThat(TextDecoding.detect(sjis, true)).isEqualTo(TextDecoding.CP932);
    assertThat(decode(sjis)).isEqualTo(JAPANESE);
  }

  @Test
  void cp932OnlyCharacters_surviveTheRoundTrip() throws IOException {
    String text = "①髙﨑 ＮＥＣ特殊文字\n";
    assertThat(decode(text.getBytes(TextDecoding.CP932))).isEqualTo(text);
  }

  @Test
  void byteOrderMarks_chooseTheCharset_andAreDropped() throws IOException {
    byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(decode(concat(utf8Bom, JAPANESE.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(JAPANESE);
    byte[] le = {(byte) 0xFF, (byte) 0xFE};
    assertThat(decode(concat(le, JAPANESE.getBytes(StandardCharsets.UTF_16LE))))
        .isEqualTo(JAPANESE);
    byte[] be = {(byte) 0xFE, (byte) 0xFF};
    assertThat(decode(concat(be, JAPANESE.getBytes(StandardCharsets.UTF_16BE))))
        .isEqualTo(JAPANESE);
  }

  @Test
  void aCharacterCutAtTheEndOfTheSample_isStillUtf8() {
    byte[] sample = new byte[TextDecoding.SAMPLE];
    Arrays.fill(sample, (byte) 'a');
    byte[] kanji = "個".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(kanji, 0, sample, sample.length - 2, 2);
    assertThat(TextDecoding.detect(sample, false)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void aCutCharacterAtTheEndOfTheWholeFile_isMalformed() {
    byte[] kanji = "個".getBytes(StandardCharsets.UTF_8);
    assertThat(TextDecoding.detect(Arrays.copyOf(kanji, 2), true)).isEqualTo(TextDecoding.CP932);
  }

  @Test
  void malformedBytesAfterTheSample_areReplaced_notFatal() throws IOException {
    byte[] head = new byte[TextDecoding.SAMPLE];
    Arrays.fill(head, (byte) 'a');
    byte[] tail = "\n番号".getBytes(TextDecoding.CP932);
    String tailText = decode(concat(head, tail)).substring(TextDecoding.SAMPLE);
    assertThat(tailText).startsWith("\n").contains("\uFFFD").doesNotContain("番号");
  }

  @Test
  void asciiAndEmptyInput_areUtf8() {
    assertThat(TextDecoding.detect("a,b\n".getBytes(StandardCharsets.US_ASCII), true))
        .isEqualTo(StandardCharsets.UTF_8);
    assertThat(TextDecoding.detect(new byte[0], true)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(Charset.isSupported("windows-31j")).isTrue();
  }
}
