package mamori.vault.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongLongMapTest {

  @Test
  void firstPutWins_andLaterPutsAnswerTheFirstValue() {
    LongLongMap m = new LongLongMap();
    assertThat(m.putIfAbsent(0, 7)).isEqualTo(-1);
    assertThat(m.putIfAbsent(999_999_999_999L, 8)).isEqualTo(-1);
    assertThat(m.putIfAbsent(0, 9)).isEqualTo(7);
    assertThat(m.putIfAbsent(999_999_999_999L, 10)).isEqualTo(8);
    assertThat(m.size()).isEqualTo(2);
  }

  @Test
  void manyKeysThroughGrowth_matchAHashMap() {
    LongLongMap m = new LongLongMap();
    Map<Long, Long> reference = new HashMap<>();
    SplittableRandom rng = new SplittableRandom(4);
    for (long i = 0; i < 300_000; i++) {
      long key = rng.nextLong(1_000_000_000_000L) / (rng.nextInt(4) == 0 ? 1_000_000 : 1);
      Long had = reference.putIfAbsent(key, i);
      assertThat(m.putIfAbsent(key, i)).isEqualTo(had == null ? -1 : had);
    }
    assertThat(m.size()).isEqualTo(reference.size());
  }

  @Test
  void negativeKey_isRefused() {
    assertThatThrownBy(() -> new LongLongMap().putIfAbsent(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
