package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The examples of c2sp.org/tlog-tiles, and its strict path syntax. */
class TilePathTest {

  @Test
  void specIndexExample_isEncodedInGroupsOfThree() {
    assertThat(TilePath.tile(0, 1234067, 256)).hasToString("tile/0/x001/x234/067");
    assertThat(TilePath.parse("tile/0/x001/x234/067")).isEqualTo(TilePath.tile(0, 1234067, 256));
    assertThat(TilePath.tile(2, 0, 1)).hasToString("tile/2/000.p/1");
    assertThat(TilePath.entryBundle(1000, 12)).hasToString("tile/entries/x001/000.p/12");
    assertThat(TilePath.parse("tile/entries/x001/000.p/12"))
        .isEqualTo(TilePath.entryBundle(1000, 12));
  }

  @Test
  void specTreeOf70000_hasTheSpecTiles() {
    long size = 70_000;
    assertThat(TilePath.fullTiles(0, size)).isEqualTo(273);
    assertThat(TilePath.partialWidth(0, size)).isEqualTo(112);
    assertThat(TilePath.fullTiles(1, size)).isEqualTo(1);
    assertThat(TilePath.partialWidth(1, size)).isEqualTo(17);
    assertThat(TilePath.fullTiles(2, size)).isZero();
    assertThat(TilePath.partialWidth(2, size)).isEqualTo(1);
    assertThat(TilePath.partialTiles(size))
        .extracting(TilePath::toString)
        .containsExactly("tile/0/273.p/112", "tile/1/001.p/17", "tile/2/000.p/1");
  }

  @Test
  void specTreeOf256_hasOneFullTileAndAPartialOneAbove() {
    assertThat(TilePath.fullTiles(0, 256)).isEqualTo(1);
    assertThat(TilePath.partialTiles(256))
        .extracting(TilePath::toString)
        .containsExactly("tile/1/000.p/1");
    assertThat(TilePath.partialTiles(0)).isEmpty();
  }

  @Test
  void tileRanges_followTheSpecFormula() {
    TilePath full = TilePath.tile(1, 2, 256);
    assertThat(full.firstHash()).isEqualTo(512);
    assertThat(full.startEntry()).isEqualTo(2L * 65536);
    assertThat(full.endEntry()).isEqualTo(3L * 65536);
    TilePath partial = TilePath.tile(0, 273, 112);
    assertThat(partial.startEntry()).isEqualTo(69_888);
    assertThat(partial.endEntry()).isEqualTo(70_000);
    assertThat(TilePath.tile(63, 0, 1).startEntry()).isZero();
    assertThatThrownBy(() -> TilePath.tile(8, 1, 256).startEntry())
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void tileHoldingAHash_hasTheWidthTheTreeSizeNeeds() {
    assertThat(TilePath.containing(0, 69_999, 70_000)).hasToString("tile/0/273.p/112");
    assertThat(TilePath.containing(0, 100, 70_000)).hasToString("tile/0/000");
    assertThat(TilePath.containing(1, 272, 70_000)).hasToString("tile/1/001.p/17");
    assertThat(TilePath.entryBundleContaining(69_999, 70_000))
        .hasToString("tile/entries/273.p/112");
    assertThatThrownBy(() -> TilePath.containing(0, 70_000, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TilePath.containing(1, 273, 70_000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void malformedPaths_areRefused() {
    List<String> bad =
        List.of(
            "tile/00/000",
            "tile/01/000",
            "tile/64/000",
            "tile/-1/000",
            "tile//000",
            "tiles/0/000",
            "tile/0",
            "tile/0/x000/001",
            "tile/0/1234",
            "tile/0/01",
            "tile/0/0001",
            "tile/0/x001",
            "tile/0/001/234",
            "tile/0/x01/234",
            "tile/0/000.p/0",
            "tile/0/000.p/256",
            "tile/0/000.p/012",
            "tile/0/000.p/",
            "tile/0/000.p",
            "tile/0/000/",
            "/tile/0/000",
            "tile/0/x009/x223/x372/x036/x854/x775/808",
            "tile/entries/000.p/1/2",
            "tile/0/00a",
            "tile/0/x00a/000");
    for (String path : bad) {
      assertThatThrownBy(() -> TilePath.parse(path))
          .as(path)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(TilePath.parse("tile/63/x009/x223/x372/x036/x854/x775/807").index())
        .isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void formatThenParse_givesTheSamePath() {
    Random random = new Random(6962);
    for (int i = 0; i < 2000; i++) {
      long index = random.nextLong() >>> (1 + random.nextInt(63));
      int width = 1 + random.nextInt(256);
      TilePath path =
          random.nextBoolean()
              ? TilePath.tile(random.nextInt(64), index, width)
              : TilePath.entryBundle(index, width);
      assertThat(TilePath.parse(path.toString())).as(path.toString()).isEqualTo(path);
    }
  }
}
