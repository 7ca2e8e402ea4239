package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
  @Test
  void runsOfTwelveDigits_keepTheirLastFour() {
    assertThat(Masking.maskNumbers("not 123456789018 here")).isEqualTo("not ********9018 here");
    assertThat(Masking.maskNumbers("1234 5678 9018")).isEqualTo("**** **** 9018");
    assertThat(Masking.maskNumbers("１２３４－５６７８－９０１８")).isEqualTo("****－****－９０１８");
    assertThat(Masking.maskNumbers("123456789019")).isEqualTo("********9019");
  }

  @Test
  void shorterRunsAndOtherText_areLeftAlone() {
    assertThat(Masking.maskNumbers("port 8080 and 12345678901 and 2026-11-23"))
        .isEqualTo("port 8080 and 12345678901 and 2026-11-23");
    assertThat(Masking.maskNumbers("port 8080, 12345678901")) // one chain of fifteen digits
        .isEqualTo("port ****, *******8901");
    assertThat(Masking.maskNumbers("/tmp/junit-15974578967524787357/x"))
        .isEqualTo("/tmp/junit-****************7357/x"); // any chain of twelve or more is masked
    assertThat(Masking.maskNumbers("")).isEmpty();
  }

  @Test
  void zerosInEveryPosition_areMaskedLikeAnyOtherDigit() {
    assertMasksTo("000000000000", "********0000");
    assertMasksTo("0000-0000-0000", "****-****-0000");
    assertMasksTo("００００００００００００", "********００００");
    assertThat(Masking.holdsIndividualNumber("0000 0000 0000")).isTrue();
    for (int zero = 0; zero < IndividualNumber.LENGTH - 1; zero++) {
      StringBuilder base = new StringBuilder("11111111111");
      base.setCharAt(zero, '0');
      String digits = IndividualNumber.withCheckDigit(base).digits(InsecureNumberAccess.get());
      String last = digits.substring(8);
      assertMasksTo(digits, "********" + last);
      assertMasksTo(
          digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + last, "****-****-" + last);
      assertThat(Masking.holdsIndividualNumber("ref " + digits)).as("a zero at %d", zero).isTrue();
    }
  }

  @Test
  void everySeparatorAPersonTypes_isGroupedLikeAHyphen() {
    for (char sep :
        " \t\u3000\u00A0-\uFF0D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70"
            .toCharArray()) {
      String typed = "1234" + sep + "5678" + sep + "9018";
      assertMasksTo("no. " + typed + ".", "no. ****" + sep + "****" + sep + "9018.");
      assertThat(Masking.holdsIndividualNumber(typed)).as("U+%04X", (int) sep).isTrue();
    }
  }

  /** Compares without ever printing more than four digits of what was masked. */
  private static void assertMasksTo(String text, String expected) {
    String masked = Masking.maskNumbers(text);
    long visible = masked.chars().filter(c -> Character.isDigit(c)).count();
    assertThat(visible)
        .as("digits left visible in %s", MaskedTheories.masked(masked))
        .isLessThanOrEqualTo(expected.chars().filter(c -> Character.isDigit(c)).count());
    assertThat(masked).isEqualTo(expected);
  }

  @Test
  void holdsIndividualNumber_findsValidOnesOnly() {
    assertThat(Masking.holdsIndividualNumber("case 123456789018")).isTrue();
    assertThat(Masking.holdsIndividualNumber("case 1234-5678-9018")).isTrue();
    assertThat(Masking.holdsIndividualNumber("case 123456789019")).isFalse();
    assertThat(Masking.holdsIndividualNumber("case-2026-001")).isFalse();
    assertThat(Masking.holdsIndividualNumber("ref 91234567890183"))
        .isFalse(); // 14 digits: not a number
  }
}
