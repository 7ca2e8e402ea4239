package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContextWordsTest {
  private static @Nullable String find(String text) {
    char[] a = text.toCharArray();
    return ContextWords.find(a, 0, a.length);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "あなたのマイナンバーは|マイナンバー",
        "個人番号：|個人番号",
        "舊字體の個人番號|個人番號",
        "My Number:|my number",
        "MYNUMBER=|mynumber",
        "field my_number|my_number",
        "(my-number)|my-number",
        "your my numbers|my number"
      })
  void contextWords_areFound(String text, String word) {
    assertThat(find(text)).isEqualTo(word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"economy number", "phone number", "mynumberx", "個人情報", "マイナ保険証", ""})
  void otherWords_areNot(String text) {
    assertThat(find(text)).isNull();
  }

  @Test
  void onlyTheGivenRangeIsRead() {
    char[] a = "個人番号 1234".toCharArray();
    assertThat(ContextWords.find(a, 1, a.length)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "my_number",
        "My Number",
        "MYNUMBER",
        "個人番号",
        "マイナンバー",
        "kojin_bango",
        "Individual Number",
        "individual_number",
        "\"個人番号\"",
        " 個人番号 ",
        "従業員の個人番号",
        "\uFEFFmy_number"
      })
  void myNumberHeaders_match(String header) {
    assertThat(ContextWords.header(header)).isNotNull();
  }

  @Test
  void aMatchingHeader_isReportedTrimmed() {
    assertThat(ContextWords.header(" \"my_number\" ")).isEqualTo("my_number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "number",
        "電話番号",
        "id",
        "",
        "個人番号 " + "123456789018",
        "a very long header about the 個人番号 of staff"
      })
  void otherHeaders_doNot(String header) {
    assertThat(ContextWords.header(header)).isNull();
  }
}
