package mamori.log.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A whole log checked from its tiles and entry bundles, against tiles and bundles built here from
 * the RFC 6962 definitions alone (each tile hash the root of its own leaves), so the audit is not
 * checked against itself.
 */
class TileAuditTest {
  /** 70,000 entries: 273 full bundles and a partial one; level 1 one full tile and 17 hashes. */
  static final int SIZE = 70_000;

  final List<byte[]> entries = new ArrayList<>();
  final Map<String, byte[]> served = new HashMap<>();
  final Checkpoint checkpoint;

  TileAuditTest() {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      byte[] e = ("entry " + i).getBytes(StandardCharsets.UTF_8);
      entries.add(e);
      leaves.add(Rfc6962.leafHash(e));
    }
    for (int level = 0; TilePath.hashesAt(level, SIZE) > 0; level++) {
      long hashes = TilePath.hashesAt(level, SIZE);
      long span = 1L << (8 * level);
      for (long t = 0; t * 256 < hashes; t++) {
        int width = (int) Math.min(256, hashes - t * 256);
        byte[] tile = new byte[width * 32];
        for (int i = 0; i < width; i++) {
          long from = (t * 256 + i) * span;
          byte[] h = Rfc6962.rootOf(leaves.subList((int) from, (int) (from + span)));
          System.arraycopy(h, 0, tile, i * 32, 32);
        }
        served.put(TilePath.tile(level, t, width).toString(), tile);
        if (level == 0) {
          java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
          for (int i = 0; i < width; i++) {
            byte[] e = entries.get((int) (t * 256 + i));
            b.write(e.length >>> 8);
            b.write(e.length & 0xff);
            b.writeBytes(e);
          }
          served.put(TilePath.entryBundle(t, width).toString(), b.toByteArray());
        }
      }
    }
    checkpoint = new Checkpoint("example.com/log", SIZE, Rfc6962.rootOf(leaves));
  }

  TileAudit.Summary audit(Checkpoint cp) throws Exception {
    List<Long> seen = new ArrayList<>();
    TileAudit.Summary s =
        TileAudit.verify(
            cp,
            path -> {
              byte[] b = served.get(path.toString());
              return b == null
                  ? CompletableFuture.failedFuture(new IllegalStateException("404 " + path))
                  : CompletableFuture.completedFuture(b.clone());
            },
            8,
            (i, e) -> {
              assertThat(e).isEqualTo(entries.get((int) (long) i));
              seen.add(i);
            },
            n -> {});
    assertThat(seen).hasSize((int) cp.size());
    return s;
  }

  @Test
  void aWholeLog_verifies_everyEntryInOrder_everyTileRead() throws Exception {
    TileAudit.Summary s = audit(checkpoint);
    assertThat(s.entries()).isEqualTo(SIZE);
    assertThat(s.bundles()).isEqualTo(274);
    // 274 at level 0, 2 at level 1 (one full, one of 17), 1 at level 2
    assertThat(s.tiles()).isEqualTo(277);
  }

  @Test
  void anEntryChanged_isNamedWithItsBundleAndTile() {
    byte[] bundle = served.get("tile/entries/001");
    bundle[bundle.length - 1] ^= 1; // the last entry of bundle 1: entry 511
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessageStartingWith("entry 511 of tile/entries/001 has the leaf hash ")
        .hasMessageContaining("but tile/0/001 holds ");
  }

  @Test
  void aTileAboveThatDisagrees_isNamedWithItsHashIndex() {
    served.get("tile/1/001.p/17")[16 * 32 + 3] ^= 1;
    assertThatThrownBy(() -> audit(checkpoint))
        .hasMessageStartingWith("hash 272 of tile/1/001.p/17 is ")
        .hasMessageContaining("but the entries give");
    served.get("tile/1/001.p/17")[16 * 32 + 3] ^= 1;
    served.get("tile/1/000")[7] ^= 1;
    assertThatThrownBy(() -> audit(checkpoint)).hasMessageStartingWith("hash 0 of tile/1/000 is ");
  }

  @Test
  void entriesAndTilesRewrittenTogether_disagreeWithTheSignedRoot() {
    // an operator who rewrites an entry and every tile over it still cannot match the checkpoint
    Checkpoint other = new Checkpoint("example.com/log", SIZE, Rfc6962.leafHash(new byte[1]));
    assertThatThrownBy(() -> audit(other))
        .hasMessageStartingWith("the root of the 70000 entries is ")
        .hasMessageContaining("not the checkpoint's ");
  }

  @Test
  void aBundleWithTooFewOrTrailingBytes_orATileOfTheWrongLength_isRefused() {
    byte[] full = served.get("tile/entries/002");
    served.put("tile/entries/002", Arrays.copyOf(full, full.length - 3));
    assertThatThrownBy(() -> audit(checkpoint))
        .hasMessage("tile/entries/002 ends inside entry 767");
    served.put("tile/entries/002", Arrays.copyOf(full, full.length + 1));
    assertThatThrownBy(() -> audit(checkpoint))
        .hasMessage("tile/entries/002 has 1 bytes after its 256 entries");
    served.put("tile/entries/002", full);
    served.put("tile/0/003", new byte[31]);
    assertThatThrownBy(() -> audit(checkpoint)).hasMessage("tile/0/003 has 31 bytes, not 8192");
  }

  @Test
  void aMissingResource_isNamed() {
    served.remove("tile/2/000.p/1");
    assertThatThrownBy(() -> audit(checkpoint))
        .hasMessageStartingWith("tile/2/000.p/1 could not be fetched: ");
  }

  @Test
  void aPrefixOfTheLog_verifiesAgainstItsOwnCheckpoint() throws Exception {
    // 300 entries: the first bundle full, the second of 44, and tile/1/000.p/1
    List<byte[]> leaves = entries.subList(0, 300).stream().map(Rfc6962::leafHash).toList();
    byte[] tile = served.get("tile/0/001");
    served.put("tile/0/001.p/44", Arrays.copyOf(tile, 44 * 32));
    served.put("tile/1/000.p/1", Arrays.copyOf(served.get("tile/1/000"), 32));
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (int i = 256; i < 300; i++) {
      b.write(0);
      b.write(entries.get(i).length);
      b.writeBytes(entries.get(i));
    }
    served.put("tile/entries/001.p/44", b.toByteArray());
    assertThat(Rfc6962.rootOf(leaves)).hasSize(32);
    Checkpoint small = new Checkpoint("example.com/log", 300, Rfc6962.rootOf(leaves));
    List<Long> seen = new ArrayList<>();
    assertThat(catchAudit(small, seen)).isNull();
    assertThat(seen).hasSize(300);
  }

  private Throwable catchAudit(Checkpoint cp, List<Long> seen) {
    try {
      TileAudit.verify(
          cp,
          path -> CompletableFuture.completedFuture(served.get(path.toString())),
          1,
          (i, e) -> seen.add(i),
          n -> {});
      return null;
    } catch (Exception e) {
      return e;
    }
  }
}
