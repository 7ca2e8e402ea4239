package mamori.crypto;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HexFormat;
import mamori.number.Masking;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of agency-specific tokens over random derivations. */
class AgencyTokenProperties {

  static Gen<byte[]> derivations() {
    return lists()
        .of(integers().between(0, 255))
        .ofSize(16)
        .map(list -> {
          byte[] b = new byte[list.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) list.get(i);
          }
          return b;
        })
        .describedAs(b -> HexFormat.of().formatHex(b));
  }

  @Test
  void aDerivedToken_readsBack_asTypedInAnyForgivenForm() {
    qt().withExamples(2000)
        .forAll(derivations())
        .checkAssert(bytes -> {
          AgencyToken t = AgencyToken.fromBytes(bytes);
          assertThat(t.value()).matches("[0-9A-Z]{4}-[A-Z][0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{4}");
          assertThat(AgencyToken.parse(t.value())).isEqualTo(t);
          assertThat(AgencyToken.parse(t.value().toLowerCase().replace("-", " "))).isEqualTo(t);
          assertThat(AgencyToken.fromBytes(bytes.clone())).isEqualTo(t);
        });
  }

  @Test
  void aDerivedToken_isTheBigIntegerDefinition_ofItsFirstTenBytes() {
    qt().withExamples(20000)
        .forAll(derivations())
        .checkAssert(bytes ->
            assertThat(AgencyToken.fromBytes(bytes).value()).isEqualTo(byDefinition(bytes)));
    byte[] ones = new byte[10];
    java.util.Arrays.fill(ones, (byte) 0xff);
    assertThat(AgencyToken.fromBytes(ones).value()).isEqualTo(byDefinition(ones));
    assertThat(AgencyToken.fromBytes(new byte[10]).value()).isEqualTo(byDefinition(new byte[10]));
  }

  /**
   * The token's definition: the 80-bit value mod 32^14 * 22 in mixed radix, then the Luhn mod 32
   * check.
   */
  private static String byDefinition(byte[] derived) {
    byte[] ten = new byte[11];
    System.arraycopy(derived, 0, ten, 1, 10);
    java.math.BigInteger v = new java.math.BigInteger(ten).mod(AgencyToken.CAPACITY);
    int[] values = new int[AgencyToken.DATA_CHARS];
    StringBuilder chars = new StringBuilder();
    for (int i = AgencyToken.DATA_CHARS - 1; i >= 0; i--) {
      int radix = i == AgencyToken.LETTER_AT ? AgencyToken.LETTERS.length() : 32;
      java.math.BigInteger[] qr = v.divideAndRemainder(java.math.BigInteger.valueOf(radix));
      char c =
          i == AgencyToken.LETTER_AT
              ? AgencyToken.LETTERS.charAt(qr[1].intValue())
              : AgencyToken.ALPHABET.charAt(qr[1].intValue());
      values[i] = AgencyToken.ALPHABET.indexOf(c);
      chars.insert(0, c);
      v = qr[0];
    }
    chars.append(AgencyToken.ALPHABET.charAt(AgencyToken.checkValue(values)));
    return chars.substring(0, 4)
        + "-"
        + chars.substring(4, 8)
        + "-"
        + chars.substring(8, 12)
        + "-"
        + chars.substring(12);
  }

  @Test
  void aTokenNeverHoldsTwelveDigitsInARow_soItIsNeverTakenForAMyNumber() {
    qt().withExamples(5000)
        .forAll(derivations())
        .checkAssert(bytes -> {
          AgencyToken t = AgencyToken.fromBytes(bytes);
          assertThat(Masking.holdsIndividualNumber(t.value())).isFalse();
          assertThat(Masking.holdsIndividualNumber(t.value().replace("-", ""))).isFalse();
        });
  }

  @Test
  void everySingleCharacterSubstitution_isCaught() {
    qt().withExamples(300)
        .forAll(derivations())
        .checkAssert(bytes -> {
          String chars = AgencyToken.fromBytes(bytes).value().replace("-", "");
          for (int i = 0; i < chars.length(); i++) {
            for (char c : AgencyToken.ALPHABET.toCharArray()) {
              if (c != chars.charAt(i)) {
                String typo = chars.substring(0, i) + c + chars.substring(i + 1);
                assertThat(AgencyToken.isValid(typo)).as("%s at %d", c, i).isFalse();
              }
            }
          }
        });
  }

  @Test
  void everyAdjacentSwap_isCaught_butTheOneLuhnBlindSpot() {
    qt().withExamples(2000)
        .forAll(derivations())
        .checkAssert(bytes -> {
          String chars = AgencyToken.fromBytes(bytes).value().replace("-", "");
          for (int i = 0; i + 1 < chars.length(); i++) {
            char a = chars.charAt(i);
            char b = chars.charAt(i + 1);
            if (a == b || luhnBlindSpot(a, b)) {
              continue;
            }
            String swapped = chars.substring(0, i) + b + a + chars.substring(i + 2);
            assertThat(AgencyToken.isValid(swapped)).as("swap at %d", i).isFalse();
          }
        });
  }

  /**
   * Luhn mod 32 cannot see a swap of the values 0 and 31 ('0' and 'Z'), as Luhn mod 10 cannot see
   * 09/90.
   */
  private static boolean luhnBlindSpot(char a, char b) {
    return a == '0' && b == 'Z' || a == 'Z' && b == '0';
  }

  @Test
  void malformedTokens_areRefusedWithAReason_thatNeverEchoesTheInput() {
    assertThatThrownBy(() -> AgencyToken.parse("KX4M-Q7RD"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a token has 16 characters, not 8");
    assertThatThrownBy(() -> AgencyToken.parse("KX4M-Q7RD-2HPA-93T#"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("KX4M");
    assertThatThrownBy(() -> AgencyToken.parse("1234-5678-9012-3456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the fifth character of a token is a letter");
    assertThatThrownBy(() -> AgencyToken.fromBytes(new byte[9]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
