package mamori.cli.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class NumberPermutationProperties {

  @Property(tries = 300)
  void smallDomain_isABijectionOntoItsRange(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 14) int bits, @ForAll @IntRange(min = 0) int extra) {
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
  }

  @Property
  void individualNumberBases_stayBelowTenToTheEleven_andInvert(
      @ForAll long seed, @ForAll @LongRange(min = 0, max = 99_999_999_999L) long index) {
    NumberPermutation p = NumberPermutation.forIndividualNumbers(seed);
    long base = p.apply(index);
    assertThat(base).isBetween(0L, NumberPermutation.INDIVIDUAL_NUMBER_BASES - 1);
    assertThat(p.inverse(base)).isEqualTo(index);
  }

  @Property(tries = 50)
  void consecutiveRows_spreadOverTheWholeRange(@ForAll long seed) {
    NumberPermutation p = NumberPermutation.forIndividualNumbers(seed);
    int[] leadingDigits = new int[10];
    for (long i = 0; i < 2_000; i++) {
      leadingDigits[(int) (p.apply(i) / 10_000_000_000L)]++;
    }
    assertThat(java.util.Arrays.stream(leadingDigits)).allSatisfy(n -> assertThat(n).isBetween(120, 280));
  }

  @Example
  void differentSeeds_giveDifferentOrders() {
    NumberPermutation a = NumberPermutation.forIndividualNumbers(1);
    NumberPermutation b = NumberPermutation.forIndividualNumbers(2);
    int same = 0;
    for (long i = 0; i < 1_000; i++) {
      same += a.apply(i) == b.apply(i) ? 1 : 0;
    }
    assertThat(same).isZero();
  }

  @Example
  void sameSeed_givesTheSameOrder() {
    NumberPermutation a = NumberPermutation.forIndividualNumbers(42);
    NumberPermutation b = NumberPermutation.forIndividualNumbers(42);
    for (long i = 0; i < 1_000; i++) {
      assertThat(a.apply(i)).isEqualTo(b.apply(i));
    }
  }

  @Example
  void indexOutsideTheRange_isRefused() {
    NumberPermutation p = NumberPermutation.forIndividualNumbers(1);
    assertThatThrownBy(() -> p.apply(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.apply(NumberPermutation.INDIVIDUAL_NUMBER_BASES))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void limitThatDoesNotFitTheBits_isRefused() {
    assertThatThrownBy(() -> new NumberPermutation(1, 8, 257)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberPermutation(1, 8, 128)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NumberPermutation(1, 63, 1L << 62)).isInstanceOf(IllegalArgumentException.class);
  }
}
