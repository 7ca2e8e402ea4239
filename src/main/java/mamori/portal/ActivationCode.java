package mamori.portal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A letter's one-time code: fifteen random Crockford base32 characters (74 bits: one is always a
 * letter) and a check character, printed as four groups of four ({@code 7XQ2-M4PA-K9ZD-R3TW}).
 * Reading forgives what people do with codes: full-width characters, lower case, spaces and
 * hyphens, I or L for 1 and O for 0. The check character tells a typo (which costs no try) from a
 * wrong code. Hand-written: no Crockford codec has this weighted check character (see {@link
 * #check}) or the letter in fifth place.
 */
final class ActivationCode {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int DATA = 15;

  private ActivationCode() {}

  /**
   * The fifth character is always a letter, so a code never holds twelve digits in a row (a My
   * Number's shape).
   */
  static final String LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ";

  static final int LETTER_AT = 4;

  static String generate(SecureRandom random) {
    StringBuilder b = new StringBuilder(DATA + 1);
    for (int i = 0; i < DATA; i++) {
      b.append(
          i == LETTER_AT
              ? LETTERS.charAt(random.nextInt(LETTERS.length()))
              : ALPHABET.charAt(random.nextInt(32)));
    }
    return b.append(check(b)).toString();
  }

  /** The code as printed: four groups of four joined by hyphens. */
  static String printed(String code) {
    return code.substring(0, 4)
        + "-"
        + code.substring(4, 8)
        + "-"
        + code.substring(8, 12)
        + "-"
        + code.substring(12);
  }

  /**
   * The sixteen characters a person typed, or empty when they cannot be a code (wrong length,
   * character or check).
   */
  static Optional<String> read(String typed) {
    String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(16);
    for (char c : s.toCharArray()) {
      if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2212' || c == '\u30FC') {
        continue;
      }
      char d =
          switch (c) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> c;
          };
      if (ALPHABET.indexOf(d) < 0) {
        return Optional.empty();
      }
      b.append(d);
    }
    if (b.length() != DATA + 1 || check(b.subSequence(0, DATA)) != b.charAt(DATA)) {
      return Optional.empty();
    }
    return Optional.of(b.toString());
  }

  /** Weights 1 and 3 alternate: both odd, so any one wrong character changes the sum mod 32. */
  static char check(CharSequence data) {
    int sum = 0;
    for (int i = 0; i < data.length(); i++) {
      sum += ALPHABET.indexOf(data.charAt(i)) * (i % 2 == 0 ? 1 : 3);
    }
    return ALPHABET.charAt(sum % 32);
  }
}
