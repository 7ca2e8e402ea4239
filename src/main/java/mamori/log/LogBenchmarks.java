package mamori.log;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import mamori.log.storage.LogStorage;
import mamori.log.verify.EntryBundle;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.ProofException;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.RootAccumulator;

/**
 * The measurements behind {@code mamori bench log} (DESIGN.md, Performance): durable appends with
 * the delay until a signed checkpoint covers them, full verification from the store, and inclusion
 * proofs, on a stored log and on a synthetic tree of up to a hundred million leaves held in memory.
 *
 * <p>It lives in this package so that it can drive the log's internals (the store's entry stream,
 * the proof builder over tiles of any source) without making them public, and it adds nothing a
 * production caller could use to change a log. Timing is the caller's, except for appends, whose
 * acknowledgement times only the appenders see. Every method checks what it measured (roots
 * compared, proofs verified) and throws {@link IllegalStateException} when the log is not what it
 * should be, so a fast wrong answer can never pass for a figure.
 */
public final class LogBenchmarks {
  private LogBenchmarks() {}

  /**
   * What {@link #append} measured.
   *
   * @param count the entries appended
   * @param appenders how many appended at once
   * @param seconds from the first append to the last acknowledgement
   * @param checkpointLagP99Millis the 99th percentile, over all entries, of the time from an
   *     entry's acknowledgement to the storing of the first signed checkpoint that covers it
   * @param checkpointLagMaxMillis the largest such time
   */
  public record Appends(
      long count,
      int appenders,
      double seconds,
      double checkpointLagP99Millis,
      double checkpointLagMaxMillis) {
    public double perSecond() {
      return count / seconds;
    }
  }

  /**
   * Appends {@code count} synthetic access records to {@code log} from {@code appenders} virtual
   * threads, each waiting for its acknowledgement before its next append (as request threads do),
   * then waits for the checkpoint that covers them all. Nobody else may append to {@code log}
   * meanwhile. {@code progress} hears acknowledged counts from the calling thread.
   *
   * @throws LogUnavailableException when an append fails or no checkpoint follows within a few
   *     seconds
   */
  public static Appends append(TenantLog log, long count, int appenders, LongConsumer progress) {
    return AppendBenchmark.run(log, count, appenders, progress);
  }

  /**
   * What {@link #appendBulk} measured.
   *
   * @param count the records appended
   * @param batch the records per {@link TenantLog#appendAll} call
   * @param seconds the time spent inside {@link TenantLog#appendAll}, summed over the calls
   */
  public record BulkAppends(long count, int batch, double seconds) {
    public double perSecond() {
      return count / seconds;
    }
  }

  /**
   * Appends {@code count} synthetic access records, each naming a person, to {@code log} from the
   * calling thread alone, in {@link TenantLog#appendAll} calls of {@code batch} records, as an
   * import does; checks that each call got consecutive indexes. Only the calls are timed: making
   * the records is the caller's work. {@code progress} hears acknowledged counts.
   *
   * @throws LogUnavailableException when a call fails
   */
  public static BulkAppends appendBulk(
      TenantLog log, long count, int batch, LongConsumer progress) {
    return BulkAppendBenchmark.run(log, count, batch, progress);
  }

  /**
   * Verifies the whole stored log of {@code tenant} as {@code mamori log verify} does: streams
   * every entry bundle in order from the store, hashes the entries on every core ({@link
   * BundleHashes}), folds the leaves through a {@link RootAccumulator} and compares the root with
   * the stored one. Returns the number of entries; {@code progress} hears how many are done.
   *
   * @throws IllegalStateException when an entry is missing or the roots differ
   */
  public static long verify(TransparencyLogs logs, String tenant, LongConsumer progress) {
    LogStorage store = logs.store();
    LogStorage.State state =
        StoreCalls.read("the log of " + tenant, () -> store.state(tenant))
            .orElseThrow(() -> new IllegalStateException("there is no log of " + tenant));
    RootAccumulator accumulator = new RootAccumulator();
    long size = state.size();
    BundleHashes.Sink fold =
        h -> {
          if (h.index() * EntryBundle.WIDTH != accumulator.size() || h.malformed() != null) {
            throw new IllegalStateException(
                "entry "
                    + accumulator.size()
                    + " of "
                    + tenant
                    + " is missing or its bundle is malformed");
          }
          int n = (int) Math.min(h.entries(), size - accumulator.size());
          for (int k = 0; k < n; k++) {
            accumulator.add(h.leafHashes(), k * Rfc6962.HASH_SIZE);
          }
          if ((h.index() & 0xFF) == 0xFF) {
            progress.accept(accumulator.size());
          }
        };
    try (BundleHashes hashes = new BundleHashes(fold)) {
      StoreCalls.read(
          "the log of " + tenant,
          () -> {
            store.bundles(
                tenant, 0, (size + EntryBundle.WIDTH - 1) / EntryBundle.WIDTH, hashes::add);
            hashes.finish();
            return accumulator;
          });
    }
    progress.accept(accumulator.size());
    if (accumulator.size() != state.size() || !Arrays.equals(accumulator.root(), state.root())) {
      throw new IllegalStateException(
          "the "
              + accumulator.size()
              + " stored entries of "
              + tenant
              + " do not give the stored root of size "
              + state.size());
    }
    return accumulator.size();
  }

  /**
   * The root of {@code count} leaves whose hashes are taken in turn, over and over, from the
   * 32-byte hashes in {@code leafHashes}: the hashing a verification does with reading taken away.
   */
  public static byte[] rootOfLeafHashes(byte[] leafHashes, long count) {
    int n = leafHashes.length / Rfc6962.HASH_SIZE;
    if (n == 0 || leafHashes.length % Rfc6962.HASH_SIZE != 0) {
      throw new IllegalArgumentException("leafHashes must be a non-empty run of 32-byte hashes");
    }
    RootAccumulator accumulator = new RootAccumulator();
    for (long i = 0; i < count; i++) {
      accumulator.add(leafHashes, (int) (i % n) * Rfc6962.HASH_SIZE);
    }
    return accumulator.root();
  }

  /** Builds inclusion proofs in one tree and verifies them as a resident would. */
  public interface Prover {
    /** The size of the tree the proofs are for. */
    long size();

    /**
     * The leaf hash a resident holding entry {@code index} would compute; not part of a proof's
     * time.
     */
    byte[] leafHash(long index);

    /**
     * Builds the inclusion proof of leaf {@code index} and verifies it against the tree's root.
     *
     * @throws IllegalStateException when the proof does not verify
     */
    void proveAndVerify(long index, byte[] leafHash);
  }

  /**
   * Proofs from {@code log}'s store at its present size, as {@code TenantLog.inclusionProof} gives
   * them.
   */
  public static Prover storedProver(TenantLog log) {
    long size = log.size();
    byte[] root = log.root(size);
    return new Prover() {
      @Override
      public long size() {
        return size;
      }

      @Override
      public byte[] leafHash(long index) {
        return Rfc6962.leafHash(
            log.entry(index)
                .orElseThrow(() ->
                    new IllegalStateException(
                        "entry " + index + " of " + log.tenant() + " is missing")));
      }

      @Override
      public void proveAndVerify(long index, byte[] leafHash) {
        verifyInclusion(index, size, leafHash, log.inclusionProof(index, size), root);
      }
    };
  }

  /**
   * A tree of {@code size} synthetic leaves whose tiles are built at once in memory (32 bytes a
   * leaf, off-heap, on all cores), for proofs at sizes the appender would take hours to reach.
   * Close it to free the memory. {@code progress} hears, from any thread, how many more leaves are
   * hashed.
   *
   * @throws OutOfMemoryError when {@code size * 32} bytes cannot be had off-heap
   */
  public static SyntheticTree syntheticTree(long size, LongConsumer progress) {
    if (size < 1) {
      throw new IllegalArgumentException("a synthetic tree has at least one leaf");
    }
    return new SyntheticTree(BulkTiles.build(size, SyntheticTree::leaf, progress));
  }

  /** See {@link #syntheticTree}. */
  public static final class SyntheticTree implements Prover, AutoCloseable {
    private final BulkTiles tiles;
    private final byte[] root;

    private SyntheticTree(BulkTiles tiles) {
      this.tiles = tiles;
      this.root = new ProofBuilder(tiles, tiles.size()).root();
    }

    @Override
    public long size() {
      return tiles.size();
    }

    /** Leaf i's hash is 32 bytes of SplitMix64 output of i: computed, never read from the tiles. */
    @Override
    public byte[] leafHash(long index) {
      byte[] out = new byte[Rfc6962.HASH_SIZE];
      leaf(index, out);
      return out;
    }

    @Override
    public void proveAndVerify(long index, byte[] leafHash) {
      verifyInclusion(
          index, size(), leafHash, new ProofBuilder(tiles, size()).inclusion(index), root);
    }

    @Override
    public void close() {
      tiles.close();
    }

    static void leaf(long index, byte[] out) {
      for (int k = 0; k < 4; k++) {
        long z = (index * 4 + k + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        for (int b = 0; b < 8; b++) {
          out[k * 8 + b] = (byte) (z >>> (56 - 8 * b));
        }
      }
    }
  }

  /**
   * Appends {@code count} synthetic records spread over {@code persons} persons (person {@code i %
   * persons}, token {@link #personToken}), in {@link TenantLog#appendAll} calls of 4,096, so that
   * each person's history is {@code count / persons} records scattered through the log, as real
   * ones are.
   */
  public static void appendHistories(
      TenantLog log, long count, long persons, LongConsumer progress) {
    BulkAppendBenchmark.histories(log, count, persons, progress);
  }

  /** The token {@link #appendHistories} gives person {@code p}. */
  public static String personToken(long p) {
    return SyntheticRecords.personToken(p);
  }

  private static void verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    try {
      MerkleProofs.verifyInclusion(index, size, leafHash, proof, root);
    } catch (ProofException e) {
      throw new IllegalStateException(
          "the inclusion proof of leaf "
              + index
              + " in the tree of "
              + size
              + " does not verify: "
              + e.getMessage(),
          e);
    }
  }
}
