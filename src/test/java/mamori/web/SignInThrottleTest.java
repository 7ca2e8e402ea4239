package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import mamori.store.TestClock;
import org.junit.jupiter.api.Test;

/** Failures per address slide out of the ten-minute window; other addresses are untouched. */
class SignInThrottleTest {
  final TestClock clock = new TestClock(Instant.parse("2026-12-04T01:00:00Z"));

  @Test
  void blocksAtTheLimit_andForgetsAfterTheWindow() {
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.LIMIT - 1; i++) {
      throttle.failed("198.51.100.1");
    }
    assertThat(throttle.blocked("198.51.100.1")).isFalse();
    throttle.failed("198.51.100.1");
    assertThat(throttle.blocked("198.51.100.1")).isTrue();
    assertThat(throttle.blocked("198.51.100.2")).isFalse();
    clock.advance(SignInThrottle.WINDOW.plus(Duration.ofSeconds(1)));
    assertThat(throttle.blocked("198.51.100.1")).isFalse();
  }
}
