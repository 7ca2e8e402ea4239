package mamori.access;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * How much of the register one member of the tenant's own staff may read in a day (Asia/Tokyo), and
 * from how many reads a day on the security officer is told. Staff need no entrustment, so without
 * these a staff account, or a stolen staff token, could read every record in full in seconds
 * (DESIGN.md promise 6). Tenant settings {@code staff.daily-reads} and {@code staff.alert-reads}; a
 * missing or malformed value is the default.
 */
record StaffLimits(long dailyReads, long alertReads) {
  static final String DAILY_READS = "staff.daily-reads";
  static final String ALERT_READS = "staff.alert-reads";

  /** A counter's work in a day is at most a few hundred records; a whole ward's is more. */
  static final long DEFAULT_DAILY_READS = 1_000;

  /** Well above a day's counter work, well below the cap: time to ask before the cap is reached. */
  static final long DEFAULT_ALERT_READS = 200;

  /** How long a tenant's limits, once read, are used before they are read again. */
  static final long REREAD_MILLIS = 60_000;

  /**
   * The limits of each tenant, read from {@code settings} at most once a minute per tenant by the
   * {@code clock}: a change is in force within a minute, and a read costs no query.
   */
  static Function<TenantId, StaffLimits> cached(TenantSettings settings, Clock clock) {
    Map<TenantId, Map.Entry<Long, StaffLimits>> cache = new ConcurrentHashMap<>();
    return tenant -> {
      long now = clock.millis();
      Map.Entry<Long, StaffLimits> held = cache.get(tenant);
      if (held != null && now >= held.getKey() && now < held.getKey() + REREAD_MILLIS) {
        return held.getValue();
      }
      StaffLimits read = of(settings, tenant);
      cache.put(tenant, Map.entry(now, read));
      return read;
    };
  }

  /** The limits a tenant set, each setting falling back to its default. */
  static StaffLimits of(TenantSettings settings, TenantId tenant) {
    return new StaffLimits(
        positive(settings, tenant, DAILY_READS, DEFAULT_DAILY_READS),
        positive(settings, tenant, ALERT_READS, DEFAULT_ALERT_READS));
  }

  private static long positive(TenantSettings settings, TenantId tenant, String name, long or) {
    return settings
        .get(tenant, name)
        .map(v -> {
          try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : or;
          } catch (NumberFormatException e) {
            return or;
          }
        })
        .orElse(or);
  }
}
