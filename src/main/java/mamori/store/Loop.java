package mamori.store;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A round of work run on its own thread while the service runs, then a pause of the interval, until
 * the service stops (before the store closes): the shape of the detection engine's loop and of the
 * pace check. A round says whether it left more to do at once (the next round then follows without
 * a pause); a round that throws is logged and the loop goes on after the pause. The first round
 * runs at once or only after a first interval, as the loop is made.
 */
public final class Loop implements SmartLifecycle {
  private static final Logger LOG = LoggerFactory.getLogger(Loop.class);

  /** One round of work. */
  @FunctionalInterface
  public interface Round {
    /** Runs the round; true when it left more to do at once, false to pause for the interval. */
    boolean run();
  }

  /** When the first round runs. */
  public enum Start {
    /** As the service starts. */
    AT_ONCE,
    /** One interval after the service starts: nothing is done at boot. */
    AFTER_INTERVAL
  }

  private final String name;
  private final boolean enabled;
  private final long intervalMillis;
  private final Start first;
  private final Round round;
  private volatile boolean running;
  private @Nullable Thread thread;

  /**
   * @param name the thread's name and the logs' ({@code mamori-detect})
   * @param enabled false for a loop that never starts (as in tests that run rounds themselves)
   * @param intervalMillis the pause after a round that left nothing to do at once, 1 or more
   */
  public Loop(String name, boolean enabled, long intervalMillis, Start first, Round round) {
    if (intervalMillis < 1) {
      throw new IllegalArgumentException("a loop's interval is at least 1 ms");
    }
    this.name = name;
    this.enabled = enabled;
    this.intervalMillis = intervalMillis;
    this.first = first;
    this.round = round;
  }

  @Override
  public synchronized void start() {
    if (!enabled || running) {
      return;
    }
    running = true;
    thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    LOG.info("{}: a round every {} ms", name, intervalMillis);
  }

  private void loop() {
    boolean more = first == Start.AT_ONCE;
    while (running) {
      if (!more) {
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      more = false;
      try {
        more = round.run();
      } catch (RuntimeException e) {
        LOG.warn("{}: a round failed: {}", name, e.toString());
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
