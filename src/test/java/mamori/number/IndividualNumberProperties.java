package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class IndividualNumberProperties {

  @Provide
  Arbitrary<String> elevenDigits() {
    return Arbitraries.strings().numeric().ofLength(11);
  }

  @Property
  void anyElevenDigitsWithTheirCheckDigit_areValid(@ForAll("elevenDigits") String base) {
    String full = base + IndividualNumber.checkDigit(base);
    assertThat(IndividualNumber.isValidDigits(full)).isTrue();
    assertThat(IndividualNumber.parse(full).digits(InsecureNumberAccess.get())).isEqualTo(full);
  }

  @Property
  void everyOtherLastDigit_isRefused(@ForAll("elevenDigits") String base, @ForAll @IntRange(min = 1, max = 9) int shift) {
    int good = IndividualNumber.checkDigit(base);
    String wrong = base + (good + shift) % 10;
    assertThat(IndividualNumber.isValidDigits(wrong)).isFalse();
    assertThatThrownBy(() -> IndividualNumber.parse(wrong))
        .isInstanceOf(InvalidNumberException.class)
        .hasMessage("check digit does not match");
  }

  @Property
  void fullWidthDigitsAndSeparators_normaliseToTheSameNumber(@ForAll("elevenDigits") String base) {
    String ascii = base + IndividualNumber.checkDigit(base);
    StringBuilder wide = new StringBuilder();
    for (int i = 0; i < ascii.length(); i++) {
      if (i == 4 || i == 8) {
        wide.append(i == 4 ? '－' : '\u3000');
      }
      wide.append((char) (ascii.charAt(i) - '0' + '０'));
    }
    assertThat(IndividualNumber.parse(wide)).isEqualTo(IndividualNumber.parse(ascii));
  }

  @Property
  void maskedAndToString_neverHoldTheFirstEightDigits(@ForAll("elevenDigits") String base) {
    IndividualNumber n = IndividualNumber.withCheckDigit(base);
    String full = n.digits(InsecureNumberAccess.get());
    assertThat(n.toString()).isEqualTo(n.masked()).startsWith("****-****-").endsWith(full.substring(8));
    assertThat(n.toString().replace("-", "")).doesNotContain(full.substring(0, 8));
  }

  @Property
  void aSingleChangedDigit_isCaughtUnlessTheRemainderStaysInZeroOrOne(
      @ForAll("elevenDigits") String base,
      @ForAll @IntRange(min = 0, max = 10) int position,
      @ForAll @IntRange(min = 1, max = 9) int delta) {
    String good = base + IndividualNumber.checkDigit(base);
    char[] changed = good.toCharArray();
    changed[position] = (char) ('0' + (changed[position] - '0' + delta) % 10);
    String other = new String(changed);
    // weights 2..7 are prime to 11, so the remainder always changes; only 0 <-> 1 share a check digit
    boolean caught = !IndividualNumber.isValidDigits(other);
    assertThat(caught).isEqualTo(IndividualNumber.checkDigit(other) != IndividualNumber.checkDigit(good));
  }
}
