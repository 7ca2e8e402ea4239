package mamori.entrustment;

/** Whose records an entrustment covers: everyone, a named segment, or the persons of one job. */
public sealed interface PersonSet {
  /** Every person of the tenant. */
  record All() implements PersonSet {}

  /** The persons a named filter selects, e.g. {@code ward=kita}. */
  record Segment(String filter) implements PersonSet {
    public Segment {
      checkRef(filter, "a segment filter");
    }
  }

  /** The persons of one job. */
  record Job(String jobId) implements PersonSet {
    public Job {
      checkRef(jobId, "a job id");
    }
  }

  PersonSet ALL = new All();

  /** Whether this set is {@code other} or lies within it. */
  default boolean within(PersonSet other) {
    return other instanceof All || other.equals(this);
  }

  private static void checkRef(String ref, String what) {
    if (ref.isBlank() || ref.length() > 200) {
      throw new IllegalArgumentException(what + " is 1 to 200 characters");
    }
  }
}
