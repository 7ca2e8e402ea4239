package mamori.core;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For any text, the one detector finds every chain of twelve or more digits and no shorter one,
 * however it is spelt: each digit in any of several scripts and widths (ASCII, full-width,
 * Arabic-Indic, Devanagari, Bengali, mathematical bold outside the BMP, superscripts), each pair of
 * neighbouring digits joined directly or by a run of one to four joining characters (spaces of
 * every kind, hyphens and dashes, the prolonged sound mark, dots, slashes, brackets, zero-width
 * characters, line breaks), chains set among words of Latin and Japanese letters. Masking keeps
 * each found chain's last four digits and nothing else changes. Texts are built from a sampled
 * seed, which is what a failure prints (never a number).
 */
class NumberTextProperties {
  private static final String[] SEPARATORS = {
    " ", "\t", "\n", "\u3000", "\u00A0", "-", "\uFF0D", "\u2010", "\u2011", "\u2012", "\u2013",
    "\u2014", "\u2015", "\u2212", "\u30FC", "\uFF70", ".", "/", ",", "(", ")", "（", "）", "、", "：",
    "\u200B", "\u200D", "\u2060", "\uFEFF", "_", "*", "#", "'", "\"", "\u0301"
  };
  private static final String[] WORDS = {
    "個人番号", "abc", "No", "電話", "ID", "case", "は", "x", "é", "円", "番号", "Tel"
  };
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  /** A text, what masking it must give, and whether it holds a number. */
  record Case(String text, String masked, boolean number) {}

  @Test
  void everyChainOfTwelveOrMore_inAnySpelling_isFoundAndMasked_andNothingElse() {
    qt().withExamples(3000)
        .forAll(longs().all())
        .checkAssert(seed -> {
          Case c = randomCase(new Random(seed));
          assertThat(NumberText.holdsNumber(c.text())).as("found").isEqualTo(c.number());
          String masked = NumberText.mask(c.text());
          assertThat(masked.equals(c.masked())).as("masked as expected").isTrue();
          assertThat(NumberText.holdsNumber(masked)).as("found after masking").isFalse();
          assertThat(NumberText.chains(c.text()).isEmpty()).isEqualTo(!c.number());
        });
  }

  static Case randomCase(Random rng) {
    StringBuilder text = new StringBuilder();
    StringBuilder masked = new StringBuilder();
    boolean number = false;
    words(rng, text, masked);
    for (int chains = rng.nextInt(4); chains > 0; chains--) {
      int digits =
          rng.nextInt(3) == 0 ? 1 + rng.nextInt(11) : 12 + rng.nextInt(rng.nextInt(3) * 4 + 1);
      number |= digits >= NumberText.LENGTH;
      chain(rng, digits, text, masked);
      words(rng, text, masked);
    }
    return new Case(text.toString(), masked.toString(), number);
  }

  /** A chain of {@code digits} digits, expected masked to its last four when it has twelve. */
  private static void chain(Random rng, int digits, StringBuilder text, StringBuilder masked) {
    int script = rng.nextInt(8);
    boolean mixed = rng.nextInt(4) == 0;
    for (int i = 0; i < digits; i++) {
      if (i > 0 && rng.nextInt(3) == 0) {
        for (int run = 1 + rng.nextInt(rng.nextInt(4) + 1); run > 0; run--) {
          String sep = SEPARATORS[rng.nextInt(SEPARATORS.length)];
          text.append(sep);
          masked.append(sep);
        }
      }
      int d = rng.nextInt(10);
      String digit = digit(mixed ? rng.nextInt(8) : script, d);
      text.append(digit);
      masked.append(digits >= NumberText.LENGTH && i < digits - 4 ? "*" : digit);
    }
  }

  private static String digit(int script, int d) {
    return switch (script) {
      case 0, 1 -> String.valueOf((char) ('0' + d));
      case 2 -> String.valueOf((char) ('\uFF10' + d));
      case 3 -> String.valueOf((char) ('\u0660' + d));
      case 4 -> String.valueOf((char) ('\u0966' + d));
      case 5 -> String.valueOf((char) ('\u09E6' + d));
      case 6 -> Character.toString(0x1D7CE + d);
      default -> String.valueOf(SUPERSCRIPTS.charAt(d));
    };
  }

  /**
   * One to three words, each perhaps wrapped in joining characters: a letter always stands between
   * two chains, so each chain keeps its number of digits.
   */
  private static void words(Random rng, StringBuilder text, StringBuilder masked) {
    for (int words = 1 + rng.nextInt(3); words > 0; words--) {
      String w = WORDS[rng.nextInt(WORDS.length)];
      if (rng.nextBoolean()) {
        String sep = SEPARATORS[rng.nextInt(SEPARATORS.length)];
        w = sep + w + sep;
      }
      text.append(w);
      masked.append(w);
    }
  }
}
