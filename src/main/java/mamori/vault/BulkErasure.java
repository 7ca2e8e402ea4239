package mamori.vault;

import java.util.List;
import java.util.Map;

/**
 * What a retention run asks of the vault ({@link Vault#eraseAll}): many persons erased at once,
 * each either whole (its data key shredded, as {@link Vault#erase}) or number only (the number and
 * its blind index gone, the other fields sealed again under a fresh data key). Each person's {@code
 * erase} record is durable in the log before the transaction of its batch of {@link #BATCH}. How it
 * is done, and why a fresh key: {@link Erasures}.
 */
public final class BulkErasure {
  /** Persons per transaction: a caller's batches of this size or a multiple use it best. */
  public static final int BATCH = Erasures.BATCH;

  private BulkErasure() {}

  /** What goes of a person. */
  public enum What {
    /** The whole record: data key, fields, indexes, prior versions. */
    WHOLE,
    /** The number and its blind index only; the rest is kept, sealed under a fresh data key. */
    NUMBER
  }

  /** One person to erase, by the vault's id. */
  public record Item(long personId, What what) {}

  /** What became of one person. */
  public enum Result {
    /** Erased as asked, now. */
    ERASED,
    /** Erased before (whole, or its number when only the number was asked): nothing to do. */
    ALREADY,
    /** No person of the tenant has that id: nothing logged, nothing erased. */
    UNKNOWN,
    /**
     * Number only: the person was changed by someone else (an update, a key rotation, a document
     * accepted) every time its number was about to be erased ({@value Erasures#ROUNDS} times):
     * nothing of it was erased, though its record is in the log; erase it again.
     */
    CHANGED
  }

  /** The results of a batch, by person id. */
  public record Outcome(Map<Long, Result> byPerson) {
    public Outcome {
      byPerson = Map.copyOf(byPerson);
    }

    public long count(Result r) {
      return byPerson.values().stream().filter(r::equals).count();
    }
  }

  static List<Item> checked(List<Item> batch) {
    if (batch.stream().map(Item::personId).distinct().count() != batch.size()) {
      throw new IllegalArgumentException("a person is named twice in one erasure batch");
    }
    return List.copyOf(batch);
  }
}
