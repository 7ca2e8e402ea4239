package mamori.number;

import java.util.Optional;

/**
 * A corporate number (法人番号): thirteen digits whose first is a check digit over the other twelve
 * (MOF ordinance No. 70 of 2015, Art. 2). Corporate numbers are public, but they are masked like
 * individual numbers so that the two are never told apart by how they print.
 */
public final class CorporateNumber {
  public static final int LENGTH = 13;

  private final String digits;

  private CorporateNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a number as people write it.
   *
   * @throws InvalidNumberException when it is not thirteen digits with a matching check digit
   */
  public static CorporateNumber parse(CharSequence raw) {
    String d = Digits.normalize(raw);
    if (d.length() != LENGTH) {
      throw new InvalidNumberException(d.length() + " digits; a corporate number has " + LENGTH);
    }
    if (checkDigit(d.substring(1)) != d.charAt(0) - '0') {
      throw new InvalidNumberException("check digit does not match");
    }
    return new CorporateNumber(d);
  }

  /** Like {@link #parse} but empty instead of throwing. */
  public static Optional<CorporateNumber> tryParse(CharSequence raw) {
    try {
      return Optional.of(parse(raw));
    } catch (InvalidNumberException e) {
      return Optional.empty();
    }
  }

  /**
   * The check digit of a twelve-digit ASCII base: with P(n) the n-th digit from the right and Q(n)
   * 1 for odd n, 2 for even n, it is 9 - (sum of P(n) * Q(n) mod 9).
   */
  public static int checkDigit(CharSequence base) {
    if (base.length() != LENGTH - 1) {
      throw new InvalidNumberException(
          base.length() + " digits; the base of a corporate number has 12");
    }
    int sum = 0;
    for (int n = 1; n <= LENGTH - 1; n++) {
      int p = base.charAt(LENGTH - 1 - n) - '0';
      sum += p * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /** The full thirteen ASCII digits. */
  public String digits(InsecureNumberAccess access) {
    java.util.Objects.requireNonNull(access, "access");
    return digits;
  }

  /** The number with all but the last four digits hidden: {@code *-****-****-9012}. */
  public String masked() {
    return Digits.mask(digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorporateNumber other && Digits.constantTimeEquals(digits, other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
