package mamori.identity;

import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/*
 * Design. Checking a bearer token is one JOIN of the token, its user and the user's credential on
 * every request; under load it is the API's largest fixed cost after the server itself. A row read is
 * kept here for at most one second (a monotonic timer, not the clock: nothing is dated by it), keyed by
 * the token's SHA-256, never its text. Everything that is judged from the row (expiry against the
 * clock, revocation, the user disabled or locked, the kind and networks) is still judged on every use,
 * from the row; only the row may be up to a second old. So a token revoked, or a user disabled or
 * locked, by another process or on another instance stops working within that second, and on this JVM
 * at once: every write that can end a token here (revoke, revokeAll, a user disabled, locked, a factor
 * reset or sessions ended) calls forgetAll, which empties the cache and moves its generation on, so that
 * a row read before that write and put after it is never kept. One cache for the JVM, since the CLI
 * and the web each make ApiTokens objects of their own over the same store; the keys are random
 * hashes, so rows of two stores never meet. Bounded: at MAX entries it is emptied and refills.
 */
/** The bearer tokens checked within the last second, for {@link ApiTokens}; at most a second old. */
final class VerifiedTokens {
  static final long TTL_NANOS = 1_000_000_000L;
  static final int MAX = 10_000;

  private static final ConcurrentHashMap<ByteBuffer, Entry<?>> CACHE = new ConcurrentHashMap<>();
  private static final AtomicLong GENERATION = new AtomicLong();

  private record Entry<T>(T row, long readAt, long generation) {}

  private VerifiedTokens() {}

  /** The generation to pass to {@link #put} for a row read after this call. */
  static long generation() {
    return GENERATION.get();
  }

  /** The row kept for {@code hash}, read less than a second ago; null when there is none. */
  @SuppressWarnings("unchecked")
  static <T> @Nullable T get(byte[] hash, Class<T> type) {
    Entry<?> e = CACHE.get(ByteBuffer.wrap(hash));
    if (e == null) {
      return null;
    }
    if (System.nanoTime() - e.readAt() >= TTL_NANOS || e.generation() != GENERATION.get()) {
      CACHE.remove(ByteBuffer.wrap(hash), e);
      return null;
    }
    return type.isInstance(e.row()) ? (T) e.row() : null;
  }

  /**
   * Keeps {@code row}, read from the store for {@code hash} at {@code readAt} (System.nanoTime,
   * taken before the read) in {@code generation}; dropped when anything was forgotten since.
   */
  static void put(byte[] hash, Object row, long readAt, long generation) {
    if (CACHE.size() >= MAX) {
      CACHE.clear();
    }
    ByteBuffer key = ByteBuffer.wrap(hash.clone());
    Entry<Object> e = new Entry<>(row, readAt, generation);
    CACHE.put(key, e);
    if (GENERATION.get() != generation) {
      CACHE.remove(key, e);
    }
  }

  /** Forgets every row: a token was revoked or a user's sign-in changed on this JVM. */
  static void forgetAll() {
    GENERATION.incrementAndGet();
    CACHE.clear();
  }
}
