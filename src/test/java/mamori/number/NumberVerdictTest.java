package mamori.number;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The judgement behind {@code mamori number check}: kind by length, reason, no full number. */
class NumberVerdictTest {
  /** Separators that {@link Digits} accepts, a few of each kind. */
  private static final String SEPARATORS = " \t\u3000\u00A0-\uFF0D\u2010\u2212\u30FC\uFF70";

  /**
   * What numbers and the text around them are made of: digits, full-width digits, separators,
   * letters.
   */
  private static final List<String> PIECES =
      List.of(
          "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "０", "１", "２", "３", "４", "５", "６", "７",
          "８", "９", " ", "\t", "\u3000", "\u00A0", "-", "－", "\u2010", "\u2212", "ー", "ｰ", "a", "x",
          "Z", "あ", "番", ".", "/", "\n");

  @Test
  void twelveDigits_areJudgedAsIndividual() {
    assertThat(NumberVerdict.of("123456789018")).hasToString("valid individual ****-****-9018");
    assertThat(NumberVerdict.of("123456789019"))
        .hasToString("invalid individual ****-****-9019: check digit does not match");
  }

  @Test
  void thirteenDigits_areJudgedAsCorporate() {
    assertThat(NumberVerdict.of("7123456789012")).hasToString("valid corporate *-****-****-9012");
    assertThat(NumberVerdict.of("1123456789012").valid()).isFalse();
  }

  @Test
  void otherLengthsAndCharacters_areInvalidWithAReason() {
    assertThat(NumberVerdict.of("12345"))
        .hasToString("invalid: 5 digits; an individual number has 12, a corporate number 13");
    assertThat(NumberVerdict.of("")).hasToString("invalid: no digits");
    assertThat(NumberVerdict.of("12345678901x"))
        .hasToString("invalid: character 12 is not a digit, space or hyphen");
  }

  @Test
  void anyInput_givesALineThatNeverHoldsMoreThanFourDigitsInARow() {
    qt().withExamples(1000)
        .forAll(raw())
        .checkAssert(raw -> {
          String line = NumberVerdict.of(raw).toString();
          assertThat(line).startsWith(NumberVerdict.of(raw).valid() ? "valid" : "invalid");
          assertThat(line.replaceAll("[^0-9]+", " ").trim().split(" "))
              .allSatisfy(run -> assertThat(run.length()).isLessThanOrEqualTo(4));
        });
  }

  /**
   * Any string, in three equal parts: arbitrary code points; strings of digits, separators and
   * letters; numbers of 10 to 14 digits, half of them with a matching check digit, written with
   * random separators and full-width digits. Printed with every run of twelve digits or more
   * masked.
   */
  static Gen<String> raw() {
    Gen<String> any = strings().allPossible().ofLengthBetween(0, 40);
    Gen<String> pieces =
        lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 30).map(p -> String.join("", p));
    Gen<String> numbers =
        lists()
            .of(integers().between(0, 9))
            .ofSizeBetween(10, 14)
            .zip(
                booleans().all(),
                lists().of(integers().between(0, 3 * SEPARATORS.length() - 1)).ofSize(15),
                lists().of(booleans().all()).ofSize(14),
                NumberVerdictTest::written);
    return any.mix(pieces.mix(numbers, 50), 67)
        .describedAs(raw -> '"' + MaskedTheories.masked(raw) + '"');
  }

  /**
   * {@code digits}, with the check digit of its kind when {@code valid} and it has 12 or 13 digits,
   * and before digit i the separator {@code separators[i]} (none when past the end of SEPARATORS),
   * digit i full-width when {@code wide[i]}.
   */
  private static String written(
      List<Integer> digits, boolean valid, List<Integer> separators, List<Boolean> wide) {
    StringBuilder d = new StringBuilder();
    digits.forEach(x -> d.append((char) ('0' + x)));
    if (valid && d.length() == IndividualNumber.LENGTH) {
      d.setCharAt(11, (char) ('0' + IndividualNumber.checkDigit(d.substring(0, 11))));
    } else if (valid && d.length() == CorporateNumber.LENGTH) {
      d.setCharAt(0, (char) ('0' + CorporateNumber.checkDigit(d.substring(1))));
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i <= d.length(); i++) {
      if (separators.get(i) < SEPARATORS.length()) {
        out.append(SEPARATORS.charAt(separators.get(i)));
      }
      if (i < d.length()) {
        out.append(wide.get(i) ? (char) (d.charAt(i) - '0' + '０') : d.charAt(i));
      }
    }
    return out.toString();
  }
}
