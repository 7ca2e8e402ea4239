package mamori.crypto;

import java.security.SecureRandom;

/**
 * Random bytes for keys and nonces, fast under many threads: each thread has its own {@link
 * SecureRandom} and draws from it 4 KiB at a time, so sealing a field does not contend on one
 * shared generator or call into the kernel. The buffer is overwritten as it is used.
 */
final class RandomBytes {
  private static final int BUFFER = 4096;

  private static final class Pool {
    final SecureRandom random = new SecureRandom();
    final byte[] buffer = new byte[BUFFER];
    int used = BUFFER;
  }

  private static final ThreadLocal<Pool> POOLS = ThreadLocal.withInitial(Pool::new);

  private RandomBytes() {}

  /** Fills {@code out[offset, offset + length)} with fresh random bytes. */
  static void fill(byte[] out, int offset, int length) {
    if (length > BUFFER / 4) {
      byte[] big = new byte[length];
      POOLS.get().random.nextBytes(big);
      System.arraycopy(big, 0, out, offset, length);
      return;
    }
    Pool pool = POOLS.get();
    if (pool.used + length > BUFFER) {
      pool.random.nextBytes(pool.buffer);
      pool.used = 0;
    }
    System.arraycopy(pool.buffer, pool.used, out, offset, length);
    java.util.Arrays.fill(pool.buffer, pool.used, pool.used + length, (byte) 0);
    pool.used += length;
  }

  static byte[] of(int length) {
    byte[] out = new byte[length];
    fill(out, 0, length);
    return out;
  }
}
