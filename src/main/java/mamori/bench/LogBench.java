package mamori.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import mamori.crypto.SigningKeys;
import mamori.log.LogBenchmarks;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * {@code mamori bench log}: the log's figures of DESIGN.md (appends, checkpoint delay,
 * verification, inclusion proofs) measured on a fresh tenant log, printed as {@code name: value}
 * lines with the targets beside them. The measuring itself is {@link LogBenchmarks}'; this class
 * picks the store, cleans up and prints.
 */
public final class LogBench {
  static final long TARGET_APPENDS_PER_S = 50_000;
  static final long TARGET_CHECKPOINT_MS = 1_000;
  static final long TARGET_VERIFY_PER_S = 1_000_000;
  static final long TARGET_PROOF_US = 1_000;
  static final long TARGET_PROOF_TREE = 100_000_000;

  private final BenchStore store;
  private final long appends;
  private final int appenders;
  private final int bulkBatch;
  private final long proofSize;

  /** Whether to draw progress bars; a field so that tests can decide. */
  boolean terminal = Progress.onTerminal();

  private PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());

  /** Where the run's scratch folder is made: the system's temporary folder, or a test's own. */
  Path scratchRoot = Path.of(System.getProperty("java.io.tmpdir"));

  /**
   * A run of {@code appends} appends from {@code appenders} concurrent appenders, then as many in
   * appendAll calls of {@code bulkBatch}, and proofs in a synthetic tree of {@code proofSize}
   * leaves; the command has checked the ranges.
   */
  public LogBench(BenchStore store, long appends, int appenders, int bulkBatch, long proofSize) {
    this.store = store;
    this.appends = appends;
    this.appenders = appenders;
    this.bulkBatch = bulkBatch;
    this.proofSize = proofSize;
  }

  /**
   * Measures and prints the figures and targets on {@code out}; {@code err} hears what the run left
   * behind.
   */
  public void run(PrintWriter out, PrintWriter err) throws IOException {
    this.out = out;
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory(scratchRoot, "mamori-bench-");
    StoreLocation location =
        temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
    byte[] id = new byte[4];
    new SecureRandom().nextBytes(id);
    String tenant = "bench-" + HexFormat.of().formatHex(id);
    Figures f = new Figures();
    try {
      benchStoredLog(location, scratch.resolve("keys"), tenant, f);
    } finally {
      deleteTree(scratch);
      if (!temporary) {
        err.println(
            "mamori: the benchmark's log stays in "
                + location
                + " as tenant "
                + tenant
                + "; its signing keys were temporary, so it can be read and verified but not extended.");
        err.flush();
      }
    }
    benchSyntheticTree(f);
    printTargets(f);
  }

  private void benchStoredLog(StoreLocation location, Path keys, String tenant, Figures f) {
    try (Store s = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(keys),
                TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
                ClockConfiguration.systemClock())) {
      print("log.store", s.dialect().name().toLowerCase(Locale.ROOT));
      print("log.appends", appends);
      print("log.appenders", appenders);
      TenantLog log = logs.forTenant(tenant);
      var a =
          withProgress(
              "appends", appends, true, p -> LogBenchmarks.append(log, appends, appenders, p));
      f.appendsPerS = a.perSecond();
      f.checkpointP99Ms = a.checkpointLagP99Millis();
      print("log.appends_per_s", Math.round(f.appendsPerS));
      print("log.checkpoint_latency_ms_p99", f.checkpointP99Ms);
      print("log.checkpoint_latency_ms_max", a.checkpointLagMaxMillis());

      // the heap of the verification alone: collected and the pools' peaks reset before it
      PackageBench.resetPeaks();
      long start = System.nanoTime();
      long verified =
          withProgress("verify", appends, true, p -> LogBenchmarks.verify(logs, tenant, p));
      f.verifyPerS = verified / seconds(start);
      long verifyPeak = PackageBench.peakHeapMb();
      long verifyLive = PackageBench.liveHeapMb();
      print("log.verify_entries_per_s", Math.round(f.verifyPerS));
      print("log.verify_peak_heap_mb", verifyPeak);
      print("log.verify_live_heap_mb", verifyLive);

      long hashes = Math.max(appends, 1_000_000);
      byte[] leafHashes = new byte[(int) Math.min(appends, 1 << 20) * 32];
      new SplittableRandom(1).nextBytes(leafHashes);
      start = System.nanoTime();
      LogBenchmarks.rootOfLeafHashes(leafHashes, hashes);
      print("log.verify_hash_only_entries_per_s", Math.round(hashes / seconds(start)));

      long[] nanos = timeProofs("proofs", LogBenchmarks.storedProver(log), 200, 2_000);
      print("log.inclusion_proof_store_us", mean(nanos) / 1e3);
      print("log.inclusion_proof_store_us_p99", percentile(nanos, 0.99) / 1e3);

      print("log.bulk_batch", bulkBatch);
      var bulk =
          withProgress(
              "appendAll",
              appends,
              true,
              p -> LogBenchmarks.appendBulk(log, appends, bulkBatch, p));
      print("log.bulk_appends_per_s", Math.round(bulk.perSecond()));
    }
  }

  private void benchSyntheticTree(Figures f) {
    long start = System.nanoTime();
    LogBenchmarks.SyntheticTree tree;
    try {
      tree =
          withProgress(
              "tree", proofSize / 256 * 256, false, p -> LogBenchmarks.syntheticTree(proofSize, p));
    } catch (OutOfMemoryError e) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "not enough memory for a tree of %,d leaves"
                  + " (%.1f GB outside the Java heap); give a smaller --proof-size",
              proofSize,
              proofSize * 32 / 1e9),
          e);
    }
    try (tree) {
      print("log.inclusion_proof_tree_size", proofSize);
      print("log.inclusion_proof_tree_build_s", seconds(start));
      out.println(
          String.format(
              Locale.ROOT,
              "# the proof tree: %,d synthetic leaf hashes whose tiles were built"
                  + " bottom-up in memory (%.1f GB), not appended",
              proofSize,
              proofSize * 32 / 1e9));
      long[] nanos = timeProofs("proofs", tree, 5_000, 20_000);
      f.proofUs = mean(nanos) / 1e3;
      print("log.inclusion_proof_us", f.proofUs);
      print("log.inclusion_proof_us_p99", percentile(nanos, 0.99) / 1e3);
    }
  }

  /**
   * Proofs of random leaves: {@code warmup} untimed, then {@code count} timed one by one, sorted.
   */
  private long[] timeProofs(String task, LogBenchmarks.Prover prover, int warmup, int count) {
    SplittableRandom random = new SplittableRandom(42);
    return withProgress(
        task,
        warmup + count,
        false,
        p -> {
          long[] nanos = new long[count];
          for (int i = -warmup; i < count; i++) {
            long index = random.nextLong(prover.size());
            byte[] leafHash = prover.leafHash(index);
            long t0 = System.nanoTime();
            prover.proveAndVerify(index, leafHash);
            if (i >= 0) {
              nanos[i] = System.nanoTime() - t0;
            }
            p.accept(1);
          }
          Arrays.sort(nanos);
          return nanos;
        });
  }

  private void printTargets(Figures f) {
    print("log.target.appends_per_s", TARGET_APPENDS_PER_S);
    print("log.target.checkpoint_latency_ms_p99", TARGET_CHECKPOINT_MS);
    print("log.target.verify_entries_per_s", TARGET_VERIFY_PER_S);
    print("log.target.inclusion_proof_us", TARGET_PROOF_US);
    print("log.target.inclusion_proof_tree_size", TARGET_PROOF_TREE);
    // each figure over its target, turned so that 1.00 or more is met
    ratio("log.target_ratio.appends_per_s", f.appendsPerS / TARGET_APPENDS_PER_S);
    ratio("log.target_ratio.checkpoint_latency_ms_p99", TARGET_CHECKPOINT_MS / f.checkpointP99Ms);
    ratio("log.target_ratio.verify_entries_per_s", f.verifyPerS / TARGET_VERIFY_PER_S);
    ratio("log.target_ratio.inclusion_proof_us", TARGET_PROOF_US / f.proofUs);
    out.println(
        String.format(
            Locale.ROOT,
            "# targets: appends >= %,d/s %s (%.2fx); checkpoint p99 <= %,d ms %s; verify >= %,d/s %s (%.2fx);"
                + " proof <= %,d us at %,d leaves %s%s",
            TARGET_APPENDS_PER_S,
            met(f.appendsPerS >= TARGET_APPENDS_PER_S),
            f.appendsPerS / TARGET_APPENDS_PER_S,
            TARGET_CHECKPOINT_MS,
            met(f.checkpointP99Ms <= TARGET_CHECKPOINT_MS),
            TARGET_VERIFY_PER_S,
            met(f.verifyPerS >= TARGET_VERIFY_PER_S),
            f.verifyPerS / TARGET_VERIFY_PER_S,
            TARGET_PROOF_US,
            TARGET_PROOF_TREE,
            met(f.proofUs <= TARGET_PROOF_US),
            proofSize < TARGET_PROOF_TREE
                ? String.format(Locale.ROOT, " (measured at %,d only)", proofSize)
                : ""));
    out.flush();
  }

  private static String met(boolean met) {
    return met ? "met" : "MISSED";
  }

  /** The measured figures the targets line compares. */
  private static final class Figures {
    double appendsPerS;
    double checkpointP99Ms;
    double verifyPerS;
    double proofUs;
  }

  /**
   * Runs {@code work} with a progress bar on standard error when on a terminal; absolute or by
   * steps.
   */
  private <T> T withProgress(
      String task, long max, boolean absolute, Function<LongConsumer, T> work) {
    if (!terminal) {
      return work.apply(n -> {});
    }
    try (ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(max)
            .setUpdateIntervalMillis(200)
            .showSpeed()
            .build()) {
      return work.apply(absolute ? bar::stepTo : bar::stepBy);
    }
  }

  private void print(String name, long value) {
    out.println(name + ": " + value);
    out.flush();
  }

  private void print(String name, double value) {
    out.println(name + ": " + String.format(Locale.ROOT, "%.1f", value));
    out.flush();
  }

  private void ratio(String name, double value) {
    out.println(name + ": " + String.format(Locale.ROOT, "%.2f", value));
    out.flush();
  }

  private void print(String name, String value) {
    out.println(name + ": " + value);
    out.flush();
  }

  private static double seconds(long startNanos) {
    return Math.max(1, System.nanoTime() - startNanos) / 1e9;
  }

  private static double mean(long[] values) {
    return Arrays.stream(values).average().orElse(0);
  }

  private static long percentile(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }

  /** Deletes {@code root} and everything under it. */
  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
