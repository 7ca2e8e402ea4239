package mamori.core;

import java.util.regex.Pattern;

/**
 * Who acts: a user's login name (1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or
 * digit; residents' ids {@code r-...} have the same form), or, for the offline command line, the
 * operating-system account that runs it, written {@code cli:<account>}.
 *
 * @param value the id as the log names the actor
 */
public record UserId(String value) {
  /** The form of a login name. */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** What precedes the operating-system account of a command-line actor. */
  public static final String COMMAND_LINE = "cli:";

  /**
   * @throws IllegalArgumentException when {@code value} is neither a login name nor a command-line
   *     account
   */
  public UserId {
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "a user id is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a"
              + " letter or digit");
    }
  }

  /** Whether {@code value} is a login name or a command-line account. */
  public static boolean isValid(String value) {
    if (value.startsWith(COMMAND_LINE)) {
      String account = value.substring(COMMAND_LINE.length());
      return !account.isEmpty()
          && account.length() <= 64
          && account.chars().noneMatch(Character::isISOControl);
    }
    // a login name is shown and logged in the clear: it never holds what could be a My Number
    return PATTERN.matcher(value).matches() && !NumberText.holdsNumber(value);
  }

  /** The actor of the command line run by the operating-system account {@code account}. */
  public static UserId commandLine(String account) {
    return new UserId(COMMAND_LINE + account);
  }

  @Override
  public String toString() {
    return value;
  }
}
