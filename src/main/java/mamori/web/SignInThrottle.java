package mamori.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * The per-account lock stops guessing one account's password; password spraying tries a few common
 * passwords on many accounts, staying under every account's limit. This counts failed password checks
 * per client address (X-Forwarded-For only from a proxy listed in mamori.web.trusted-proxies, see
 * TrustedProxies) over a sliding window, and
 * refuses further tries from an address past the limit without checking anything. It lives in memory:
 * each instance counts its own, which a sprayer spread over instances divides but does not escape.
 */
/**
 * Failed sign-ins per client address: past {@link #LIMIT} in {@link #WINDOW}, that address waits.
 * The same count serves other open calls that must not be guessed at (the package release calls),
 * each with its own limit and window.
 */
final class SignInThrottle {
  static final int LIMIT = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);
  private static final int MAX_ADDRESSES = 100_000;
  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final String what;

  SignInThrottle(Clock clock) {
    this(clock, LIMIT, WINDOW, "sign-in failures");
  }

  /** A count of {@code what} (for the service's log) past {@code limit} in {@code window}. */
  SignInThrottle(Clock clock, int limit, Duration window, String what) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
    this.what = what;
  }

  /** Whether {@code address} has failed {@link #LIMIT} times within the window. */
  boolean blocked(String address) {
    Deque<Long> times = failures.get(address);
    if (times == null) {
      return false;
    }
    synchronized (times) {
      prune(times);
      return times.size() >= limit;
    }
  }

  /** Counts a failed password or code from {@code address}. */
  void failed(String address) {
    if (failures.size() >= MAX_ADDRESSES) {
      failures
          .values()
          .removeIf(d -> {
            synchronized (d) {
              prune(d);
              return d.isEmpty();
            }
          });
    }
    Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
    synchronized (times) {
      prune(times);
      times.addLast(clock.millis());
      if (times.size() == limit) {
        LOG.warn(
            "{} from {} reached {} in {} minutes: refusing it for a while",
            what,
            address,
            limit,
            window.toMinutes());
      }
    }
  }

  private void prune(Deque<Long> times) {
    long oldest = clock.millis() - window.toMillis();
    while (!times.isEmpty() && times.peekFirst() < oldest) {
      times.removeFirst();
    }
  }
}
