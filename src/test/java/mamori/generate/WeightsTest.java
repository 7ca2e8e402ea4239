package mamori.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightsTest {

  @Test
  void picks_followTheWeights() {
    Weights w = new Weights(1, 2, 7);
    SplittableRandom rng = new SplittableRandom(3);
    int[] counts = new int[3];
    for (int i = 0; i < 100_000; i++) {
      counts[w.pick(rng)]++;
    }
    assertThat(counts[0]).isBetween(9_000, 11_000);
    assertThat(counts[1]).isBetween(19_000, 21_000);
    assertThat(counts[2]).isBetween(69_000, 71_000);
  }

  @Test
  void singleWeight_alwaysPicksIt() {
    Weights w = new Weights(5);
    SplittableRandom rng = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      assertThat(w.pick(rng)).isZero();
    }
  }

  @Test
  void zipf_favoursTheFirstEntries() {
    Weights w = Weights.zipf(100, 8);
    SplittableRandom rng = new SplittableRandom(7);
    int[] counts = new int[100];
    for (int i = 0; i < 100_000; i++) {
      counts[w.pick(rng)]++;
    }
    assertThat(counts[0]).isGreaterThan(counts[10]).isGreaterThan(3 * counts[99]);
    assertThat(java.util.Arrays.stream(counts).min().orElseThrow()).isPositive();
  }

  @Test
  void nonPositiveOrMissingWeights_areRefused() {
    assertThatThrownBy(() -> new Weights(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Weights(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(Weights::new).isInstanceOf(IllegalArgumentException.class);
  }
}
