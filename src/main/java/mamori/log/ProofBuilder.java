package mamori.log;

import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.log.storage.TileKey;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.TilePath;

/**
 * Inclusion and consistency proofs (RFC 6962 PATH and PROOF, RFC 9162 section 2.1) for a tree of a
 * given size, read from its tiles. Every subtree hash a proof needs is either a stored tile hash (a
 * perfect subtree of height 8L) or at most 128 hashes of one tile combined, so a proof needs one or
 * two tiles per level. A builder reads each tile once and keeps it: a proof's path asks for the
 * same tile up to eight times. It is meant for one proof (or one root) on one thread.
 */
final class ProofBuilder {
  private static final int H = Rfc6962.HASH_SIZE;
  private final TreeTail.TileSource tiles;
  private final long size;
  private final MessageDigest sha;
  private final Map<TileKey, byte[]> read = new HashMap<>();

  ProofBuilder(TreeTail.TileSource tiles, long size) {
    this.tiles = tiles;
    this.size = size;
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The audit path of leaf {@code index} in the tree; 0 <= index < size. */
  List<byte[]> inclusion(long index) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    path(index, 0, size, proof);
    return proof;
  }

  /**
   * The consistency proof from the tree of {@code older} leaves to this one; 0 <= older <= size.
   */
  List<byte[]> consistency(long older) {
    if (older < 0 || older > size) {
      throw new IllegalArgumentException("size " + older + " is not within a tree of size " + size);
    }
    List<byte[]> proof = new ArrayList<>();
    if (older > 0 && older < size) {
      subproof(older, 0, size, true, proof);
    }
    return proof;
  }

  /** The root hash of the whole tree. */
  byte[] root() {
    return size == 0 ? Rfc6962.emptyRoot() : mth(0, size);
  }

  /** The leaf hash at {@code index}. */
  byte[] leaf(long index) {
    return perfect(0, index);
  }

  private void path(long m, long a, long b, List<byte[]> proof) {
    long n = b - a;
    if (n == 1) {
      return;
    }
    long k = Long.highestOneBit(n - 1);
    if (m - a < k) {
      path(m, a, a + k, proof);
      proof.add(mth(a + k, b));
    } else {
      path(m, a + k, b, proof);
      proof.add(mth(a, a + k));
    }
  }

  private void subproof(long m, long a, long b, boolean complete, List<byte[]> proof) {
    long n = b - a;
    if (m == n) {
      if (!complete) {
        proof.add(mth(a, b));
      }
      return;
    }
    long k = Long.highestOneBit(n - 1);
    if (m <= k) {
      subproof(m, a, a + k, complete, proof);
      proof.add(mth(a + k, b));
    } else {
      subproof(m - k, a + k, b, false, proof);
      proof.add(mth(a, a + k));
    }
  }

  /** MTH of leaves [a, b), where a is aligned to the largest power of two below b - a. */
  private byte[] mth(long a, long b) {
    long n = b - a;
    if (Long.bitCount(n) == 1 && a % n == 0) {
      return perfect(Long.numberOfTrailingZeros(n), a);
    }
    long k = Long.highestOneBit(n - 1);
    return node(mth(a, a + k), mth(a + k, b));
  }

  /** The root of the perfect subtree of height h whose first leaf is {@code start}. */
  byte[] perfect(int h, long start) {
    int level = h / 8;
    int count = 1 << (h % 8);
    long first = start >>> (8 * level);
    long tileIndex = first / TilePath.FULL_WIDTH;
    byte[] tile =
        read.computeIfAbsent(new TileKey(level, tileIndex), k -> tiles.tile(k.level(), k.index()));
    int offset = (int) (first % TilePath.FULL_WIDTH) * H;
    if (tile.length < offset + count * H) {
      throw new IllegalStateException(
          "tile " + level + "/" + tileIndex + " lacks hashes the tree needs");
    }
    byte[] row = Arrays.copyOfRange(tile, offset, offset + count * H);
    for (int width = count; width > 1; width /= 2) {
      for (int i = 0;
          i < width / 2;
          i++) { // in place: hash i is written after hashes 2i and 2i+1 are read
        sha.update((byte) 1);
        sha.update(row, 2 * i * H, 2 * H);
        try {
          sha.digest(row, i * H, H);
        } catch (DigestException e) {
          throw new IllegalStateException("SHA-256 writes 32 bytes", e);
        }
      }
    }
    return Arrays.copyOf(row, H);
  }

  private byte[] node(byte[] left, byte[] right) {
    sha.update((byte) 1);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }
}
