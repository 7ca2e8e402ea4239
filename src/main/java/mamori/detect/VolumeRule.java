package mamori.detect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/*
 * Design. Sigma's maintainers warn that mass-select rules with fixed numbers need heavy tuning; the
 * thresholds that work are each actor's own baseline and the cap the entrustment set. So this rule
 * raises the alert on two things:
 *
 * 1. Far above its own baseline. Each actor's (and each organisation's) reads are counted over a sliding
 *    window of W minutes; the baseline is a decaying mean of the reads of past windows (tumbling windows
 *    of W aligned to the epoch; each closing window moves the mean decay-percent of the way to its count,
 *    an empty window too). The threshold is factor times the baseline, but never below a floor, so a new
 *    actor (no baseline) is judged by the floor. Once per window per key.
 * 2. Nearing the daily cap. Reads per day (Asia/Tokyo, as the gate counts them) of each entrustment are
 *    compared with the entrustment's daily cap, and each controller staff member's with staff.daily-reads
 *    (the gate's default 1000); at cap-percent of it the alert is raised, once a day.
 *
 * The window it asks the engine to replay is a day, so after a restart the day's counts are rebuilt
 * (the engine replays the whole window). Memory: one small state per actor, organisation and
 * entrustment, swept when idle for a day.
 */
/**
 * {@code detect.volume}: reads (read, print) of one actor or organisation within {@code
 * detect.volume.window-minutes} (default 60) at {@code detect.volume.factor} (default 10) times
 * their own baseline or above, never below {@code detect.volume.floor} (actor, default 200) or
 * {@code detect.volume.organisation-floor} (default 1000); and the day's reads of an entrustment or
 * a member of staff reaching {@code detect.volume.cap-percent} (default 90) of its daily cap. High;
 * notify by default.
 */
final class VolumeRule implements Rule {
  private final Knobs.Memo memo = new Knobs.Memo();

  static final String ID = "detect.volume";

  /**
   * The kind of the cap-near finding, apart from {@link #ID}: nearing a daily cap is heavy but
   * legitimate work, so an incident opened from it does not presume an unjust purpose, while one
   * far above its own baseline does.
   */
  static final String CAP_ID = "detect.volume-cap";

  static final String NAME = "volume";
  static final long WINDOW_MINUTES = 60;
  static final long FACTOR = 10;
  static final long FLOOR = 200;
  static final long ORGANISATION_FLOOR = 1_000;
  static final long DECAY_PERCENT = 20;
  static final long CAP_PERCENT = 90;
  static final long STAFF_DAILY_READS = 1_000;
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Duration DAY = Duration.ofDays(1);

  /** One key's reads: the sliding window, the baseline and the day's count. */
  static final class Reads implements Window.Keyed {
    final Window.Events recent = new Window.Events();
    long period = Long.MIN_VALUE;
    long periodCount;
    double baseline = -1;
    boolean alerted;
    LocalDate day = LocalDate.MIN;
    long dayCount;
    Instant last = Instant.EPOCH;

    @Override
    public Instant last() {
      return last;
    }

    /** Moves to the tumbling window holding {@code at}, closing the ones before into the mean. */
    void roll(Instant at, Duration w, double decay) {
      long p = Math.floorDiv(at.toEpochMilli(), w.toMillis());
      if (period == Long.MIN_VALUE) {
        period = p;
        return;
      }
      for (int i = 0; period < p && i < 1_000; i++) {
        baseline = baseline < 0 ? periodCount : baseline + decay * (periodCount - baseline);
        periodCount = 0;
        period++;
        alerted = false;
      }
      period = Math.max(period, p);
    }

    /** Counts a read on {@code at}'s day; returns the day's count. */
    long countDay(Instant at) {
      LocalDate d = LocalDate.ofInstant(at, TOKYO);
      if (!d.equals(day)) {
        day = d;
        dayCount = 0;
      }
      return ++dayCount;
    }

    /** The threshold now: factor times the baseline, at least the floor. */
    long threshold(long factor, long floor) {
      return baseline < 0 ? floor : Math.max(floor, (long) Math.ceil(factor * baseline));
    }
  }

  private final Caps caps;
  private final Window<Reads> actors = new Window<>(Reads::new);
  private final Window<Reads> organisations = new Window<>(Reads::new);
  private final Window<Reads> entrustments = new Window<>(Reads::new);

  VolumeRule(Caps caps) {
    this.caps = caps;
  }

  @Override
  public String id() {
    return ID;
  }

  /** A day: the daily counts are rebuilt after a restart. */
  @Override
  public Duration window(RuleSettings s) {
    Duration w = sliding(s);
    return w.compareTo(DAY) > 0 ? w : DAY;
  }

  private Duration sliding(RuleSettings s) {
    return Duration.ofMinutes(memo.number(s, NAME, "window-minutes", WINDOW_MINUTES, 1, 1440));
  }

  @Override
  public List<Finding> test(Seen seen, RuleSettings s) {
    AccessRecord r = seen.record();
    if (!r.allowed() || !Knobs.READS.contains(r.action()) || Knobs.system(r)) {
      return List.of();
    }
    Duration w = sliding(s);
    long factor = memo.number(s, NAME, "factor", FACTOR, 1, 1_000);
    double decay = memo.number(s, NAME, "decay-percent", DECAY_PERCENT, 1, 100) / 100.0;
    long pct = memo.number(s, NAME, "cap-percent", CAP_PERCENT, 1, 100);
    List<Finding> found = new ArrayList<>(0);
    Reads a = actors.of(r.organisation() + "/" + r.actor(), r.time(), DAY);
    long actorFloor = memo.number(s, NAME, "floor", FLOOR, 1, 10_000_000);
    above(seen, s, a, w, decay, factor, actorFloor, "user:" + r.actor(), found);
    Reads o = organisations.of(r.organisation(), r.time(), DAY);
    long orgFloor = memo.number(s, NAME, "organisation-floor", ORGANISATION_FLOOR, 1, 10_000_000);
    above(seen, s, o, w, decay, factor, orgFloor, "organisation:" + r.organisation(), found);
    long day = a.countDay(r.time());
    String ent = Knobs.entrustment(r);
    if (ent.isEmpty() && r.organisation().equals(seen.tenant().value())) {
      long cap =
          s.text("staff.daily-reads")
              .filter(v -> v.strip().matches("[0-9]{1,7}"))
              .map(v -> Long.parseLong(v.strip()))
              .filter(v -> v > 0)
              .orElse(STAFF_DAILY_READS);
      near(seen, s, day, cap, pct, "user:" + r.actor(), "the staff member " + r.actor(), found);
    } else if (!ent.isEmpty()) {
      OptionalLong cap = caps.dailyCap(seen.tenant(), ent);
      Reads e = entrustments.of(ent, r.time(), DAY);
      e.last = r.time();
      long count = e.countDay(r.time());
      if (cap.isPresent()) {
        near(
            seen,
            s,
            count,
            cap.getAsLong(),
            pct,
            "entrustment:" + ent,
            "the entrustment " + ent,
            found);
      }
    }
    return found;
  }

  private static void above(
      Seen seen,
      RuleSettings s,
      Reads k,
      Duration w,
      double decay,
      long factor,
      long floor,
      String subject,
      List<Finding> found) {
    AccessRecord r = seen.record();
    k.last = r.time();
    k.roll(r.time(), w, decay);
    long threshold = k.threshold(factor, floor);
    k.periodCount++;
    k.recent.add(r.time(), seen.index(), w, (int) Math.min(threshold, 100_000));
    if (!k.alerted && k.recent.count() >= threshold) {
      k.alerted = true;
      String base = k.baseline < 0 ? "no baseline yet" : "baseline " + Math.round(k.baseline);
      found.add(
          new Finding(
              ID,
              Severity.HIGH,
              subject,
              k.recent.count()
                  + " reads within "
                  + w.toMinutes()
                  + " minutes ("
                  + base
                  + ", threshold "
                  + threshold
                  + "); the latest by "
                  + r.actor()
                  + " of "
                  + r.organisation(),
              k.recent.indexes(),
              Responder.policy(s, NAME, AlertPolicy.NOTIFY),
              Knobs.entrustment(r),
              r.actor()));
    }
  }

  private static void near(
      Seen seen,
      RuleSettings s,
      long count,
      long cap,
      long pct,
      String subject,
      String whose,
      List<Finding> found) {
    long at = Math.max(1, (cap * pct + 99) / 100);
    if (count != at) {
      return;
    }
    AccessRecord r = seen.record();
    found.add(
        new Finding(
            CAP_ID,
            Severity.HIGH,
            subject,
            count + " reads today by " + whose + ", " + pct + "% of its daily cap of " + cap,
            List.of(seen.index()),
            Responder.policy(s, NAME, AlertPolicy.NOTIFY),
            Knobs.entrustment(r),
            r.actor()));
  }
}
