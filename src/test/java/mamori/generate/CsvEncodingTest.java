package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvEncodingTest {

  @ParameterizedTest
  @ValueSource(strings = {"utf-8", "UTF-8", "utf8", " utf-8 "})
  void utf8Names_giveUtf8(String name) {
    assertThat(CsvEncoding.parse(name)).isEqualTo(CsvEncoding.UTF_8);
    assertThat(CsvEncoding.parse(name).charset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "shift_jis",
        "Shift_JIS",
        "shift-jis",
        "sjis",
        "SJIS",
        "cp932",
        "ms932",
        "windows-31j"
      })
  void shiftJisNames_giveWindows31j(String name) {
    assertThat(CsvEncoding.parse(name)).isEqualTo(CsvEncoding.SHIFT_JIS);
    assertThat(CsvEncoding.parse(name).charset()).isEqualTo(Charset.forName("windows-31j"));
    assertThat(CsvEncoding.parse(name).label()).isEqualTo("shift_jis");
  }

  @ParameterizedTest
  @ValueSource(strings = {"latin1", "euc-jp", "utf-16", ""})
  void otherNames_areRefusedWithTheAcceptedOnes(String name) {
    assertThatThrownBy(() -> CsvEncoding.parse(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown encoding '" + name + "'")
        .hasMessageContaining("utf-8 or shift_jis");
  }
}
