package mamori.entrustment;

import mamori.core.PersonTag;
import mamori.core.TenantId;

/**
 * Whose records an entrustment covers: everyone, the persons the controller tagged, the persons of
 * a list it uploaded, or the persons of one job.
 *
 * <p>Design (issue 14 point 5). The gate evaluates a set for every read and listing of a
 * contractor: {@link All} holds everyone; {@link Tagged} the persons carrying that exact tag (the
 * vault keeps only its keyed hash); {@link Listed} the members of the controller's list; {@link
 * Job} holds the persons of that job's documents (issue 16): the gate decides desk work (ENTER,
 * VERIFY) on a job's task by asking whether the set is that job, and a listing or a read of a
 * person through a job's entrustment is shown no one (an operator keys regions of documents, never
 * browses the vault). A re-entrustment's set lies {@link #within} its parent's only when the two
 * are equal or the parent's is {@link All}: whether one tag or list holds another's persons depends
 * on data that changes after the grant, so no such rule is made from it. The text form ({@link
 * #text}, {@link #parse}) is {@code all}, {@code tag:NAME}, {@code tag:NAME=VALUE}, {@code list:ID}
 * or {@code job:ID}; the {@code segment:FILTER} of earlier versions is read as {@code tag:FILTER}
 * (a segment filter such as {@code ward=kita} is exactly a tag; stored segments are migrated by
 * V25).
 */
public sealed interface PersonSet {
  /** Every person of the tenant. */
  record All() implements PersonSet {
    @Override
    public String text() {
      return "all";
    }
  }

  /** The persons the controller tagged with {@code tag}, e.g. {@code ward=kita}. */
  record Tagged(PersonTag tag) implements PersonSet {
    public Tagged {
      java.util.Objects.requireNonNull(tag, "tag");
    }

    @Override
    public String text() {
      return TAG + tag.text();
    }
  }

  /** The members of the controller's list {@code listId}. */
  record Listed(String listId) implements PersonSet {
    public Listed {
      if (!TenantId.isValid(listId)) {
        throw new IllegalArgumentException("a list id is 1 to 64 of a-z, 0-9 and '-'");
      }
    }

    @Override
    public String text() {
      return LIST + listId;
    }
  }

  /**
   * The persons of the documents of one job ({@code work.Job}): what desk work on its tasks is
   * decided against; a listing or read through it shows no one.
   */
  record Job(String jobId) implements PersonSet {
    public Job {
      if (jobId.isBlank() || jobId.length() > 200) {
        throw new IllegalArgumentException("a job id is 1 to 200 characters");
      }
    }

    @Override
    public String text() {
      return JOB + jobId;
    }
  }

  PersonSet ALL = new All();

  /** The prefix of a tag set's text. */
  String TAG = "tag:";

  /** The prefix of a list set's text. */
  String LIST = "list:";

  /** The prefix of a job set's text. */
  String JOB = "job:";

  /** The prefix earlier versions wrote for a segment, read as {@link #TAG}. */
  String SEGMENT = "segment:";

  /** The text form: {@code all}, {@code tag:ward=kita}, {@code list:ID}, {@code job:ID}. */
  String text();

  /**
   * The set {@code text} names ({@link #text} reversed; {@code segment:F} is {@code tag:F}).
   *
   * @throws IllegalArgumentException for any other text
   */
  static PersonSet parse(String text) {
    if (text.equals("all")) {
      return ALL;
    }
    if (text.startsWith(TAG)) {
      return new Tagged(PersonTag.parse(text.substring(TAG.length())));
    }
    if (text.startsWith(SEGMENT)) {
      return new Tagged(PersonTag.parse(text.substring(SEGMENT.length())));
    }
    if (text.startsWith(LIST)) {
      return new Listed(text.substring(LIST.length()));
    }
    if (text.startsWith(JOB)) {
      return new Job(text.substring(JOB.length()));
    }
    throw new IllegalArgumentException(
        "a person set is all, tag:NAME, tag:NAME=VALUE, list:ID or job:ID");
  }

  /**
   * Whether this set is {@code other} or lies within it: equal sets, or any set within {@link All}.
   * A tag or a list is never within another tag or list, however their members fall today.
   */
  default boolean within(PersonSet other) {
    return other instanceof All || other.equals(this);
  }
}
