package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The judgement behind {@code mamori number check}: kind by length, reason, no full number. */
class NumberVerdictTest {
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
    assertThat(NumberVerdict.of("12345")).hasToString("invalid: 5 digits; an individual number has 12, a corporate number 13");
    assertThat(NumberVerdict.of("")).hasToString("invalid: no digits");
    assertThat(NumberVerdict.of("12345678901x")).hasToString("invalid: character 12 is not a digit, space or hyphen");
  }

  @Property
  void anyInput_givesALineThatNeverHoldsMoreThanFourDigitsInARow(@ForAll String raw) {
    String line = NumberVerdict.of(raw).toString();
    assertThat(line).startsWith(NumberVerdict.of(raw).valid() ? "valid" : "invalid");
    assertThat(line.replaceAll("[^0-9]+", " ").trim().split(" "))
        .allSatisfy(run -> assertThat(run.length()).isLessThanOrEqualTo(4));
  }
}
