package mamori.work;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import mamori.core.TenantId;
import mamori.core.UserId;

/**
 * One task: one part of one document, keyed twice by two different operators and, when the two
 * entries differ, decided by a verifier (issue 16 points 3 and 4).
 *
 * @param part the document type's part ({@code payee-number})
 * @param seq its place in the job's queue
 * @param entries how many entries it has: 0, 1 or 2 (a verification is not counted)
 * @param heldBy the operator it is given to now, until {@code heldUntil}
 */
public record Task(
    TenantId tenant,
    TaskId id,
    JobId job,
    long document,
    String part,
    long seq,
    State state,
    int entries,
    Optional<UserId> heldBy,
    Optional<Instant> heldUntil,
    Instant createdAt,
    Optional<Instant> doneAt) {

  /** What a task waits for. */
  public enum State {
    /** A first or a second entry. */
    ENTRY,
    /** A verifier's decision: the two entries differ. */
    VERIFY,
    /** Nothing: its values are accepted. */
    DONE;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static State ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }
}
