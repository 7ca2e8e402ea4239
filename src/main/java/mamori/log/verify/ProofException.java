package mamori.log.verify;

import java.util.Base64;
import java.util.List;

/**
 * An inclusion or consistency proof did not verify. It carries the whole evidence (sizes, index,
 * hashes and proof) so that whoever catches it can publish or report it; the message shows the
 * hashes in base64, which is safe because log hashes are public and salted.
 */
public final class ProofException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which kind of proof failed. */
  public enum Kind {
    /** An inclusion proof of one leaf in a tree. */
    INCLUSION,
    /** A consistency proof between two tree sizes. */
    CONSISTENCY
  }

  private final Kind kind;
  private final String reason;
  private final long size1;
  private final long size2;
  private final long leafIndex;
  private final byte[] hash1;
  private final byte[] hash2;
  private final List<byte[]> proof;

  private ProofException(
      Kind kind,
      String reason,
      long size1,
      long size2,
      long leafIndex,
      byte[] hash1,
      byte[] hash2,
      List<byte[]> proof,
      String message) {
    super(message);
    this.kind = kind;
    this.reason = reason;
    this.size1 = size1;
    this.size2 = size2;
    this.leafIndex = leafIndex;
    this.hash1 = hash1.clone();
    this.hash2 = hash2.clone();
    this.proof = proof.stream().map(byte[]::clone).toList();
  }

  static ProofException inclusion(
      String reason,
      long leafIndex,
      long treeSize,
      byte[] leafHash,
      List<byte[]> proof,
      byte[] root) {
    String message =
        "inclusion proof refused: "
            + reason
            + " (leaf "
            + leafIndex
            + " of tree size "
            + treeSize
            + ", leaf hash "
            + b64(leafHash)
            + ", root "
            + b64(root)
            + ", proof "
            + b64(proof)
            + ")";
    return new ProofException(
        Kind.INCLUSION, reason, treeSize, treeSize, leafIndex, leafHash, root, proof, message);
  }

  static ProofException consistency(
      String reason, long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    String message =
        "consistency proof refused: "
            + reason
            + " (size "
            + size1
            + " root "
            + b64(root1)
            + " to size "
            + size2
            + " root "
            + b64(root2)
            + ", proof "
            + b64(proof)
            + ")";
    return new ProofException(
        Kind.CONSISTENCY, reason, size1, size2, -1, root1, root2, proof, message);
  }

  /** Which kind of proof failed. */
  public Kind kind() {
    return kind;
  }

  /** Why it failed, in a few words. */
  public String reason() {
    return reason;
  }

  /** The first tree size of a consistency proof, or the tree size of an inclusion proof. */
  public long size1() {
    return size1;
  }

  /** The second tree size of a consistency proof, or the tree size of an inclusion proof. */
  public long size2() {
    return size2;
  }

  /** The leaf index of an inclusion proof, or -1 for a consistency proof. */
  public long leafIndex() {
    return leafIndex;
  }

  /** The first root of a consistency proof, or the leaf hash of an inclusion proof. */
  public byte[] hash1() {
    return hash1.clone();
  }

  /** The second root of a consistency proof, or the root of an inclusion proof. */
  public byte[] hash2() {
    return hash2.clone();
  }

  /** The proof hashes as given. */
  public List<byte[]> proof() {
    return proof.stream().map(byte[]::clone).toList();
  }

  static String b64(byte[] hash) {
    return hash.length == 0 ? "(empty)" : Base64.getEncoder().encodeToString(hash);
  }

  static String b64(List<byte[]> proof) {
    return proof.stream().map(ProofException::b64).toList().toString();
  }
}
