package mamori.crypto;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.Locale;
import mamori.core.PersonToken;

/**
 * An agency-specific token (機関別符号): the pseudonym under which one organisation knows one person. It
 * is 16 characters in four groups, {@code KX4M-Q7RD-2HPA-93TC}: fifteen carry 74 bits of a keyed
 * derivation (see {@link TenantKeys#token}) and the last is a check character (Luhn mod 32), so a
 * mistyped or swapped character is caught before any lookup.
 *
 * <p>The alphabet is Crockford's base 32 (no I, L, O or U). Reading forgives what people do when
 * typing: lower case, full-width characters, spaces or hyphens anywhere, O for 0 and I or L for 1.
 * The fifth character is always a letter, so no token ever holds twelve digits in a row: a token
 * can never be mistaken for, or masked as, a My Number.
 *
 * <p>Hand-written: no maintained Crockford codec has the Luhn mod 32 check character (Crockford's
 * own is mod 37, with five symbols outside the alphabet), the letter in fifth place or this
 * forgiving reading.
 */
public record AgencyToken(String value) {
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final String LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ";
  static final int DATA_CHARS = 15;
  static final int LETTER_AT = 4;

  /** The largest value the fifteen data characters can carry: 32^14 * 22. */
  static final BigInteger CAPACITY =
      BigInteger.valueOf(32).pow(14).multiply(BigInteger.valueOf(LETTERS.length()));

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

  /**
   * The token whose data characters carry {@code derived} (at least 10 bytes; the first 10 are
   * used). The 80-bit big-endian value {@code x} is taken modulo {@link #CAPACITY} = 22 * 2^70,
   * which is {@code ((x >> 70) mod 22) * 2^70 + (x mod 2^70)}: the low 50 bits are the last ten
   * characters (5 bits each), then the letter (mod 22), then four characters; all in longs, as the
   * time of an import counts.
   */
  static AgencyToken fromBytes(byte[] derived) {
    if (derived.length < 10) {
      throw new IllegalArgumentException("a token is made from at least 10 bytes");
    }
    long hi = (derived[0] & 0xffL) << 8 | (derived[1] & 0xffL);
    long lo = 0;
    for (int i = 2; i < 10; i++) {
      lo = lo << 8 | (derived[i] & 0xffL);
    }
    long above50 = hi << 14 | lo >>> 50; // x >> 50: 30 bits
    long upper = (above50 >>> 20) % LETTERS.length() << 20 | (above50 & 0xfffffL);
    int[] values = new int[DATA_CHARS];
    for (int i = DATA_CHARS - 1, shift = 0; i > LETTER_AT; i--, shift += 5) {
      values[i] = (int) (lo >>> shift) & 31;
    }
    int letter = (int) (upper % LETTERS.length());
    values[LETTER_AT] = ALPHABET.indexOf(LETTERS.charAt(letter));
    upper /= LETTERS.length();
    for (int i = LETTER_AT - 1; i >= 0; i--, upper >>>= 5) {
      values[i] = (int) upper & 31;
    }
    char[] chars = new char[DATA_CHARS + 4];
    for (int i = 0, at = 0; i < DATA_CHARS; i++) {
      if (i > 0 && i % 4 == 0) {
        chars[at++] = '-';
      }
      chars[at++] = ALPHABET.charAt(values[i]);
    }
    chars[DATA_CHARS + 3] = ALPHABET.charAt(checkValue(values));
    return new AgencyToken(new String(chars));
  }

  /**
   * Whether {@code s} is already a token as {@link #canonical} writes it, with a matching check
   * character.
   */
  private static boolean isCanonical(String s) {
    if (s.length() != DATA_CHARS + 4) {
      return false;
    }
    int[] values = new int[DATA_CHARS + 1];
    for (int i = 0, at = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i % 5 == 4) {
        if (c != '-') {
          return false;
        }
        continue;
      }
      int v = c < 128 ? ALPHABET.indexOf(c) : -1;
      if (v < 0) {
        return false;
      }
      values[at++] = v;
    }
    return LETTERS.indexOf(s.charAt(5)) >= 0
        && values[DATA_CHARS] == checkValue(java.util.Arrays.copyOf(values, DATA_CHARS));
  }

  private static String canonical(String typed) {
    if (isCanonical(typed)) {
      return typed;
    }
    String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
    StringBuilder chars = new StringBuilder(16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == ' ' || c == '\u2010' || c == '\u2212' || c == '\u30fc') {
        continue;
      }
      c =
          switch (c) {
            case 'O' -> '0';
            case 'I', 'L' -> '1';
            default -> c;
          };
      if (ALPHABET.indexOf(c) < 0) {
        throw new IllegalArgumentException(
            "a token holds only the letters and digits of its alphabet"
                + " (0-9 and A-Z without I, L, O, U)");
      }
      chars.append(c);
    }
    if (chars.length() != DATA_CHARS + 1) {
      throw new IllegalArgumentException(
          "a token has " + (DATA_CHARS + 1) + " characters, not " + chars.length());
    }
    if (LETTERS.indexOf(chars.charAt(LETTER_AT)) < 0) {
      throw new IllegalArgumentException("the fifth character of a token is a letter");
    }
    int[] values = new int[DATA_CHARS];
    for (int i = 0; i < DATA_CHARS; i++) {
      values[i] = ALPHABET.indexOf(chars.charAt(i));
    }
    if (ALPHABET.charAt(checkValue(values)) != chars.charAt(DATA_CHARS)) {
      throw new IllegalArgumentException(
          "the token's check character does not match: a character was"
              + " mistyped or two were swapped");
    }
    return chars.substring(0, 4)
        + "-"
        + chars.substring(4, 8)
        + "-"
        + chars.substring(8, 12)
        + "-"
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

  /** The person this token names, as an access record names them. */
  public PersonToken person() {
    return new PersonToken(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
