package mamori.log;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/*
 * Design. The log is where every gated read, every refusal and every administrative act ends up, and
 * only once it is durable; counting there counts exactly what was logged, in one place, whatever
 * module decided it. The tags are the tenant (a public body, not a person), the action and the
 * decision, and a refusal's reason code: a few hundred series at most per tenant, never a user, a
 * person's token or a case. Gauges read a log's standing (TenantLog.Standing) when scraped, at most
 * once a second per tenant however many gauges ask.
 */
/**
 * The logs' metrics: records appended per tenant, by action and decision, refusals by reason, and
 * per tenant the age of the latest signed and of the latest published checkpoint and the entries
 * between them (the witnesses' lag).
 */
public final class LogMetrics implements MeterBinder {
  private static final Duration FRESH = Duration.ofSeconds(1);

  private final TransparencyLogs logs;
  private final Clock clock;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Seen> standings = new ConcurrentHashMap<>();
  private @Nullable MeterRegistry registry;

  private record Seen(Instant at, TenantLog.Standing standing) {}

  public LogMetrics(TransparencyLogs logs, Clock clock) {
    this.logs = logs;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
    logs.onAppended(this::count);
    logs.onOpened(log -> gauges(registry, log));
    try {
      // the tenants whose logs exist: opened now, so their gauges are there from the first scrape
      logs.tenants().forEach(logs::forTenant);
    } catch (LogUnavailableException e) {
      // the store is not reachable: readiness says so; the gauges come with each log opened later
    }
  }

  private void count(String tenant, List<AccessRecord> records) {
    MeterRegistry r = registry;
    if (r == null) {
      return;
    }
    counter(r, "a\u0000" + tenant, "mamori.log.appends", "tenant", tenant)
        .increment(records.size());
    for (AccessRecord record : records) {
      String decision = record.allowed() ? "allow" : "deny";
      // keyed by the tag, not the recorded word: an action this release does not know is "other"
      // once, however many such words arrive
      String action = record.knownAction().map(a -> a.code()).orElse("other");
      counter(
              r,
              "r\u0000" + tenant + "\u0000" + action + "\u0000" + decision,
              "mamori.access.records",
              "tenant",
              tenant,
              "action",
              action,
              "decision",
              decision)
          .increment();
      record
          .reason()
          .ifPresent(reason ->
              counter(
                      r,
                      "d\u0000" + tenant + "\u0000" + reason.code(),
                      "mamori.access.denials",
                      "tenant",
                      tenant,
                      "reason",
                      reason.code())
                  .increment());
    }
  }

  private Counter counter(MeterRegistry r, String key, String name, String... tags) {
    return counters.computeIfAbsent(
        key, k -> Counter.builder(name).description(description(name)).tags(tags).register(r));
  }

  private static String description(String name) {
    return switch (name) {
      case "mamori.log.appends" -> "Records made durable in a tenant's log";
      case "mamori.access.records" -> "Access records logged, by action and decision";
      default -> "Refusals logged, by reason code";
    };
  }

  private void gauges(MeterRegistry r, TenantLog log) {
    String tenant = log.tenant();
    gauge(r, "mamori.log.size", tenant, "Durable entries in the tenant's log", s -> s.size(), "");
    gauge(
        r,
        "mamori.log.checkpoint.age",
        tenant,
        "Seconds since the latest signed checkpoint was stored",
        s -> age(s.signedAt()),
        "signed");
    gauge(
        r,
        "mamori.log.checkpoint.age",
        tenant,
        "Seconds since the latest published (cosigned) checkpoint was stored",
        s -> age(s.publishedAt()),
        "published");
    gauge(
        r,
        "mamori.log.witness.lag",
        tenant,
        "Entries in the latest signed checkpoint not yet in a published one",
        TenantLog.Standing::witnessLag,
        "");
  }

  private void gauge(
      MeterRegistry r,
      String name,
      String tenant,
      String description,
      ToDoubleFunction<TenantLog.Standing> value,
      String checkpoint) {
    Gauge.Builder<LogMetrics> b =
        Gauge.builder(name, this, m -> value.applyAsDouble(m.standing(tenant)))
            .description(description)
            .tag("tenant", tenant);
    if (!checkpoint.isEmpty()) {
      b = b.tag("checkpoint", checkpoint).baseUnit("seconds");
    }
    b.register(r);
  }

  private double age(Optional<Instant> at) {
    return at.map(t -> Duration.between(t, clock.instant()).toMillis() / 1000.0).orElse(Double.NaN);
  }

  /** The tenant's standing, read again when older than a second. */
  private TenantLog.Standing standing(String tenant) {
    Instant now = clock.instant();
    Seen seen = standings.get(tenant);
    if (seen == null || seen.at().plus(FRESH).isBefore(now)) {
      seen = new Seen(now, logs.forTenant(tenant).standing());
      standings.put(tenant, seen);
    }
    return seen.standing();
  }
}
