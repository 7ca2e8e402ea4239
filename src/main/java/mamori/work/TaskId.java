package mamori.work;

import java.util.regex.Pattern;

/** A task's id: {@code t-} and twelve of a small alphabet in three groups, random and typable. */
public record TaskId(String value) {
  private static final Pattern VALID = Pattern.compile("t-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}");

  public TaskId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("a task id is t-xxxx-xxxx-xxxx");
    }
  }

  public static boolean isValid(String value) {
    return VALID.matcher(value).matches();
  }

  /** A fresh random id. */
  public static TaskId random() {
    return new TaskId(
        "t-"
            + JobId.WorkIds.letters(4)
            + "-"
            + JobId.WorkIds.letters(4)
            + "-"
            + JobId.WorkIds.letters(4));
  }

  @Override
  public String toString() {
    return value;
  }
}
