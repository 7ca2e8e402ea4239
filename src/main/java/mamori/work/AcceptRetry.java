package mamori.work;

import mamori.store.Loop;

/**
 * Retries the ties and acceptances of documents that failed ({@link Desk#retryDue}) on a {@link
 * Loop} of its own while the service runs: every interval (ten seconds by default) it pages through
 * every open document whose tie is pending or whose tasks are all done, as the system, so an
 * operator's {@code next} never waits for a retry and no document is starved behind others. The
 * state it works from is on the documents' rows, so a restart or another instance takes over where
 * it stopped; the first round runs at start, for what a stop left due.
 */
final class AcceptRetry {
  private final Desk desk;
  private final Loop loop;

  AcceptRetry(Desk desk, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 3_600_000L) {
      throw new IllegalArgumentException("mamori.work.accept-retry.interval-ms is 10 to 3600000");
    }
    this.desk = desk;
    this.loop =
        new Loop(
            "mamori-accept-retry",
            enabled,
            intervalMillis,
            Loop.Start.AT_ONCE,
            () -> {
              tick();
              return false;
            });
  }

  /** One pass over the due documents; how many were accepted. */
  int tick() {
    return desk.retryDue();
  }

  /** The loop the service starts and stops. */
  Loop loop() {
    return loop;
  }
}
