package mamori.detect;

import mamori.store.Loop;

/**
 * The engine's {@link Loop}: from the service's start, a round over every tenant (at most 16
 * batches each, so one busy tenant cannot starve the others), then a pause of the interval when the
 * round read nothing.
 */
final class DetectionLoop {
  private static final int BATCHES_PER_ROUND = 16;

  private DetectionLoop() {}

  static Loop of(DetectionEngine engine, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 60_000) {
      throw new IllegalArgumentException("mamori.detect.interval-ms is 10 to 60000");
    }
    return new Loop(
        "mamori-detect",
        enabled,
        intervalMillis,
        Loop.Start.AT_ONCE,
        () -> engine.poll(BATCHES_PER_ROUND) > 0);
  }
}
