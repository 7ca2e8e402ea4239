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

  @Test
  void theSignInThrottle_keysEveryAddressByItself_asBefore() {
    SignInThrottle throttle = new SignInThrottle(clock);
    for (int i = 0; i < SignInThrottle.LIMIT; i++) {
      throttle.failed("2001:db8:1:2::1");
    }
    assertThat(throttle.blocked("2001:db8:1:2::1")).isTrue();
    assertThat(throttle.blocked("2001:db8:1:2::2")).isFalse();
    assertThat(throttle.blocked("198.51.100.1")).isFalse();
  }

  @Test
  void aNetworkKey_isTheIpv6Slash64_andTheIpv4AddressItself() {
    assertThat(SignInThrottle.network("198.51.100.7")).isEqualTo("198.51.100.7");
    assertThat(SignInThrottle.network("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(SignInThrottle.network("2001:0DB8:0001:0002::1")).isEqualTo("2001:db8:1:2::/64");
    assertThat(SignInThrottle.network("[2001:db8:1:2::9]")).isEqualTo("2001:db8:1:2::/64");
    assertThat(SignInThrottle.network("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0::/64");
    assertThat(SignInThrottle.network("fe80::1%eth0")).isEqualTo("fe80:0:0:0::/64");
    assertThat(SignInThrottle.network("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
    assertThat(SignInThrottle.network("no:such:address")).isEqualTo("no:such:address");
    assertThat(SignInThrottle.network("x:" + "y".repeat(500))).hasSize(100);
  }

  @Test
  void aThrottleByNetwork_countsAWhole64AsOne_andAnotherAsAnother() {
    SignInThrottle throttle =
        new SignInThrottle(
            clock, 20, Duration.ofHours(1), "reports", SignInThrottle::network, 1_000);
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.tryCount("2001:db8:1:2::" + Integer.toHexString(i + 1))).isTrue();
    }
    assertThat(throttle.tryCount("2001:db8:1:2:ffff:ffff:ffff:ffff")).isFalse();
    assertThat(throttle.blocked("2001:db8:1:2::abcd")).isTrue();
    assertThat(throttle.tryCount("2001:db8:1:3::1")).isTrue();
    for (int i = 0; i < 20; i++) {
      assertThat(throttle.tryCount("198.51.100.1")).isTrue();
    }
    assertThat(throttle.tryCount("198.51.100.1")).isFalse();
    assertThat(throttle.tryCount("198.51.100.2")).isTrue();
    clock.advance(Duration.ofHours(1).plusSeconds(1));
    assertThat(throttle.tryCount("2001:db8:1:2::1")).isTrue();
  }

  @Test
  void theMap_isBounded_andForgetsTheLeastRecentlyUsedAddressBeyondItsCap() {
    SignInThrottle throttle =
        new SignInThrottle(clock, 3, Duration.ofHours(1), "reports", a -> a, 100);
    for (int i = 0; i < 3; i++) {
      throttle.failed("198.51.100.1");
    }
    assertThat(throttle.blocked("198.51.100.1")).isTrue();
    for (int i = 0; i < 99; i++) {
      throttle.failed("203.0.113." + i);
    }
    assertThat(throttle.size()).isEqualTo(100);
    // used again just now: it stays while the oldest of the others go
    assertThat(throttle.blocked("198.51.100.1")).isTrue();
    for (int i = 0; i < 10_000; i++) {
      throttle.failed("10.0." + (i / 256) + "." + (i % 256));
      if (i % 50 == 0) {
        // looked at more often than a hundred others come: never the least recently used
        assertThat(throttle.blocked("198.51.100.1")).isTrue();
      }
    }
    assertThat(throttle.size()).isEqualTo(100);
    assertThat(throttle.blocked("203.0.113.0")).isFalse();
    // left alone while a hundred others come, it is forgotten: it starts again from nothing
    for (int i = 0; i < 100; i++) {
      throttle.failed("172.16.0." + i);
    }
    assertThat(throttle.blocked("198.51.100.1")).isFalse();
  }

  @Test
  void aBurstOfOneAddress_passesTheLimitExactly() throws Exception {
    SignInThrottle throttle =
        new SignInThrottle(clock, 20, Duration.ofHours(1), "reports", a -> a, 1_000);
    java.util.concurrent.atomic.AtomicInteger passed =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    java.util.List<Thread> threads = new java.util.ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Thread t =
          Thread.ofPlatform()
              .start(() -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                for (int j = 0; j < 5; j++) {
                  if (throttle.tryCount("198.51.100.9")) {
                    passed.incrementAndGet();
                  }
                }
              });
      threads.add(t);
    }
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(passed.get()).isEqualTo(20);
  }
}
