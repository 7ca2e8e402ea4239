package mamori.detect;

import java.time.Duration;
import java.util.List;

/**
 * A detection rule. The engine hands it every record of a tenant's log once, in log order, with the
 * tenant's settings; the rule keeps what it needs in memory (counts over a sliding window, the
 * networks it has seen) and says when an alert is due. A rule does no I/O of its own on the hot
 * path: what it needs from the store comes through {@link Seen} and {@link RuleSettings}, so that
 * the engine stays faster than the log it reads. After a restart the engine replays the records of
 * the longest window before its position to the rules with {@link Seen#replay()} set, and keeps no
 * finding from them, so the state is rebuilt and nothing is raised twice.
 */
public interface Rule {
  /** The rule's id, the alert's kind: {@code detect.harvesting}, {@code city.night-reads}. */
  String id();

  /** Reads one record; returns what should be raised now (usually nothing). */
  List<Finding> test(Seen seen, RuleSettings settings);

  /**
   * How far back the rule looks: the records of this span before the engine's position are replayed
   * to it after a restart, and an open alert of the rule and subject raised within it suppresses a
   * new one. Zero (the default) for a rule that keeps no state; the engine then suppresses over its
   * own default span.
   */
  default Duration window(RuleSettings settings) {
    return Duration.ZERO;
  }
}
