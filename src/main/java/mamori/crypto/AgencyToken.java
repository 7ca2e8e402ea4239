package mamori.crypto;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Locale;

/**
 * An agency-specific token (機関別符号): the pseudonym under which one organisation knows one person.
 * It is 16 characters in four groups, {@code KX4M-Q7RD-2HPA-93TC}: fifteen carry 74 bits of a keyed
 * derivation (see {@link TenantKeys#token}) and the last is a check character (Luhn mod 32), so a
 * mistyped or swapped character is caught before any lookup.
 *
 * <p>The alphabet is Crockford's base 32 (no I, L, O or U). Reading forgives what people do when
 * typing: lower case, full-width characters, spaces or hyphens anywhere, O for 0 and I or L for 1.
 * The fifth character is always a letter, so no token ever holds twelve digits in a row: a token can
 * never be mistaken for, or masked as, a My Number.
 */
public record AgencyToken(String value) {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final String LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ";
  static final int DATA_CHARS = 15;
  static final int LETTER_AT = 4;
  /** The largest value the fifteen data characters can carry: 32^14 * 22. */
  static final BigInteger CAPACITY = BigInteger.valueOf(32).pow(14).multiply(BigInteger.valueOf(LETTERS.length()));

  public AgencyToken {
    value = canonical(value);
  }

  /**
   * Reads a token as a person typed it.
   *
   * @throws IllegalArgumentException with the reason (length, character, check character), never
   *     echoing the input
   */
  public static AgencyToken parse(CharSequence typed) {
    return new AgencyToken(typed.toString());
  }

  /** Whether {@code typed} reads as a token. */
  public static boolean isValid(CharSequence typed) {
    try {
      parse(typed);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The token whose data characters carry {@code derived} (at least 10 bytes; the first 10 are used). */
  static AgencyToken fromBytes(byte[] derived) {
    if (derived.length < 10) {
      throw new IllegalArgumentException("a token is made from at least 10 bytes");
    }
    byte[] ten = new byte[11];
    System.arraycopy(derived, 0, ten, 1, 10); // leading zero byte: non-negative
    BigInteger v = new BigInteger(ten).mod(CAPACITY);
    int[] digits = new int[DATA_CHARS];
    for (int i = DATA_CHARS - 1; i >= 0; i--) {
      int radix = i == LETTER_AT ? LETTERS.length() : 32;
      BigInteger[] qr = v.divideAndRemainder(BigInteger.valueOf(radix));
      digits[i] = qr[1].intValue();
      v = qr[0];
    }
    StringBuilder s = new StringBuilder(19);
    int[] values = new int[DATA_CHARS];
    for (int i = 0; i < DATA_CHARS; i++) {
      char c = i == LETTER_AT ? LETTERS.charAt(digits[i]) : ALPHABET.charAt(digits[i]);
      values[i] = ALPHABET.indexOf(c);
      s.append(c);
    }
    s.append(ALPHABET.charAt(checkValue(values)));
    return new AgencyToken(s.toString());
  }

  private static String canonical(String typed) {
    String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder chars = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == ' ' || c == '\u2010' || c == '\u2212' || c == '\u30fc') {
        continue;
      }
      c = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (ALPHABET.indexOf(c) < 0) {
        throw new IllegalArgumentException("a token holds only the letters and digits of its alphabet"
            + " (0-9 and A-Z without I, L, O, U)");
      }
      chars.append(c);
    }
    if (chars.length() != DATA_CHARS + 1) {
      throw new IllegalArgumentException("a token has " + (DATA_CHARS + 1) + " characters, not " + chars.length());
    }
    if (LETTERS.indexOf(chars.charAt(LETTER_AT)) < 0) {
      throw new IllegalArgumentException("the fifth character of a token is a letter");
    }
    int[] values = new int[DATA_CHARS];
    for (int i = 0; i < DATA_CHARS; i++) {
      values[i] = ALPHABET.indexOf(chars.charAt(i));
    }
    if (ALPHABET.charAt(checkValue(values)) != chars.charAt(DATA_CHARS)) {
      throw new IllegalArgumentException("the token's check character does not match: a character was"
          + " mistyped or two were swapped");
    }
    return chars.substring(0, 4) + "-" + chars.substring(4, 8) + "-" + chars.substring(8, 12) + "-"
        + chars.substring(12, 16);
  }

  /** Luhn mod N (N = 32): catches every single substitution and almost every adjacent swap. */
  static int checkValue(int[] values) {
    int factor = 2;
    int sum = 0;
    for (int i = values.length - 1; i >= 0; i--) {
      int addend = factor * values[i];
      factor = factor == 2 ? 1 : 2;
      sum += addend / 32 + addend % 32;
    }
    return (32 - sum % 32) % 32;
  }

  @Override
  public String toString() {
    return value;
  }
}
