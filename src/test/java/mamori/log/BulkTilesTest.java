package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mamori.log.storage.TileKey;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.RootAccumulator;
import mamori.log.verify.TilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk builder against the appender's {@link TreeTail}: for edge sizes and random ones (from
 * fixed seeds, so a failure repeats), the same tiles (full and partial, at every level, nothing
 * more) and the same root, with the tail grown in random batches stored as {@link TenantLog} stores
 * them, and after a resume from those tiles.
 */
class BulkTilesTest {
  static LongStream sizes() {
    long[] edges = {0, 1, 2, 255, 256, 257, 511, 512, 65_535, 65_536, 65_537, 65_536 + 256};
    return LongStream.concat(
        LongStream.of(edges), new SplittableRandom(6962).longs(20, 0, 140_001));
  }

  static Stream<Arguments> resumes() {
    SplittableRandom random = new SplittableRandom(9162);
    return Stream.concat(
        Stream.of(Arguments.of(256, 1), Arguments.of(255, 65_281), Arguments.of(65_537, 0)),
        Stream.generate(() -> Arguments.of(1 + random.nextInt(70_000), random.nextInt(70_001)))
            .limit(12));
  }

  static void leaf(long index, byte[] out) {
    byte[] hash = Rfc6962.leafHash(Long.toString(index));
    System.arraycopy(hash, 0, out, 0, hash.length);
  }

  static byte[] leaf(long index) {
    byte[] out = new byte[32];
    leaf(index, out);
    return out;
  }

  /**
   * Grows a tail to {@code size} in random batches, storing each batch's dirty tiles in {@code
   * stored}.
   */
  static TreeTail grow(TreeTail tail, long size, Map<TileKey, byte[]> stored, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    while (tail.size() < size) {
      long batch =
          Math.min(size - tail.size(), 1 + random.nextInt(random.nextBoolean() ? 40 : 3_000));
      for (long i = 0; i < batch; i++) {
        tail.append(leaf(tail.size()));
      }
      stored.putAll(tail.takeDirtyTiles());
    }
    return tail;
  }

  static void assertSameTiles(Map<TileKey, byte[]> stored, BulkTiles bulk, long size) {
    int tiles = 0;
    for (int level = 0;
        level <= TilePath.MAX_LEVEL && TilePath.hashesAt(level, size) > 0;
        level++) {
      long count = (TilePath.hashesAt(level, size) + TilePath.FULL_WIDTH - 1) / TilePath.FULL_WIDTH;
      for (long index = 0; index < count; index++) {
        var key = new TileKey(level, index);
        assertThat(stored).as("tile %s of a tree of %d", key, size).containsKey(key);
        assertThat(bulk.tile(level, index))
            .as("tile %s of a tree of %d", key, size)
            .isEqualTo(stored.get(key));
        tiles++;
      }
      assertThat(bulk.tile(level, count)).isEmpty();
    }
    assertThat(stored).as("tiles of a tree of %d", size).hasSize(tiles);
  }

  @ParameterizedTest(name = "size {0}")
  @MethodSource("sizes")
  void bulkTiles_areTheTilesTheAppenderStores_andGiveItsRoot(long size) {
    Map<TileKey, byte[]> stored = new HashMap<>();
    TreeTail tail = grow(TreeTail.empty(), size, stored, size);
    try (BulkTiles bulk = BulkTiles.build(size, BulkTilesTest::leaf, n -> {})) {
      assertSameTiles(stored, bulk, size);
      assertThat(new ProofBuilder(bulk, size).root())
          .isEqualTo(tail.root())
          .isEqualTo(rootOf(size));
    }
  }

  /** The root by the verifier's own streaming accumulator, which shares no code with either. */
  static byte[] rootOf(long size) {
    RootAccumulator accumulator = new RootAccumulator();
    for (long i = 0; i < size; i++) {
      accumulator.add(leaf(i));
    }
    return accumulator.root();
  }

  @ParameterizedTest(name = "{0} then {1} more")
  @MethodSource("resumes")
  void aResumedTail_continuesWithTheSameTiles(int first, int more) {
    Map<TileKey, byte[]> stored = new HashMap<>();
    grow(TreeTail.empty(), first, stored, first);
    TreeTail resumed =
        TreeTail.resume(
            first,
            (level, index) -> stored.getOrDefault(new TileKey(level, index), new byte[0]).clone());
    grow(resumed, first + more, stored, more);
    try (BulkTiles bulk = BulkTiles.build(first + more, BulkTilesTest::leaf, n -> {})) {
      assertSameTiles(stored, bulk, first + more);
      assertThat(resumed.root()).isEqualTo(new ProofBuilder(bulk, first + more).root());
    }
  }

  @Test
  void resume_refusesAPartialTileTooShort_andReadsOnlyItsOwnHashesOfALongerOne() {
    Map<TileKey, byte[]> stored = new HashMap<>();
    TreeTail grown = grow(TreeTail.empty(), 300, stored, 1);
    byte[] partial = stored.get(new TileKey(0, 1));
    // a tile grown by a writer that committed after the size was read: its first 44 hashes are
    // the tree of 300's, the one beyond is not read (the stored root checks the rest)
    stored.put(new TileKey(0, 1), java.util.Arrays.copyOf(partial, partial.length + 32));
    assertThat(
            TreeTail.resume(
                    300,
                    (level, index) -> stored.getOrDefault(new TileKey(level, index), new byte[0]))
                .root())
        .isEqualTo(grown.root());
    stored.put(new TileKey(0, 1), java.util.Arrays.copyOf(partial, partial.length - 32));
    assertThatThrownBy(() ->
            TreeTail.resume(
                300, (level, index) -> stored.getOrDefault(new TileKey(level, index), new byte[0])))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tile 0/1 lacks hashes the tree needs");
  }

  @Test
  void progress_countsTheLeavesUnderFullTiles() {
    long[] done = {0};
    try (BulkTiles bulk =
        BulkTiles.build(
            70_000,
            BulkTilesTest::leaf,
            n -> {
              synchronized (done) {
                done[0] += n;
              }
            })) {
      assertThat(done[0]).isEqualTo(70_000 / 256 * 256);
      assertThat(bulk.size()).isEqualTo(70_000);
    }
  }
}
