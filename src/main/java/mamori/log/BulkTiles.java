package mamori.log;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.TilePath;

/**
 * The tiles of a whole tree of known leaves, built bottom-up at once in memory, for trees too large
 * to grow leaf by leaf through {@link TreeTail} (the benchmark's 100-million-leaf tree).
 *
 * <p>Design. Level L of C2SP tlog-tiles holds the roots of the perfect subtrees of height 8L, left
 * to right: {@code size >>> 8L} hashes, cut into tiles of 256 with a partial tile at the end. Hash
 * j of level L+1 is therefore the root of the perfect 256-leaf subtree over hashes [256j, 256j +
 * 256) of level L, so each level is computed from the one below, independently per j, on all cores.
 * Level 0 (32 bytes a leaf, 3.2 GB at 100 million) lives off-heap in one {@link MemorySegment}, as
 * do the upper levels; {@link #close} frees them. Tiles served are exactly those {@link TreeTail}
 * would have stored (BulkTilesTest holds the two to each other), so {@link ProofBuilder} reads them
 * unchanged.
 */
final class BulkTiles implements TreeTail.TileSource, AutoCloseable {
  private static final int H = Rfc6962.HASH_SIZE;
  private static final int TILE = TilePath.FULL_WIDTH;
  private static final long CHUNK = 1 << 16; // leaves (or tiles) handed to one task

  /**
   * Writes the 32-byte leaf hash of leaf {@code index} into {@code out}; called from several
   * threads.
   */
  interface LeafHashes {
    void write(long index, byte[] out);
  }

  private final Arena arena;
  private final MemorySegment[] levels;
  private final long size;

  private BulkTiles(Arena arena, MemorySegment[] levels, long size) {
    this.arena = arena;
    this.levels = levels;
    this.size = size;
  }

  /**
   * Builds every tile of the tree of {@code size} leaves. {@code progress} is told, from any
   * thread, how many more leaves are under a finished level-1 hash (so it sums to the full-tile
   * leaves).
   *
   * @throws OutOfMemoryError when {@code size * 32} bytes cannot be had off-heap
   */
  @SuppressWarnings(
      "MustBeClosedChecker") // the arena is closed here on failure, else by the BulkTiles it goes
  // to
  static BulkTiles build(long size, LeafHashes leaves, LongConsumer progress) {
    if (size < 0) {
      throw new IllegalArgumentException("a tree size is not negative");
    }
    int levelCount = 0;
    while (levelCount <= TilePath.MAX_LEVEL && TilePath.hashesAt(levelCount, size) > 0) {
      levelCount++;
    }
    Arena arena = Arena.ofShared();
    try {
      MemorySegment[] levels = new MemorySegment[levelCount];
      for (int level = 0; level < levelCount; level++) {
        levels[level] = arena.allocate(TilePath.hashesAt(level, size) * H, 8);
      }
      if (levelCount > 0) {
        fillLeaves(levels[0], size, leaves);
      }
      for (int level = 1; level < levelCount; level++) {
        LongConsumer done = level == 1 ? hashes -> progress.accept(hashes * TILE) : hashes -> {};
        hashLevel(levels[level - 1], levels[level], TilePath.hashesAt(level, size), done);
      }
      return new BulkTiles(arena, levels, size);
    } catch (RuntimeException | Error e) {
      arena.close();
      throw e;
    }
  }

  private static void fillLeaves(MemorySegment level0, long size, LeafHashes leaves) {
    LongStream.range(0, (size + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(chunk -> {
          byte[] leaf = new byte[H];
          long end = Math.min(size, (chunk + 1) * CHUNK);
          for (long i = chunk * CHUNK; i < end; i++) {
            leaves.write(i, leaf);
            MemorySegment.copy(leaf, 0, level0, ValueLayout.JAVA_BYTE, i * H, H);
          }
        });
  }

  /** Fills {@code upper} with the roots of each run of 256 hashes of {@code lower}. */
  private static void hashLevel(
      MemorySegment lower, MemorySegment upper, long count, LongConsumer progress) {
    long chunk = CHUNK / TILE;
    LongStream.range(0, (count + chunk - 1) / chunk)
        .parallel()
        .forEach(c -> {
          MessageDigest sha = sha256();
          byte[] row = new byte[TILE * H];
          long end = Math.min(count, (c + 1) * chunk);
          for (long j = c * chunk; j < end; j++) {
            MemorySegment.copy(lower, ValueLayout.JAVA_BYTE, j * TILE * H, row, 0, TILE * H);
            for (int width = TILE; width > 1; width /= 2) {
              for (int i = 0;
                  i < width / 2;
                  i++) { // in place: hash i is written after 2i and 2i+1 are read
                sha.update((byte) 1);
                sha.update(row, 2 * i * H, 2 * H);
                digestInto(sha, row, i * H);
              }
            }
            MemorySegment.copy(row, 0, upper, ValueLayout.JAVA_BYTE, j * H, H);
          }
          progress.accept(end - c * chunk);
        });
  }

  long size() {
    return size;
  }

  /**
   * The stored hashes of tile {@code index} at {@code level}: 256, fewer for the last, none past
   * it.
   */
  @Override
  public byte[] tile(int level, long index) {
    long hashes = TilePath.hashesAt(level, size);
    long first = index * TILE;
    if (level >= levels.length || index < 0 || first >= hashes) {
      return new byte[0];
    }
    int count = (int) Math.min(TILE, hashes - first);
    byte[] out = new byte[count * H];
    MemorySegment.copy(levels[level], ValueLayout.JAVA_BYTE, first * H, out, 0, out.length);
    return out;
  }

  /** Frees the off-heap hashes; tiles may not be read afterwards. */
  @Override
  public void close() {
    arena.close();
  }

  private static void digestInto(MessageDigest sha, byte[] target, int offset) {
    try {
      sha.digest(target, offset, H);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 writes 32 bytes", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
