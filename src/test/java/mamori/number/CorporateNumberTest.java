package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The corporate number's leading check digit, with the worked example of LAW.md. */
class CorporateNumberTest {
  // LAW.md: base 123456789012 gives sum 74, check digit 7.
  @Test
  void lawExample_checkDigitIsSeven() {
    assertThat(CorporateNumber.checkDigit("123456789012")).isEqualTo(7);
    assertThat(CorporateNumber.parse("7123456789012").masked()).isEqualTo("*-****-****-9012");
    assertThat(CorporateNumber.tryParse("8123456789012")).isEmpty();
  }

  @Test
  void fullWidthAndHyphens_areAccepted() {
    assertThat(CorporateNumber.parse("７－１２３４－５６７８－９０１２"))
        .isEqualTo(CorporateNumber.parse("7123456789012"));
  }

  @Test
  void equality_isByValue_andTheDigitsNeedTheAccessToken() {
    CorporateNumber n = CorporateNumber.parse("7123456789012");
    assertThat(n)
        .isNotEqualTo(CorporateNumber.parse("6123456789021"))
        .isNotEqualTo("7123456789012");
    assertThat(CorporateNumber.tryParse("7-1234-5678-9012")).contains(n);
    assertThat(n.digits(InsecureNumberAccess.get())).isEqualTo("7123456789012");
    assertThatThrownBy(() -> n.digits(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void wrongLength_isRefused() {
    assertThatThrownBy(() -> CorporateNumber.parse("123456789018"))
        .hasMessage("12 digits; a corporate number has 13");
    assertThatThrownBy(() -> CorporateNumber.checkDigit("1234"))
        .isInstanceOf(InvalidNumberException.class);
  }

  /** Twelve digits, leading zeros included; printed as {@code ********9012}. */
  static Gen<String> bases() {
    return MaskedTheories.digits(12);
  }

  @Test
  void checkDigit_isNeverZero_andAlwaysValidates() {
    MaskedTheories.qt()
        .withExamples(1000)
        .forAll(bases())
        .checkAssert(base -> {
          int c = CorporateNumber.checkDigit(base);
          assertThat(c).isBetween(1, 9);
          assertThat(CorporateNumber.parse(c + base).toString()).endsWith(base.substring(8));
        });
  }
}
