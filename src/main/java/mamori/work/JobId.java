package mamori.work;

import java.util.regex.Pattern;

/**
 * A job's id: {@code job-} and eight of a small alphabet ({@code job-k7m2-p4qx}), random, typable
 * and never twelve digits in a row; a controller may also choose one of 1 to 32 of a-z, 0-9 and
 * '-'. The entrustments that give the job name it as their person set, {@code job:<id>}.
 */
public record JobId(String value) {
  private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  public JobId {
    if (!isValid(value)) {
      throw new IllegalArgumentException("a job id is 1 to 32 of a-z, 0-9 and '-'");
    }
  }

  public static boolean isValid(String value) {
    return VALID.matcher(value).matches() && !mamori.core.NumberText.holdsNumber(value);
  }

  /** A fresh random id. */
  public static JobId random() {
    return new JobId("job-" + WorkIds.letters(4) + "-" + WorkIds.letters(4));
  }

  @Override
  public String toString() {
    return value;
  }

  /** The random letters of the work module's ids. */
  static final class WorkIds {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private WorkIds() {}

    static String letters(int n) {
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      return b.toString();
    }
  }
}
