package mamori.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.entrustment.Entrustments;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import mamori.store.TenantSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Design. One engine reads every tenant's log, each from its own durable position (detect_position),
 * in batches of at most BATCH records. Each record is handed to every rule of the tenant in log order;
 * what the rules find is filtered (an open alert of the same rule and subject raised within the rule's
 * window suppresses it, as does an equal finding earlier in the same batch), its action policy is
 * carried out (logged as an administrative act before it takes effect: see Responder), and then the
 * alerts and the new position are written in ONE transaction. So a crash before the commit leaves the
 * position where it was and the batch is read again (its alerts were not stored, so none is repeated
 * and none is missed); a crash after it finds the position past the batch. The one thing that can
 * happen twice is a policy's act, when the crash falls between the act and the commit: the second
 * attempt then finds the entrustment already suspended or the user already disabled, and the alert
 * says so.
 *
 * Rules keep state in memory (counts over a window, a baseline). After a restart, or when a source
 * gives a tenant a new rule, the records of the longest window before the position (the whole
 * window, read forward a page at a time from its first record, found by binary search; MAX_REPLAY
 * bounds only the time) are handed to the rules again with Seen.replay set and their findings
 * dropped, so the state is rebuilt without raising anything twice. When a batch cannot be stored,
 * the rules that took in its records are dropped (see discard) and rebuilt the same way.
 *
 * A rule that throws is skipped for that record and reported: a log line once per batch and an alert
 * of kind detect.rule-failed (suppressed like any other, so one while it stays open); the other rules
 * go on. A tenant whose log or store fails is logged and tried again on the next round; the other
 * tenants go on. The engine runs in the service only (DetectConfiguration starts its thread), never in
 * a one-shot command.
 */
/**
 * Reads each tenant's transparency log from a durable position, hands every record to every rule of
 * every {@link RuleSource}, raises what they find as alerts with their evidence, carries out each
 * alert's action policy, and advances the position in the same transaction as the alerts.
 */
public final class DetectionEngine {
  private static final Logger LOG = LoggerFactory.getLogger(DetectionEngine.class);

  /** The kind of the alert raised when a rule throws. */
  public static final String RULE_FAILED = "detect.rule-failed";

  /** Records read from a log in one batch (and one transaction). */
  static final int BATCH = 4_096;

  /**
   * The most records replayed to rebuild the rules' state: a bound on the time a restart takes, not
   * on memory (the replay reads one page at a time), set so that a whole day of a busy tenant (the
   * volume rule's window) is replayed.
   */
  static final int MAX_REPLAY = 20_000_000;

  /** The span over which a finding of a rule that keeps no window is suppressed. */
  static final Duration DEFAULT_SUPPRESSION = Duration.ofHours(1);

  /**
   * How long a finding whose alert was found open (or was just raised) is suppressed without asking
   * the store again: a rule that finds on every record (off-hours at night) costs one query per
   * subject and five seconds, not one per record. An alert closed within that time suppresses the
   * next finding until it has passed.
   */
  static final long KNOWN_OPEN_MILLIS = 5_000;

  /** How often a tenant's rules are asked of the sources again. */
  static final Duration RULES_REFRESH = Duration.ofSeconds(30);

  private final DataSource store;
  private final TransparencyLogs logs;
  private final SecurityAlerts alerts;
  private final List<RuleSource> sources;
  private final Responder responder;
  private final DetectPositions positions;
  private final CachedSettings settings;
  private final Consumer<AlertRaised> published;
  private final Clock clock;
  private final Map<TenantId, TenantState> tenants = new ConcurrentHashMap<>();
  private final AtomicLong evaluated = new AtomicLong();

  /** What the engine holds for one tenant: its rules, their state (in the rules) and position. */
  private static final class TenantState {
    final TenantId tenant;
    List<Rule> rules = List.of();
    Instant rulesAt = Instant.EPOCH;
    long position;

    /** Rule and subject of the findings known suppressed or raised lately, with when (millis). */
    final Map<String, Long> knownOpen = new HashMap<>();

    TenantState(TenantId tenant) {
      this.tenant = tenant;
    }
  }

  /**
   * An engine over {@code logs}, its alerts, positions and settings in {@code store}, with the
   * rules of {@code sources}; {@code published} hears of each alert once it is stored.
   */
  public DetectionEngine(
      DataSource store,
      TransparencyLogs logs,
      SecurityAlerts alerts,
      Entrustments entrustments,
      Users users,
      List<RuleSource> sources,
      Consumer<AlertRaised> published,
      Clock clock) {
    this.store = store;
    this.logs = logs;
    this.alerts = alerts;
    this.sources = List.copyOf(sources);
    this.responder = new Responder(entrustments, users, logs, clock);
    this.positions = new DetectPositions(store, clock);
    this.settings = new CachedSettings(new TenantSettings(store), clock);
    this.published = published;
    this.clock = clock;
  }

  /**
   * One round: reads every tenant's log up to at most {@code maxBatches} batches each; returns the
   * records read. A tenant that fails is logged and left for the next round.
   */
  public long poll(int maxBatches) {
    long read = 0;
    List<String> names;
    try {
      names = logs.tenants();
    } catch (RuntimeException e) {
      LOG.warn("detect: the logs cannot be listed: {}", e.toString());
      return 0;
    }
    for (String name : names) {
      try {
        TenantId tenant = new TenantId(name);
        for (int i = 0; i < maxBatches; i++) {
          int n = batch(tenant);
          read += n;
          if (n == 0) {
            break;
          }
        }
      } catch (RuntimeException e) {
        LOG.warn("detect: tenant {} failed and is tried again: {}", name, e.toString());
      }
    }
    return read;
  }

  /** Reads the tenant's log to its end; returns the records read. */
  public long catchUp(TenantId tenant) {
    long read = 0;
    for (int n = batch(tenant); n > 0; n = batch(tenant)) {
      read += n;
    }
    return read;
  }

  /** The tenant's durable position: every record below it has been read by every rule. */
  public OptionalLong position(TenantId tenant) {
    return positions.get(tenant);
  }

  /** How many records the rules have been handed since the engine started, replays left out. */
  public long evaluated() {
    return evaluated.get();
  }

  /** Forgets every tenant's rules and state, as a restart of the service would. */
  void forget() {
    tenants.clear();
  }

  /** Reads one batch of the tenant's log; returns its size. */
  int batch(TenantId tenant) {
    TenantState st = state(tenant);
    TenantLog log = logs.forTenant(tenant.value());
    long size = log.size();
    if (st.position >= size) {
      return 0;
    }
    long to = Math.min(size, st.position + BATCH);
    List<AccessRecord> records = log.records(st.position, to);
    RuleSettings s = settings.of(tenant);
    List<Finding> found = new ArrayList<>();
    Set<String> failedHere = new HashSet<>();
    Map<String, Optional<Long>> before = new HashMap<>();
    try {
      for (int i = 0; i < records.size(); i++) {
        Seen seen = new Seen(tenant, st.position + i, records.get(i), false);
        for (Rule rule : st.rules) {
          try {
            found.addAll(rule.test(seen, s));
          } catch (RuntimeException e) {
            found.add(failure(rule, seen, e, failedHere));
          }
        }
      }
      store(st, to, found, s, before);
    } catch (RuntimeException e) {
      discard(st, before);
      throw e;
    }
    evaluated.addAndGet(records.size());
    return records.size();
  }

  /**
   * Undoes what a batch that was not stored did to the engine: the rules took in its records and
   * the finding keys it noted are not true of the store. The rules are dropped (each source is told
   * to forget the tenant's instances and asked again on the next round, which replays the window
   * before the position to the fresh ones, as after a restart) and each noted key is put back as it
   * was, so the batch read again finds and raises what it found the first time.
   */
  private void discard(TenantState st, Map<String, Optional<Long>> before) {
    for (Map.Entry<String, Optional<Long>> e : before.entrySet()) {
      if (e.getValue().isPresent()) {
        st.knownOpen.put(e.getKey(), e.getValue().get());
      } else {
        st.knownOpen.remove(e.getKey());
      }
    }
    for (RuleSource source : sources) {
      try {
        source.forget(st.tenant);
      } catch (RuntimeException e) {
        LOG.warn("detect: a rule source cannot forget {}: {}", st.tenant.value(), e.toString());
      }
    }
    st.rules = List.of();
    st.rulesAt = Instant.EPOCH;
  }

  private Finding failure(Rule rule, Seen seen, RuntimeException e, Set<String> failedHere) {
    if (failedHere.add(rule.id())) {
      LOG.warn(
          "detect: rule {} failed on record {} of {} and is skipped: {}",
          rule.id(),
          seen.index(),
          seen.tenant().value(),
          e.getClass().getName());
    }
    return new Finding(
        RULE_FAILED,
        Severity.HIGH,
        "rule:" + rule.id(),
        "the rule "
            + rule.id()
            + " failed ("
            + e.getClass().getSimpleName()
            + ") and was skipped for this record; the other rules went on",
        List.of(seen.index()),
        AlertPolicy.NOTIFY,
        "",
        "");
  }

  /**
   * Drops suppressed findings, acts on the rest by policy, then stores their alerts and the new
   * position in one transaction.
   */
  private void store(
      TenantState st,
      long to,
      List<Finding> found,
      RuleSettings s,
      Map<String, Optional<Long>> before) {
    Map<String, Duration> windows = new HashMap<>();
    for (Rule r : st.rules) {
      windows.put(r.id(), r.window(s));
    }
    Set<String> raisedHere = new HashSet<>();
    List<SecurityAlerts.Raised> raise = new ArrayList<>();
    Instant now = clock.instant();
    for (Finding f : found) {
      String key = f.rule() + "\n" + f.subject();
      Duration w = windows.getOrDefault(f.rule(), Duration.ZERO);
      if (w.isZero()) {
        w = DEFAULT_SUPPRESSION;
      }
      Long known = st.knownOpen.get(key);
      if (known != null && now.toEpochMilli() - known < KNOWN_OPEN_MILLIS) {
        continue;
      }
      if (!raisedHere.add(key)
          || alerts.openSince(st.tenant.value(), f.rule(), f.subject(), now.minus(w))) {
        remember(st, key, now, before);
        continue;
      }
      remember(st, key, now, before);
      String taken = responder.act(st.tenant, f);
      raise.add(
          new SecurityAlerts.Raised(
              f.rule(), f.subject(), f.detail(), f.severity(), f.evidence(), f.policy(), taken));
    }
    List<String> ids =
        Sql.inTransaction(
            store,
            () -> {
              List<String> made = new ArrayList<>();
              for (SecurityAlerts.Raised r : raise) {
                made.add(alerts.raise(st.tenant.value(), r));
              }
              positions.set(st.tenant, to);
              return made;
            });
    st.position = to;
    for (int i = 0; i < ids.size(); i++) {
      try {
        published.accept(new AlertRaised(st.tenant, ids.get(i), raise.get(i)));
      } catch (RuntimeException e) {
        LOG.warn("detect: telling of alert {} failed: {}", ids.get(i), e.toString());
      }
    }
  }

  /** Notes that {@code key} has an open alert now; forgets all when the map is full. */
  private static void remember(
      TenantState st, String key, Instant now, Map<String, Optional<Long>> before) {
    if (st.knownOpen.size() >= 10_000) {
      for (Map.Entry<String, Long> e : st.knownOpen.entrySet()) {
        before.putIfAbsent(e.getKey(), Optional.of(e.getValue()));
      }
      st.knownOpen.clear();
    }
    before.putIfAbsent(key, Optional.ofNullable(st.knownOpen.get(key)));
    st.knownOpen.put(key, now.toEpochMilli());
  }

  /** The tenant's state: loaded (and the rules' state replayed) on first use. */
  private TenantState state(TenantId tenant) {
    TenantState st = tenants.get(tenant);
    if (st == null) {
      st = new TenantState(tenant);
      st.position = positions.get(tenant).orElse(0);
      tenants.put(tenant, st);
    }
    Instant now = clock.instant();
    if (st.rulesAt == Instant.EPOCH || !now.isBefore(st.rulesAt.plus(RULES_REFRESH))) {
      refreshRules(st, now);
    }
    return st;
  }

  /** Asks the sources for the tenant's rules; replays the window to the rules that are new. */
  private void refreshRules(TenantState st, Instant now) {
    List<Rule> fresh = new ArrayList<>();
    for (RuleSource source : sources) {
      try {
        fresh.addAll(source.rules(st.tenant));
      } catch (RuntimeException e) {
        LOG.warn("detect: a rule source failed for {}: {}", st.tenant.value(), e.toString());
        // keep that source's rules as they were: a failing source must not drop rules
        return;
      }
    }
    Set<Rule> old = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    old.addAll(st.rules);
    List<Rule> added = fresh.stream().filter(r -> !old.contains(r)).toList();
    st.rules = List.copyOf(fresh);
    st.rulesAt = now;
    if (!added.isEmpty() && st.position > 0) {
      replay(st, added);
    }
  }

  /**
   * Hands the records of the longest window of {@code rules} before the position to them again,
   * with {@link Seen#replay()} set, dropping what they find.
   */
  private void replay(TenantState st, List<Rule> rules) {
    RuleSettings s = settings.of(st.tenant);
    Duration longest = Duration.ZERO;
    for (Rule r : rules) {
      try {
        Duration w = r.window(s);
        if (w.compareTo(longest) > 0) {
          longest = w;
        }
      } catch (RuntimeException e) {
        LOG.warn("detect: rule {} cannot say its window: {}", r.id(), e.toString());
      }
    }
    if (longest.isZero()) {
      return;
    }
    TenantLog log = logs.forTenant(st.tenant.value());
    long end = st.position;
    List<AccessRecord> last = log.records(end - 1, end);
    Instant from = last.getFirst().time().minus(longest);
    long start = firstAtOrAfter(log, from, Math.max(0, end - MAX_REPLAY), end);
    if (end - start >= MAX_REPLAY) {
      LOG.warn(
          "detect: the window of {} holds more than {} records; the oldest are not replayed",
          st.tenant.value(),
          MAX_REPLAY);
    }
    for (long lo = start; lo < end; lo += BATCH) {
      long index = lo;
      for (AccessRecord r : log.records(lo, Math.min(end, lo + BATCH))) {
        Seen seen = new Seen(st.tenant, index++, r, true);
        for (Rule rule : rules) {
          try {
            rule.test(seen, s);
          } catch (RuntimeException e) {
            // reported when it fails on a live record; a replay raises nothing
          }
        }
      }
    }
    LOG.info(
        "detect: replayed {} records of {} to {} rules",
        end - start,
        st.tenant.value(),
        rules.size());
  }

  /**
   * The first index in [lo, hi) whose record is at or after {@code from}, by binary search over the
   * log (its records are in append order, so their times rise); {@code hi} when none is.
   */
  private static long firstAtOrAfter(TenantLog log, Instant from, long lo, long hi) {
    long a = lo;
    long b = hi;
    while (a < b) {
      long mid = a + (b - a) / 2;
      if (log.records(mid, mid + 1).getFirst().time().isBefore(from)) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }
}
