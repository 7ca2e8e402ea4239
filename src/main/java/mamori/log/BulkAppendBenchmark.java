package mamori.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * {@link LogBenchmarks#appendBulk} and {@link LogBenchmarks#appendHistories}: synthetic records
 * appended from one thread in {@link TenantLog#appendAll} calls, as an import does.
 */
final class BulkAppendBenchmark {
  private static final Instant START = Instant.parse("2026-04-01T09:00:00Z");

  private BulkAppendBenchmark() {}

  /** See {@link LogBenchmarks#appendBulk}. */
  static LogBenchmarks.BulkAppends run(
      TenantLog log, long count, int batch, LongConsumer progress) {
    if (count < 1 || batch < 1 || batch > TenantLog.MAX_APPEND_ALL) {
      throw new IllegalArgumentException(
          "count must be at least 1 and batch 1 to " + TenantLog.MAX_APPEND_ALL);
    }
    long inside = 0;
    for (long done = 0; done < count; ) {
      int n = (int) Math.min(batch, count - done);
      List<AccessRecord> records = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        records.add(SyntheticRecords.record(done + i, START));
      }
      long start = System.nanoTime();
      List<Long> indexes = log.appendAll(records);
      inside += System.nanoTime() - start;
      if (indexes.size() != n || indexes.getLast() - indexes.getFirst() != n - 1) {
        throw new IllegalStateException(
            "appendAll of "
                + n
                + " records gave indexes "
                + indexes.getFirst()
                + " to "
                + indexes.getLast());
      }
      done += n;
      progress.accept(done);
    }
    return new LogBenchmarks.BulkAppends(count, batch, Math.max(1, inside) / 1e9);
  }

  /** See {@link LogBenchmarks#appendHistories}. */
  static void histories(TenantLog log, long count, long persons, LongConsumer progress) {
    if (count < 1 || persons < 1 || persons > count) {
      throw new IllegalArgumentException("count must be at least 1 and persons 1 to count");
    }
    int batch = Math.min(4_096, TenantLog.MAX_APPEND_ALL);
    for (long done = 0; done < count; ) {
      int n = (int) Math.min(batch, count - done);
      List<AccessRecord> records = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        records.add(
            SyntheticRecords.record(
                done + i, START, SyntheticRecords.personToken((done + i) % persons)));
      }
      log.appendAll(records);
      done += n;
      progress.accept(done);
    }
  }
}
