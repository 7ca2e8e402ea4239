package mamori.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.core.PersonToken;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;

/**
 * The persons an incident affects, computed from the tenant's log: every person whose record the
 * suspect read, printed, packaged or handed over within the window, with the log indexes that show
 * it.
 *
 * <p>Design. Which records the suspect names: an actor by the record's user id; an organisation by
 * the record's organisation; an entrustment when the record's chain holds it (so a subcontractor's
 * accesses under a re-entrustment count against its parent too); a document by the record's case
 * reference (the case is what a print, a package or a handover names, e.g. the case of the reissued
 * cards in the Nerima story). A suspect of kind none names nothing: no one is affected until the
 * officer says who or what is suspected.
 *
 * <p>Only allowed records count: a denied access revealed nothing. The denied records of the
 * suspect in the window are counted and reported beside the persons, so the record says what was
 * tried. A listing is logged as one record without persons ({@code AccessGate.persons}): the log
 * cannot tell whom a listing showed, and a listing shows the organisation's tokens only, no field
 * of anyone. So "listed" cannot make a person affected; the listings are counted and reported, and
 * a person listed and then read is affected by the read.
 *
 * <p>The log is large and its records are appended in time order, up to small disorder (the time is
 * taken when the access is decided, and concurrent appends are sequenced in the order they reach
 * the appender, so two records may be out of order by the time one append waits). The scan finds
 * the window's first index by binary search on record time for {@code from - SLACK}, and its end
 * for {@code to + SLACK}, then reads the range in batches and keeps the records whose own time lies
 * in the window (both edges inclusive). While scanning it measures the largest step back in time
 * between neighbours; if that ever exceeds the slack, the binary search may have cut the window
 * short, and the whole log is scanned instead (correct, slower) and the result says so. The range
 * read reaches one batch beyond each edge (the guard band), so disorder next to the window is seen;
 * disorder farther than a batch from both edges would go unnoticed, which the appender's ordering
 * (a record is timed when decided and appended within milliseconds) rules out in practice.
 */
final class AffectedPersons {
  /** The disorder of record times the binary search tolerates. */
  static final Duration SLACK = Duration.ofMinutes(5);

  /** The records one read of the log holds. */
  static final int BATCH = 8192;

  /** What makes a person affected. */
  static final Set<Action> REVEALING =
      EnumSet.of(Action.READ, Action.PRINT, Action.PACKAGE, Action.HANDOVER);

  private AffectedPersons() {}

  /**
   * The affected persons and what the scan found besides.
   *
   * @param persons by token, each with its actions and evidence (oldest first)
   * @param scanned the records read
   * @param from the first index read
   * @param to the index after the last read
   * @param denied the suspect's denied records in the window: they revealed nothing
   * @param listings the suspect's allowed listings in the window: tokens only, no persons named
   * @param fullScan whether disorder beyond the slack made a full scan necessary
   */
  record Result(
      List<Affected> persons,
      long scanned,
      long from,
      long to,
      long denied,
      long listings,
      boolean fullScan,
      Duration took) {
    Result {
      persons = List.copyOf(persons);
    }
  }

  /** Computes the persons {@code suspect} affected in {@code log}. */
  static Result compute(TenantLog log, Incident.Suspect suspect) {
    long started = System.nanoTime();
    long size = log.size();
    if (suspect.kind() == Incident.Suspect.Kind.NONE || size == 0) {
      return new Result(
          List.of(), 0, 0, 0, 0, 0, false, Duration.ofNanos(System.nanoTime() - started));
    }
    // the guard band: one batch on each side, where disorder that moved the edges would show
    long from = Math.max(0, firstAtOrAfter(log, size, suspect.from().minus(SLACK)) - BATCH);
    long to =
        Math.min(size, firstAtOrAfter(log, size, suspect.to().plus(SLACK).plusMillis(1)) + BATCH);
    Scan scan = new Scan(suspect);
    scan.range(log, from, to);
    boolean full = false;
    if (scan.maxStepBack.compareTo(SLACK) > 0) {
      scan = new Scan(suspect);
      scan.range(log, 0, size);
      from = 0;
      to = size;
      full = true;
    }
    return new Result(
        scan.persons(),
        scan.scanned,
        from,
        to,
        scan.denied,
        scan.listings,
        full,
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** The lowest index whose record time is at or after {@code t} ({@code size} if none). */
  static long firstAtOrAfter(TenantLog log, long size, Instant t) {
    long lo = 0;
    long hi = size;
    while (lo < hi) {
      long mid = (lo + hi) >>> 1;
      if (log.records(mid, mid + 1).getFirst().time().isBefore(t)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether {@code r} is the suspect's. */
  static boolean names(Incident.Suspect s, AccessRecord r) {
    return switch (s.kind()) {
      case NONE -> false;
      case ACTOR -> r.actor().equals(s.value());
      case ORGANISATION -> r.organisation().equals(s.value());
      case ENTRUSTMENT -> r.chain().contains(s.value());
      case DOCUMENT -> r.caseRef().equals(s.value());
    };
  }

  private static final class Scan {
    private final Incident.Suspect suspect;
    private final Map<String, Builder> persons = new HashMap<>();
    private long scanned;
    private long denied;
    private long listings;
    private Duration maxStepBack = Duration.ZERO;
    private Instant latest = Instant.MIN;

    Scan(Incident.Suspect suspect) {
      this.suspect = suspect;
    }

    void range(TenantLog log, long from, long to) {
      for (long at = from; at < to; at += BATCH) {
        long end = Math.min(to, at + BATCH);
        List<AccessRecord> batch = log.records(at, end);
        for (int i = 0; i < batch.size(); i++) {
          see(at + i, batch.get(i));
        }
      }
    }

    private void see(long index, AccessRecord r) {
      scanned++;
      if (r.time().isBefore(latest)) {
        Duration back = Duration.between(r.time(), latest);
        if (back.compareTo(maxStepBack) > 0) {
          maxStepBack = back;
        }
      } else {
        latest = r.time();
      }
      if (r.time().isBefore(suspect.from())
          || r.time().isAfter(suspect.to())
          || !names(suspect, r)) {
        return;
      }
      if (!r.allowed()) {
        denied++;
        return;
      }
      Action action = r.knownAction().orElse(null);
      if (action == Action.LIST) {
        listings++;
        return;
      }
      if (action == null || !REVEALING.contains(action) || r.personToken().isEmpty()) {
        return;
      }
      persons.computeIfAbsent(r.personToken(), Builder::new).add(index, action, r.time());
    }

    List<Affected> persons() {
      return persons.values().stream()
          .sorted(java.util.Comparator.comparing(b -> b.token))
          .map(Builder::build)
          .toList();
    }
  }

  private static final class Builder {
    private final String token;
    private final Set<Action> actions = EnumSet.noneOf(Action.class);
    private final List<Long> evidence = new ArrayList<>();
    private Instant first = Instant.MAX;
    private Instant last = Instant.MIN;

    Builder(String token) {
      this.token = token;
    }

    void add(long index, Action action, Instant at) {
      actions.add(action);
      evidence.add(index);
      if (at.isBefore(first)) {
        first = at;
      }
      if (at.isAfter(last)) {
        last = at;
      }
    }

    Affected build() {
      return new Affected(new PersonToken(token), List.copyOf(actions), evidence, first, last);
    }
  }
}
