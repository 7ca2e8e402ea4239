package mamori.number.scan;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The class of every UTF-16 char as the scanner sees it: a digit (its value 0-9), a separator that
 * may join groups of digits, or anything else. Built once from the number module's own rules so
 * that the scanner and the parser can never disagree; a lookup is one array read.
 */
final class CharTable {
  static final byte SEPARATOR = 10;
  static final byte OTHER = 11;

  private final byte[] classes;

  private CharTable(byte[] classes) {
    this.classes = classes;
  }

  /** A table from the digit value (-1 for none) and separator rules of the number module. */
  static CharTable of(IntUnaryOperator digitValue, IntPredicate isSeparator) {
    byte[] classes = new byte[Character.MAX_VALUE + 1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      int digit = digitValue.applyAsInt(c);
      classes[c] = digit >= 0 ? (byte) digit : isSeparator.test(c) ? SEPARATOR : OTHER;
    }
    return new CharTable(classes);
  }

  /** A copy in which {@code c} breaks runs instead of joining them (the tab of a TSV file). */
  CharTable breakingOn(char c) {
    byte[] copy = classes.clone();
    copy[c] = OTHER;
    return new CharTable(copy);
  }

  /** 0-9 for a digit, {@link #SEPARATOR} or {@link #OTHER}. */
  int classOf(char c) {
    return classes[c];
  }

  boolean isDigit(char c) {
    return classes[c] < SEPARATOR;
  }

  boolean isOther(char c) {
    return classes[c] == OTHER;
  }
}
