package mamori.retention;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import mamori.entrustment.Purpose;

/*
 * Design. Whether a basis has ended is decided at query time from the purpose's rule as it stands, not
 * from the keep_until stored with the basis: a rule may change by any path (this module's guarded
 * command, the console's purpose page, the entrustments command), and a stale keep_until must never
 * delete a person early. A rule's keepUntil is non-decreasing in the event day, so for a day D there is
 * one latest event day whose period ended before D: the cutoff. A basis has ended as of D when its
 * event day is at or before its purpose's cutoff; an open case (no event day) never ends. The cutoff
 * is found by a binary search over the rule's own keepUntil, so the calendar arithmetic (民法 第143条,
 * 29 February) lives in one place. keep_until is still stored and recomputed on a guarded rule change,
 * for readers of the table (the portal, the certificate).
 */
/** The last event day whose retention period ended before a given day, per purpose. */
final class Cutoffs {
  private final Map<String, Long> byPurpose;
  private final Map<String, Purpose.Disposal> disposal;

  private Cutoffs(Map<String, Long> byPurpose, Map<String, Purpose.Disposal> disposal) {
    this.byPurpose = byPurpose;
    this.disposal = disposal;
  }

  /** The cutoffs of {@code purposes} as of {@code asOf}. */
  static Cutoffs of(List<Purpose> purposes, LocalDate asOf) {
    Map<String, Long> m = new HashMap<>();
    Map<String, Purpose.Disposal> d = new HashMap<>();
    for (Purpose p : purposes) {
      cutoff(p.retention(), asOf).ifPresent(c -> m.put(p.id(), c));
      d.put(p.id(), p.retention().disposal());
    }
    return new Cutoffs(m, d);
  }

  /**
   * The latest event day (epoch day) whose period under {@code rule} ended before {@code asOf},
   * i.e. whose keepUntil is before asOf; empty when no event day in the last 200 years has.
   */
  static OptionalLong cutoff(Purpose.Retention rule, LocalDate asOf) {
    long lo = asOf.minusYears(200).toEpochDay();
    long hi = asOf.toEpochDay();
    if (!ended(rule, lo, asOf)) {
      return OptionalLong.empty();
    }
    // invariant: ended(lo), and every day above hi has not ended (keepUntil >= event >= asOf)
    while (lo < hi) {
      long mid = lo + (hi - lo + 1) / 2;
      if (ended(rule, mid, asOf)) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return OptionalLong.of(lo);
  }

  private static boolean ended(Purpose.Retention rule, long eventDay, LocalDate asOf) {
    return rule.keepUntil(LocalDate.ofEpochDay(eventDay)).isBefore(asOf);
  }

  /**
   * Whether a basis of {@code purpose} with {@code eventDay} (null: the case is open) has ended; a
   * purpose the tenant no longer has never ends.
   */
  boolean ended(String purpose, Long eventDay) {
    Long c = byPurpose.get(purpose);
    return eventDay != null && c != null && eventDay <= c;
  }

  /** The disposal a purpose's rule asks for; RECORD for a purpose the tenant no longer has. */
  Purpose.Disposal disposal(String purpose) {
    return disposal.getOrDefault(purpose, Purpose.Disposal.RECORD);
  }
}
