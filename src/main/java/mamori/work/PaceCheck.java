package mamori.work;

import mamori.store.Loop;

/**
 * The pace check's {@link Loop}: {@link Pace#check} every interval (hourly by default) while the
 * service runs, so a job behind its deadline raises {@code work.behind} whether or not anyone opens
 * the dashboard. The first check runs one interval after the start, not at boot: a restart neither
 * delays the start nor checks twice in an hour, and the day's claim keeps the alert to one a job
 * and Tokyo day whenever the checks run.
 */
final class PaceCheck {
  private PaceCheck() {}

  static Loop of(Pace pace, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 86_400_000L) {
      throw new IllegalArgumentException("mamori.work.pace-check.interval-ms is 10 to 86400000");
    }
    return new Loop(
        "mamori-pace",
        enabled,
        intervalMillis,
        Loop.Start.AFTER_INTERVAL,
        () -> {
          pace.check();
          return false;
        });
  }
}
