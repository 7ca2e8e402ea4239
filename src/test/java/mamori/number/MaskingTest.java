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
    assertThat(Masking.maskNumbers("port 8080, 12345678901 and 2026-11-23")).isEqualTo("port 8080, 12345678901 and 2026-11-23");
    assertThat(Masking.maskNumbers("/tmp/junit-15974578967524787357/x")).isEqualTo("/tmp/junit-15974578967524787357/x");
    assertThat(Masking.maskNumbers("")).isEmpty();
  }

  @Test
  void holdsIndividualNumber_findsValidOnesOnly() {
    assertThat(Masking.holdsIndividualNumber("case 123456789018")).isTrue();
    assertThat(Masking.holdsIndividualNumber("case 1234-5678-9018")).isTrue();
    assertThat(Masking.holdsIndividualNumber("case 123456789019")).isFalse();
    assertThat(Masking.holdsIndividualNumber("case-2026-001")).isFalse();
    assertThat(Masking.holdsIndividualNumber("ref 91234567890183")).isFalse(); // 14 digits: not a number
  }
}
