package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of the one detector and the one check of a why: digits of every kind and their values,
 * the length at which a chain counts, what the problems say, and a case made from text.
 */
class WhyAndNumberTextEdgesTest {
  static final String TWELVE = "1234" + "5678" + "9012";

  @Test
  void eachKindOfDigit_hasItsValue_andEverythingElseNone() {
    assertThat(NumberText.digitValue('0')).isZero();
    assertThat(NumberText.digitValue('9')).isEqualTo(9);
    assertThat(NumberText.digitValue('/')).isEqualTo(-1); // just below '0'
    assertThat(NumberText.digitValue(':')).isEqualTo(-1); // just above '9'
    assertThat(NumberText.digitValue('a')).isEqualTo(-1);
    assertThat(NumberText.digitValue(0x7F)).isEqualTo(-1);
    assertThat(NumberText.digitValue('０')).isZero();
    assertThat(NumberText.digitValue('７')).isEqualTo(7);
    assertThat(NumberText.digitValue('٣')).isEqualTo(3); // Arabic-Indic
    assertThat(NumberText.digitValue('①')).isEqualTo(1); // circled, OTHER_NUMBER
    assertThat(NumberText.digitValue('⑨')).isEqualTo(9);
    assertThat(NumberText.digitValue('⑩')).as("ten is not a digit").isEqualTo(-1);
    assertThat(NumberText.digitValue('²')).isEqualTo(2);
    assertThat(NumberText.digitValue('½')).isEqualTo(-1);
    assertThat(NumberText.digitValue('€')).isEqualTo(-1);
  }

  @Test
  void aChainCounts_fromTwelveDigits() {
    String eleven = TWELVE.substring(1);
    assertThat(NumberText.chains("x " + eleven + " y")).isEmpty();
    assertThat(NumberText.chains("x " + TWELVE + " y")).containsExactly(TWELVE);
    assertThat(NumberText.chains("a 1234-5678-9012 b ０１２３ ４５６７ ８９０１"))
        .containsExactly(TWELVE, "012345678901");
    assertThat(NumberText.chains("٣".repeat(12))).containsExactly("3".repeat(12));
    assertThat(NumberText.holdsNumber("0000 0000 0000")).as("zeros are digits").isTrue();
    assertThat(NumberText.holdsNumber("0000-0000-000")).isFalse();
    assertThat(NumberText.mask("x 1000-0000-0001 y")).isEqualTo("x ****-****-0001 y");
    assertThat(NumberText.mask("ends " + TWELVE)).isEqualTo("ends ********9012");
    assertThat(NumberText.mask(TWELVE)).isEqualTo("********9012");
    assertThat(NumberText.holdsNumber(eleven)).isFalse();
    assertThat(NumberText.holdsNumber(TWELVE)).isTrue();
  }

  @Test
  void refusingANumberInText_namesTheTextOnly() {
    NumberText.refuseNumberIn("a label", "no number here 12345");
    assertThatThrownBy(() -> NumberText.refuseNumberIn("a label", "call " + TWELVE))
        .isInstanceOf(NumberText.Held.class)
        .hasMessageContaining("a label")
        .message()
        .doesNotContain("5678");
  }

  @Test
  void eachProblem_hasItsCodeAndASentenceWithoutTheValue() {
    for (Why.Problem p : Why.Problem.values()) {
      assertThat(p.code()).matches("(purpose|case)\\.[a-z-]+");
      assertThat(p.message()).isNotBlank().hasSizeGreaterThan(20);
    }
    assertThat(Why.problem("resident-tax", "bad\u202ecase"))
        .map(Why.Problem::code)
        .contains("case.control-character");
    assertThat(Why.problem("resident\u0007", "c"))
        .map(Why.Problem::code)
        .contains("purpose.control-character");
    assertThat(Why.problem("resident-tax", "ok")).isEqualTo(Optional.empty());
  }

  @Test
  void aBlankPurposeOrCase_isNamedForWhatItIs() {
    assertThatThrownBy(() -> new Why("  ", "c"))
        .isInstanceOfSatisfying(
            Why.Invalid.class,
            e -> assertThat(e.problem()).isEqualTo(Why.Problem.PURPOSE_REQUIRED));
    assertThatThrownBy(() -> new Why("resident-tax", " \t "))
        .isInstanceOfSatisfying(
            Why.Invalid.class, e -> assertThat(e.problem()).isEqualTo(Why.Problem.CASE_REQUIRED));
  }

  @Test
  void aCaseFromText_isCutAtTheLimit_maskedAndCleaned() {
    assertThat(Why.caseFrom("  file " + TWELVE + ".csv\n")).isEqualTo("file ********9012.csv");
    assertThat(Why.caseFrom("x".repeat(Why.MAX_CASE))).hasSize(Why.MAX_CASE);
    assertThat(Why.caseFrom("x".repeat(Why.MAX_CASE + 1))).hasSize(Why.MAX_CASE);
    String surrogateAtTheCut = "x".repeat(Why.MAX_CASE - 1) + "𠮷";
    assertThat(Why.caseFrom(surrogateAtTheCut)).hasSize(Why.MAX_CASE - 1);
    new Why("", Why.caseFrom(surrogateAtTheCut + "tail"));
  }
}
