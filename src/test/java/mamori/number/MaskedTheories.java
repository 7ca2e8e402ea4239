package mamori.number;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.core.Configuration;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * QuickTheories for tests over numbers, set up so that a failure never prints a full number.
 * Generated numbers are described by their last four digits ({@link #digits(int)}); the cause of a
 * failure (an assertion message and its stack trace) goes through {@link #masked(CharSequence)}.
 * The seed and the other described values (seeds, indexes) are printed as they are, so that a
 * failure can be run again ({@code -DQT_SEED=}).
 */
public final class MaskedTheories {
  /**
   * Runs of digits and separators with this many digits or more are masked in a failure's cause.
   */
  static final int MASK_FROM_DIGITS = 12;

  private MaskedTheories() {}

  /**
   * {@link QuickTheory#qt()} whose failure report masks every run of twelve or more digits in the
   * cause, with a seed of 19 digits (or {@code -DQT_SEED=}), so that the seed it prints never looks
   * like a number.
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(seed()).withReporter(new MaskingReporter());
  }

  private static long seed() {
    String given = System.getProperty(Configuration.SEED);
    return given != null
        ? Long.parseLong(given)
        : ThreadLocalRandom.current().nextLong(1_000_000_000_000_000_000L, Long.MAX_VALUE);
  }

  /**
   * Strings of {@code length} ASCII digits, each digit uniform (leading zeros included), shrinking
   * digit by digit towards zero; a falsifying one is printed with all but its last four digits as
   * '*'.
   */
  public static Gen<String> digits(int length) {
    return lists()
        .of(integers().between(0, 9))
        .ofSize(length)
        .map(MaskedTheories::join)
        .describedAs(MaskedTheories::lastFour);
  }

  /** {@code 123456789012} as {@code ********9012}. */
  public static String lastFour(String digits) {
    int keep = Math.min(4, digits.length());
    return "*".repeat(digits.length() - keep) + digits.substring(digits.length() - keep);
  }

  /**
   * {@code text} with every run of digits (ASCII or full-width) and separators that holds twelve
   * digits or more masked: all its digits but the last four become '*'. Shorter runs are left as
   * they are.
   */
  public static String masked(CharSequence text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < out.length()) {
      if (!isDigit(out.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      int digits = 0;
      int lastDigit = i;
      while (end < out.length() && (isDigit(out.charAt(end)) || isSeparator(out.charAt(end)))) {
        if (isDigit(out.charAt(end))) {
          digits++;
          lastDigit = end;
        }
        end++;
      }
      if (digits >= MASK_FROM_DIGITS) {
        int toMask = digits - 4;
        for (int j = i; j <= lastDigit && toMask > 0; j++) {
          if (isDigit(out.charAt(j))) {
            out.setCharAt(j, '*');
            toMask--;
          }
        }
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return DigitRulesForTests.DIGIT_VALUE.applyAsInt(c) >= 0;
  }

  private static boolean isSeparator(char c) {
    return DigitRulesForTests.SEPARATOR.test(c);
  }

  private static String join(List<Integer> digits) {
    StringBuilder s = new StringBuilder(digits.size());
    digits.forEach(d -> s.append((char) ('0' + d)));
    return s.toString();
  }

  /** QuickTheories' own report (as in its ExceptionReporter), with the cause masked. */
  private static final class MaskingReporter implements Reporter {
    @Override
    public void falisification(
        long seed,
        int count,
        Object smallest,
        Throwable cause,
        List<Object> examples,
        AsString<Object> toString) {
      StringWriter trace = new StringWriter();
      cause.printStackTrace(new PrintWriter(trace));
      fail(
          seed,
          count,
          smallest,
          String.format("%nCause was :-%n%s", masked(trace.toString())),
          examples,
          toString);
    }

    @Override
    public void falisification(
        long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
      fail(seed, count, smallest, "", examples, toString);
    }

    @Override
    public void valuesExhausted(int completedExamples) {
      throw new IllegalStateException(
          String.format(
              "Gave up after finding only %s example(s) matching the assumptions",
              completedExamples));
    }

    private static void fail(
        long seed,
        int count,
        Object smallest,
        String cause,
        List<Object> examples,
        AsString<Object> toString) {
      throw new AssertionError(
          String.format(
              "Property falsified after %s example(s)%nSmallest found falsifying value(s) :-%n%s%s%n"
                  + "Other found falsifying value(s) :-%n%s%n%nSeed was %s",
              count,
              toString.asString(smallest),
              cause,
              examples.stream()
                  .limit(10)
                  .map(toString::asString)
                  .collect(Collectors.joining(System.lineSeparator())),
              seed));
    }
  }
}
