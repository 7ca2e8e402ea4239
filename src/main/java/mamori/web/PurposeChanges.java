package mamori.web;

import mamori.access.AccessGate;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Purpose;
import mamori.identity.Principal;
import mamori.retention.Model;
import mamori.retention.Retentions;

/**
 * A purpose changed from the API or the console: its name and legal basis through {@link
 * Entrustments}, a new retention rule through {@link Retentions#changeRule}, which refuses a rule
 * that would make every person of the purpose due today (confirming that twice is the command
 * line's {@code mamori retention rule --confirm --confirm-count N}), computes the persons' last
 * days again and withdraws the purpose's standing approvals. So no path changes a rule without what
 * the retention module checks.
 */
final class PurposeChanges {
  private PurposeChanges() {}

  static Purpose change(
      Entrustments entrustments,
      Retentions retentions,
      Principal p,
      Purpose stored,
      Purpose changed) {
    boolean text =
        !changed.name().equals(stored.name()) || !changed.legalBasis().equals(stored.legalBasis());
    boolean rule = !changed.retention().equals(stored.retention());
    Purpose out = stored;
    if (text || !rule) { // nothing changed at all is still asked, and logged, as before
      out =
          entrustments.changePurpose(
              stored.with(changed.name(), changed.legalBasis(), stored.retention()),
              AccessGate.caller(p));
    }
    if (rule) {
      out = retentions.changeRule(p, stored.id(), changed.retention(), Model.Confirmation.NONE);
    }
    return out;
  }
}
