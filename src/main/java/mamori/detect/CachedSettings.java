package mamori.detect;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * Each tenant's settings as the rules read them, read from the store at most once every {@link
 * #REREAD_MILLIS} per tenant: a city's change of a threshold is in force within seconds, and a rule
 * never waits on the store.
 */
final class CachedSettings {
  /** How long a tenant's settings, once read, are used before they are read again. */
  static final long REREAD_MILLIS = 5_000;

  /** A tenant's settings as read at {@code at}; the same view until they are read again. */
  private record Held(long at, RuleSettings view) {}

  private final TenantSettings settings;
  private final Clock clock;
  private final Map<TenantId, Held> cache = new ConcurrentHashMap<>();

  CachedSettings(TenantSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** The tenant's settings now. */
  RuleSettings of(TenantId tenant) {
    long now = clock.millis();
    Held held = cache.get(tenant);
    if (held == null || now < held.at() || now >= held.at() + REREAD_MILLIS) {
      Map<String, String> values = Map.copyOf(settings.all(tenant));
      RuleSettings view = name -> Optional.ofNullable(values.get(name));
      held = new Held(now, view);
      cache.put(tenant, held);
    }
    // the same object while the settings are not read again, so a rule may keep what it parsed
    return held.view();
  }
}
