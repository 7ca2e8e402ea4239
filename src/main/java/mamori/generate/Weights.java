package mamori.generate;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * Picks an index with probability proportional to its integer weight; integers keep picks
 * reproducible everywhere.
 */
final class Weights {
  private final int[] cumulative;

  Weights(int... weights) {
    if (weights.length == 0) {
      throw new IllegalArgumentException("no weights");
    }
    cumulative = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] <= 0) {
        throw new IllegalArgumentException("weight " + i + " is not positive");
      }
      sum = Math.addExact(sum, weights[i]);
      cumulative[i] = sum;
    }
  }

  /** Weights falling with rank like 1/(rank + offset): a few common entries, a long tail. */
  static Weights zipf(int size, int offset) {
    int[] w = new int[size];
    for (int i = 0; i < size; i++) {
      w[i] = 100_000 / (i + offset);
    }
    return new Weights(w);
  }

  int size() {
    return cumulative.length;
  }

  int pick(RandomGenerator rng) {
    int r = rng.nextInt(cumulative[cumulative.length - 1]);
    int i = Arrays.binarySearch(cumulative, r + 1);
    return i >= 0 ? i : -i - 1;
  }
}
