package mamori.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The one detector of My Numbers in free text, shared by the log's guard, error messages, pages,
 * the purpose and case ({@link Why}), stored free text and the last-line filter on the service's
 * own log output.
 *
 * <p>A <em>digit</em> is any Unicode decimal digit (ASCII, full-width U+FF10–FF19, Arabic-Indic,
 * Devanagari, mathematical and the rest of category Nd) and any other single-digit numeral
 * (category No with a value 0 to 9: superscripts, circled and parenthesised digits). Digits form
 * one <em>chain</em> when nothing but a run of characters that are neither letters nor digits
 * stands between them, however long the run: spaces of every kind, hyphens and dashes (U+2010–2015,
 * U+2212, U+FF0D), dots, slashes, brackets, zero-width and other format characters, line breaks.
 * The prolonged sound marks U+30FC and U+FF70, letters by category, join too, since people write
 * them as dashes between digit groups. Any other letter ends a chain.
 *
 * <p>A chain of twelve or more digits is a number, whatever its check digit and however much longer
 * it is: a number written with a digit more, or run together with a date, is still a number to a
 * reader, and a twelve-digit run that fails the check digit may be a mistyped number that is one
 * guess from the real one. So free text that must never hold a number refuses any such chain
 * ({@link #holdsNumber}), and masking keeps only the last four digits of each ({@link #mask}). The
 * price is that a time written with seconds ({@code 2026-12-06 04:42:57}) or a long run of digits
 * (a 13-digit corporate number, a temporary folder's name) is refused in a case and masked in a
 * message; a reference can always be written with a letter ({@code R8-0001}). Where a check digit
 * matters (the number module's {@code Masking.holdsIndividualNumber}), {@link #chains} gives the
 * digits of each chain to judge.
 */
public final class NumberText {
  /** The digits of an individual number. */
  public static final int LENGTH = 12;

  private static final int SHOWN = 4;

  private NumberText() {}

  /**
   * Refuses free text that is to be stored or shown when it holds a number ({@link #holdsNumber}).
   *
   * @param what the text's name for the message, e.g. {@code the contract's staff list}
   * @throws Held naming {@code what}, never the text
   */
  public static void refuseNumberIn(String what, String text) {
    if (holdsNumber(text)) {
      throw new Held(what);
    }
  }

  /** Free text that holds a number; the message names the text, never its value. */
  public static final class Held extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Held(String what) {
      super(
          what
              + " holds what looks like a My Number (twelve digits in any spelling); nothing was"
              + " stored");
    }
  }

  /** Whether {@code text} holds a chain of twelve or more digits in any spelling. */
  public static boolean holdsNumber(CharSequence text) {
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; ) {
      int cp = Character.codePointAt(text, i);
      if (digitValue(cp) >= 0) {
        if (++digits >= LENGTH) {
          return true;
        }
      } else if (!joins(cp)) {
        digits = 0;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * {@code text} with the digits of every chain of twelve or more replaced by {@code '*'}, all but
   * the chain's last four; everything else, separators included, stays as it was. The result holds
   * no number ({@link #holdsNumber} is false for it).
   */
  public static String mask(CharSequence text) {
    if (!holdsNumber(text)) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(text.length());
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (digitValue(cp) < 0) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int end = chainEnd(text, i);
      int digits = countDigits(text, i, end);
      int seen = 0;
      for (int j = i; j < end; ) {
        int c = Character.codePointAt(text, j);
        if (digitValue(c) >= 0 && digits >= LENGTH && seen++ < digits - SHOWN) {
          out.append('*');
        } else {
          out.appendCodePoint(c);
        }
        j += Character.charCount(c);
      }
      i = end;
    }
    return out.toString();
  }

  /** The digits (as ASCII) of every chain of twelve or more in {@code text}, in order. */
  public static List<String> chains(CharSequence text) {
    List<String> found = new ArrayList<>();
    if (!holdsNumber(text)) {
      return found;
    }
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = Character.codePointAt(text, i);
      if (digitValue(cp) < 0) {
        i += Character.charCount(cp);
        continue;
      }
      int end = chainEnd(text, i);
      StringBuilder d = new StringBuilder();
      for (int j = i; j < end; ) {
        int c = Character.codePointAt(text, j);
        int v = digitValue(c);
        if (v >= 0) {
          d.append((char) ('0' + v));
        }
        j += Character.charCount(c);
      }
      if (d.length() >= LENGTH) {
        found.add(d.toString());
      }
      i = end;
    }
    return found;
  }

  /**
   * 0 to 9 for a digit in any script or width (category Nd, or No with a single-digit value), else
   * -1.
   */
  public static int digitValue(int cp) {
    if (cp >= '0' && cp <= '9') {
      return cp - '0';
    }
    if (cp < 0x80) {
      return -1;
    }
    int type = Character.getType(cp);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      return Character.digit(cp, 10);
    }
    if (type == Character.OTHER_NUMBER) {
      int v = Character.getNumericValue(cp);
      return v >= 0 && v <= 9 ? v : -1;
    }
    return -1;
  }

  /** Whether {@code cp} may stand between two digits of one chain. */
  static boolean joins(int cp) {
    return cp == '\u30FC' || cp == '\uFF70' || !Character.isLetterOrDigit(cp);
  }

  /** Where the chain that starts with the digit at {@code start} ends (after its last digit). */
  private static int chainEnd(CharSequence text, int start) {
    int n = text.length();
    int lastDigitEnd = start;
    int j = start;
    while (j < n) {
      int c = Character.codePointAt(text, j);
      int width = Character.charCount(c);
      if (digitValue(c) >= 0) {
        lastDigitEnd = j + width;
      } else if (!joins(c)) {
        break;
      }
      j += width;
    }
    return lastDigitEnd;
  }

  private static int countDigits(CharSequence text, int start, int end) {
    int digits = 0;
    for (int j = start; j < end; ) {
      int c = Character.codePointAt(text, j);
      digits += digitValue(c) >= 0 ? 1 : 0;
      j += Character.charCount(c);
    }
    return digits;
  }
}
