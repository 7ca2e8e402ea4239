package mamori.number;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the individual number; a falsifying base is printed as {@code *******8901}. */
class IndividualNumberProperties {

  /** Eleven digits, leading zeros included. */
  static Gen<String> elevenDigits() {
    return MaskedTheories.digits(11);
  }

  @Test
  void anyElevenDigitsWithTheirCheckDigit_areValid() {
    qt().withExamples(1000)
        .forAll(elevenDigits())
        .checkAssert(base -> {
          String full = base + IndividualNumber.checkDigit(base);
          assertThat(IndividualNumber.isValidDigits(full)).isTrue();
          assertThat(IndividualNumber.parse(full).digits(InsecureNumberAccess.get()))
              .isEqualTo(full);
        });
  }

  @Test
  void everyOtherLastDigit_isRefused() {
    qt().withExamples(1000)
        .forAll(elevenDigits(), integers().between(1, 9))
        .checkAssert((base, shift) -> {
          int good = IndividualNumber.checkDigit(base);
          String wrong = base + (good + shift) % 10;
          assertThat(IndividualNumber.isValidDigits(wrong)).isFalse();
          assertThatThrownBy(() -> IndividualNumber.parse(wrong))
              .isInstanceOf(InvalidNumberException.class)
              .hasMessage("check digit does not match");
        });
  }

  @Test
  void fullWidthDigitsAndSeparators_normaliseToTheSameNumber() {
    qt().withExamples(1000)
        .forAll(elevenDigits())
        .checkAssert(base -> {
          String ascii = base + IndividualNumber.checkDigit(base);
          StringBuilder wide = new StringBuilder();
          for (int i = 0; i < ascii.length(); i++) {
            if (i == 4 || i == 8) {
              wide.append(i == 4 ? '－' : '\u3000');
            }
            wide.append((char) (ascii.charAt(i) - '0' + '０'));
          }
          assertThat(IndividualNumber.parse(wide)).isEqualTo(IndividualNumber.parse(ascii));
        });
  }

  @Test
  void maskedAndToString_neverHoldTheFirstEightDigits() {
    qt().withExamples(1000)
        .forAll(elevenDigits())
        .checkAssert(base -> {
          IndividualNumber n = IndividualNumber.withCheckDigit(base);
          String full = n.digits(InsecureNumberAccess.get());
          assertThat(n.toString())
              .isEqualTo(n.masked())
              .startsWith("****-****-")
              .endsWith(full.substring(8));
          assertThat(n.toString().replace("-", "")).doesNotContain(full.substring(0, 8));
        });
  }

  @Test
  void aSingleChangedDigit_isCaughtUnlessTheRemainderStaysInZeroOrOne() {
    qt().withExamples(1000)
        .forAll(elevenDigits(), integers().between(0, 10), integers().between(1, 9))
        .checkAssert((base, position, delta) -> {
          String good = base + IndividualNumber.checkDigit(base);
          char[] changed = good.toCharArray();
          changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
          String other = new String(changed);
          // weights 2..7 are prime to 11, so the remainder always changes; only 0 <-> 1 share a
          // check digit
          boolean caught = !IndividualNumber.isValidDigits(other);
          assertThat(caught)
              .isEqualTo(IndividualNumber.checkDigit(other) != IndividualNumber.checkDigit(good));
        });
  }
}
