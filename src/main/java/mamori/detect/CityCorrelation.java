package mamori.detect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.log.AccessRecord;

/*
 * Design. A correlation keeps, per group (the values of its group-by fields), only what its condition
 * can still tell apart. Its condition is a range of counts [min, max] (gte/gt give min, lte/lt give max,
 * eq both); a count above max+1, or above min when there is no max, decides nothing more, so an
 * event_count group keeps at most that many (time, index) pairs in a ring that grows as needed, and a
 * value_count group at most that many distinct values, each with its latest time (a LinkedHashMap in the
 * order of last sight: the values that leave the window first are at its head, and the ones dropped to
 * keep the bound are exactly those). A temporal group keeps the last time and index of each rule it
 * names. An event at most the timespan older than the newest event of its group is in the window (both
 * edges included). The finding is raised when the condition turns true for a group, and again only
 * after it has turned false. Groups whose newest event has left the window are swept when the map has
 * grown to twice what the last sweep kept (as access.RefusalBursts does), so memory stays within twice
 * the groups active in one window, each bounded as above, and each event pays a constant share of the
 * sweeping.
 */
/**
 * A correlation rule of a city's rule file: event_count, value_count, temporal, temporal_ordered.
 */
final class CityCorrelation implements Rule {
  /** The log indexes one finding names at most (the newest, oldest first). */
  static final int EVIDENCE = 100;

  private static final int SWEEP_AT = 10_000;

  enum Type {
    EVENT_COUNT("event_count"),
    VALUE_COUNT("value_count"),
    TEMPORAL("temporal"),
    TEMPORAL_ORDERED("temporal_ordered");

    final String code;

    Type(String code) {
      this.code = code;
    }
  }

  private final String id;
  private final String title;
  private final Severity level;
  private final AlertPolicy policy;
  private final Type type;
  private final CityRule[] rules;
  private final RecordField[] groupBy;
  private final RecordField counted;
  private final long span;
  private final long min;
  private final long max;
  private final int keep;
  private final Map<String, Group> groups = new HashMap<>();
  private int sweepAt = SWEEP_AT;

  /**
   * @param counted the field value_count counts; ignored by the other types
   * @param min the least count that holds (inclusive)
   * @param max the greatest count that holds (inclusive), {@link Long#MAX_VALUE} for none
   */
  CityCorrelation(
      String id,
      String title,
      Severity level,
      AlertPolicy policy,
      Type type,
      List<CityRule> rules,
      List<RecordField> groupBy,
      RecordField counted,
      Duration span,
      long min,
      long max) {
    this.id = id;
    this.title = title;
    this.level = level;
    this.policy = policy;
    this.type = type;
    this.rules = rules.toArray(CityRule[]::new);
    this.groupBy = groupBy.toArray(RecordField[]::new);
    this.counted = counted;
    this.span = span.toMillis();
    this.min = min;
    this.max = max;
    this.keep = (int) Math.min(Integer.MAX_VALUE - 8, max == Long.MAX_VALUE ? min : max + 1);
  }

  @Override
  public String id() {
    return id;
  }

  /** Whether the condition holds for {@code count} (the load refuses one that holds for 1). */
  static boolean holds(long count, long min, long max) {
    return count >= min && count <= max;
  }

  /** The groups held now (for tests of the memory bound). */
  synchronized int groups() {
    return groups.size();
  }

  @Override
  public synchronized List<Finding> test(Seen seen, RuleSettings settings) {
    AccessRecord r = seen.record();
    int matched = -1;
    boolean temporal = type == Type.TEMPORAL || type == Type.TEMPORAL_ORDERED;
    long[] hits = null;
    for (int i = 0; i < rules.length; i++) {
      if (rules[i].matches(r)) {
        if (!temporal) {
          matched = i;
          break;
        }
        if (hits == null) {
          hits = new long[rules.length];
        }
        hits[i] = 1;
        matched = i;
      }
    }
    if (matched < 0) {
      return List.of();
    }
    long now = r.time().toEpochMilli();
    if (groups.size() >= sweepAt) {
      sweep(now);
      sweepAt = Math.max(SWEEP_AT, 2 * groups.size());
    }
    String key = key(r);
    Group g = groups.computeIfAbsent(key, k -> newGroup());
    now = Math.max(now, g.last);
    g.last = now;
    boolean holds;
    switch (g) {
      case Events e -> {
        e.add(now, seen.index(), keep);
        e.drop(now - span);
        holds = holds(e.size, min, max);
      }
      case Values v -> {
        String value = counted.value(r);
        v.seen.remove(value);
        v.seen.put(value, new long[] {now, seen.index()});
        Iterator<long[]> it = v.seen.values().iterator();
        while (it.hasNext()) {
          long[] oldest = it.next();
          if (oldest[0] >= now - span && v.seen.size() <= keep) {
            break;
          }
          it.remove();
        }
        holds = holds(v.seen.size(), min, max);
      }
      case Temporal t -> {
        for (int i = 0; i < rules.length; i++) {
          if (hits != null && hits[i] == 1) {
            boolean ordered = type == Type.TEMPORAL_ORDERED;
            if (!ordered || i == 0 || t.times[i - 1] >= now - span) {
              t.times[i] = now;
              t.indexes[i] = seen.index();
            }
          }
        }
        holds = true;
        for (long time : t.times) {
          holds &= time >= now - span;
        }
      }
    }
    boolean raise = holds && !g.held;
    g.held = holds;
    if (!raise || seen.replay()) {
      return List.of();
    }
    return List.of(
        new Finding(
            id,
            level,
            key,
            detail(g, key),
            g.evidence(),
            policy,
            r.chain().isEmpty() ? "" : r.chain().getLast(),
            r.actor()));
  }

  private String detail(Group g, String key) {
    String within = " within " + RuleFile.timespan(Duration.ofMillis(span)) + " for " + key;
    return title
        + ": "
        + switch (g) {
          case Events e -> e.size + " events" + within;
          case Values v -> v.seen.size() + " distinct " + counted.key() + within;
          case Temporal _ -> "all of " + rules.length + " rules" + within;
        };
  }

  private String key(AccessRecord r) {
    if (groupBy.length == 0) {
      return "tenant";
    }
    StringBuilder b = new StringBuilder();
    for (RecordField f : groupBy) {
      if (!b.isEmpty()) {
        b.append(',');
      }
      b.append(
              switch (f) {
                case ACTOR -> "user";
                default -> f.key();
              })
          .append(':')
          .append(f.value(r));
    }
    return b.length() > 200 ? b.substring(0, 200) : b.toString();
  }

  private Group newGroup() {
    return switch (type) {
      case EVENT_COUNT -> new Events();
      case VALUE_COUNT -> new Values();
      case TEMPORAL, TEMPORAL_ORDERED -> new Temporal(rules.length);
    };
  }

  private void sweep(long now) {
    for (Iterator<Group> it = groups.values().iterator(); it.hasNext(); ) {
      if (it.next().last < now - span) {
        it.remove();
      }
    }
  }

  private abstract static sealed class Group permits Events, Values, Temporal {
    long last = Long.MIN_VALUE;
    boolean held;

    abstract List<Long> evidence();
  }

  /** The newest events of a group, a ring of at most the kept count. */
  private static final class Events extends Group {
    long[] times = new long[8];
    long[] indexes = new long[8];
    int head;
    int size;

    void add(long time, long index, int keep) {
      if (size == times.length && size < keep) {
        int n = (int) Math.min(keep, 2L * times.length);
        long[] t = new long[n];
        long[] x = new long[n];
        for (int i = 0; i < size; i++) {
          t[i] = times[(head + i) % times.length];
          x[i] = indexes[(head + i) % times.length];
        }
        times = t;
        indexes = x;
        head = 0;
      }
      if (size == Math.min(keep, times.length)) {
        head = (head + 1) % times.length;
        size--;
      }
      int at = (head + size) % times.length;
      times[at] = time;
      indexes[at] = index;
      size++;
    }

    void drop(long before) {
      while (size > 0 && times[head] < before) {
        head = (head + 1) % times.length;
        size--;
      }
    }

    @Override
    List<Long> evidence() {
      int from = Math.max(0, size - EVIDENCE);
      List<Long> out = new ArrayList<>(size - from);
      for (int i = from; i < size; i++) {
        out.add(indexes[(head + i) % times.length]);
      }
      return out;
    }
  }

  /** The distinct values of a group, each with its latest time and index, oldest first. */
  private static final class Values extends Group {
    final LinkedHashMap<String, long[]> seen = new LinkedHashMap<>();

    @Override
    List<Long> evidence() {
      List<Long> all = new ArrayList<>(seen.size());
      seen.values().forEach(v -> all.add(v[1]));
      all.sort(null);
      return all.subList(Math.max(0, all.size() - EVIDENCE), all.size());
    }
  }

  /** The last time and index each rule of a temporal correlation matched in a group. */
  private static final class Temporal extends Group {
    final long[] times;
    final long[] indexes;

    Temporal(int rules) {
      times = new long[rules];
      indexes = new long[rules];
      Arrays.fill(times, Long.MIN_VALUE / 2);
    }

    @Override
    List<Long> evidence() {
      List<Long> all = new ArrayList<>();
      for (long i : indexes) {
        all.add(i);
      }
      all.sort(null);
      return all;
    }
  }

  @Override
  public String toString() {
    return "CityCorrelation[" + id + " " + type.code + "]";
  }
}
