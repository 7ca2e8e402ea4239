package mamori.number;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks numbers in free text before it is shown or logged: a run of exactly twelve digits (ASCII or
 * full-width, possibly grouped by single separators: every space and hyphen-like mark that {@link
 * IndividualNumber#parse} accepts, as the scanner groups them), whatever its check digit, keeps
 * only its last four digits; longer runs (timestamps, temporary folder names) are not individual
 * numbers and stay. Used on messages that may echo what a user typed, such as command-line errors.
 */
public final class Masking {
  private static final Pattern RUN =
      Pattern.compile("[0-9０-９](?:" + separators() + "?[0-9０-９]){11,}");

  private Masking() {}

  /** {@code text} with every run of exactly 12 digits masked to its last four. */
  public static String maskNumbers(CharSequence text) {
    Matcher m = RUN.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String run = m.group();
      int digits = 0;
      for (int i = 0; i < run.length(); i++) {
        digits += Digits.digitValue(run.charAt(i)) >= 0 ? 1 : 0;
      }
      if (digits != IndividualNumber.LENGTH) {
        m.appendReplacement(out, Matcher.quoteReplacement(run));
        continue;
      }
      StringBuilder masked = new StringBuilder(run.length());
      int seen = 0;
      for (int i = 0; i < run.length(); i++) {
        char c = run.charAt(i);
        boolean digit = Digits.digitValue(c) >= 0;
        masked.append(digit && seen++ < digits - 4 ? '*' : c);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(masked.toString()));
    }
    return m.appendTail(out).toString();
  }

  /**
   * Whether {@code text} holds a valid individual number: a run of exactly twelve digits, alone or
   * grouped, whose check digit holds (a longer run of digits is not a number, as for the scanner).
   */
  public static boolean holdsIndividualNumber(CharSequence text) {
    if (fewerDigitsThan(text, IndividualNumber.LENGTH)) {
      return false; // the common case (ids, tokens, field names), without the regex
    }
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      StringBuilder d = new StringBuilder();
      for (char c : m.group().toCharArray()) {
        int v = Digits.digitValue(c);
        if (v >= 0) {
          d.append((char) ('0' + v));
        }
      }
      if (IndividualNumber.isValidDigits(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A character class of exactly the separators {@link Digits#isSeparator} accepts, so the two
   * never drift apart.
   */
  private static String separators() {
    StringBuilder c = new StringBuilder("[");
    for (char ch = 0; ch < Character.MAX_VALUE; ch++) {
      if (Digits.isSeparator(ch)) {
        c.append("\\x{").append(Integer.toHexString(ch)).append('}');
      }
    }
    return c.append(']').toString();
  }

  private static boolean fewerDigitsThan(CharSequence text, int n) {
    int digits = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      if (Digits.digitValue(text.charAt(i)) >= 0 && ++digits >= n) {
        return false;
      }
    }
    return true;
  }
}
