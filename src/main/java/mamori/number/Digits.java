package mamori.number;

/**
 * Normalisation of numbers as people type and print them: full-width digits (０-９), spaces
 * (including the ideographic space) and the many hyphen-like marks are accepted; anything else is
 * refused with its position, never with the value.
 */
final class Digits {
  private Digits() {}

  /**
   * Returns the ASCII digits of {@code raw}, or throws when it holds anything but digits and
   * separators.
   */
  static String normalize(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int digit = digitValue(c);
      if (digit >= 0) {
        out.append((char) ('0' + digit));
      } else if (!isSeparator(c)) {
        throw new InvalidNumberException(
            "character " + (i + 1) + " is not a digit, space or hyphen");
      }
    }
    if (out.isEmpty()) {
      throw new InvalidNumberException("no digits");
    }
    return out.toString();
  }

  /** 0-9 for an ASCII or full-width digit, else -1. */
  static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '\uFF10' && c <= '\uFF19') {
      return c - '\uFF10';
    }
    return -1;
  }

  /** Spaces and hyphen-like marks that people put between groups of digits. */
  static boolean isSeparator(char c) {
    return switch (c) {
      case ' ',
          '\t',
          '\u3000',
          '\u00A0',
          '-',
          '\uFF0D',
          '\u2010',
          '\u2011',
          '\u2012',
          '\u2013',
          '\u2014',
          '\u2015',
          '\u2212',
          '\u30FC',
          '\uFF70' ->
          true;
      default -> false;
    };
  }

  /** Constant-time equality of two digit strings of the same kind. */
  static boolean constantTimeEquals(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int diff = 0;
    for (int i = 0; i < a.length(); i++) {
      diff |= a.charAt(i) ^ b.charAt(i);
    }
    return diff == 0;
  }

  /** All but the last four digits replaced by '*', grouped by hyphens from the right in fours. */
  static String mask(String digits) {
    int n = digits.length();
    StringBuilder out = new StringBuilder(n + n / 4);
    for (int i = 0; i < n; i++) {
      if (i > 0 && (n - i) % 4 == 0) {
        out.append('-');
      }
      out.append(i >= n - 4 ? digits.charAt(i) : '*');
    }
    return out.toString();
  }
}
