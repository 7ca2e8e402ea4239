package mamori.log.verify;

import java.security.DigestException;
import java.security.MessageDigest;

/**
 * Computes the RFC 6962 root of a log fed one leaf at a time, in O(log n) memory and without
 * allocating per leaf: the verifier of a whole log streams millions of entries through it.
 *
 * <p>Design. A tree of size n is the sequence of perfect subtrees given by the 1-bits of n, largest
 * first (a "compact range" [0, n)): 13 = 8 + 4 + 1 leaves is the roots of a perfect 8-tree, a
 * perfect 4-tree and one leaf. Appending a leaf pushes its hash; then, for every trailing 1-bit of
 * the old size, the two topmost roots have equal height and merge into their parent, exactly like
 * carrying in binary addition. So the stack holds {@code Long.bitCount(n)} hashes, at most 64, and
 * each leaf costs one node hash on average. The root of [0, n) folds the stack from the right,
 * {@code H(s0 || H(s1 || ... H(s[k-2] || s[k-1])))}, which is RFC 6962's MTH because the tree is
 * left-balanced: every left subtree is the largest power of two below its size. Folding does not
 * change the stack, so a root can be read at any size while the stream continues.
 *
 * <p>All hashes live in one flat byte array; the digest writes into it with {@link
 * MessageDigest#digest(byte[], int, int)}, so {@link #add(byte[], int)} allocates nothing.
 *
 * <p>Not thread-safe: one accumulator per stream.
 */
public final class RootAccumulator {
  private static final int H = Rfc6962.HASH_SIZE;

  private final MessageDigest sha = Rfc6962.sha256();
  private final byte[] stack = new byte[64 * H];
  private final byte[] scratch = new byte[H];
  private long size;

  /** An accumulator for the empty tree. */
  public RootAccumulator() {}

  /** Appends a leaf by its 32-byte leaf hash; the array is copied, not kept. */
  public void add(byte[] leafHash) {
    if (leafHash.length != H) {
      throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + leafHash.length);
    }
    add(leafHash, 0);
  }

  /** Appends a leaf by the 32-byte leaf hash that starts at {@code offset} in {@code buffer}. */
  public void add(byte[] buffer, int offset) {
    if (size == Long.MAX_VALUE) {
      throw new IllegalStateException("the tree is full");
    }
    int top = Long.bitCount(size);
    System.arraycopy(buffer, offset, stack, top * H, H);
    top++;
    for (long carry = size; (carry & 1) == 1; carry >>>= 1) {
      int left = (top - 2) * H;
      sha.update(Rfc6962.NODE_PREFIX);
      sha.update(stack, left, 2 * H);
      digestInto(stack, left);
      top--;
    }
    size++;
  }

  /** Appends a leaf by its entry bytes {@code entry[offset, offset + length)}, hashing it first. */
  public void addEntry(byte[] entry, int offset, int length) {
    sha.update(Rfc6962.LEAF_PREFIX);
    sha.update(entry, offset, length);
    digestInto(scratch, 0);
    add(scratch, 0);
  }

  /** Appends a leaf by its whole entry. */
  public void addEntry(byte[] entry) {
    addEntry(entry, 0, entry.length);
  }

  /** The number of leaves added so far. */
  public long size() {
    return size;
  }

  /** The root of the tree of all leaves added so far; the empty tree gives SHA-256(""). */
  public byte[] root() {
    int top = Long.bitCount(size);
    if (top == 0) {
      return Rfc6962.emptyRoot();
    }
    byte[] root = new byte[H];
    System.arraycopy(stack, (top - 1) * H, root, 0, H);
    for (int i = top - 2; i >= 0; i--) {
      sha.update(Rfc6962.NODE_PREFIX);
      sha.update(stack, i * H, H);
      sha.update(root);
      digestInto(root, 0);
    }
    return root;
  }

  private void digestInto(byte[] target, int offset) {
    try {
      sha.digest(target, offset, H);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 writes 32 bytes", e);
    }
  }
}
