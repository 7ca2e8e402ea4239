package mamori.incident;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import mamori.core.Action;
import mamori.core.PersonToken;

/**
 * One person an incident affects, as computed from the log: never a number, the person's token.
 *
 * @param actions what was done to their record (read, list, package, print, handover)
 * @param evidence the log indexes that show it, oldest first
 */
public record Affected(
    PersonToken person, List<Action> actions, List<Long> evidence, Instant first, Instant last) {
  public Affected {
    Objects.requireNonNull(person, "person");
    actions = List.copyOf(actions);
    evidence = List.copyOf(evidence);
  }
}
