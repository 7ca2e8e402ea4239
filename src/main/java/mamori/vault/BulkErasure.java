package mamori.vault;

import java.util.List;
import java.util.Map;

/**
 * What a retention run asks of the vault: many persons erased at once, each either whole (its data
 * key shredded, as {@link Vault#erase}) or number only (the number and its blind index gone, the
 * other fields sealed again under a fresh data key). Each person's {@code erase} record is durable
 * in the log before the batch's one transaction.
 */
public final class BulkErasure {
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
    /** No person of the tenant has that id. */
    UNKNOWN
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
