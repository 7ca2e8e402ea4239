package mamori.detect;

import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/**
 * A detection rule of a city's rule file: one record that matches its condition raises a finding
 * about the acting user. A rule that a correlation names raises nothing of its own unless that
 * correlation says {@code generate: true}, as Sigma reads it.
 */
final class CityRule implements Rule {
  private final String id;
  private final String title;
  private final Severity level;
  private final AlertPolicy policy;
  private final Match condition;
  private final boolean raises;

  CityRule(
      String id,
      String title,
      Severity level,
      AlertPolicy policy,
      Match condition,
      boolean raises) {
    this.id = id;
    this.title = title;
    this.level = level;
    this.policy = policy;
    this.condition = condition;
    this.raises = raises;
  }

  @Override
  public String id() {
    return id;
  }

  /** Whether a record matches the rule's condition (for the correlations that name it). */
  boolean matches(AccessRecord r) {
    return condition.test(r);
  }

  boolean raises() {
    return raises;
  }

  @Override
  public List<Finding> test(Seen seen, RuleSettings settings) {
    AccessRecord r = seen.record();
    if (!raises || !condition.test(r)) {
      return List.of();
    }
    return List.of(
        new Finding(
            id,
            level,
            "user:" + r.actor(),
            title + ": " + r.action() + " by " + r.actor() + " of " + r.organisation(),
            List.of(seen.index()),
            policy,
            r.chain().isEmpty() ? "" : r.chain().getLast(),
            r.actor()));
  }

  @Override
  public String toString() {
    return "CityRule[" + id + "]";
  }
}
