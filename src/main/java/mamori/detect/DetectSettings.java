package mamori.detect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mamori.core.AlertPolicy;
import mamori.core.PersonTag;
import mamori.core.TenantId;
import mamori.store.TenantSettings;

/**
 * The tenant settings of the built-in rules, each with its default, checked when set ({@code mamori
 * settings set}): thresholds are whole numbers in ASCII digits within their range, a policy is
 * {@code notify}, {@code suspend-entrustment} or {@code suspend-user}, working hours are {@code
 * HH:MM-HH:MM} (an organisation's own under {@code detect.off-hours.hours.<organisation>}). A value
 * that slips past the check (written another way) is read as the default, never as "off".
 */
public final class DetectSettings {
  private DetectSettings() {}

  /** Each setting with its default, in the order they are listed. */
  public static final Map<String, String> DEFAULTS = defaults();

  private static final Pattern ORG_HOURS =
      Pattern.compile("detect\\.off-hours\\.hours\\.[a-z0-9-]{1,64}");

  private record Range(long min, long max) {}

  private static final Map<String, Range> RANGES =
      Map.ofEntries(
          Map.entry("detect.volume.window-minutes", new Range(1, 1440)),
          Map.entry("detect.volume.factor", new Range(1, 1000)),
          Map.entry("detect.volume.floor", new Range(1, 10_000_000)),
          Map.entry("detect.volume.organisation-floor", new Range(1, 10_000_000)),
          Map.entry("detect.volume.decay-percent", new Range(1, 100)),
          Map.entry("detect.volume.cap-percent", new Range(1, 100)),
          Map.entry("detect.harvesting.persons", new Range(2, 1_000_000)),
          Map.entry("detect.harvesting.walk", new Range(2, 1_000_000)),
          Map.entry("detect.harvesting.window-minutes", new Range(1, 1440)),
          Map.entry("detect.refusals.actor", new Range(2, 100_000)),
          Map.entry("detect.refusals.organisation", new Range(2, 100_000)),
          Map.entry("detect.refusals.window-minutes", new Range(1, 1440)),
          Map.entry("detect.new-network.after-hours", new Range(0, 24 * 365)));

  private static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("detect.volume.window-minutes", "" + VolumeRule.WINDOW_MINUTES);
    d.put("detect.volume.factor", "" + VolumeRule.FACTOR);
    d.put("detect.volume.floor", "" + VolumeRule.FLOOR);
    d.put("detect.volume.organisation-floor", "" + VolumeRule.ORGANISATION_FLOOR);
    d.put("detect.volume.decay-percent", "" + VolumeRule.DECAY_PERCENT);
    d.put("detect.volume.cap-percent", "" + VolumeRule.CAP_PERCENT);
    d.put("detect.volume.policy", AlertPolicy.NOTIFY.code());
    d.put("detect.harvesting.persons", "" + HarvestingRule.PERSONS);
    d.put("detect.harvesting.walk", "" + HarvestingRule.WALK);
    d.put("detect.harvesting.window-minutes", "" + HarvestingRule.WINDOW_MINUTES);
    d.put("detect.harvesting.policy", AlertPolicy.SUSPEND_ENTRUSTMENT.code());
    d.put("detect.off-hours.hours", OffHoursRule.HOURS);
    d.put("detect.off-hours.weekends", "off");
    d.put("detect.off-hours.policy", AlertPolicy.NOTIFY.code());
    d.put("detect.refusals.actor", "" + RefusalsRule.ACTOR);
    d.put("detect.refusals.organisation", "" + RefusalsRule.ORGANISATION);
    d.put("detect.refusals.window-minutes", "" + RefusalsRule.WINDOW_MINUTES);
    d.put("detect.refusals.policy", AlertPolicy.NOTIFY.code());
    d.put("detect.protected.tag", ProtectedPersonsRule.TAG);
    d.put("detect.protected.policy", AlertPolicy.NOTIFY.code());
    d.put("detect.new-network.after-hours", "" + NetworkSightings.AFTER_HOURS);
    d.put("detect.new-network.policy", AlertPolicy.NOTIFY.code());
    return java.util.Collections.unmodifiableMap(d);
  }

  /** Whether {@code name} is one of these settings (an organisation's hours included). */
  public static boolean names(String name) {
    return DEFAULTS.containsKey(name) || ORG_HOURS.matcher(name).matches();
  }

  /**
   * Checks a value for {@code name}.
   *
   * @throws IllegalArgumentException naming the setting's form, for another name or a bad value
   */
  public static void check(String name, String value) {
    if (!names(name)) {
      throw new IllegalArgumentException(
          "no such detection setting; they are " + String.join(", ", DEFAULTS.keySet()));
    }
    String v = value.strip();
    if (name.endsWith(".policy")) {
      if (AlertPolicy.ofCode(v).isEmpty()) {
        throw new IllegalArgumentException(
            name + " is notify, suspend-entrustment or suspend-user");
      }
    } else if (name.startsWith("detect.off-hours.hours")) {
      if (OffHoursRule.Hours.parse(v).isEmpty()) {
        throw new IllegalArgumentException(name + " is HH:MM-HH:MM, the start before the end");
      }
    } else if (name.equals("detect.off-hours.weekends")) {
      if (!v.equals("on") && !v.equals("off")) {
        throw new IllegalArgumentException(name + " is on or off");
      }
    } else if (name.equals("detect.protected.tag")) {
      PersonTag.parse(v);
    } else {
      Range r = RANGES.get(name);
      long n = v.matches("[0-9]{1,12}") ? Long.parseLong(v) : -1;
      if (r == null || n < r.min() || n > r.max()) {
        throw new IllegalArgumentException(
            name
                + " is a whole number from "
                + (r == null ? 0 : r.min())
                + " to "
                + (r == null ? 0 : r.max()));
      }
    }
  }

  /** Each setting of the tenant with the value in force, defaults included, as name and value. */
  public static List<String> inForce(TenantSettings settings, TenantId tenant) {
    Map<String, String> set = settings.all(tenant);
    List<String> lines = new ArrayList<>();
    DEFAULTS.forEach((n, d) -> lines.add(n + " " + set.getOrDefault(n, d)));
    set.forEach((n, v) -> {
      if (ORG_HOURS.matcher(n).matches()) {
        lines.add(n + " " + v);
      }
    });
    return lines;
  }
}
