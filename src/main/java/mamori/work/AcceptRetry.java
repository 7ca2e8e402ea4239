package mamori.work;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Retries, on its own thread while the service runs, the ties and acceptances of documents that
 * failed ({@link Desk#retryDue}): every interval (ten seconds by default) it pages through every
 * open document whose tie is pending or whose tasks are all done, as the system, so an operator's
 * {@code next} never waits for a retry and no document is starved behind others. The state it works
 * from is on the documents' rows, so a restart or another instance takes over where it stopped. A
 * tick that throws is logged and the loop goes on.
 */
final class AcceptRetry implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(AcceptRetry.class);

  private final Desk desk;
  private final boolean enabled;
  private final long intervalMillis;
  private volatile boolean running;
  private @Nullable Thread thread;

  AcceptRetry(Desk desk, boolean enabled, long intervalMillis) {
    if (intervalMillis < 10 || intervalMillis > 3_600_000L) {
      throw new IllegalArgumentException("mamori.work.accept-retry.interval-ms is 10 to 3600000");
    }
    this.desk = desk;
    this.enabled = enabled;
    this.intervalMillis = intervalMillis;
  }

  /** One pass over the due documents; how many were accepted. */
  int tick() {
    return desk.retryDue();
  }

  @Override
  public synchronized void start() {
    if (!enabled || running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name("mamori-accept-retry").start(this::loop);
    LOG.info("work: failed ties and acceptances are retried every {} ms", intervalMillis);
  }

  private void loop() {
    while (running) {
      try {
        tick();
      } catch (RuntimeException e) {
        LOG.warn("work: a retry of ties and acceptances failed: {}", e.toString());
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
