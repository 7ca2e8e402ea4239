package mamori.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * The per-account lock stops guessing one account's password; password spraying tries a few common
 * passwords on many accounts, staying under every account's limit. This counts failed password checks
 * per client address (X-Forwarded-For only from a proxy listed in mamori.web.trusted-proxies, see
 * TrustedProxies) over a sliding window, and
 * refuses further tries from an address past the limit without checking anything. It lives in memory:
 * each instance counts its own, which a sprayer spread over instances divides but does not escape.
 *
 * The counts are kept in one map of at most maxKeys entries in the order they were last used: a new
 * key beyond the cap evicts the one least recently used, so many addresses never grow the map or make
 * a request sweep it. An evicted key starts again from nothing, which takes a sender maxKeys other keys
 * within the window. Each step (look, count, look-and-count) holds the map's lock, so two requests of
 * one address never both pass the last place under the limit. A throttle may key addresses by their
 * network instead of one by one (network(): an IPv6 address by its /64, which one subscriber holds
 * whole, and an IPv4 address by itself).
 */
/**
 * Failed sign-ins per client address: past {@link #LIMIT} in {@link #WINDOW}, that address waits.
 * The same count serves other open calls that must not be guessed at (the package release calls,
 * the found page's reports), each with its own limit and window.
 */
final class SignInThrottle {
  static final int LIMIT = 30;
  static final Duration WINDOW = Duration.ofMinutes(10);

  /** The most addresses (or networks) counted at once; beyond, the least recently used goes. */
  static final int MAX_ADDRESSES = 100_000;

  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  private final Map<String, Deque<Long>> failures;
  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final String what;
  private final UnaryOperator<String> keys;

  SignInThrottle(Clock clock) {
    this(clock, LIMIT, WINDOW, "sign-in failures");
  }

  /** A count of {@code what} (for the service's log) past {@code limit} in {@code window}. */
  SignInThrottle(Clock clock, int limit, Duration window, String what) {
    this(clock, limit, window, what, UnaryOperator.identity(), MAX_ADDRESSES);
  }

  /**
   * A count of {@code what} past {@code limit} in {@code window}, per key of an address ({@code
   * keys}: the address itself, or {@link #network}), of at most {@code maxKeys} keys.
   */
  SignInThrottle(
      Clock clock,
      int limit,
      Duration window,
      String what,
      UnaryOperator<String> keys,
      int maxKeys) {
    if (limit < 1 || maxKeys < 1) {
      throw new IllegalArgumentException("a throttle counts at least one try of one address");
    }
    this.clock = clock;
    this.limit = limit;
    this.window = window;
    this.what = what;
    this.keys = keys;
    this.failures =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** Whether {@code address} has failed {@link #LIMIT} times within the window. */
  synchronized boolean blocked(String address) {
    Deque<Long> times = failures.get(keys.apply(address));
    if (times == null) {
      return false;
    }
    prune(times);
    return times.size() >= limit;
  }

  /** Counts a failed password or code from {@code address}. */
  synchronized void failed(String address) {
    String key = keys.apply(address);
    Deque<Long> times = failures.computeIfAbsent(key, a -> new ArrayDeque<>());
    prune(times);
    count(key, times);
  }

  /**
   * Counts a try from {@code address} if it is under the limit, in one step: true when it was
   * counted (and may go on), false when the address is past the limit (nothing is counted).
   */
  synchronized boolean tryCount(String address) {
    String key = keys.apply(address);
    Deque<Long> times = failures.get(key);
    if (times != null) {
      prune(times);
      if (times.size() >= limit) {
        return false;
      }
    } else {
      times = new ArrayDeque<>();
      failures.put(key, times);
    }
    count(key, times);
    return true;
  }

  /** How many addresses (or networks) are counted now. */
  synchronized int size() {
    return failures.size();
  }

  private void count(String key, Deque<Long> times) {
    times.addLast(clock.millis());
    if (times.size() == limit) {
      LOG.warn(
          "{} from {} reached {} in {} minutes: refusing it for a while",
          what,
          key,
          limit,
          window.toMinutes());
    }
  }

  private void prune(Deque<Long> times) {
    long oldest = clock.millis() - window.toMillis();
    while (!times.isEmpty() && times.peekFirst() < oldest) {
      times.removeFirst();
    }
  }

  /**
   * The network {@code address} is counted under: an IPv6 address's /64 ({@code 2001:db8:1:2::/64};
   * an IPv4-mapped one is its IPv4 address), an IPv4 address itself. Only literal addresses are
   * read (never a name to look up); anything else is its own key, cut to 100 characters.
   */
  static String network(String address) {
    if (address.indexOf(':') < 0) {
      return address;
    }
    int zone = address.indexOf('%');
    String literal = zone < 0 ? address : address.substring(0, zone);
    if (literal.startsWith("[") && !literal.endsWith("]")) {
      literal = literal + "]";
    }
    InetAddress a;
    try {
      a = InetAddress.ofLiteral(literal);
    } catch (IllegalArgumentException e) {
      return address.length() > 100 ? address.substring(0, 100) : address;
    }
    if (!(a instanceof Inet6Address)) {
      return a.getHostAddress();
    }
    byte[] b = a.getAddress();
    return String.format(
        Locale.ROOT,
        "%x:%x:%x:%x::/64",
        ((b[0] & 0xff) << 8) | (b[1] & 0xff),
        ((b[2] & 0xff) << 8) | (b[3] & 0xff),
        ((b[4] & 0xff) << 8) | (b[5] & 0xff),
        ((b[6] & 0xff) << 8) | (b[7] & 0xff));
  }
}
