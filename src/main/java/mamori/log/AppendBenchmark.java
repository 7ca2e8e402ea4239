package mamori.log;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import org.jspecify.annotations.Nullable;

/**
 * {@link LogBenchmarks#append}: durable appends from concurrent appenders, each waiting for its
 * acknowledgement as a request thread does, and for every entry the time from its acknowledgement
 * to the first stored checkpoint that covers it (heard through {@link TenantLog#onCheckpoint}).
 */
final class AppendBenchmark {
  private static final long CHECKPOINT_WAIT_MS = 2 * CheckpointPublisher.INTERVAL_MS + 5_000;

  private AppendBenchmark() {}

  /** See {@link LogBenchmarks#append}. */
  static LogBenchmarks.Appends run(
      TenantLog log, long count, int appenders, LongConsumer progress) {
    if (count < 1
        || count > Integer.MAX_VALUE
        || appenders < 1
        || appenders > Appender.QUEUE_CAPACITY) {
      throw new IllegalArgumentException(
          "count must be 1 to 2^31-1 and appenders 1 to " + Appender.QUEUE_CAPACITY);
    }
    long first = log.size();
    long[] ackedAt = new long[(int) count];
    ConcurrentLinkedQueue<long[]> checkpoints = new ConcurrentLinkedQueue<>(); // {size, storedAt}
    log.onCheckpoint(note -> checkpoints.add(new long[] {checkpointSize(note), System.nanoTime()}));
    AtomicLong next = new AtomicLong();
    AtomicLong acked = new AtomicLong();
    AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
    Instant time = Instant.parse("2026-04-01T09:00:00Z");
    long start = System.nanoTime();
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int t = 0; t < appenders; t++) {
        threads.submit(() -> {
          for (long i; failure.get() == null && (i = next.getAndIncrement()) < count; ) {
            try {
              long index = log.append(SyntheticRecords.record(i, time));
              ackedAt[(int) (index - first)] = System.nanoTime();
              acked.incrementAndGet();
            } catch (RuntimeException e) {
              failure.compareAndSet(null, e);
            }
          }
        });
      }
      threads.shutdown();
      while (!awaitQuietly(threads, 200)) {
        progress.accept(acked.get());
      }
    }
    progress.accept(acked.get());
    if (failure.get() != null) {
      throw failure.get();
    }
    long end = Arrays.stream(ackedAt).max().orElse(start);
    long[][] covering = awaitCheckpoint(checkpoints, first + count);
    long[] lags = new long[(int) count];
    int c = 0;
    for (int i = 0; i < count; i++) {
      while (covering[c][0] <= first + i) {
        c++;
      }
      lags[i] = Math.max(0, covering[c][1] - ackedAt[i]);
    }
    Arrays.sort(lags);
    return new LogBenchmarks.Appends(
        count,
        appenders,
        (end - start) / 1e9,
        percentile(lags, 0.99) / 1e6,
        lags[lags.length - 1] / 1e6);
  }

  private static long checkpointSize(String note) {
    try {
      return Checkpoint.parse(Note.parse(note).text()).size();
    } catch (NoteException e) {
      throw new IllegalStateException("the log signed a malformed checkpoint", e);
    }
  }

  /** The checkpoints stored so far, once one covers {@code size} entries. */
  private static long[][] awaitCheckpoint(ConcurrentLinkedQueue<long[]> checkpoints, long size) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CHECKPOINT_WAIT_MS);
    while (checkpoints.stream().noneMatch(c -> c[0] >= size)) {
      if (System.nanoTime() > deadline) {
        throw new LogUnavailableException(
            "no signed checkpoint covered "
                + size
                + " entries within "
                + CHECKPOINT_WAIT_MS
                + " ms");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LogUnavailableException("interrupted while waiting for a checkpoint");
      }
    }
    List<long[]> sorted = new ArrayList<>(checkpoints);
    sorted.sort((a, b) -> Long.compare(a[0], b[0]));
    return sorted.toArray(long[][]::new);
  }

  private static boolean awaitQuietly(ExecutorService threads, long millis) {
    try {
      return threads.awaitTermination(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogUnavailableException("interrupted while appending");
    }
  }

  private static long percentile(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
  }
}
