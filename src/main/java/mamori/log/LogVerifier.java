package mamori.log;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import mamori.log.storage.LogStorage;
import mamori.log.storage.TileKey;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.EntryBundle;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.RootAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * Checks a tenant's whole log against itself: recomputes the tree from the stored entry bundles
 * (each must be whole, its length prefixes true, every bundle but the newest full), compares every
 * stored tile and the stored root with it, and checks every stored checkpoint's signatures and that
 * its root is the recomputed root at its size (so all checkpoints are consistent with one tree). It
 * reads the tables directly, never trusting the appender's state, and names the first entry, tile
 * or checkpoint that disagrees.
 */
public final class LogVerifier {
  /** What verification found: counts, and the first problem if there was one. */
  public record Report(String tenant, long entries, long checkpoints, Optional<String> problem) {
    public boolean ok() {
      return problem.isEmpty();
    }
  }

  private LogVerifier() {}

  /**
   * The file in which {@code mamori log verify} keeps the newest checkpoint it verified of the log
   * {@code origin} whose first verifier key is {@code firstKey}, under {@code home} ({@code
   * ~/.mamori}): the command writes it, and a restore compares the restored log with it, so both
   * name it here.
   */
  public static java.nio.file.Path keptCheckpoint(
      java.nio.file.Path home, String origin, mamori.log.verify.VerifierKey firstKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((origin + "\n" + firstKey).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return home.resolve("verified").resolve(java.util.HexFormat.of().formatHex(digest));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Verifies {@code tenant}'s log; {@code progress} hears the number of entries checked now and
   * then.
   */
  public static Report verify(TransparencyLogs logs, String tenant, LongConsumer progress) {
    LogStorage store = logs.store();
    return StoreCalls.read(
        "the log of " + tenant,
        () -> {
          Optional<LogStorage.State> state = store.state(tenant);
          if (state.isEmpty()) {
            return new Report(tenant, 0, 0, Optional.of("there is no log for tenant " + tenant));
          }
          long size = state.get().size();
          NoteVerifier signatures = NoteVerifier.of(logs.verifierKeys(tenant));
          Walk walk =
              new Walk(
                  store,
                  tenant,
                  new CheckpointPages(store, tenant),
                  signatures,
                  state.get().origin());
          walk.atSize(0);
          // entries below the size read first never change, so a log that is being written to
          // verifies too; the entries are hashed on every core while the bundles are read
          try (BundleHashes hashes =
              new BundleHashes(h -> {
                if (walk.problem == null) {
                  walk.bundle(h, size);
                  if ((h.index() & 0xFF) == 0) {
                    progress.accept(walk.acc.size());
                  }
                }
              })) {
            store.bundles(
                tenant,
                0,
                (size + EntryBundle.WIDTH - 1) / EntryBundle.WIDTH,
                (index, bundle) -> {
                  if (walk.problem == null) {
                    hashes.add(index, bundle);
                  }
                });
            hashes.finish();
          }
          if (walk.problem == null && walk.acc.size() < size) {
            walk.problem =
                "entry " + walk.acc.size() + " is missing (the tree has " + size + " entries)";
          }
          if (walk.problem == null) {
            walk.flushTiles();
          }
          if (walk.problem == null && !MessageDigest.isEqual(walk.acc.root(), state.get().root())) {
            walk.problem =
                "the stored root of size "
                    + size
                    + " is "
                    + b64(state.get().root())
                    + " but the entries give "
                    + b64(walk.acc.root());
          }
          if (walk.problem == null && walk.pending != null) {
            long now = store.state(tenant).map(LogStorage.State::size).orElse(size);
            if (walk.pending.size() > now) {
              walk.problem =
                  "checkpoint at size "
                      + walk.pending.size()
                      + " is beyond the stored log's "
                      + now
                      + " entries: it signs entries that were never stored";
            }
          }
          progress.accept(walk.acc.size());
          return new Report(
              tenant, walk.acc.size(), walk.checkpointsChecked, Optional.ofNullable(walk.problem));
        });
  }

  /**
   * The stored checkpoints in size order, read a page at a time as the walk reaches them: a log
   * signs one every few hundred milliseconds while it grows (tens of millions a year for a busy
   * city), so holding them all would make verification's memory grow with the log's age.
   */
  static final class CheckpointPages implements Iterator<LogStorage.StoredCheckpoint> {
    static final int PAGE = 1_000;

    private final LogStorage store;
    private final String tenant;
    private Iterator<LogStorage.StoredCheckpoint> page = java.util.Collections.emptyIterator();
    private long after = -1;
    private boolean last;

    CheckpointPages(LogStorage store, String tenant) {
      this.store = store;
      this.tenant = tenant;
    }

    @Override
    public boolean hasNext() {
      if (!page.hasNext() && !last) {
        List<LogStorage.StoredCheckpoint> next = store.checkpoints(tenant, after, PAGE);
        last = next.size() < PAGE;
        page = next.iterator();
      }
      return page.hasNext();
    }

    @Override
    public LogStorage.StoredCheckpoint next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      LogStorage.StoredCheckpoint c = page.next();
      after = c.size();
      return c;
    }
  }

  private static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }

  /** One pass over the entries in order. */
  private static final class Walk {
    final LogStorage store;
    final String tenant;
    final Iterator<LogStorage.StoredCheckpoint> checkpoints;
    final NoteVerifier signatures;
    final String origin;
    final RootAccumulator acc = new RootAccumulator();
    final TreeTail rebuilt = TreeTail.empty();
    LogStorage.@Nullable StoredCheckpoint pending;
    byte @Nullable [] level0;
    long checkpointsChecked;
    @Nullable String problem;

    Walk(
        LogStorage store,
        String tenant,
        Iterator<LogStorage.StoredCheckpoint> checkpoints,
        NoteVerifier signatures,
        String origin) {
      this.store = store;
      this.tenant = tenant;
      this.checkpoints = checkpoints;
      this.signatures = signatures;
      this.origin = origin;
      this.pending = checkpoints.hasNext() ? checkpoints.next() : null;
    }

    /** Checks and folds in the entries of one stored bundle, the next in order. */
    void bundle(BundleHashes.Hashed h, long size) {
      long first = h.index() * EntryBundle.WIDTH;
      if (first != acc.size()) {
        problem =
            "entry "
                + acc.size()
                + " is missing (entry bundle "
                + acc.size() / EntryBundle.WIDTH
                + " is not stored)";
        return;
      }
      int needed = (int) Math.min(EntryBundle.WIDTH, size - first);
      int n = Math.min(h.entries(), needed);
      for (int k = 0; k < n && problem == null; k++) {
        leaf(first + k, h.leafHashes(), k * Rfc6962.HASH_SIZE);
      }
      if (problem != null) {
        return;
      }
      if (h.malformed() != null) {
        problem =
            "entry bundle "
                + h.index()
                + " (entries "
                + first
                + " to "
                + (first + EntryBundle.WIDTH - 1)
                + ") is malformed: "
                + h.malformed();
      } else if (h.entries() < needed) {
        problem =
            "entry bundle "
                + h.index()
                + " holds "
                + h.entries()
                + " entries where the tree needs "
                + needed
                + ": entries "
                + (first + h.entries())
                + " to "
                + (first + needed - 1)
                + " are missing (the bundle was cut short)";
      }
    }

    private void leaf(long seq, byte[] hashes, int offset) {
      if (seq % 256 == 0 || level0 == null) {
        level0 = store.tile(tenant, 0, seq / 256);
      }
      int at = (int) (seq % 256) * Rfc6962.HASH_SIZE;
      if (level0.length < at + Rfc6962.HASH_SIZE
          || !Arrays.equals(
              level0, at, at + Rfc6962.HASH_SIZE, hashes, offset, offset + Rfc6962.HASH_SIZE)) {
        problem =
            "entry "
                + seq
                + " does not match its hash in tile 0/"
                + seq / 256
                + " (the entry or the tile was changed after it was logged)";
        return;
      }
      acc.add(hashes, offset);
      rebuilt.append(Arrays.copyOfRange(hashes, offset, offset + Rfc6962.HASH_SIZE));
      if (acc.size() % 256 == 0) {
        flushTiles();
      }
      atSize(acc.size());
    }

    /** Compares the tiles recomputed so far with the stored ones. */
    void flushTiles() {
      for (Map.Entry<TileKey, byte[]> t : rebuilt.takeDirtyTiles().entrySet()) {
        if (problem != null) {
          return;
        }
        byte[] stored = store.tile(tenant, t.getKey().level(), t.getKey().index());
        byte[] want = t.getValue();
        boolean full = want.length == 256 * Rfc6962.HASH_SIZE;
        // a partial tile may have grown since the size was read; its first hashes must still match
        if (stored.length < want.length || full && stored.length != want.length) {
          problem =
              "tile "
                  + t.getKey().level()
                  + "/"
                  + t.getKey().index()
                  + " holds "
                  + stored.length / 32
                  + " hashes where the entries give "
                  + want.length / 32;
        } else if (!Arrays.equals(stored, 0, want.length, want, 0, want.length)) {
          int at = Arrays.mismatch(stored, want) / Rfc6962.HASH_SIZE;
          long hashIndex = t.getKey().index() * 256 + at;
          problem =
              t.getKey().level() == 0
                  ? "entry "
                      + hashIndex
                      + " does not match its hash in tile 0/"
                      + t.getKey().index()
                      + " (the entry or the tile was changed after it was logged)"
                  : "tile "
                      + t.getKey().level()
                      + "/"
                      + t.getKey().index()
                      + " hash "
                      + at
                      + " differs from the entries' tree";
        }
      }
    }

    void atSize(long n) {
      while (problem == null && pending != null && pending.size() == n) {
        check(pending, n);
        pending = checkpoints.hasNext() ? checkpoints.next() : null;
      }
    }

    private void check(LogStorage.StoredCheckpoint cp, long n) {
      checkpointsChecked++;
      try {
        Checkpoint c = Checkpoint.parse(signatures.open(cp.note()).text());
        if (!c.origin().equals(origin) || c.size() != n) {
          problem =
              "checkpoint at size " + cp.size() + " names " + c.origin() + " size " + c.size();
        } else if (!MessageDigest.isEqual(c.root(), acc.root())) {
          problem =
              "checkpoint at size "
                  + n
                  + " has root "
                  + b64(c.root())
                  + " but the entries give "
                  + b64(acc.root())
                  + ": the log was rewritten after it was signed";
        }
      } catch (NoteException e) {
        problem = "checkpoint at size " + cp.size() + " does not verify: " + e.getMessage();
      }
    }
  }
}
