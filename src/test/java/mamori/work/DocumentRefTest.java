package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import mamori.core.NumberText;
import org.junit.jupiter.api.Test;

/** A document's id as shown: letters only, never taken for a My Number, and read back exactly. */
class DocumentRefTest {
  @Test
  void aRef_holdsNoDigit_andReadsBack() {
    Random r = new Random(16);
    for (long id : new long[] {1, Long.MAX_VALUE, 123_456_789_012L}) {
      check(id);
    }
    for (int i = 0; i < 10_000; i++) {
      check(r.nextLong() & Long.MAX_VALUE);
    }
    assertThat(Jobs.documentId("d-123")).isEmpty();
    assertThat(Jobs.documentId("d-zzzzzzzzzzzzzz")).isEmpty();
  }

  private static void check(long id) {
    String ref = Jobs.documentRef(id);
    assertThat(ref).matches("d-[a-z]{14}");
    assertThat(NumberText.holdsNumber(ref)).isFalse();
    assertThat(Jobs.documentId(ref)).contains(id);
  }

  @Test
  void aFileName_isStoredWithTheNumberMasked_andNoPath() {
    assertThat(Jobs.source("C:\\scans\\slip 1234-5678-9018.pdf"))
        .isEqualTo("slip ****-****-9018.pdf");
    assertThat(Jobs.source("a\u0000b.png")).isEqualTo("a?b.png");
    assertThat(Jobs.source("  ")).isEqualTo("document");
    assertThat(Jobs.source("x".repeat(300))).hasSize(200);
  }
}
