package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proofs from the reference tree verify, and any single flipped bit makes them fail. */
class MerkleProofsProperties {

  @Test
  void everyIndexOfARandomTree_hasAnInclusionProofThatVerifies() {
    qt().withExamples(200)
        .forAll(integers().between(1, 130))
        .checkAssert(size -> {
          ReferenceTree tree = ReferenceTree.ofEntries(size);
          byte[] root = tree.root(size);
          for (int m = 0; m < size; m++) {
            int index = m;
            assertThatCode(() ->
                    MerkleProofs.verifyInclusion(
                        index, size, tree.leaf(index), tree.inclusionProof(index, size), root))
                .doesNotThrowAnyException();
          }
        });
  }

  @Test
  void anyFlippedBit_failsAnInclusionProof() {
    qt().withExamples(300)
        .forAll(
            integers().between(1, 200),
            integers().between(0, 199),
            integers().between(0, 10_000),
            integers().between(0, 255))
        .checkAssert((size, leaf, which, bit) -> {
          int index = leaf % size;
          ReferenceTree tree = ReferenceTree.ofEntries(size);
          List<byte[]> parts = new ArrayList<>(tree.inclusionProof(index, size));
          parts.add(tree.leaf(index));
          parts.add(tree.root(size));
          int target = which % parts.size();
          parts.get(target)[bit / 8] ^= (byte) (1 << (bit % 8));
          List<byte[]> proof = parts.subList(0, parts.size() - 2);
          assertThatThrownBy(() ->
                  MerkleProofs.verifyInclusion(
                      index, size, parts.get(parts.size() - 2), proof, parts.getLast()))
              .isInstanceOf(ProofException.class);
        });
  }

  @Test
  void everyPairOfSizes_hasAConsistencyProofThatVerifies() {
    qt().withExamples(300)
        .forAll(integers().between(1, 300), integers().between(0, 300))
        .checkAssert((first, more) -> {
          int second = first + more;
          ReferenceTree tree = ReferenceTree.ofEntries(second);
          assertThatCode(() ->
                  MerkleProofs.verifyConsistency(
                      first,
                      second,
                      tree.root(first),
                      tree.root(second),
                      tree.consistencyProof(first, second)))
              .doesNotThrowAnyException();
        });
  }

  @Test
  void anyFlippedBit_failsAConsistencyProof() {
    qt().withExamples(300)
        .forAll(
            integers().between(1, 200),
            integers().between(1, 200),
            integers().between(0, 10_000),
            integers().between(0, 255))
        .checkAssert((first, more, which, bit) -> {
          int second = first + more;
          ReferenceTree tree = ReferenceTree.ofEntries(second);
          List<byte[]> parts = new ArrayList<>(tree.consistencyProof(first, second));
          parts.add(tree.root(first));
          parts.add(tree.root(second));
          int target = which % parts.size();
          parts.get(target)[bit / 8] ^= (byte) (1 << (bit % 8));
          List<byte[]> proof = parts.subList(0, parts.size() - 2);
          assertThatThrownBy(() ->
                  MerkleProofs.verifyConsistency(
                      first, second, parts.get(parts.size() - 2), parts.getLast(), proof))
              .isInstanceOf(ProofException.class);
        });
  }

  @Test
  void aProofForOtherSizes_fails() {
    qt().withExamples(200)
        .forAll(integers().between(2, 150), integers().between(0, 149), integers().between(1, 150))
        .checkAssert((size, leaf, otherSize) -> {
          int index = leaf % size;
          if (otherSize.equals(size) || index >= otherSize) {
            return; // not a case of this property (QuickTheories' shrinking does not keep
            // assumptions)
          }
          ReferenceTree tree = ReferenceTree.ofEntries(Math.max(size, otherSize));
          assertThatThrownBy(() ->
                  MerkleProofs.verifyInclusion(
                      index,
                      otherSize,
                      tree.leaf(index),
                      tree.inclusionProof(index, size),
                      tree.root(otherSize)))
              .isInstanceOf(ProofException.class);
        });
  }
}
