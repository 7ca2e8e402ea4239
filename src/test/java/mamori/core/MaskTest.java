package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Of two masks the stricter hides more. */
class MaskTest {
  @Test
  void theStricter_isTheOneThatHidesMore() {
    assertThat(Mask.NONE.stricter(Mask.PARTIAL)).isEqualTo(Mask.PARTIAL);
    assertThat(Mask.PARTIAL.stricter(Mask.NONE)).isEqualTo(Mask.PARTIAL);
    assertThat(Mask.FULL.stricter(Mask.PARTIAL)).isEqualTo(Mask.FULL);
    assertThat(Mask.NONE.stricter(Mask.NONE)).isEqualTo(Mask.NONE);
  }
}
