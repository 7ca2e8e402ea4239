package mamori.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/*
 * Design. A refusal is a log record whose decision is deny:<code> (chain.not-approved, person.not-found,
 * field.out-of-scope and every other code of core.Reason). An unapproved subcontractor trying its luck
 * shows as a run of them from one actor, or from several actors of one organisation, in a short time:
 * this rule counts the refusals of each actor and of each organisation over a sliding window and raises
 * the alert when the count reaches its threshold. Each key keeps at most its threshold of refusals, so
 * memory stays small however long the burst. One alert per burst: the engine's suppression keeps a second
 * one back while the first is open and within the window.
 */
/**
 * {@code detect.refusals}: a burst of refusals by one actor ({@code detect.refusals.actor}, default
 * 10) or one organisation ({@code detect.refusals.organisation}, default 30) within {@code
 * detect.refusals.window-minutes} (default 10). High; notify by default.
 */
final class RefusalsRule implements Rule {
  private final Knobs.Memo memo = new Knobs.Memo();

  static final String ID = "detect.refusals";
  static final String NAME = "refusals";
  static final long ACTOR = 10;
  static final long ORGANISATION = 30;
  static final long WINDOW_MINUTES = 10;

  private final Window<Window.Events> actors = new Window<>(Window.Events::new);
  private final Window<Window.Events> organisations = new Window<>(Window.Events::new);

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
    if (!r.decision().startsWith(AccessRecord.DENY) || Knobs.system(r)) {
      return List.of();
    }
    Duration w = window(s);
    int actorMax = (int) memo.number(s, NAME, "actor", ACTOR, 2, 100_000);
    int orgMax = (int) memo.number(s, NAME, "organisation", ORGANISATION, 2, 100_000);
    List<Finding> found = new ArrayList<>(0);
    Window.Events a = actors.of(r.organisation() + "/" + r.actor(), r.time(), w);
    a.add(r.time(), seen.index(), w, actorMax);
    if (a.count() == actorMax) {
      found.add(finding(s, "user:" + r.actor(), actorMax, w, a, r));
      a.events.clear();
    }
    Window.Events o = organisations.of(r.organisation(), r.time(), w);
    o.add(r.time(), seen.index(), w, orgMax);
    if (o.count() == orgMax) {
      found.add(finding(s, "organisation:" + r.organisation(), orgMax, w, o, r));
      o.events.clear();
    }
    return found;
  }

  private static Finding finding(
      RuleSettings s, String subject, int n, Duration w, Window.Events e, AccessRecord r) {
    return new Finding(
        ID,
        Severity.HIGH,
        subject,
        n
            + " refusals within "
            + w.toMinutes()
            + " minutes; the latest to "
            + r.actor()
            + " of "
            + r.organisation()
            + " ("
            + r.decision().substring(AccessRecord.DENY.length())
            + ")",
        e.indexes(),
        Responder.policy(s, NAME, AlertPolicy.NOTIFY),
        Knobs.entrustment(r),
        r.actor());
  }
}
