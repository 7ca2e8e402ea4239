package mamori.generate;

import static mamori.number.MaskedTheories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class NumberPermutationProperties {

  @Test
  void smallDomain_isABijectionOntoItsRange() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(2, 14), integers().between(0, Integer.MAX_VALUE))
        .checkAssert((seed, bits, extra) -> {
          long half = 1L << (bits - 1);
          long limit = half + 1 + extra % half; // anywhere in (2^(bits-1), 2^bits]
          NumberPermutation p = new NumberPermutation(seed, bits, limit);
          BitSet seen = new BitSet((int) limit);
          for (long x = 0; x < limit; x++) {
            long y = p.apply(x);
            assertThat(y).isBetween(0L, limit - 1);
            assertThat(seen.get((int) y)).as("image of %d taken twice", x).isFalse();
            seen.set((int) y);
            assertThat(p.inverse(y)).isEqualTo(x);
          }
          assertThat(seen.cardinality()).isEqualTo((int) limit);
        });
  }

  @Test
  void individualNumberBases_stayBelowTenToTheEleven_andInvert() {
    qt().withExamples(1000)
        .forAll(longs().all(), longs().between(0, 99_999_999_999L))
        .checkAssert((seed, index) -> {
          NumberPermutation p = NumberPermutation.forIndividualNumbers(seed);
          long base = p.apply(index);
          assertThat(base).isBetween(0L, NumberPermutation.INDIVIDUAL_NUMBER_BASES - 1);
          assertThat(p.inverse(base)).isEqualTo(index);
        });
  }

  @Test
  void consecutiveRows_spreadOverTheWholeRange() {
    qt().withExamples(50)
        .forAll(longs().all())
        .checkAssert(seed -> {
          NumberPermutation p = NumberPermutation.forIndividualNumbers(seed);
          int[] leadingDigits = new int[10];
          for (long i = 0; i < 2_000; i++) {
            leadingDigits[(int) (p.apply(i) / 10_000_000_000L)]++;
          }
          assertThat(java.util.Arrays.stream(leadingDigits))
              .allSatisfy(n -> assertThat(n).isBetween(120, 280));
        });
  }

  @Test
  void differentSeeds_giveDifferentOrders() {
    NumberPermutation a = NumberPermutation.forIndividualNumbers(1);
    NumberPermutation b = NumberPermutation.forIndividualNumbers(2);
    int same = 0;
    for (long i = 0; i < 1_000; i++) {
      same += a.apply(i) == b.apply(i) ? 1 : 0;
    }
    assertThat(same).isZero();
  }

  @Test
  void sameSeed_givesTheSameOrder() {
    NumberPermutation a = NumberPermutation.forIndividualNumbers(42);
    NumberPermutation b = NumberPermutation.forIndividualNumbers(42);
    for (long i = 0; i < 1_000; i++) {
      assertThat(a.apply(i)).isEqualTo(b.apply(i));
    }
  }

  @Test
  void indexOutsideTheRange_isRefused() {
    NumberPermutation p = NumberPermutation.forIndividualNumbers(1);
    assertThatThrownBy(() -> p.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.apply(NumberPermutation.INDIVIDUAL_NUMBER_BASES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitThatDoesNotFitTheBits_isRefused() {
    assertThatThrownBy(() -> new NumberPermutation(1, 8, 257))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberPermutation(1, 8, 128))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberPermutation(1, 63, 1L << 62))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
