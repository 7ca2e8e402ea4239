package mamori.log.verify;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference, in-memory, deliberately naive RFC 6962 tree for tests: roots, inclusion proofs
 * (PATH) and consistency proofs (PROOF/SUBPROOF) computed straight from the recursive definitions
 * of RFC 6962 section 2.1. Proof generation belongs to the storage side; this only checks the
 * verifier against the definitions.
 */
final class ReferenceTree {
  private final List<byte[]> leaves;

  ReferenceTree(List<byte[]> leafHashes) {
    this.leaves = List.copyOf(leafHashes);
  }

  static ReferenceTree ofEntries(int size) {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      leaves.add(Rfc6962.leafHash("synthetic entry " + i));
    }
    return new ReferenceTree(leaves);
  }

  byte[] leaf(int index) {
    return leaves.get(index).clone();
  }

  /** MTH(D[from:to]). */
  byte[] root(int from, int to) {
    int n = to - from;
    if (n == 0) {
      return Rfc6962.emptyRoot();
    }
    if (n == 1) {
      return leaves.get(from).clone();
    }
    int k = largestPowerOfTwoBelow(n);
    return Rfc6962.nodeHash(root(from, from + k), root(from + k, to));
  }

  byte[] root(int size) {
    return root(0, size);
  }

  /** PATH(m, D[0:n]). */
  List<byte[]> inclusionProof(int m, int n) {
    return path(m, 0, n);
  }

  private List<byte[]> path(int m, int from, int to) {
    int n = to - from;
    List<byte[]> proof = new ArrayList<>();
    if (n <= 1) {
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m < k) {
      proof.addAll(path(m, from, from + k));
      proof.add(root(from + k, to));
    } else {
      proof.addAll(path(m - k, from + k, to));
      proof.add(root(from, from + k));
    }
    return proof;
  }

  /** PROOF(m, D[0:n]) for 0 < m <= n. */
  List<byte[]> consistencyProof(int m, int n) {
    return subproof(m, 0, n, true);
  }

  private List<byte[]> subproof(int m, int from, int to, boolean complete) {
    int n = to - from;
    List<byte[]> proof = new ArrayList<>();
    if (m == n) {
      if (!complete) {
        proof.add(root(from, to));
      }
      return proof;
    }
    int k = largestPowerOfTwoBelow(n);
    if (m <= k) {
      proof.addAll(subproof(m, from, from + k, complete));
      proof.add(root(from + k, to));
    } else {
      proof.addAll(subproof(m - k, from + k, to, false));
      proof.add(root(from, from + k));
    }
    return proof;
  }

  private static int largestPowerOfTwoBelow(int n) {
    return Integer.highestOneBit(n - 1);
  }
}
