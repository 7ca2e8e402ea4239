package mamori.log;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.log.storage.TileKey;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.TilePath;
import org.jspecify.annotations.Nullable;

/**
 * The growing right edge of a log's Merkle tree: its compact range and its partial tiles.
 *
 * <p>Design. A tree of size n is the perfect subtrees of the 1-bits of n, largest first; their
 * roots (the compact range) are all that appending needs. Appending a leaf pushes its hash and
 * merges the two topmost roots once per trailing 1-bit of the old size, as in binary carrying.
 * Every node made on the way whose height is a multiple of 8 is a hash of C2SP tlog-tiles level
 * height/8, at index {@code leaf >> height}: it is written into that level's rightmost tile, which
 * we hold in memory in a full tile's room (so an append copies 32 bytes, not the tile) and hand to
 * the store, as a copy of its filled part, with the batch that changed it. The tree's root folds
 * the compact range from the right (RFC 6962's MTH, since the tree is left-balanced). State is
 * rebuilt from stored tiles with {@link #resume}, reading at most one tile per level and one per
 * compact-range root.
 */
final class TreeTail {
  private static final int H = Rfc6962.HASH_SIZE;
  private static final int TILE = TilePath.FULL_WIDTH;

  /** Reads a stored tile, full or partial; an absent tile is an empty array. */
  interface TileSource {
    byte[] tile(int level, long index);
  }

  private static final int LEVELS = Long.SIZE / 8; // heights 0 to 63 make levels 0 to 7

  private final MessageDigest sha = sha256();
  private final List<byte[]> range = new ArrayList<>(); // compact range, largest subtree first
  // Each level's rightmost, unfilled tile, written in place: appending copies 32 bytes, not the
  // tile.
  private final byte[] @Nullable [] tails =
      new byte[LEVELS][]; // a full tile's room, or null before its first hash
  private final int[] widths = new int[LEVELS]; // hashes in that tile
  private final boolean[] touched = new boolean[LEVELS]; // whether it changed since takeDirtyTiles
  private final Map<TileKey, byte[]> filled =
      new LinkedHashMap<>(); // tiles completed since takeDirtyTiles
  private long size;

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
    for (int level = 0; level < LEVELS && TilePath.hashesAt(level, size) > 0; level++) {
      int width = TilePath.partialWidth(level, size);
      if (width != 0) {
        long index = TilePath.hashesAt(level, size) / TILE;
        byte[] tile = tiles.tile(level, index);
        // a tile longer than the tree needs was grown by a writer that committed after the size
        // was read (the store has several): its first hashes are this tree's, as tiles only grow
        if (tile.length < width * H || tile.length % H != 0) {
          throw new IllegalStateException(
              "tile "
                  + level
                  + "/"
                  + index
                  + " holds "
                  + tile.length / H
                  + " hashes where the tree of "
                  + size
                  + " needs "
                  + width);
        }
        t.tails[level] = Arrays.copyOf(Arrays.copyOf(tile, width * H), TILE * H);
        t.widths[level] = width;
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
    byte[] tile = tails[level];
    if (tile == null) {
      tile = new byte[TILE * H];
      tails[level] = tile;
    }
    System.arraycopy(hash, 0, tile, widths[level] * H, H);
    if (++widths[level] == TILE) {
      filled.put(new TileKey(level, hashIndex / TILE), tile);
      tails[level] = null;
      widths[level] = 0;
      touched[level] = false;
    } else {
      touched[level] = true;
    }
  }

  /**
   * Tiles changed since the last call (full ones, then partial ones as copies), to be stored with
   * the batch.
   */
  Map<TileKey, byte[]> takeDirtyTiles() {
    Map<TileKey, byte[]> out = new LinkedHashMap<>(filled);
    filled.clear();
    for (int level = 0; level < LEVELS; level++) {
      byte[] tile = tails[level];
      if (touched[level] && tile != null) { // a touched level always has its tile in memory
        long index = TilePath.hashesAt(level, size) / TILE;
        out.put(new TileKey(level, index), Arrays.copyOf(tile, widths[level] * H));
        touched[level] = false;
      }
    }
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
