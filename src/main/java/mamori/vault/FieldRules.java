package mamori.vault;

import java.nio.charset.Charset;
import java.time.DateTimeException;
import java.time.LocalDate;
import mamori.core.Field;
import org.jspecify.annotations.Nullable;

/**
 * The rules one CSV field must meet, each answering with a short reason that never holds the value.
 *
 * <p>Formula prefixes are refused in every field, because a spreadsheet opening the data later
 * would run them (CSV injection): {@code = + @}, a tab or CR, and {@code -} followed by anything
 * but a digit. Control characters (C0, DEL, C1), bidirectional overrides and U+FFFD (what bytes
 * that are not valid in the file's encoding decode to) are refused too. Markup such as {@code <b>}
 * is not refused: it is data, and whatever shows it must escape it.
 */
final class FieldRules {
  static final LocalDate EARLIEST_BIRTH = LocalDate.of(1870, 1, 1);

  private FieldRules() {}

  /** The most characters a field may hold. */
  static int maxLength(Field f) {
    return switch (f) {
      case MY_NUMBER, BIRTH_DATE, SEX, POSTAL_CODE -> 32;
      case FAMILY_NAME, GIVEN_NAME, FAMILY_NAME_KANA, GIVEN_NAME_KANA -> 200;
      case ADDRESS -> 500;
      case HOUSEHOLD_ID, BANK_ACCOUNT -> 64;
    };
  }

  /** Why {@code raw} cannot be field {@code f} on the character level, or null when it can. */
  static @Nullable String check(Field f, String raw, Charset charset) {
    if (raw.isEmpty()) {
      return CsvHeader.REQUIRED.contains(f) ? "empty" : null;
    }
    String formula = formulaPrefix(raw);
    if (formula != null) {
      return formula;
    }
    boolean blank = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c > ' ' && c < 0x7F) {
        blank = false;
        continue;
      }
      if (c == 0) {
        return "NUL byte";
      }
      if (c < ' ' || c >= 0x7F && c <= 0x9F) {
        return String.format("control character U+%04X", (int) c);
      }
      if (c == '\uFFFD') {
        return "bytes that are not valid " + displayName(charset) + " (or U+FFFD)";
      }
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return String.format("bidirectional control U+%04X", (int) c);
      }
      blank = blank && (Character.isWhitespace(c) || Character.isSpaceChar(c));
    }
    if (blank) {
      return CsvHeader.REQUIRED.contains(f) ? "blank" : null;
    }
    if (raw.length() > maxLength(f)) {
      return String.format("longer than %,d characters", maxLength(f));
    }
    String stripped = raw.strip();
    return stripped.length() == raw.length() ? null : formulaPrefix(stripped);
  }

  /** The reason when {@code s} starts like a spreadsheet formula, else null. */
  static @Nullable String formulaPrefix(String s) {
    char c = s.charAt(0);
    boolean formula =
        c == '='
            || c == '+'
            || c == '@'
            || c == '\t'
            || c == '\r'
            || c == '-' && s.length() > 1 && !(s.charAt(1) >= '0' && s.charAt(1) <= '9');
    if (!formula) {
      return null;
    }
    String shown = c == '\t' ? "a tab" : c == '\r' ? "a CR" : "'" + c + "'";
    return "starts with " + shown + " like a spreadsheet formula";
  }

  /** {@code yyyy-M-d} or {@code yyyy/M/d} (month and day of one or two digits), or null. */
  static @Nullable LocalDate date(String s) {
    int n = s.length();
    if (n < 8 || n > 10 || !digits(s, 0, 4)) {
      return null;
    }
    char sep = s.charAt(4);
    if (sep != '-' && sep != '/') {
      return null;
    }
    int second = s.indexOf(sep, 5);
    if (second < 6
        || second > 7
        || n - second - 1 < 1
        || n - second - 1 > 2
        || !digits(s, 5, second)
        || !digits(s, second + 1, n)) {
      return null;
    }
    try {
      return LocalDate.of(number(s, 0, 4), number(s, 5, second), number(s, second + 1, n));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** ISO/IEC 5218 code for {@code 1 2 9}, {@code M F} (either case) and {@code 男 女}, or null. */
  static @Nullable String sex(String s) {
    return switch (s) {
      case "1", "M", "m", "男" -> "1";
      case "2", "F", "f", "女" -> "2";
      case "9" -> "9";
      default -> null;
    };
  }

  /**
   * {@code NNN-NNNN} for seven digits (ASCII or full-width), optionally split by a hyphen after the
   * third and led by {@code 〒}; else null.
   */
  static @Nullable String postalCode(String s) {
    StringBuilder d = new StringBuilder(8);
    int i = s.startsWith("〒") ? 1 : 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d.append(c);
      } else if (c >= '０' && c <= '９') {
        d.append((char) (c - '０' + '0'));
      } else if (d.length() != 3
          || !(c == '-' || c == '－' || c == '‐' || c == 'ー' || c == '−')
          || i + 1 < s.length() && !Character.isDigit(s.charAt(i + 1))) {
        return null;
      }
    }
    return d.length() == 7 ? d.insert(3, '-').toString() : null;
  }

  static String displayName(Charset charset) {
    return charset.name().equals("UTF-8") ? "UTF-8" : "Shift_JIS";
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return from < to;
  }

  private static int number(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + s.charAt(i) - '0';
    }
    return v;
  }
}
