package mamori.vault.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvCharsetsTest {
  private static final String TEXT = "my_number,family_name\r\n123456789018,吉田 千尋,兵庫県尼崎市昭和通3丁目\r\n";

  private static Charset detect(byte[] b) {
    return CsvCharsets.detect(b, b.length);
  }

  @Test
  void utf8Text_isUtf8() {
    assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
    assertThat(detect("plain ascii".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void shiftJisText_isCp932() {
    assertThat(detect(TEXT.getBytes(CsvCharsets.CP932))).isEqualTo(CsvCharsets.CP932);
  }

  @Test
  void utf8WithAFewShiftJisBytes_staysUtf8() {
    byte[] good = TEXT.repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] bad = "吉田".getBytes(CsvCharsets.CP932);
    byte[] mixed = new byte[good.length + bad.length];
    System.arraycopy(good, 0, mixed, 0, good.length);
    System.arraycopy(bad, 0, mixed, good.length, bad.length);
    assertThat(detect(mixed)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void bom_isUtf8AndThreeBytesLong() {
    byte[] b = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    assertThat(detect(b)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(CsvCharsets.utf8BomLength(b, b.length)).isEqualTo(3);
    assertThat(CsvCharsets.utf8BomLength(TEXT.getBytes(StandardCharsets.UTF_8), 5)).isZero();
  }

  @Test
  void utf16WithOrWithoutBom_isRefused() {
    assertThat(detect(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE))).isNull();
    assertThat(detect(TEXT.getBytes(StandardCharsets.UTF_16BE))).isNull();
    assertThat(detect(("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE))).isNull();
  }
}
