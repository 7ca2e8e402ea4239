package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The individual number's check digit, normalisation and masking, with the worked example of
 * LAW.md.
 */
class IndividualNumberTest {
  // LAW.md: 12345678901 gives sum 212, r = 3, check digit 8.
  static final String EXAMPLE = "123456789018";

  @Test
  void lawExample_checkDigitIsEight() {
    assertThat(IndividualNumber.checkDigit("12345678901")).isEqualTo(8);
    assertThat(IndividualNumber.isValidDigits(EXAMPLE)).isTrue();
    assertThat(IndividualNumber.isValidDigits("123456789019")).isFalse();
  }

  @Test
  void isValidDigits_wantsTwelveAsciiDigits() {
    // '<' is '0' + 12: read as a digit it would be 1 + 11, which leaves the weighted sum mod 11 as
    // it is
    assertThat(IndividualNumber.isValidDigits("<23456789018")).isFalse();
    assertThat(IndividualNumber.isValidDigits("12345678901８")).isFalse();
    assertThat(IndividualNumber.isValidDigits("12345678901")).isFalse();
    assertThat(IndividualNumber.isValidDigits("1234567890180")).isFalse();
  }

  @Test
  void remainderZeroOrOne_givesCheckDigitZero() {
    // 00000000000: sum 0, r = 0 -> 0.  10000000001: 6 + 2 = 8 -> 3.  00000000006: 6*2 = 12, r = 1
    // -> 0.
    assertThat(IndividualNumber.checkDigit("00000000000")).isZero();
    assertThat(IndividualNumber.checkDigit("00000000006")).isZero();
    assertThat(IndividualNumber.checkDigit("10000000001")).isEqualTo(3);
  }

  @ParameterizedTest(name = "[{index}]") // the values are numbers: never in the report
  @ValueSource(
      strings = {
        "123456789018",
        "1234 5678 9018",
        "1234-5678-9018",
        "１２３４５６７８９０１８",
        "１２３４－５６７８－９０１８",
        "1234\u30005678\u30009018",
        " 123456789018 ",
        "1234‐5678−9018"
      })
  void writtenForms_normaliseToTheExample(String written) {
    assertThat(IndividualNumber.parse(written).digits(InsecureNumberAccess.get()))
        .isEqualTo(EXAMPLE);
  }

  @Test
  void wrongCheckDigit_isRefusedWithoutEchoingTheValue() {
    assertThatThrownBy(() -> IndividualNumber.parse("123456789019"))
        .isInstanceOf(InvalidNumberException.class)
        .hasMessage("check digit does not match")
        .message()
        .doesNotContain("1234");
  }

  @ParameterizedTest(name = "[{index}]") // the values are numbers: never in the report
  @ValueSource(strings = {"12345678901", "1234567890180", "7123456789012"})
  void wrongLength_isRefusedWithTheCount(String value) {
    assertThatThrownBy(() -> IndividualNumber.parse(value))
        .isInstanceOf(InvalidNumberException.class)
        .hasMessage(value.length() + " digits; an individual number has 12");
  }

  @ParameterizedTest(name = "[{index}]") // the values are numbers: never in the report
  @ValueSource(
      strings = {
        "12345678901a",
        "123456789018\u0000",
        "<b>123456789018</b>",
        "１２３４５６７８９０１８円",
        "+123456789018"
      })
  void otherCharacters_areRefusedByPosition(String value) {
    assertThatThrownBy(() -> IndividualNumber.parse(value))
        .isInstanceOf(InvalidNumberException.class)
        .hasMessageMatching("character \\d+ is not a digit, space or hyphen");
  }

  @Test
  void emptyAndBlank_areRefused() {
    assertThatThrownBy(() -> IndividualNumber.parse("")).hasMessage("no digits");
    assertThatThrownBy(() -> IndividualNumber.parse(" - ")).hasMessage("no digits");
  }

  @Test
  void maskedAndToString_showOnlyTheLastFour() {
    IndividualNumber n = IndividualNumber.parse(EXAMPLE);
    assertThat(n.masked()).isEqualTo("****-****-9018");
    assertThat(n).hasToString("****-****-9018");
    assertThat(String.valueOf(java.util.List.of(n))).doesNotContain("12345678");
  }

  @Test
  void equality_isByValue() {
    assertThat(IndividualNumber.parse("1234 5678 9018"))
        .isEqualTo(IndividualNumber.parse(EXAMPLE))
        .hasSameHashCodeAs(IndividualNumber.parse(EXAMPLE))
        .isNotEqualTo(IndividualNumber.withCheckDigit("12345678902"));
  }

  @Test
  void withCheckDigit_appendsTheRightDigit() {
    assertThat(IndividualNumber.withCheckDigit("12345678901").digits(InsecureNumberAccess.get()))
        .isEqualTo(EXAMPLE);
    assertThatThrownBy(() -> IndividualNumber.withCheckDigit("1234"))
        .isInstanceOf(InvalidNumberException.class);
  }

  @Test
  void tryParse_isEmptyForInvalidInput() {
    assertThat(IndividualNumber.tryParse("123456789019")).isEmpty();
    assertThat(IndividualNumber.tryParse(EXAMPLE)).isPresent();
  }

  @Test
  void digits_needTheAccessToken() {
    assertThatThrownBy(() -> IndividualNumber.parse(EXAMPLE).digits(null))
        .isInstanceOf(NullPointerException.class);
  }
}
