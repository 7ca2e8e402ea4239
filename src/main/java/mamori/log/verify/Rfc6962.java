package mamori.log.verify;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The RFC 6962 (and RFC 9162, C2SP merkle-tree) hashes of a transparency log: SHA-256 with the
 * prefix 0x00 for leaves and 0x01 for interior nodes, so that no leaf can pose as a node.
 *
 * <p>Every method returns a fresh 32-byte array and never keeps or changes its arguments.
 */
public final class Rfc6962 {
  /** The size of every hash in the tree, in bytes. */
  public static final int HASH_SIZE = 32;

  static final byte LEAF_PREFIX = 0x00;
  static final byte NODE_PREFIX = 0x01;

  private Rfc6962() {}

  /** The leaf hash SHA-256(0x00 || entry) of a log entry; an empty entry is allowed. */
  public static byte[] leafHash(byte[] entry) {
    MessageDigest sha = sha256();
    sha.update(LEAF_PREFIX);
    sha.update(entry);
    return sha.digest();
  }

  /** The leaf hash of a text entry, as its UTF-8 bytes. */
  public static byte[] leafHash(String entry) {
    return leafHash(entry.getBytes(StandardCharsets.UTF_8));
  }

  /** The interior node hash SHA-256(0x01 || left || right). */
  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    return nodeHash(sha, left, right);
  }

  /** The root of the empty tree, SHA-256 of the empty string. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  /**
   * The root of the tree whose leaves have the given hashes, in order; the empty list gives {@link
   * #emptyRoot()}. Streams through a {@link RootAccumulator}, so memory is O(log n).
   *
   * @throws IllegalArgumentException if a leaf hash is not 32 bytes
   */
  public static byte[] rootOf(List<byte[]> leafHashes) {
    RootAccumulator accumulator = new RootAccumulator();
    for (byte[] leafHash : leafHashes) {
      accumulator.add(leafHash);
    }
    return accumulator.root();
  }

  static byte[] nodeHash(MessageDigest sha, byte[] left, byte[] right) {
    sha.update(NODE_PREFIX);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
