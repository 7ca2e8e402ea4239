package mamori.generate;

/**
 * A keyed permutation of {@code [0, limit)}: a four-round unbalanced Feistel network over {@code
 * bits} bits, with cycle-walking back into range. Row {@code i} gets number {@code apply(i)}, so
 * numbers are distinct by construction without remembering any, yet look random. Not a cipher: the
 * keys come from a public seed and only make the order unpredictable to the eye.
 */
final class NumberPermutation {
  /** Eleven digits before the check digit of an individual number. */
  static final long INDIVIDUAL_NUMBER_BASES = 100_000_000_000L;

  private static final int ROUNDS = 4;

  private final int bits;
  private final long limit;
  private final long[] keys = new long[ROUNDS];

  /**
   * @param bits width of the Feistel domain, 2 to 62
   * @param limit size of the permuted range, {@code 2^(bits-1) < limit <= 2^bits} so that
   *     cycle-walking takes fewer than two steps on average
   */
  NumberPermutation(long seed, int bits, long limit) {
    if (bits < 2 || bits > 62 || limit > 1L << bits || limit <= 1L << (bits - 1)) {
      throw new IllegalArgumentException("limit " + limit + " does not fit " + bits + " bits");
    }
    this.bits = bits;
    this.limit = limit;
    long state = seed ^ 0x6D616D6F72690000L; // "mamori": numbers do not repeat the person stream
    for (int i = 0; i < ROUNDS; i++) {
      state += 0x9E3779B97F4A7C15L;
      keys[i] = mix(state);
    }
  }

  /** The permutation of {@code [0, 10^11)} behind individual numbers. */
  static NumberPermutation forIndividualNumbers(long seed) {
    return new NumberPermutation(seed, 37, INDIVIDUAL_NUMBER_BASES);
  }

  long limit() {
    return limit;
  }

  /** The image of {@code x}, in {@code [0, limit)}. */
  long apply(long x) {
    checkRange(x);
    long y = x;
    do {
      y = encrypt(y);
    } while (y >= limit);
    return y;
  }

  /** The {@code x} with {@code apply(x) == y}. */
  long inverse(long y) {
    checkRange(y);
    long x = y;
    do {
      x = decrypt(x);
    } while (x >= limit);
    return x;
  }

  // The value is left (width hi) then right (width lo). A round maps (L, R) to (R, L ^ F(R));
  // widths
  // swap with the halves, and after an even number of rounds they are back where they started.
  private long encrypt(long x) {
    int hi = bits - bits / 2;
    int lo = bits / 2;
    for (int i = 0; i < ROUNDS; i++) {
      long left = x >>> lo;
      long right = x & mask(lo);
      x = (right << hi) | ((left ^ mix(right ^ keys[i])) & mask(hi));
      int t = hi;
      hi = lo;
      lo = t;
    }
    return x;
  }

  private long decrypt(long x) {
    int hi = bits - bits / 2; // ROUNDS is even: the widths after the last round are the first ones
    int lo = bits / 2;
    for (int i = ROUNDS - 1; i >= 0; i--) {
      long right = x >>> lo; // the previous round's right half, now on the left
      long leftXorF = x & mask(lo);
      long left = (leftXorF ^ mix(right ^ keys[i])) & mask(lo);
      x = (left << hi) | right;
      int t = hi;
      hi = lo;
      lo = t;
    }
    return x;
  }

  private void checkRange(long x) {
    if (x < 0 || x >= limit) {
      throw new IllegalArgumentException("index " + x + " outside [0, " + limit + ")");
    }
  }

  private static long mask(int width) {
    return (1L << width) - 1;
  }

  /** The splitmix64 finaliser: every input bit affects every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
