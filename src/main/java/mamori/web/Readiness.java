package mamori.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/*
 * Design. Ready means: a read sent here now could be answered. The vault fails closed, so a read is
 * answered only when its access record can be made durable first: the store must take a write (a
 * PostgreSQL standby left behind by a failover answers reads and refuses every write) and no tenant's
 * log may be failing its appends. An instance that cannot log would refuse every read with 503; the
 * load balancer should send the read to one that can. A failed append counts for RECENT after it
 * (or until an append succeeds), so one stored failure does not keep an idle instance out forever
 * while the store itself answers. What is wrong goes to the service's own log, once per change, and
 * never into the answer: /readyz says UP or DOWN only.
 */
/** Readiness ({@code /readyz}): the store takes writes and every open log can append. */
final class Readiness implements HealthIndicator {
  private static final Logger LOG = LoggerFactory.getLogger(Readiness.class);
  static final Duration RECENT = Duration.ofSeconds(30);

  private final Store store;
  private final TransparencyLogs logs;
  private final AtomicReference<String> lastTrouble = new AtomicReference<>("");

  Readiness(Store store, TransparencyLogs logs) {
    this.store = store;
    this.logs = logs;
  }

  @Override
  public Health health() {
    String trouble = trouble().orElse("");
    String before = lastTrouble.getAndSet(trouble);
    if (!trouble.equals(before)) {
      if (trouble.isEmpty()) {
        LOG.info("ready again: the store takes writes and every log appends");
      } else {
        LOG.warn("not ready: {}", trouble);
      }
    }
    return trouble.isEmpty() ? Health.up().build() : Health.down().build();
  }

  private Optional<String> trouble() {
    Optional<String> s = store.trouble();
    if (s.isPresent()) {
      return Optional.of("the store " + s.get());
    }
    Map<String, String> troubled = logs.troubled(RECENT);
    if (!troubled.isEmpty()) {
      var first = troubled.entrySet().iterator().next();
      return Optional.of(
          "the log of "
              + first.getKey()
              + ": "
              + first.getValue()
              + (troubled.size() > 1 ? " (and " + (troubled.size() - 1) + " more)" : ""));
    }
    return Optional.empty();
  }
}
