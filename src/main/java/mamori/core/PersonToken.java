package mamori.core;

/**
 * A person as an access names them: never by My Number, always by a token of one body (the
 * agency-specific token the crypto module derives, {@code KX4M-Q7RD-2HPA-93TC}). The log keeps
 * whatever token a record was written with, so this type checks only that the token is a short
 * printable word; the token's own format and check character are the crypto module's {@code
 * AgencyToken}.
 *
 * @param value 1 to 64 characters, no spaces or control characters
 */
public record PersonToken(String value) {
  /** The longest token a record holds. */
  public static final int MAX_LENGTH = 64;

  /**
   * @throws IllegalArgumentException when {@code value} is empty, too long or holds spaces or
   *     control characters
   */
  public PersonToken {
    if (value.isEmpty()
        || value.length() > MAX_LENGTH
        || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "a person token is 1 to "
              + MAX_LENGTH
              + " characters without spaces or control characters");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
