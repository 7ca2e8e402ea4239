package mamori.detect;

import java.util.Optional;

/**
 * A tenant's detection settings as a rule reads them: named values ({@code
 * detect.harvesting.persons}) with the default the rule gives. The engine reads them from the
 * tenant's settings, at most once a few seconds, so a city changes a threshold without a restart
 * and a rule never waits on the store.
 */
public interface RuleSettings {
  /** The text set for {@code name}, if any. */
  Optional<String> text(String name);

  /**
   * The whole number set for {@code name}, or {@code otherwise} when none is set.
   *
   * @throws IllegalArgumentException when the value set is not a whole number; the engine reports
   *     it once and keeps the rule at its default
   */
  default long number(String name, long otherwise) {
    Optional<String> t = text(name);
    if (t.isEmpty()) {
      return otherwise;
    }
    try {
      return Long.parseLong(t.get().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the setting " + name + " is not a whole number", e);
    }
  }
}
