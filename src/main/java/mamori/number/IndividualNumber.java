package mamori.number;

import java.util.Optional;

/**
 * An individual number (個人番号, "My Number"): twelve digits whose last is a check digit (MIC
 * ordinance No. 85 of 2014, Art. 5). An instance is always valid. {@link #toString()} and {@link
 * #masked()} show only the last four digits; the full digits need {@link InsecureNumberAccess}.
 */
public final class IndividualNumber {
  public static final int LENGTH = 12;
  private static final int[] WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private final String digits;

  private IndividualNumber(String digits) {
    this.digits = digits;
  }

  /**
   * Parses a number as people write it (full-width digits, spaces, hyphens allowed).
   *
   * @throws InvalidNumberException when it is not twelve digits with a matching check digit; the
   *     message never contains the value
   */
  public static IndividualNumber parse(CharSequence raw) {
    String d = Digits.normalize(raw);
    if (d.length() != LENGTH) {
      throw new InvalidNumberException(d.length() + " digits; an individual number has " + LENGTH);
    }
    if (checkDigit(d) != d.charAt(LENGTH - 1) - '0') {
      throw new InvalidNumberException("check digit does not match");
    }
    return new IndividualNumber(d);
  }

  /** Like {@link #parse} but empty instead of throwing. */
  public static Optional<IndividualNumber> tryParse(CharSequence raw) {
    try {
      return Optional.of(parse(raw));
    } catch (InvalidNumberException e) {
      return Optional.empty();
    }
  }

  /** Builds a valid number from eleven ASCII digits by appending their check digit. */
  public static IndividualNumber withCheckDigit(CharSequence elevenDigits) {
    String d = Digits.normalize(elevenDigits);
    if (d.length() != LENGTH - 1) {
      throw new InvalidNumberException(d.length() + " digits; expected the first " + (LENGTH - 1));
    }
    return new IndividualNumber(d + checkDigit(d));
  }

  /**
   * The check digit of the first eleven ASCII digits of {@code digits}: with weights 6 5 4 3 2 7 6
   * 5 4 3 2 from the left, r = sum mod 11, and the digit is 0 when r is 0 or 1, else 11 - r.
   */
  public static int checkDigit(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      sum += (digits.charAt(i) - '0') * WEIGHTS[i];
    }
    int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
  }

  /** True when {@code digits} is exactly twelve ASCII digits whose check digit holds. */
  public static boolean isValidDigits(CharSequence digits) {
    if (digits.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return checkDigit(digits) == digits.charAt(LENGTH - 1) - '0';
  }

  /**
   * The full twelve ASCII digits. Holding the access token is the caller's promise to reveal them
   * only where authorised.
   */
  public String digits(InsecureNumberAccess access) {
    java.util.Objects.requireNonNull(access, "access");
    return digits;
  }

  /** The number with all but the last four digits hidden: {@code ****-****-9018}. */
  public String masked() {
    return Digits.mask(digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndividualNumber other && Digits.constantTimeEquals(digits, other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** Masked; never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
