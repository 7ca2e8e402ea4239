package mamori.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pooled random source for keys and nonces: fresh bytes every time, in the place asked, at any
 * size.
 */
class RandomBytesTest {
  @Test
  void manySmallDraws_onOneThread_areAllDifferent_andNeverZero() {
    Set<String> seen = new HashSet<>();
    byte[] zero = new byte[32];
    for (int i = 0; i < 1_000; i++) { // 32 kB: the 4 kB pool is drawn again and again
      byte[] b = RandomBytes.of(32);
      assertThat(b).isNotEqualTo(zero);
      seen.add(HexFormat.of().formatHex(b));
    }
    assertThat(seen).hasSize(1_000);
  }

  @Test
  void largeDraws_goAroundThePool() {
    for (int length : new int[] {1_024, 1_025, 4_096, 5_000, 100_000}) {
      byte[] a = RandomBytes.of(length);
      byte[] b = RandomBytes.of(length);
      assertThat(a).hasSize(length).isNotEqualTo(b);
      assertThat(a).isNotEqualTo(new byte[length]);
    }
  }

  @Test
  void fill_writesOnlyTheRangeAsked() {
    for (int length : new int[] {16, 2_000}) {
      byte[] out = new byte[length + 10];
      Arrays.fill(out, (byte) 7);
      RandomBytes.fill(out, 5, length);
      for (int i : new int[] {0, 4, length + 5, length + 9}) {
        assertThat(out[i]).as("byte %d of %d", i, length).isEqualTo((byte) 7);
      }
      assertThat(Arrays.copyOfRange(out, 5, length + 5)).isNotEqualTo(new byte[length]);
    }
  }

  @Test
  void aThreadsFirstDraw_fillsItsOwnPoolFirst() throws Exception {
    for (int i = 0; i < 3; i++) {
      var thread = java.util.concurrent.Executors.newSingleThreadExecutor();
      try {
        assertThat(thread.submit(() -> RandomBytes.of(32)).get()).isNotEqualTo(new byte[32]);
      } finally {
        thread.shutdown();
      }
    }
  }
}
