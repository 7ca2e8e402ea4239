package mamori.number;

/**
 * The judgement of one value as typed: twelve digits are judged as an individual number, thirteen
 * as a corporate number. {@link #toString()} is the line {@code mamori number check} prints, which
 * never holds the full value.
 *
 * @param valid whether the value is a valid number of its kind
 * @param kind "individual", "corporate", or "" when the length fits neither
 * @param masked the value masked (last four digits), or "" when it has no digits or the wrong
 *     length
 * @param reason why it is invalid, or "" when valid
 */
public record NumberVerdict(boolean valid, String kind, String masked, String reason) {

  /** Judges one value. Never throws for any input. */
  public static NumberVerdict of(CharSequence raw) {
    String digits;
    try {
      digits = Digits.normalize(raw.toString().strip());
    } catch (InvalidNumberException e) {
      return new NumberVerdict(false, "", "", e.getMessage());
    }
    return switch (digits.length()) {
      case IndividualNumber.LENGTH ->
          judge("individual", digits, IndividualNumber.isValidDigits(digits));
      case CorporateNumber.LENGTH ->
          judge(
              "corporate",
              digits,
              CorporateNumber.checkDigit(digits.substring(1)) == digits.charAt(0) - '0');
      default ->
          new NumberVerdict(
              false,
              "",
              "",
              digits.length() + " digits; an individual number has 12, a corporate number 13");
    };
  }

  private static NumberVerdict judge(String kind, String digits, boolean ok) {
    return new NumberVerdict(ok, kind, Digits.mask(digits), ok ? "" : "check digit does not match");
  }

  /**
   * {@code valid individual ****-****-9018} or {@code invalid individual ****-****-9019: check
   * digit does not match}.
   */
  @Override
  public String toString() {
    StringBuilder line = new StringBuilder(valid ? "valid" : "invalid");
    if (!kind.isEmpty()) {
      line.append(' ').append(kind).append(' ').append(masked);
    }
    if (!reason.isEmpty()) {
      line.append(": ").append(reason);
    }
    return line.toString();
  }
}
