package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Proofs from the reference tree verify, and any single flipped bit makes them fail. */
class MerkleProofsProperties {

  @Property(tries = 200)
  void everyIndexOfARandomTree_hasAnInclusionProofThatVerifies(@ForAll @IntRange(min = 1, max = 130) int size) {
    ReferenceTree tree = ReferenceTree.ofEntries(size);
    byte[] root = tree.root(size);
    for (int m = 0; m < size; m++) {
      int index = m;
      assertThatCode(() -> MerkleProofs.verifyInclusion(index, size, tree.leaf(index), tree.inclusionProof(index, size), root))
          .doesNotThrowAnyException();
    }
  }

  @Property(tries = 300)
  void anyFlippedBit_failsAnInclusionProof(
      @ForAll @IntRange(min = 1, max = 200) int size, @ForAll @IntRange(min = 0, max = 199) int leaf,
      @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 0, max = 255) int bit) {
    int index = leaf % size;
    ReferenceTree tree = ReferenceTree.ofEntries(size);
    List<byte[]> parts = new ArrayList<>(tree.inclusionProof(index, size));
    parts.add(tree.leaf(index));
    parts.add(tree.root(size));
    int target = which % parts.size();
    parts.get(target)[bit / 8] ^= (byte) (1 << (bit % 8));
    List<byte[]> proof = parts.subList(0, parts.size() - 2);
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(index, size, parts.get(parts.size() - 2), proof, parts.getLast()))
        .isInstanceOf(ProofException.class);
  }

  @Property(tries = 300)
  void everyPairOfSizes_hasAConsistencyProofThatVerifies(
      @ForAll @IntRange(min = 1, max = 300) int first, @ForAll @IntRange(min = 0, max = 300) int more) {
    int second = first + more;
    ReferenceTree tree = ReferenceTree.ofEntries(second);
    assertThatCode(() -> MerkleProofs.verifyConsistency(first, second, tree.root(first), tree.root(second), tree.consistencyProof(first, second)))
        .doesNotThrowAnyException();
  }

  @Property(tries = 300)
  void anyFlippedBit_failsAConsistencyProof(
      @ForAll @IntRange(min = 1, max = 200) int first, @ForAll @IntRange(min = 1, max = 200) int more,
      @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 0, max = 255) int bit) {
    int second = first + more;
    ReferenceTree tree = ReferenceTree.ofEntries(second);
    List<byte[]> parts = new ArrayList<>(tree.consistencyProof(first, second));
    parts.add(tree.root(first));
    parts.add(tree.root(second));
    int target = which % parts.size();
    parts.get(target)[bit / 8] ^= (byte) (1 << (bit % 8));
    List<byte[]> proof = parts.subList(0, parts.size() - 2);
    assertThatThrownBy(() -> MerkleProofs.verifyConsistency(first, second, parts.get(parts.size() - 2), parts.getLast(), proof))
        .isInstanceOf(ProofException.class);
  }

  @Property(tries = 200)
  void aProofForOtherSizes_fails(
      @ForAll @IntRange(min = 2, max = 150) int size, @ForAll @IntRange(min = 0, max = 149) int leaf,
      @ForAll @IntRange(min = 1, max = 150) int otherSize) {
    int index = leaf % size;
    if (otherSize == size || index >= otherSize) {
      return;
    }
    ReferenceTree tree = ReferenceTree.ofEntries(Math.max(size, otherSize));
    assertThatThrownBy(() -> MerkleProofs.verifyInclusion(index, otherSize, tree.leaf(index), tree.inclusionProof(index, size), tree.root(otherSize)))
        .isInstanceOf(ProofException.class);
  }
}
