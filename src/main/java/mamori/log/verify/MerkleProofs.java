package mamori.log.verify;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Verifies inclusion and consistency proofs by the algorithms of RFC 9162, sections 2.1.3.2 and
 * 2.1.4.2 (the same as C2SP merkle-tree). Each method returns normally only if the proof holds, and
 * otherwise throws a {@link ProofException} carrying the evidence. Arguments are never kept or
 * changed.
 *
 * <p>The walk keeps two indexes, {@code fn} (the node on the path) and {@code sn} (the last node of
 * the tree) at the current level: a proof hash goes on the left when {@code fn} is a right child or
 * the rightmost node of its level ({@code fn == sn}), where it may skip levels at which the right
 * border has no sibling. A proof is exactly long enough when {@code sn} reaches 0 with the last
 * hash.
 *
 * <p>Sizes and indexes are {@code long}s, so trees of 2^63 leaves or more do not verify.
 */
public final class MerkleProofs {
  private MerkleProofs() {}

  /**
   * Verifies that the leaf with hash {@code leafHash} is at {@code leafIndex} in the tree of size
   * {@code treeSize} whose root is {@code root}. All hashes must be 32 bytes.
   */
  public static void verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root)
      throws ProofException {
    @Nullable String malformed =
        leafIndex < 0 || treeSize < 0
            ? "negative index or size"
            : leafIndex >= treeSize
                ? "leaf index is not below the tree size"
                : leafHash.length != Rfc6962.HASH_SIZE
                    ? "leaf hash is not 32 bytes"
                    : root.length != Rfc6962.HASH_SIZE
                        ? "root is not 32 bytes"
                        : !allHashes(proof) ? "a proof hash is not 32 bytes" : null;
    if (malformed != null) {
      throw ProofException.inclusion(malformed, leafIndex, treeSize, leafHash, proof, root);
    }
    MessageDigest sha = Rfc6962.sha256();
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        throw ProofException.inclusion(
            "proof is too long", leafIndex, treeSize, leafHash, proof, root);
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = Rfc6962.nodeHash(sha, p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        r = Rfc6962.nodeHash(sha, r, p);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw ProofException.inclusion(
          "proof is too short", leafIndex, treeSize, leafHash, proof, root);
    }
    if (!MessageDigest.isEqual(r, root)) {
      throw ProofException.inclusion(
          "computed root differs", leafIndex, treeSize, leafHash, proof, root);
    }
  }

  /**
   * Verifies that the tree of size {@code size1} with root {@code root1} is a prefix of the tree of
   * size {@code size2} with root {@code root2}.
   *
   * <p>Equal sizes need an empty proof and equal roots, compared as given, whatever their length (a
   * transparency-dev vector expects two equal 12-byte roots at size 1 to pass); with different
   * sizes both roots must have 32 bytes. A proof from the empty tree proves nothing and is refused,
   * as transparency-dev/merkle does: every tree extends the empty one, and a caller starting from
   * size 0 needs no proof at all (see {@link LogFollower}).
   */
  public static void verifyConsistency(
      long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof)
      throws ProofException {
    if (size1 == size2 && size1 > 0 && proof.isEmpty()) {
      if (MessageDigest.isEqual(root1, root2)) {
        return;
      }
      throw ProofException.consistency(
          "equal sizes but different roots", size1, size2, root1, root2, proof);
    }
    @Nullable String malformed =
        size1 < 0 || size2 < 0
            ? "negative size"
            : size1 > size2
                ? "second size is smaller than the first"
                : size1 == 0
                    ? "a consistency proof from the empty tree proves nothing"
                    : size1 == size2
                        ? "equal sizes need an empty proof"
                        : proof.isEmpty()
                            ? "proof is empty"
                            : root1.length != Rfc6962.HASH_SIZE || root2.length != Rfc6962.HASH_SIZE
                                ? "root is not 32 bytes"
                                : !allHashes(proof) ? "a proof hash is not 32 bytes" : null;
    if (malformed != null) {
      throw ProofException.consistency(malformed, size1, size2, root1, root2, proof);
    }
    List<byte[]> path = proof;
    if ((size1 & (size1 - 1)) == 0) {
      path = new ArrayList<>(proof.size() + 1);
      path.add(root1);
      path.addAll(proof);
    }
    MessageDigest sha = Rfc6962.sha256();
    long fn = size1 - 1;
    long sn = size2 - 1;
    while ((fn & 1) == 1) {
      fn >>>= 1;
      sn >>>= 1;
    }
    byte[] fr = path.getFirst();
    byte[] sr = path.getFirst();
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        throw ProofException.consistency("proof is too long", size1, size2, root1, root2, proof);
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = Rfc6962.nodeHash(sha, c, fr);
        sr = Rfc6962.nodeHash(sha, c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>>= 1;
          sn >>>= 1;
        }
      } else {
        sr = Rfc6962.nodeHash(sha, sr, c);
      }
      fn >>>= 1;
      sn >>>= 1;
    }
    if (sn != 0) {
      throw ProofException.consistency("proof is too short", size1, size2, root1, root2, proof);
    }
    if (!MessageDigest.isEqual(fr, root1)) {
      throw ProofException.consistency(
          "computed first root differs", size1, size2, root1, root2, proof);
    }
    if (!MessageDigest.isEqual(sr, root2)) {
      throw ProofException.consistency(
          "computed second root differs", size1, size2, root1, root2, proof);
    }
  }

  private static boolean allHashes(List<byte[]> proof) {
    for (byte[] hash : proof) {
      if (hash.length != Rfc6962.HASH_SIZE) {
        return false;
      }
    }
    return true;
  }
}
