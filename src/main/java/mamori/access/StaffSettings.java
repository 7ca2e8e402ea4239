package mamori.access;

import java.util.List;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * The tenant settings the gate reads, checked when they are set: {@code staff.daily-reads} (reads
 * of person records one member of staff may make in a day) and {@code staff.alert-reads} (from how
 * many reads in a day the security officer is told). Both are whole numbers from 1 to 1,000,000,
 * written in ASCII digits.
 */
public final class StaffSettings {
  /** The names, in the order they are listed. */
  public static final List<String> NAMES =
      List.of(StaffLimits.DAILY_READS, StaffLimits.ALERT_READS);

  private StaffSettings() {}

  /**
   * Sets one of {@link #NAMES}.
   *
   * @throws IllegalArgumentException for another name or a value that is not a whole number from 1
   *     to 1,000,000; nothing is written
   */
  public static void set(TenantSettings settings, TenantId tenant, String name, String value) {
    settings.set(tenant, name, Long.toString(check(name, value)));
  }

  /**
   * The value {@link #set} would store for {@code name}.
   *
   * @throws IllegalArgumentException as {@link #set} does
   */
  public static long check(String name, String value) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException(
          "no such setting; the settings are " + String.join(", ", NAMES));
    }
    // ASCII digits only: what is stored is read back by Long.parseLong, which takes other scripts'
    long n = value.matches("[0-9]{1,7}") ? Long.parseLong(value) : -1;
    if (n < 1 || n > 1_000_000) {
      throw new IllegalArgumentException(name + " is a whole number from 1 to 1000000");
    }
    return n;
  }

  /** The value in force of each of {@link #NAMES}, defaults included, in order. */
  public static List<String> inForce(TenantSettings settings, TenantId tenant) {
    StaffLimits l = StaffLimits.of(settings, tenant);
    return List.of(
        StaffLimits.DAILY_READS + " " + l.dailyReads(),
        StaffLimits.ALERT_READS + " " + l.alertReads());
  }
}
