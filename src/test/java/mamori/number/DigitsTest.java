package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The digit rules shared by the number types, the masking filter and the scanner. */
class DigitsTest {
  @Test
  void constantTimeEquals_isFalseForDifferentLengths_andForAnyDifferentDigit() {
    assertThat(Digits.constantTimeEquals("1234", "1234")).isTrue();
    assertThat(Digits.constantTimeEquals("1234", "12345")).isFalse();
    assertThat(Digits.constantTimeEquals("12345", "1234")).isFalse();
    assertThat(Digits.constantTimeEquals("1234", "1235")).isFalse();
    assertThat(Digits.constantTimeEquals("", "")).isTrue();
  }

  @Test
  void mask_groupsInFoursFromTheRight_andKeepsOnlyTheLastFour() {
    assertThat(Digits.mask("123456789018")).isEqualTo("****-****-9018");
    assertThat(Digits.mask("7123456789012")).isEqualTo("*-****-****-9012");
    assertThat(Digits.mask("1234")).isEqualTo("1234");
  }
}
