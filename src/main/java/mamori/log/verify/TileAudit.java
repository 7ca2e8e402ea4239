package mamori.log.verify;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;

/*
 * A whole log checked from what C2SP tlog-tiles serves, streaming: entry bundles and level-0 tiles
 * are fetched ahead of use (a window of them in flight), each bundle's entries are hashed and
 * compared with the level-0 tile of the same index, and the root of every full tile is carried up:
 * 256 of them make the hashes of the tile above, which is fetched and compared when it is complete
 * (or, for a partial tile, at the end). The root of all leaf hashes must be the checkpoint's. Memory
 * is the window plus at most 256 hashes per level, whatever the size of the log.
 *
 * The first disagreement ends the audit, named by the resource and the entry or hash index, with
 * both hashes: an entry changed in the store shows as a bundle whose leaf hash is not the tile's; a
 * tile recomputed over it as a tile above, or the root, that is not the signed one.
 */
/**
 * Verifies a log of {@code checkpoint.size()} entries from its entry bundles and tiles alone: every
 * entry's leaf hash, every tile at every level and the root against a checkpoint the caller has
 * verified. Depends on nothing but the formats.
 */
public final class TileAudit {
  private static final int H = Rfc6962.HASH_SIZE;
  private static final int W = TilePath.FULL_WIDTH;

  /** Fetches a tile or entry bundle below the log's prefix. */
  @FunctionalInterface
  public interface Fetcher {
    /** The resource's bytes; the future fails when it cannot be had. */
    CompletableFuture<byte[]> fetch(TilePath path);
  }

  /** Hears each entry, in log order, once its leaf hash agreed with its tile. */
  @FunctionalInterface
  public interface Entries {
    /**
     * @throws TileAuditException to refuse the entry (it is not what the log should hold)
     */
    void accept(long index, byte[] entry) throws TileAuditException;
  }

  /** What an audit read: tiles of every level and entry bundles. */
  public record Summary(long entries, long tiles, long bundles) {}

  private final Checkpoint checkpoint;
  private final Fetcher fetcher;
  private final int window;
  private final MessageDigest sha = Rfc6962.sha256();
  private final RootAccumulator root = new RootAccumulator();
  // the hashes of each level above 0 not yet compared with a tile, 256 at most
  private final byte[][] levels = new byte[TilePath.MAX_LEVEL + 1][];
  private final int[] filled = new int[TilePath.MAX_LEVEL + 1];
  // the full tiles of each level compared so far
  private final long[] compared = new long[TilePath.MAX_LEVEL + 1];
  private long tiles;

  private TileAudit(Checkpoint checkpoint, Fetcher fetcher, int window) {
    this.checkpoint = checkpoint;
    this.fetcher = fetcher;
    this.window = window;
  }

  /**
   * Fetches every entry bundle and tile of the tree of {@code checkpoint.size()} entries, with up
   * to {@code window} bundles (and their level-0 tiles) in flight, checks them and hands each entry
   * to {@code entries}, reporting the entries checked so far to {@code progress}.
   *
   * @throws TileAuditException at the first resource that is malformed, cannot be fetched, or
   *     disagrees with the entries or the checkpoint
   */
  public static Summary verify(
      Checkpoint checkpoint, Fetcher fetcher, int window, Entries entries, LongConsumer progress)
      throws TileAuditException, InterruptedException {
    if (window < 1) {
      throw new IllegalArgumentException("the window is at least 1");
    }
    return new TileAudit(checkpoint, fetcher, window).run(entries, progress);
  }

  private record InFlight(
      TilePath bundle, CompletableFuture<byte[]> entries, CompletableFuture<byte[]> tile) {}

  private Summary run(Entries entries, LongConsumer progress)
      throws TileAuditException, InterruptedException {
    long size = checkpoint.size();
    long full = TilePath.fullTiles(0, size);
    int partial = TilePath.partialWidth(0, size);
    long count = full + (partial > 0 ? 1 : 0);
    Deque<InFlight> ahead = new ArrayDeque<>();
    long next = 0;
    long done = 0;
    for (long n = 0; n < count; n++) {
      while (next < count && ahead.size() < window) {
        int width = next < full ? W : partial;
        TilePath bundle = TilePath.entryBundle(next, width);
        ahead.add(
            new InFlight(
                bundle, fetcher.fetch(bundle), fetcher.fetch(TilePath.tile(0, next, width))));
        next++;
      }
      InFlight f = ahead.remove();
      byte[] bundle = await(f.bundle(), f.entries());
      byte[] tile = await(TilePath.tile(0, n, f.bundle().width()), f.tile());
      done += check(f.bundle(), bundle, tile, entries);
      progress.accept(done);
    }
    // the partial tiles above level 0 hold what the full tiles below left over
    for (int level = 1; TilePath.hashesAt(level, size) > 0; level++) {
      int width = TilePath.partialWidth(level, size);
      if (filled[level] != width) {
        throw new TileAuditException(
            "level "
                + level
                + " has "
                + filled[level]
                + " hashes left over from the tiles below, not "
                + width);
      }
      if (width > 0) {
        compare(TilePath.tile(level, TilePath.fullTiles(level, size), width));
      }
    }
    byte[] computed = size == 0 ? Rfc6962.emptyRoot() : root.root();
    if (!MessageDigest.isEqual(computed, checkpoint.root())) {
      throw new TileAuditException(
          "the root of the "
              + size
              + " entries is "
              + b64(computed)
              + ", not the checkpoint's "
              + b64(checkpoint.root()));
    }
    return new Summary(done, tiles, count);
  }

  /** Checks one bundle against its level-0 tile; answers the number of entries. */
  private int check(TilePath path, byte[] bundle, byte[] tile, Entries entries)
      throws TileAuditException, InterruptedException {
    int width = path.width();
    if (tile.length != width * H) {
      throw new TileAuditException(
          TilePath.tile(0, path.index(), width)
              + " has "
              + tile.length
              + " bytes, not "
              + width * H);
    }
    tiles++;
    byte[] hashes = new byte[width * H];
    int at = 0;
    long first = path.index() * W;
    for (int i = 0; i < width; i++) {
      if (at + 2 > bundle.length) {
        throw new TileAuditException(path + " ends after " + i + " entries, not " + width);
      }
      int length = ((bundle[at] & 0xff) << 8) | (bundle[at + 1] & 0xff);
      at += 2;
      if (at + length > bundle.length) {
        throw new TileAuditException(path + " ends inside entry " + (first + i));
      }
      byte[] entry = Arrays.copyOfRange(bundle, at, at + length);
      at += length;
      sha.update(Rfc6962.LEAF_PREFIX);
      sha.update(entry);
      byte[] leaf = sha.digest();
      if (!Arrays.equals(leaf, 0, H, tile, i * H, i * H + H)) {
        throw new TileAuditException(
            "entry "
                + (first + i)
                + " of "
                + path
                + " has the leaf hash "
                + b64(leaf)
                + ", but "
                + TilePath.tile(0, path.index(), width)
                + " holds "
                + b64(Arrays.copyOfRange(tile, i * H, i * H + H)));
      }
      System.arraycopy(leaf, 0, hashes, i * H, H);
      root.add(hashes, i * H);
      entries.accept(first + i, entry);
    }
    if (at != bundle.length) {
      throw new TileAuditException(
          path + " has " + (bundle.length - at) + " bytes after its " + width + " entries");
    }
    if (width == W) {
      carry(1, subtreeRoot(hashes));
    }
    return width;
  }

  /** Adds hash {@code hash} at tile level {@code level}; a full level is compared and carried. */
  private void carry(int level, byte[] hash) throws TileAuditException, InterruptedException {
    if (levels[level] == null) {
      levels[level] = new byte[W * H];
    }
    System.arraycopy(hash, 0, levels[level], filled[level] * H, H);
    filled[level]++;
    if (filled[level] == W) {
      compare(TilePath.tile(level, compared[level]++, W));
      filled[level] = 0;
      carry(level + 1, subtreeRoot(levels[level]));
    }
  }

  /** Fetches tile {@code path} and compares it with the buffer of its level. */
  private void compare(TilePath path) throws TileAuditException, InterruptedException {
    byte[] served = await(path, fetcher.fetch(path));
    int level = path.level();
    int width = path.width();
    if (served.length != width * H) {
      throw new TileAuditException(path + " has " + served.length + " bytes, not " + width * H);
    }
    tiles++;
    for (int i = 0; i < width; i++) {
      if (!Arrays.equals(served, i * H, i * H + H, levels[level], i * H, i * H + H)) {
        throw new TileAuditException(
            "hash "
                + (path.firstHash() + i)
                + " of "
                + path
                + " is "
                + b64(Arrays.copyOfRange(served, i * H, i * H + H))
                + ", but the entries give "
                + b64(Arrays.copyOfRange(levels[level], i * H, i * H + H)));
      }
    }
  }

  /** The root of 256 consecutive hashes (a full tile), in place of a tile's worth of nodes. */
  private byte[] subtreeRoot(byte[] hashes) {
    byte[] work = hashes.clone();
    for (int n = W; n > 1; n /= 2) {
      for (int i = 0; i < n / 2; i++) {
        sha.update(Rfc6962.NODE_PREFIX);
        sha.update(work, 2 * i * H, 2 * H);
        try {
          sha.digest(work, i * H, H);
        } catch (java.security.DigestException e) {
          throw new IllegalStateException("a SHA-256 digest fits its 32 bytes", e);
        }
      }
    }
    return Arrays.copyOf(work, H);
  }

  private static byte[] await(TilePath path, CompletableFuture<byte[]> future)
      throws TileAuditException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException | CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new TileAuditException(path + " could not be fetched: " + cause.getMessage(), cause);
    }
  }

  private static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}
