package mamori.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/** The loop of the detection engine and the pace check: when rounds run, pause and stop. */
class LoopTest {
  static void waitFor(IntSupplier n, int atLeast) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (n.getAsInt() < atLeast && System.nanoTime() < until) {
      Thread.sleep(5);
    }
  }

  @Test
  void atOnce_runsTheFirstRoundAsItStarts_thenPausesTheInterval() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    Loop loop =
        new Loop(
            "test-at-once",
            true,
            60_000,
            Loop.Start.AT_ONCE,
            () -> {
              rounds.incrementAndGet();
              return false;
            });
    loop.start();
    try {
      waitFor(rounds::get, 1);
      Thread.sleep(200);
      assertThat(rounds.get()).isEqualTo(1);
    } finally {
      loop.stop();
    }
    assertThat(loop.isRunning()).isFalse();
  }

  @Test
  void afterInterval_runsNothingAtStart_andTheFirstRoundOneIntervalLater() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    Loop slow =
        new Loop(
            "test-after-slow",
            true,
            60_000,
            Loop.Start.AFTER_INTERVAL,
            () -> rounds.incrementAndGet() < 0);
    slow.start();
    Thread.sleep(300);
    slow.stop();
    assertThat(rounds.get()).as("nothing at start").isZero();

    Loop fast =
        new Loop(
            "test-after-fast",
            true,
            20,
            Loop.Start.AFTER_INTERVAL,
            () -> rounds.incrementAndGet() < 0);
    fast.start();
    try {
      waitFor(rounds::get, 3);
      assertThat(rounds.get()).isGreaterThanOrEqualTo(3);
    } finally {
      fast.stop();
    }
  }

  @Test
  void aRoundThatLeavesMore_isFollowedAtOnce_andOneThatThrows_doesNotEndTheLoop() throws Exception {
    AtomicInteger rounds = new AtomicInteger();
    Loop loop =
        new Loop(
            "test-more",
            true,
            60_000,
            Loop.Start.AT_ONCE,
            () -> {
              int n = rounds.incrementAndGet();
              if (n == 2) {
                throw new IllegalStateException("a round fails");
              }
              return n < 5;
            });
    loop.start();
    try {
      // rounds 1 and 2 follow at once; 2 throws and the loop pauses a minute
      waitFor(rounds::get, 2);
      Thread.sleep(200);
      assertThat(rounds.get()).isEqualTo(2);
      assertThat(loop.isRunning()).isTrue();
    } finally {
      loop.stop();
    }
  }

  @Test
  void disabled_neverStarts_andAnIntervalBelowAMillisecondIsRefused() {
    Loop off = new Loop("test-off", false, 20, Loop.Start.AT_ONCE, () -> false);
    off.start();
    assertThat(off.isRunning()).isFalse();
    assertThatThrownBy(() -> new Loop("test-bad", true, 0, Loop.Start.AT_ONCE, () -> false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
