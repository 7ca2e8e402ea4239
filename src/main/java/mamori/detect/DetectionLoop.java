package mamori.detect;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the engine on its own thread while the service runs: a round over every tenant (at most 16
 * batches each, so one busy tenant cannot starve the others), then a pause of the interval when the
 * round read nothing. A round that throws is logged and the loop goes on.
 */
final class DetectionLoop implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(DetectionLoop.class);
  private static final int BATCHES_PER_ROUND = 16;

  private final DetectionEngine engine;
  private final boolean enabled;
  private final long intervalMillis;
  private volatile boolean running;
  private @Nullable Thread thread;

  DetectionLoop(DetectionEngine engine, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 60_000) {
      throw new IllegalArgumentException("mamori.detect.interval-ms is 10 to 60000");
    }
    this.engine = engine;
    this.enabled = enabled;
    this.intervalMillis = intervalMillis;
  }

  @Override
  public synchronized void start() {
    if (!enabled || running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name("mamori-detect").start(this::loop);
    LOG.info("detect: the engine reads the logs every {} ms", intervalMillis);
  }

  private void loop() {
    while (running) {
      long read = 0;
      try {
        read = engine.poll(BATCHES_PER_ROUND);
      } catch (RuntimeException e) {
        LOG.warn("detect: a round failed: {}", e.toString());
      }
      if (read == 0) {
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
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

  /** Stops before the logs and the store close. */
  @Override
  public int getPhase() {
    return Integer.MAX_VALUE - 1000;
  }
}
