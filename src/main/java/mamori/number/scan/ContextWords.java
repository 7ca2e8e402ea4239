package mamori.number.scan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The words that say a number nearby is a My Number: in running text (マイナンバー, 個人番号, 個人番號, "my
 * number" in any case, also written mynumber, my_number or my-number) and as a column header (the
 * same words plus kojin_bango and individual_number, compared without case, spaces, underscores or
 * hyphens).
 */
final class ContextWords {
  private static final List<String> JAPANESE = List.of("マイナンバー", "個人番号", "個人番號");
  private static final List<String> HEADER_KEYS =
      List.of(
          "mynumber", "個人番号", "個人番號", "マイナンバー", "kojinbango", "kojinbangou", "individualnumber");
  private static final int MAX_HEADER = 40;

  private ContextWords() {}

  /** The first context word in {@code a[from, to)}, as a short canonical phrase, or null. */
  static @Nullable String find(char[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = a[i];
      if (c == 'マ' || c == '個') {
        for (String word : JAPANESE) {
          if (startsWith(a, i, to, word)) {
            return word;
          }
        }
      } else if ((c == 'm' || c == 'M') && (i == from || !Character.isLetter(a[i - 1]))) {
        String latin = latinAt(a, i, to);
        if (latin != null) {
          return latin;
        }
      }
    }
    return null;
  }

  /**
   * The header, trimmed, when it names a My Number column; null otherwise. A header matches when,
   * folded, it is one of the keys or contains マイナンバー, 個人番号 or mynumber ("従業員の個人番号"); a cell of more
   * than 40 chars or with more than three digits is data, not a header.
   */
  static @Nullable String header(String raw) {
    String trimmed = raw.strip().replace("\"", "").replace("\uFEFF", "").strip();
    if (trimmed.isEmpty()
        || trimmed.length() > MAX_HEADER
        || trimmed.chars().filter(Character::isDigit).count() > 3) {
      return null;
    }
    StringBuilder folded = new StringBuilder(trimmed.length());
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\u3000') {
        folded.append(Character.toLowerCase(c));
      }
    }
    String f = folded.toString();
    boolean named =
        HEADER_KEYS.contains(f)
            || f.contains("マイナンバー")
            || f.contains("個人番号")
            || f.contains("mynumber");
    return named ? trimmed : null;
  }

  /**
   * "my number", "mynumber", "my_number" or "my-number" in any case at {@code i}, not inside a
   * word.
   */
  private static @Nullable String latinAt(char[] a, int i, int to) {
    if (i + 8 > to || Character.toLowerCase(a[i + 1]) != 'y') {
      return null;
    }
    int at = i + 2;
    char joiner = a[at];
    boolean joined = joiner == ' ' || joiner == '_' || joiner == '-';
    if (joined) {
      at++;
    }
    if (!startsWithIgnoreCase(a, at, to, "number")) {
      return null;
    }
    int end = at + 6;
    if (end < to && Character.isLetter(a[end]) && Character.toLowerCase(a[end]) != 's') {
      return null;
    }
    return joined ? "my" + joiner + "number" : "mynumber";
  }

  private static boolean startsWith(char[] a, int i, int to, String word) {
    if (i + word.length() > to) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (a[i + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoreCase(char[] a, int i, int to, String lower) {
    if (i + lower.length() > to) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      if (Character.toLowerCase(a[i + k]) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
