package mamori.work;

import java.util.List;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * The tenant settings the desk reads, checked when they are set: {@code work.quota.hourly} (tasks
 * one operator may key or verify in an hour, default 300) and {@code work.quota.daily} (in a day,
 * default 2000), used when the entrustment that gives the work sets no quota of its own, whole
 * numbers from 1 to 1,000,000 in ASCII digits; and the pace's {@code work.warn-days} (how many days
 * before its deadline a job with nothing done counts as behind, default 5), 0 to 365.
 */
public final class WorkSettings {
  /** The names, in the order they are listed. */
  public static final List<String> NAMES =
      List.of(Desk.QUOTA_HOURLY, Desk.QUOTA_DAILY, Pace.WARN_DAYS);

  private WorkSettings() {}

  /**
   * The value {@link #set} would store for {@code name}.
   *
   * @throws IllegalArgumentException for another name or a value not a whole number from 1 to
   *     1,000,000
   */
  public static long check(String name, String value) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no such setting; the work settings are " + String.join(", ", NAMES));
    }
    long n = value.matches("[0-9]{1,7}") ? Long.parseLong(value) : -1;
    if (name.equals(Pace.WARN_DAYS)) {
      if (n < 0 || n > 365) {
        throw new IllegalArgumentException(name + " is a whole number of days from 0 to 365");
      }
      return n;
    }
    if (n < 1 || n > 1_000_000) {
      throw new IllegalArgumentException(name + " is a whole number from 1 to 1000000");
    }
    return n;
  }

  /** Sets one of {@link #NAMES}, checked. */
  public static void set(TenantSettings settings, TenantId tenant, String name, String value) {
    settings.set(tenant, name, Long.toString(check(name, value)));
  }

  /** The value in force of each of {@link #NAMES}, defaults included, in order. */
  public static List<String> inForce(TenantSettings settings, TenantId tenant) {
    return List.of(
        Desk.QUOTA_HOURLY + " " + read(settings, tenant, Desk.QUOTA_HOURLY, Desk.DEFAULT_HOURLY),
        Desk.QUOTA_DAILY + " " + read(settings, tenant, Desk.QUOTA_DAILY, Desk.DEFAULT_DAILY),
        Pace.WARN_DAYS + " " + read(settings, tenant, Pace.WARN_DAYS, Pace.DEFAULT_WARN_DAYS));
  }

  /** The value of {@code name}, or {@code fallback} when unset or not a valid number. */
  static int read(TenantSettings settings, TenantId tenant, String name, int fallback) {
    try {
      return settings.get(tenant, name).map(v -> (int) check(name, v.strip())).orElse(fallback);
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }
}
