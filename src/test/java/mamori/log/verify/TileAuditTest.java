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
  final List<Long> progress = new ArrayList<>();
  final Map<String, byte[]> served = new HashMap<>();
  final Checkpoint checkpoint;

  TileAuditTest() {
    for (int i = 0; i < SIZE; i++) {
      entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
    }
    checkpoint = serve(entries, served);
  }

  /**
   * Puts the tiles and bundles of a log of {@code entries} into {@code served}, each tile hash the
   * root of its own leaves, and answers the log's checkpoint.
   */
  static Checkpoint serve(List<byte[]> entries, Map<String, byte[]> served) {
    int size = entries.size();
    List<byte[]> leaves = entries.stream().map(Rfc6962::leafHash).toList();
    for (int level = 0; TilePath.hashesAt(level, size) > 0; level++) {
      long hashes = TilePath.hashesAt(level, size);
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
    return new Checkpoint("example.com/log", size, Rfc6962.rootOf(leaves));
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
            progress::add);
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

  static String b64(byte[] b) {
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  /** Audits the log of {@code log}, checking every resource is fetched once and nothing else. */
  static TileAudit.Summary auditExactly(List<byte[]> log, int window) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    Checkpoint cp = serve(log, files);
    List<String> fetched = new ArrayList<>();
    List<Long> seen = new ArrayList<>();
    TileAudit.Summary s =
        TileAudit.verify(
            cp,
            path -> {
              fetched.add(path.toString());
              byte[] b = files.get(path.toString());
              return b == null
                  ? CompletableFuture.failedFuture(new IllegalStateException("404 " + path))
                  : CompletableFuture.completedFuture(b);
            },
            window,
            (i, e) -> {
              assertThat(e).isEqualTo(log.get((int) (long) i));
              seen.add(i);
            },
            n -> {});
    assertThat(fetched).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files.keySet());
    assertThat(seen).hasSize(log.size());
    assertThat(seen.get(seen.size() - 1)).isEqualTo(log.size() - 1L);
    return s;
  }

  static List<byte[]> log(int size) {
    List<byte[]> log = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      log.add(("e" + i).getBytes(StandardCharsets.UTF_8));
    }
    return log;
  }

  @Test
  void logsOfOneFullBundle_andOneMore_verifyReadingExactlyTheirTiles() throws Exception {
    // 256 entries: no partial bundle; level 1 a partial tile of one hash
    assertThat(auditExactly(log(256), 8)).isEqualTo(new TileAudit.Summary(256, 2, 1));
    assertThat(auditExactly(log(256), 1)).isEqualTo(new TileAudit.Summary(256, 2, 1));
    // 257 entries: a partial bundle of 1
    assertThat(auditExactly(log(257), 8)).isEqualTo(new TileAudit.Summary(257, 3, 2));
    assertThat(auditExactly(log(1), 8)).isEqualTo(new TileAudit.Summary(1, 1, 1));
    assertThat(auditExactly(log(255), 256)).isEqualTo(new TileAudit.Summary(255, 1, 1));
  }

  @Test
  void aLogOf65536Entries_hasAFullTileAtLevel1AndNoPartialOne() throws Exception {
    // 256 bundles and level-0 tiles, tile/1/000 full, tile/2/000.p/1
    assertThat(auditExactly(log(65_536), 256)).isEqualTo(new TileAudit.Summary(65_536, 258, 256));
  }

  @Test
  void aLogOf131072Entries_comparesTwoFullTilesAtLevel1() throws Exception {
    // 512 bundles and level-0 tiles, tile/1/000 and tile/1/001, tile/2/000.p/2
    assertThat(auditExactly(log(131_072), 8)).isEqualTo(new TileAudit.Summary(131_072, 515, 512));
  }

  @Test
  void emptyEntries_andEntriesOver255Bytes_areReadWhereverTheyFall() throws Exception {
    List<byte[]> log = log(300);
    log.set(0, new byte[0]);
    log.set(3, "x".repeat(300).getBytes(StandardCharsets.UTF_8));
    log.set(255, new byte[0]); // the last entry of the full bundle
    log.set(256, "y".repeat(65_535).getBytes(StandardCharsets.UTF_8));
    log.set(299, new byte[0]); // the last entry of the partial bundle
    assertThat(auditExactly(log, 2)).isEqualTo(new TileAudit.Summary(300, 3, 2));
  }

  @Test
  void progress_isReportedAfterEachBundle() throws Exception {
    audit(checkpoint);
    assertThat(progress).hasSize(274);
    for (int i = 0; i < 273; i++) {
      assertThat(progress.get(i)).isEqualTo(256L * (i + 1));
    }
    assertThat(progress.get(273)).isEqualTo(70_000L);
  }

  @Test
  void atMostTheWindowOfBundlesIsFetchedAhead() throws Exception {
    for (int window : new int[] {1, 2, 8}) {
      List<String> events = new ArrayList<>();
      TileAudit.verify(
          checkpoint,
          path -> {
            if (path.entries()) {
              events.add("fetch " + path.index());
            }
            return CompletableFuture.completedFuture(served.get(path.toString()));
          },
          window,
          (i, e) -> {
            if (i % 256 == 0) {
              events.add("entry " + i);
            }
          },
          n -> {});
      // before the first bundle is checked, the window is fetched; then one more per bundle
      List<String> expected = new ArrayList<>();
      for (int b = 0; b < window; b++) {
        expected.add("fetch " + b);
      }
      expected.add("entry 0");
      expected.add("fetch " + window);
      expected.add("entry 256");
      assertThat(events.subList(0, window + 3)).as("window %d", window).isEqualTo(expected);
      assertThat(events).hasSize(274 * 2);
    }
  }

  @Test
  void aChangedEntry_isNamedWithBothHashes() {
    byte[] bundle = served.get("tile/entries/001");
    bundle[bundle.length - 1] ^= 1; // entry 511, "entry 511" with its last byte changed
    byte[] changed = "entry 511".getBytes(StandardCharsets.UTF_8);
    changed[changed.length - 1] ^= 1;
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage(
            "entry 511 of tile/entries/001 has the leaf hash "
                + b64(Rfc6962.leafHash(changed))
                + ", but tile/0/001 holds "
                + b64(Rfc6962.leafHash(entries.get(511))));
  }

  @Test
  void aTileAboveThatDisagrees_isNamedWithBothHashes() {
    byte[] tile = served.get("tile/1/001.p/17");
    byte[] good = Arrays.copyOfRange(tile, 16 * 32, 17 * 32);
    tile[16 * 32 + 3] ^= 1;
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage(
            "hash 272 of tile/1/001.p/17 is "
                + b64(Arrays.copyOfRange(tile, 16 * 32, 17 * 32))
                + ", but the entries give "
                + b64(good));
  }

  @Test
  void aTileAboveOfTheWrongLength_isRefused() {
    byte[] partial = served.get("tile/1/001.p/17");
    served.put("tile/1/001.p/17", Arrays.copyOf(partial, 17 * 32 - 1));
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage("tile/1/001.p/17 has 543 bytes, not 544");
    served.put("tile/1/001.p/17", partial);
    served.put("tile/1/000", Arrays.copyOf(served.get("tile/1/000"), 8193));
    assertThatThrownBy(() -> audit(checkpoint)).hasMessage("tile/1/000 has 8193 bytes, not 8192");
  }

  @Test
  void aBundleCutInsideALength_isRefused() {
    byte[] full = served.get("tile/entries/002");
    int last = full.length - 2 - "entry 767".length(); // where entry 767's length starts
    served.put("tile/entries/002", Arrays.copyOf(full, last + 1));
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage("tile/entries/002 ends after 255 entries, not 256");
    served.put("tile/entries/002", Arrays.copyOf(full, last));
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage("tile/entries/002 ends after 255 entries, not 256");
  }

  @Test
  void aResourceThatCannotBeFetched_isNamedWithTheFetchersReason() {
    served.remove("tile/2/000.p/1");
    assertThatThrownBy(() -> audit(checkpoint))
        .isInstanceOf(TileAuditException.class)
        .hasMessage("tile/2/000.p/1 could not be fetched: 404 tile/2/000.p/1")
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("404 tile/2/000.p/1");
  }
}
