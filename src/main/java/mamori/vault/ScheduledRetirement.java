package mamori.vault;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mamori.core.OrganisationId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.TenantKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Key retirement on a schedule while the service runs ({@code mamori.keys.retire-every}, default
 * {@code P30D}; {@code off} turns it off). Each period, for every tenant: every non-primary field
 * key (made non-primary at the previous run, or by a {@code mamori keys rotate} since) is retired
 * ({@link KeyRotation#retire}, which also replaces the root key generation), then the field key is
 * rotated, so the key that is primary now is retired one period later. The first run comes one
 * period after the start, timed by the injected {@link Clock}: a test never sees one unless it asks
 * ({@link #runOnce}).
 */
@Component
class ScheduledRetirement {
  private static final Logger LOG = LoggerFactory.getLogger(ScheduledRetirement.class);

  /** The system identity the schedule acts as, a user of the tenant's own organisation. */
  static final UserId SYSTEM = new UserId("mamori.keys");

  private final BackgroundRewrap background;
  private final TenantKeys keys;
  private final Clock clock;
  private final Optional<Duration> every;

  ScheduledRetirement(
      BackgroundRewrap background,
      TenantKeys keys,
      Clock clock,
      @Value("${mamori.keys.retire-every:P30D}") String every) {
    this.background = background;
    this.keys = keys;
    this.clock = clock;
    this.every = period(every);
  }

  /** The period, or empty for {@code off} (or zero). */
  static Optional<Duration> period(String every) {
    if (every.isBlank() || every.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    Duration d = Duration.parse(every);
    if (d.isNegative()) {
      throw new IllegalArgumentException("mamori.keys.retire-every: a positive ISO-8601 duration");
    }
    return d.isZero() ? Optional.empty() : Optional.of(d);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    every.ifPresent(
        period -> Thread.ofVirtual().name("mamori-key-retirement").start(() -> loop(period)));
  }

  private void loop(Duration period) {
    Duration look = period.compareTo(Duration.ofHours(1)) < 0 ? period : Duration.ofHours(1);
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Thread.sleep(look);
      } catch (InterruptedException e) {
        return;
      }
      runDue();
    }
  }

  /**
   * Runs every tenant whose field keyset was last written a period ago or more. The due tenants are
   * listed first: a root key rotation rewrites every tenant's keyset row, which would otherwise
   * make the tenants after the first look fresh.
   */
  void runDue() {
    every.ifPresent(period -> {
      Instant now = clock.instant();
      background.tenants().stream()
          .filter(tenant ->
              keys.fieldKeysetWrittenAt(tenant)
                  .filter(at -> !at.plus(period).isAfter(now))
                  .isPresent())
          .toList()
          .forEach(this::run);
    });
  }

  /** One scheduled run over every tenant, due or not. */
  void runOnce() {
    background.tenants().forEach(this::run);
  }

  /** One tenant's run; a failure is logged and the other tenants go on. */
  private void run(String tenant) {
    KeyRotation rotation = background.rotation();
    Actor schedule =
        new Actor(
            SYSTEM,
            new OrganisationId(tenant),
            List.of(),
            new Why("key-management", "scheduled retirement"));
    try {
      for (TenantKeys.KeyInfo k : keys.fieldKeys(tenant)) {
        if (!k.primary()) {
          KeyRotation.Retired r = rotation.retire(tenant, Optional.of(k.id()), schedule, n -> {});
          LOG.info(
              "retired field key {} of tenant {} ({} data keys re-wrapped, {} values re-sealed);"
                  + " root key generation now {}",
              Integer.toUnsignedLong(r.keyId()),
              tenant,
              r.rewrapped(),
              r.resealed(),
              Integer.toUnsignedLong(r.rootGeneration()));
        }
      }
      rotation.rotate(tenant, schedule);
      rotation.rewrap(tenant, n -> {});
    } catch (RuntimeException e) {
      LOG.warn(
          "scheduled key retirement of tenant {} stopped: {}; 'mamori keys retire --tenant {}'"
              + " finishes it",
          tenant,
          e.getMessage(),
          tenant);
    }
  }
}
