package mamori.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.TilePath;

/**
 * The growing right edge of a log's Merkle tree: its compact range and its partial tiles.
 *
 * <p>Design. A tree of size n is the perfect subtrees of the 1-bits of n, largest first; their roots
 * (the compact range) are all that appending needs. Appending a leaf pushes its hash and merges the two
 * topmost roots once per trailing 1-bit of the old size, as in binary carrying. Every node made on the
 * way whose height is a multiple of 8 is a hash of C2SP tlog-tiles level height/8, at index
 * {@code leaf >> height}: it is appended to that level's rightmost tile, which we hold in memory and hand
 * to the store as "dirty" until the batch commits. The tree's root folds the compact range from the
 * right (RFC 6962's MTH, since the tree is left-balanced). State is rebuilt from stored tiles with
 * {@link #resume}, reading at most one tile per level and one per compact-range root.
 */
final class TreeTail {
  private static final int H = Rfc6962.HASH_SIZE;
  private static final int TILE = TilePath.FULL_WIDTH;

  /** Reads a stored tile, full or partial; an absent tile is an empty array. */
  interface TileSource {
    byte[] tile(int level, long index);
  }

  private final MessageDigest sha = sha256();
  private final List<byte[]> range = new ArrayList<>(); // compact range, largest subtree first
  private final Map<Integer, byte[]> tails = new LinkedHashMap<>(); // level -> hashes of its rightmost tile
  private final Map<TileKey, byte[]> dirty = new LinkedHashMap<>();
  private long size;

  record TileKey(int level, long index) {}

  private TreeTail() {}

  static TreeTail empty() {
    return new TreeTail();
  }

  /** The tail of a stored tree of {@code size} leaves. */
  static TreeTail resume(long size, TileSource tiles) {
    TreeTail t = new TreeTail();
    t.size = size;
    ProofBuilder stored = new ProofBuilder(tiles, size);
    long start = 0;
    for (int h = 63; h >= 0; h--) {
      if ((size >>> h & 1) == 1) {
        t.range.add(stored.perfect(h, start));
        start += 1L << h;
      }
    }
    for (int level = 0; level <= TilePath.MAX_LEVEL && (size >>> (8 * level)) > 0; level++) {
      long hashes = size >>> (8 * level);
      if (hashes % TILE != 0) {
        t.tails.put(level, tiles.tile(level, hashes / TILE));
      }
    }
    return t;
  }

  /** Appends one leaf by its leaf hash. */
  void append(byte[] leafHash) {
    long index = size;
    emit(0, index, leafHash);
    range.add(leafHash);
    int height = 0;
    for (long carry = size; (carry & 1) == 1; carry >>>= 1) {
      byte[] right = range.removeLast();
      byte[] left = range.removeLast();
      byte[] parent = node(left, right);
      range.add(parent);
      height++;
      if (height % 8 == 0) {
        emit(height / 8, index >>> height, parent);
      }
    }
    size++;
  }

  private void emit(int level, long hashIndex, byte[] hash) {
    byte[] tail = tails.getOrDefault(level, new byte[0]);
    byte[] grown = Arrays.copyOf(tail, tail.length + H);
    System.arraycopy(hash, 0, grown, tail.length, H);
    long tileIndex = hashIndex / TILE;
    dirty.put(new TileKey(level, tileIndex), grown);
    if (grown.length == TILE * H) {
      tails.remove(level);
    } else {
      tails.put(level, grown);
    }
  }

  /** Tiles changed since the last call, to be stored with the batch; clears the list. */
  Map<TileKey, byte[]> takeDirtyTiles() {
    Map<TileKey, byte[]> out = new LinkedHashMap<>(dirty);
    dirty.clear();
    return out;
  }

  long size() {
    return size;
  }

  /** The tree's root; the empty tree gives SHA-256(""). */
  byte[] root() {
    if (range.isEmpty()) {
      return Rfc6962.emptyRoot();
    }
    byte[] root = range.getLast();
    for (int i = range.size() - 2; i >= 0; i--) {
      root = node(range.get(i), root);
    }
    return root;
  }

  /** The rightmost tile of a level as held in memory, or null when that level's last tile is full. */
  byte[] tail(int level) {
    return tails.get(level);
  }

  private byte[] node(byte[] left, byte[] right) {
    sha.update((byte) 1);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
