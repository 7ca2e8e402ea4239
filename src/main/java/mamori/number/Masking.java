package mamori.number;

import mamori.core.NumberText;

/**
 * Masks numbers in free text before it is shown or logged, with the one detector of {@link
 * NumberText}: digits of any script or width joined by any run of characters that are neither
 * letters nor digits. A chain of twelve or more digits keeps only its last four, whatever its check
 * digit. Used on messages that may echo what a user typed, such as command-line errors.
 */
public final class Masking {
  private Masking() {}

  /** {@code text} with every chain of twelve or more digits masked to its last four. */
  public static String maskNumbers(CharSequence text) {
    return NumberText.mask(text);
  }

  /**
   * Whether {@code text} holds a valid individual number: a chain of {@link NumberText} of exactly
   * twelve digits whose check digit holds. This is the narrower verdict for identifiers the service
   * makes (tokens, ids) and for tests that output holds no real number, where a longer run (a time
   * with seconds) must not count; free text a person types refuses any chain of twelve or more
   * ({@link NumberText#holdsNumber}), and masking masks all of them.
   */
  public static boolean holdsIndividualNumber(CharSequence text) {
    for (String chain : NumberText.chains(text)) {
      if (chain.length() == IndividualNumber.LENGTH && IndividualNumber.isValidDigits(chain)) {
        return true;
      }
    }
    return false;
  }
}
