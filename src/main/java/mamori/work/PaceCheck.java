package mamori.work;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the pace check ({@link Pace#check}) on its own thread while the service runs: once at start,
 * then every interval (hourly by default), so a job behind its deadline raises {@code work.behind}
 * whether or not anyone opens the dashboard. A check that throws is logged and the loop goes on.
 */
final class PaceCheck implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(PaceCheck.class);

  private final Pace pace;
  private final boolean enabled;
  private final long intervalMillis;
  private volatile boolean running;
  private @Nullable Thread thread;

  PaceCheck(Pace pace, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 86_400_000L) {
      throw new IllegalArgumentException("mamori.work.pace-check.interval-ms is 10 to 86400000");
    }
    this.pace = pace;
    this.enabled = enabled;
    this.intervalMillis = intervalMillis;
  }

  @Override
  public synchronized void start() {
    if (!enabled || running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name("mamori-pace").start(this::loop);
    LOG.info("work: the pace of open jobs is checked every {} ms", intervalMillis);
  }

  private void loop() {
    while (running) {
      try {
        pace.check();
      } catch (RuntimeException e) {
        LOG.warn("work: a pace check failed: {}", e.toString());
      }
      try {
        Thread.sleep(intervalMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void stop() {
    Thread t;
    synchronized (this) {
      running = false;
      t = thread;
      thread = null;
    }
    if (t != null) {
      t.interrupt();
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Stops before the store closes. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }
}
