package mamori.number;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/** The module's digit rules, which are package-private, handed to the scanner engine's tests. */
public final class DigitRulesForTests {
  public static final IntUnaryOperator DIGIT_VALUE = c -> Digits.digitValue((char) c);
  public static final IntPredicate SEPARATOR = c -> Digits.isSeparator((char) c);

  private DigitRulesForTests() {}
}
