package mamori.number;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For any text, no twelve-digit number in any spelling a person types survives the masking filter:
 * each digit ASCII or full-width, each pair of neighbouring digits joined directly or by one of the
 * separators {@link IndividualNumber#parse} accepts. Every such run keeps only its last four
 * digits, longer runs and everything else stay exactly as they were, and the masked text holds no
 * number any more. Texts are built from a sampled seed, which is what a failure prints (never a
 * number).
 */
class MaskingProperties {
  private static final String SEPARATORS =
      " \t\u3000\u00A0-\uFF0D\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70";
  private static final String[] WORDS = {
    "個人番号", "abc", "No.", "（", "）", "：", "電話", "ID", "、", "case", "/", "は", "x", "é", "\n", "*", "円"
  };

  /** A text and what masking it must give. */
  record Case(String text, String masked) {}

  @Test
  void noTwelveDigitNumberInAnySpelling_survivesMasking() {
    qt().withExamples(2000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Case c = randomCase(new Random(seed));
          String masked = Masking.maskNumbers(c.text());
          assertThat(masked).isEqualTo(c.masked());
          assertThat(Masking.holdsIndividualNumber(masked)).isFalse();
        });
  }

  static Case randomCase(Random rng) {
    StringBuilder text = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    filler(rng, text, masked);
    for (int runs = rng.nextInt(4); runs > 0; runs--) {
      int kind = rng.nextInt(4);
      int digits =
          kind <= 1
              ? IndividualNumber.LENGTH
              : kind == 2 ? 1 + rng.nextInt(11) : 13 + rng.nextInt(8);
      run(rng, digits, text, masked);
      filler(rng, text, masked);
    }
    return new Case(text.toString(), masked.toString());
  }

  /**
   * A run of {@code digits} digits as a person might type it; a run of twelve is expected masked.
   */
  private static void run(Random rng, int digits, StringBuilder text, StringBuilder masked) {
    boolean grouped = rng.nextBoolean();
    char groupSeparator = SEPARATORS.charAt(rng.nextInt(SEPARATORS.length()));
    for (int i = 0; i < digits; i++) {
      if (i > 0) {
        char sep =
            grouped
                ? (i % 4 == 0 ? groupSeparator : 0)
                : rng.nextInt(3) == 0 ? SEPARATORS.charAt(rng.nextInt(SEPARATORS.length())) : 0;
        if (sep != 0) {
          text.append(sep);
          masked.append(sep);
        }
      }
      int d = rng.nextInt(10);
      char c = rng.nextBoolean() ? (char) ('0' + d) : (char) ('０' + d);
      text.append(c);
      masked.append(digits == IndividualNumber.LENGTH && i < IndividualNumber.LENGTH - 4 ? '*' : c);
    }
  }

  /** One to three words: never a digit or a separator next to a run, so runs keep their length. */
  private static void filler(Random rng, StringBuilder text, StringBuilder masked) {
    for (int words = 1 + rng.nextInt(3); words > 0; words--) {
      String w = WORDS[rng.nextInt(WORDS.length)];
      text.append(w);
      masked.append(w);
    }
  }
}
