package mamori.core;

import java.util.regex.Pattern;

/**
 * A tenant: the controller that runs the My Number work (a city, a tax bureau) and owns a log and
 * keys. Its id is 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit, so that it can name
 * a log path ({@code /log/{tenant}/}), a key and a row without escaping.
 *
 * @param value the id, e.g. {@code demo-city}
 */
public record TenantId(String value) {
  /** The form of a tenant id, and of every id that stands beside it (organisations, purposes). */
  public static final Pattern PATTERN = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  /**
   * @throws IllegalArgumentException when {@code value} is not of the {@link #PATTERN}
   */
  public TenantId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("a tenant id is 1 to 64 of a-z, 0-9 and '-'");
    }
  }

  /**
   * Whether {@code value} is a well-formed tenant id. An id that holds a run of twelve digits is
   * refused too: an id is shown and logged in the clear, so it must never be able to be a My
   * Number.
   */
  public static boolean isValid(String value) {
    return PATTERN.matcher(value).matches() && !NumberText.holdsNumber(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
