package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The token text: recognisable, checksummed, random, and never holding twelve digits in a row. */
class TokenTextTest {
  static final Pattern SCANNER = Pattern.compile("\\bmamori_[0-9A-Za-z]{49}\\b");

  @Test
  void generated_haveThePrefixLengthAndAValidChecksum_andAreDistinct() {
    SecureRandom random = new SecureRandom();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String t = TokenText.generate(random);
      assertThat(SCANNER.matcher("leaked: " + t + " in a log").find()).isTrue();
      assertThat(TokenText.wellFormed(t)).isTrue();
      assertThat(TokenText.hasDigitRun(t)).isFalse();
      assertThat(seen.add(t)).isTrue();
    }
  }

  @Test
  void aDrawWithTwelveDigitsInARow_isDrawnAgain() {
    // a random source whose first draw is all zero bytes: base62 of zero is all '0'
    Random rigged =
        new Random() {
          int calls;

          @Override
          public void nextBytes(byte[] bytes) {
            if (calls++ > 0) {
              new SecureRandom().nextBytes(bytes);
            }
          }
        };
    SecureRandom wrapper =
        new SecureRandom() {
          @Override
          public void nextBytes(byte[] bytes) {
            rigged.nextBytes(bytes);
          }
        };
    String t = TokenText.generate(wrapper);
    assertThat(t).doesNotContain("000000000000");
    assertThat(TokenText.hasDigitRun("mamori_ab123456789012cd")).isTrue();
  }

  @Test
  void aChangedCharacter_breaksTheChecksum() {
    String t = TokenText.generate(new SecureRandom());
    for (int i = TokenText.PREFIX.length(); i < t.length(); i++) {
      char c = t.charAt(i) == 'x' ? 'y' : 'x';
      assertThat(TokenText.wellFormed(t.substring(0, i) + c + t.substring(i + 1)))
          .as("position " + i)
          .isFalse();
    }
  }

  @Test
  void hash_isSha256OfTheText() {
    assertThat(java.util.HexFormat.of().formatHex(TokenText.hash("abc")))
        .as("FIPS 180-2 example")
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void wellFormed_wantsThePrefixTheLengthAndTheAlphabet() {
    String t = TokenText.generate(new java.security.SecureRandom());
    assertThat(TokenText.wellFormed(t.substring(0, t.length() - 1))).as("one short").isFalse();
    assertThat(TokenText.wellFormed(t + "0")).as("one long").isFalse();
    assertThat(TokenText.wellFormed("mamoro" + t.substring(6))).as("another prefix").isFalse();
    assertThat(TokenText.wellFormed(t.substring(0, 10) + "-" + t.substring(11)))
        .as("outside base62")
        .isFalse();
  }
}
