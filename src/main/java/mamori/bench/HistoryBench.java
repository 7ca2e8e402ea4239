package mamori.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.LogBenchmarks;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.ClockConfiguration;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.terminal.Progress;

/*
 * DESIGN.md: "a resident's history among 10 million records within 20 ms". The log is filled with N
 * synthetic records over P persons (each person's records scattered through it), then for S random
 * persons the portal's read is timed: the person's indexes and records from the person index, and an
 * inclusion proof of each against the tree (what PersonAccesses does, without the one durable append of
 * the resident's own viewing, which `mamori bench log` measures).
 */
/** {@code mamori bench history}: a resident's history, with its proofs, among many records. */
public final class HistoryBench {
  static final double TARGET_MS = 20;

  private final BenchStore store;
  private final long records;
  private final long persons;
  private final int samples;

  /**
   * A log of {@code records} records naming {@code persons} persons, {@code samples} histories
   * timed; the command has checked them.
   */
  public HistoryBench(BenchStore store, long records, long persons, int samples) {
    this.store = store;
    this.records = records;
    this.persons = persons;
    this.samples = samples;
  }

  /** Measures and prints the figures and the target on {@code out}. */
  public void run(PrintWriter out) throws Exception {
    boolean temporary = store.temporary();
    Path scratch = Files.createTempDirectory("mamori-history-bench-");
    StoreLocation location =
        temporary ? new StoreLocation.Embedded(scratch.resolve("data")) : store.location();
    Path keys = temporary ? scratch.resolve("keys") : store.keyFolder();
    String tenant = "bench-history-" + Long.toString(System.nanoTime() % 1_000_000, 36);
    try (Store s = Store.open(location);
        TransparencyLogs logs =
            new TransparencyLogs(
                s.dataSource(),
                SigningKeys.in(keys),
                "bench.example/log",
                ClockConfiguration.systemClock())) {
      TenantLog log = logs.forTenant(tenant);
      long started = System.nanoTime();
      Progress.run(
          "append", records, step -> LogBenchmarks.appendHistories(log, records, persons, step));
      double appendSeconds = (System.nanoTime() - started) / 1e9;
      long size = log.size();
      SplittableRandom random = new SplittableRandom(7);
      for (int i = 0; i < Math.min(100, samples); i++) {
        read(log, LogBenchmarks.personToken(random.nextLong(persons)), size); // warm up
      }
      double[] millis = new double[samples];
      long entries = 0;
      for (int i = 0; i < samples; i++) {
        String token = LogBenchmarks.personToken(random.nextLong(persons));
        long t0 = System.nanoTime();
        entries += read(log, token, size);
        millis[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(millis);
      double p50 = millis[samples / 2];
      double p99 = millis[Math.min(samples - 1, (int) Math.ceil(samples * 0.99) - 1)];
      BenchLines.print(
          out, "history.store", location instanceof StoreLocation.Server ? "postgresql" : "sqlite");
      BenchLines.print(out, "history.records", records);
      BenchLines.print(out, "history.persons", persons);
      BenchLines.print(out, "history.entries_per_history", (double) entries / samples);
      BenchLines.print(out, "history.append_s", appendSeconds);
      BenchLines.print(out, "history.read_ms_p50", p50);
      BenchLines.print(out, "history.read_ms_p99", p99);
      out.println(
          String.format(
              Locale.ROOT,
              "# target: a history within %.0f ms: p99 %s (%.2fx of the target)",
              TARGET_MS,
              p99 <= TARGET_MS ? "met" : "NOT met",
              p99 / TARGET_MS));
      out.flush();
    } finally {
      if (temporary) {
        LogBench.deleteTree(scratch);
      }
    }
  }

  /**
   * What the portal reads for one person: indexes, records, and a proof of each; returns the
   * records.
   */
  private static int read(TenantLog log, String token, long size) {
    List<Long> indexes = log.indicesFor(token);
    List<AccessRecord> found = log.entriesFor(token, 500);
    for (long index : indexes.subList(Math.max(0, indexes.size() - found.size()), indexes.size())) {
      if (log.inclusionProof(index, size).isEmpty() && size > 1) {
        throw new IllegalStateException("no proof for entry " + index);
      }
    }
    return found.size();
  }
}
