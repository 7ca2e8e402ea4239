package mamori.entrustment;

import org.jspecify.annotations.Nullable;

/**
 * Where an entrustment stands now: its own state, or the state of the nearest ancestor that cuts
 * it.
 *
 * @param status {@link Entrustment.Status#EXPIRED} after its period; SUSPENDED, REVOKED or EXPIRED
 *     when an ancestor is (then {@code cutBy} names it); else the stored state
 * @param cutBy the id of the ancestor that cuts it, or null when its own state decides
 */
public record Standing(Entrustment.Status status, @Nullable String cutBy) {
  /** Whether an access may go through it. */
  public boolean active() {
    return status == Entrustment.Status.ACTIVE;
  }

  /**
   * For display: {@code active}, {@code suspended}, {@code revoked (cut by ancestor ent-...)}, ...
   */
  @Override
  public String toString() {
    String s = status.name().toLowerCase(java.util.Locale.ROOT);
    return cutBy == null ? s : s + " (cut by ancestor " + cutBy + ")";
  }
}
