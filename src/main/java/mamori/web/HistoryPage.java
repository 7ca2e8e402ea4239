package mamori.web;

import java.util.Objects;
import mamori.access.PersonAccesses;
import mamori.access.PersonAccesses.Cursor;
import org.jspecify.annotations.Nullable;

/**
 * The paging parameters of a history, as the portal and the API take them: {@code before} or {@code
 * after} (a log index, at most one of them), {@code limit} (1 to {@link PersonAccesses#MAX_PAGE})
 * and {@code fold} ({@code true} or {@code false}). Anything else is a {@link Invalid} that names
 * the parameter, answered 400 before anything is read or logged.
 */
record HistoryPage(Cursor cursor, int limit, boolean fold) {

  /** A paging parameter is malformed; {@code parameter} names which. */
  static final class Invalid extends RuntimeException {
    private final String parameter;
    private final String problem;

    Invalid(String parameter, String problem) {
      super(problem, null, false, false);
      this.parameter = parameter;
      this.problem = problem;
    }

    String parameter() {
      return parameter;
    }

    /** What is wrong, naming the parameter; it never repeats what was sent. */
    String problem() {
      return problem;
    }
  }

  static HistoryPage parse(
      @Nullable String beforeParam,
      @Nullable String afterParam,
      @Nullable String limitParam,
      @Nullable String foldParam,
      int defaultLimit) {
    String before = Objects.requireNonNullElse(beforeParam, "");
    String after = Objects.requireNonNullElse(afterParam, "");
    String limit = Objects.requireNonNullElse(limitParam, "");
    String fold = Objects.requireNonNullElse(foldParam, "");
    if (present(before) && present(after)) {
      throw new Invalid("before", "give before or after, not both");
    }
    Cursor cursor = Cursor.NEWEST;
    if (present(before)) {
      cursor = new Cursor.Before(index("before", before));
    } else if (present(after)) {
      cursor = new Cursor.After(index("after", after));
    }
    int size = defaultLimit;
    if (present(limit)) {
      size = (int) number("limit", limit, 1, PersonAccesses.MAX_PAGE);
    }
    boolean folded = true;
    if (present(fold)) {
      if (!fold.equals("true") && !fold.equals("false")) {
        throw new Invalid("fold", "fold is true or false");
      }
      folded = fold.equals("true");
    }
    return new HistoryPage(cursor, size, folded);
  }

  private static boolean present(String value) {
    return !value.isEmpty();
  }

  private static long index(String name, String value) {
    return number(name, value, 0, Long.MAX_VALUE - 1);
  }

  private static long number(String name, String value, long min, long max) {
    // at most 19 ASCII digits: no sign, no spaces, no other scripts' digits
    if (value.length() > 19 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new Invalid(name, name + " is a whole number from " + min + " to " + max);
    }
    try {
      long n = Long.parseLong(value);
      if (n < min || n > max) {
        throw new Invalid(name, name + " is a whole number from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Invalid(name, name + " is a whole number from " + min + " to " + max);
    }
  }
}
