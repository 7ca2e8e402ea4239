package mamori.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/*
 * Design. Harvesting is one actor taking many different persons' data: Sigma's value_count of persons
 * per actor. This rule counts the distinct persons each actor read, printed or packaged (allowed) within
 * a sliding window, and raises the alert when they reach the threshold.
 *
 * "Walked in order". The log names each person by the controller's token, a keyed pseudonym in no order
 * of the register, and a listing's record names no person, so the register's order cannot be seen in the
 * log. What a walk does leave in it is this: the actor lists the persons it may see, then reads them one
 * after another, each a person not read before in the run, without a search between (a search is how
 * targeted work finds its person). A run is counted from the actor's last listing; a repeated person or
 * a find ends it. A run of detect.harvesting.walk persons within the window raises the alert even below
 * the distinct-persons threshold.
 *
 * Memory: each actor keeps at most the persons-threshold times four events within the window, and a walk
 * run at most its threshold of persons; actors idle for a whole window are swept.
 */
/**
 * {@code detect.harvesting}: one actor read, printed or packaged {@code detect.harvesting.persons}
 * distinct persons (default 100) within {@code detect.harvesting.window-minutes} (default 10), or
 * walked {@code detect.harvesting.walk} persons (default 50) in a row after a listing. High; by
 * default suspends the entrustment the access went through.
 */
final class HarvestingRule implements Rule {
  private final Knobs.Memo memo = new Knobs.Memo();

  static final String ID = "detect.harvesting";
  static final String NAME = "harvesting";
  static final long PERSONS = 100;
  static final long WALK = 50;
  static final long WINDOW_MINUTES = 10;

  private static final class Actor implements Window.Keyed {
    final Window.Distinct persons = new Window.Distinct();
    final Set<String> walk = new HashSet<>();
    final List<Long> walkIndexes = new ArrayList<>();
    long walkStart;
    boolean listed;

    @Override
    public java.time.Instant last() {
      return persons.last();
    }
  }

  private final Window<Actor> actors = new Window<>(Actor::new);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Duration window(RuleSettings s) {
    return Duration.ofMinutes(memo.number(s, NAME, "window-minutes", WINDOW_MINUTES, 1, 1440));
  }

  @Override
  public List<Finding> test(Seen seen, RuleSettings s) {
    AccessRecord r = seen.record();
    if (Knobs.system(r) || !r.allowed()) {
      return List.of();
    }
    Duration w = window(s);
    Actor a = actors.of(r.organisation() + "/" + r.actor(), r.time(), w);
    if (r.action().equals(Action.LIST.code())) {
      a.listed = true;
      a.walk.clear();
      a.walkIndexes.clear();
      a.walkStart = r.time().toEpochMilli();
      return List.of();
    }
    if (r.action().equals(Action.FIND.code())) {
      a.listed = false;
      return List.of();
    }
    if (!Knobs.TAKES.contains(r.action()) || r.personToken().isEmpty()) {
      return List.of();
    }
    int persons = (int) memo.number(s, NAME, "persons", PERSONS, 2, 1_000_000);
    int walk = (int) memo.number(s, NAME, "walk", WALK, 2, 1_000_000);
    List<Finding> found = new ArrayList<>(0);
    a.persons.add(r.time(), seen.index(), r.personToken(), w, Math.max(4 * persons, 1_000));
    if (a.persons.distinct() == persons) {
      found.add(
          finding(
              s,
              r,
              persons + " distinct persons read within " + w.toMinutes() + " minutes by " + who(r),
              a.persons.firstIndexes(500)));
    }
    if (a.listed) {
      boolean fresh = a.walk.add(r.personToken());
      if (!fresh || r.time().toEpochMilli() - a.walkStart > w.toMillis()) {
        a.listed = false;
      } else {
        if (a.walkIndexes.size() < 500) {
          a.walkIndexes.add(seen.index());
        }
        if (a.walk.size() == walk) {
          found.add(
              finding(
                  s,
                  r,
                  walk + " persons walked one after another after a listing by " + who(r),
                  a.walkIndexes));
          a.listed = false;
        }
      }
      if (!a.listed) {
        a.walk.clear();
        a.walkIndexes.clear();
      }
    }
    return found;
  }

  private static String who(AccessRecord r) {
    return r.actor() + " of " + r.organisation();
  }

  private static Finding finding(RuleSettings s, AccessRecord r, String detail, List<Long> ev) {
    return new Finding(
        ID,
        Severity.HIGH,
        "user:" + r.actor(),
        detail,
        ev,
        Responder.policy(s, NAME, AlertPolicy.SUSPEND_ENTRUSTMENT),
        Knobs.entrustment(r),
        r.actor());
  }
}
