package mamori.detect;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.entrustment.Entrustments;
import mamori.entrustment.StaffDirectory;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;

/*
 * Design. Two figures, as the issue asks. rules_per_s: a stream of synthetic records (reads by many
 * operators of several contractors over a register, listings, refusals, accesses to protected persons) is
 * handed to a fresh set of every built-in rule, in memory, and timed: what the rules cost per record,
 * with no store. Latency: the real engine (its own loop, polling every second as in the service) reads a
 * real log that takes background reads at the given rate; every half second a trigger (an access to a
 * protected person, by a new actor, so nothing is suppressed) is appended, and the time from the append
 * being durable to its alert being stored (the engine's AlertRaised, published after the commit) is one
 * sample. The protected set is fixed in memory (the vault's tag lookup is cached in the service too).
 */
/** The detection benchmark's measurements, for {@code mamori bench detect}. */
public final class DetectBenchmarks {
  private DetectBenchmarks() {}

  static final String TENANT = "bench-detect";
  static final int PROTECTED = 10_000;

  /** What one latency run measured. */
  public record Latency(
      double[] seconds,
      long appended,
      double appendSeconds,
      long evaluated,
      double engineSeconds,
      double catchUpPerSecond) {}

  /** The protected persons of the benchmark: the tokens {@code protected-N}. */
  private static ProtectedPersons fixedProtected() {
    Set<String> tokens = new java.util.HashSet<>();
    for (int n = 0; n < PROTECTED; n++) {
      tokens.add("protected-" + n);
    }
    Set<String> fixed = Set.copyOf(tokens);
    // the set never changes, so a clock that stands still serves: it is never read again
    return new ProtectedPersons(
        (t, tag) -> fixed, Clock.fixed(Instant.EPOCH, java.time.ZoneOffset.UTC));
  }

  private static BuiltInRules rules() {
    return new BuiltInRules((t, e) -> OptionalLong.of(1_000_000), fixedProtected());
  }

  /** A synthetic record: mostly reads by 500 operators of 20 contractors over {@code persons}. */
  static AccessRecord synthetic(SplittableRandom random, long persons, Instant at, String tenant) {
    int op = random.nextInt(500);
    String org = "co-" + (op % 20);
    int kind = random.nextInt(100);
    Action action = kind < 2 ? Action.LIST : Action.READ;
    Optional<PersonToken> person =
        action == Action.LIST
            ? Optional.empty()
            : Optional.of(new PersonToken("P" + Long.toString(random.nextLong(persons), 36)));
    Outcome outcome =
        kind >= 97
            ? Outcome.denied(Reason.FIELD_OUT_OF_SCOPE)
            : new Outcome.Allowed(Map.of(Field.FAMILY_NAME, Mask.NONE));
    Attempt a =
        new Attempt(
            new Who(new UserId("op-" + op), new OrganisationId(org), new TenantId(tenant)),
            List.of("ent-" + org),
            new Why("resident-tax", "bench"),
            action,
            person,
            action == Action.LIST ? Set.of() : Set.of(Field.FAMILY_NAME),
            at);
    return AccessRecord.of(a, outcome);
  }

  /** A trigger: actor {@code n} reads the protected person {@code n}. */
  static AccessRecord trigger(int n, Instant at, String tenant) {
    Attempt a =
        new Attempt(
            new Who(new UserId("trig-" + n), new OrganisationId("co-t"), new TenantId(tenant)),
            List.of("ent-co-t"),
            new Why("resident-tax", "bench"),
            Action.READ,
            Optional.of(new PersonToken("protected-" + n)),
            Set.of(Field.FAMILY_NAME),
            at);
    return AccessRecord.of(a, new Outcome.Allowed(Map.of(Field.FAMILY_NAME, Mask.NONE)));
  }

  /**
   * Hands {@code count} synthetic records (made first, not timed) to every built-in rule; returns
   * the records evaluated per second by all rules. Settings are the defaults; the records' times
   * move a millisecond each, from a working day's morning in Tokyo.
   */
  public static double rulesPerSecond(int count) {
    SplittableRandom random = new SplittableRandom(15);
    Instant t0 = Instant.parse("2026-04-01T01:00:00Z");
    List<AccessRecord> records = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      records.add(
          i % 1000 == 999
              ? trigger(i / 1000 % PROTECTED, t0.plusMillis(i), TENANT)
              : synthetic(random, 100_000, t0.plusMillis(i), TENANT));
    }
    TenantId tenant = new TenantId(TENANT);
    RuleSettings settings = name -> Optional.empty();
    List<Rule> warm = rules().rules(tenant);
    for (int i = 0; i < Math.min(count, 200_000); i++) {
      for (Rule r : warm) {
        r.test(new Seen(tenant, i, records.get(i), false), settings);
      }
    }
    List<Rule> all = rules().rules(tenant);
    long found = 0;
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      Seen seen = new Seen(tenant, i, records.get(i), false);
      for (Rule r : all) {
        found += r.test(seen, settings).size();
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    if (found == 0) {
      throw new IllegalStateException("the rules found nothing in the benchmark's stream");
    }
    return count / seconds;
  }

  /**
   * Runs the engine, polling every {@code intervalMillis}, over a log taking {@code rate} reads a
   * second for {@code seconds}, with a trigger every half second; returns each trigger's latency
   * from its durable append to its stored alert.
   */
  public static Latency latency(
      DataSource store,
      TransparencyLogs logs,
      Clock clock,
      int rate,
      int seconds,
      long intervalMillis)
      throws Exception {
    // a fresh tenant each run: a store used before holds open alerts that would suppress these
    String tenant = TENANT + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    TenantLog log = logs.forTenant(tenant);
    SecurityAlerts alerts = new SecurityAlerts(store, clock);
    Users users = new Users(store, clock);
    Entrustments entrustments = new Entrustments(store, logs, e -> {}, StaffDirectory.NONE, clock);
    Map<String, Long> stored = new ConcurrentHashMap<>();
    DetectionEngine engine =
        new DetectionEngine(
            store,
            logs,
            alerts,
            entrustments,
            users,
            List.of(rules()),
            raised -> {
              if (raised.raised().kind().equals(ProtectedPersonsRule.ID)) {
                stored.put(raised.raised().subject(), System.nanoTime());
              }
            },
            clock);
    mamori.store.Loop loop = DetectionLoop.of(engine, true, intervalMillis);
    // the engine starts at the log's end: only what this run appends is read
    engine.catchUp(new TenantId(tenant));
    loop.start();
    SplittableRandom random = new SplittableRandom(15);
    Map<String, Long> appendedAt = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    AtomicBoolean failed = new AtomicBoolean();
    long appended = 0;
    int triggers = 0;
    long evaluatedBefore = engine.evaluated();
    long started = System.nanoTime();
    long end = started + seconds * 1_000_000_000L;
    int perTick = Math.max(1, rate / 100);
    long tick = 0;
    try {
      while (System.nanoTime() < end) {
        long due = started + tick * 10_000_000L;
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        List<AccessRecord> batch = new ArrayList<>(perTick);
        for (int i = 0; i < perTick; i++) {
          batch.add(synthetic(random, 100_000, clock.instant(), tenant));
        }
        pending.add(log.appendAllAsync(batch));
        appended += perTick;
        if (tick % 50 == 25) {
          int n = triggers++;
          AccessRecord t = trigger(n, clock.instant(), tenant);
          pending.add(
              log.appendAllAsync(List.of(t))
                  .whenComplete((ok, e) -> {
                    if (e != null) {
                      failed.set(true);
                    } else {
                      appendedAt.put("person:protected-" + n, System.nanoTime());
                    }
                  }));
          appended++;
        }
        tick++;
        pending.removeIf(CompletableFuture::isDone);
      }
      for (CompletableFuture<?> f : pending) {
        f.join();
      }
      double appendSeconds = (System.nanoTime() - started) / 1e9;
      long waitUntil = System.nanoTime() + 120_000_000_000L;
      while (stored.size() < triggers && System.nanoTime() < waitUntil && !failed.get()) {
        Thread.sleep(20);
      }
      double engineSeconds = (System.nanoTime() - started) / 1e9;
      double[] latencies = new double[triggers];
      for (int n = 0; n < triggers; n++) {
        Long a = appendedAt.get("person:protected-" + n);
        Long s = stored.get("person:protected-" + n);
        latencies[n] = a == null || s == null ? Double.POSITIVE_INFINITY : (s - a) / 1e9;
      }
      Arrays.sort(latencies);
      long evaluated = engine.evaluated() - evaluatedBefore;
      loop.stop();
      // the whole pipeline (store reads, decoding, rules, suppression, transactions) on a backlog:
      // a
      // fresh engine from position 0 of the same log, with fresh rules
      new DetectPositions(store, clock).set(new TenantId(tenant), 0);
      DetectionEngine fresh =
          new DetectionEngine(
              store, logs, alerts, entrustments, users, List.of(rules()), r -> {}, clock);
      long t0 = System.nanoTime();
      long caught = fresh.catchUp(new TenantId(tenant));
      double catchUp = caught / ((System.nanoTime() - t0) / 1e9);
      return new Latency(latencies, appended, appendSeconds, evaluated, engineSeconds, catchUp);
    } finally {
      loop.stop();
    }
  }
}
