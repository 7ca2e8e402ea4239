package mamori.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/*
 * Design. A rule keeps one small state per key (an actor, an organisation): the events of that key
 * within the rule's window. Keys whose last event left the window are dropped when the map has grown
 * to twice what the last sweep kept (at least SWEEP_AT), as access.RefusalBursts does, so memory stays
 * within twice the keys active in one window and each event pays a constant share of the sweeping.
 */
/** Per-key state over a sliding window, swept so that memory stays bounded. */
final class Window<S extends Window.Keyed> {
  static final int SWEEP_AT = 10_000;

  /** A key's state: the time of its last event. */
  interface Keyed {
    Instant last();
  }

  private final Map<String, S> states = new HashMap<>();
  private final Supplier<S> fresh;
  private int sweepAt = SWEEP_AT;

  Window(Supplier<S> fresh) {
    this.fresh = fresh;
  }

  /** The state of {@code key}, made when absent; sweeps first when the map has grown. */
  S of(String key, Instant now, Duration window) {
    if (states.size() >= sweepAt) {
      for (Iterator<S> it = states.values().iterator(); it.hasNext(); ) {
        if (Duration.between(it.next().last(), now).compareTo(window) > 0) {
          it.remove();
        }
      }
      sweepAt = Math.max(SWEEP_AT, 2 * states.size());
    }
    return states.computeIfAbsent(key, k -> fresh.get());
  }

  /** How many keys are held. */
  int size() {
    return states.size();
  }

  /** Times and log indexes of events within a window, oldest first, at most {@code max} kept. */
  static final class Events implements Keyed {
    final ArrayDeque<long[]> events = new ArrayDeque<>();

    /** Adds an event and drops those older than {@code window} or beyond {@code max}. */
    void add(Instant at, long index, Duration window, int max) {
      events.addLast(new long[] {at.toEpochMilli(), index});
      long from = at.toEpochMilli() - window.toMillis();
      while (!events.isEmpty() && events.peekFirst()[0] < from) {
        events.removeFirst();
      }
      while (events.size() > max) {
        events.removeFirst();
      }
    }

    int count() {
      return events.size();
    }

    List<Long> indexes() {
      List<Long> all = new ArrayList<>(events.size());
      for (long[] e : events) {
        all.add(e[1]);
      }
      return all;
    }

    @Override
    public Instant last() {
      return events.isEmpty() ? Instant.EPOCH : Instant.ofEpochMilli(events.peekLast()[0]);
    }
  }

  /** The distinct values (persons) of events within a window. */
  static final class Distinct implements Keyed {
    private record Event(long at, long index, String value) {}

    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** Adds an event and drops those older than {@code window} or beyond {@code max}. */
    void add(Instant at, long index, String value, Duration window, int max) {
      events.addLast(new Event(at.toEpochMilli(), index, value));
      counts.merge(value, 1, Integer::sum);
      long from = at.toEpochMilli() - window.toMillis();
      while (!events.isEmpty() && (events.peekFirst().at() < from || events.size() > max)) {
        Event e = events.removeFirst();
        counts.computeIfPresent(e.value(), (k, n) -> n == 1 ? null : n - 1);
      }
    }

    int distinct() {
      return counts.size();
    }

    /** The log index of the first event of each distinct value still within the window. */
    List<Long> firstIndexes(int max) {
      List<Long> all = new ArrayList<>();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Event e : events) {
        if (seen.add(e.value())) {
          all.add(e.index());
          if (all.size() >= max) {
            break;
          }
        }
      }
      return all;
    }

    @Override
    public Instant last() {
      return events.isEmpty() ? Instant.EPOCH : Instant.ofEpochMilli(events.peekLast().at());
    }
  }
}
