package mamori.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import mamori.log.storage.LogStorage;
import mamori.log.verify.Rfc6962;
import org.jspecify.annotations.Nullable;

/**
 * The appender of one tenant's log: it sequences entries and integrates them into the tree.
 *
 * <p>Design. Callers put entries on a bounded queue and wait; one sequencer thread takes whatever
 * has gathered (group commit), waiting up to half a millisecond for as many entries as its last
 * commit took (the callers that commit answered are coming back, and one sync for all of them costs
 * half of two syncs for two halves; a lone caller never waits, as its last batch was one), gives
 * the entries the next sequence numbers, extends the tree's right edge ({@link TreeTail}) and
 * commits entries, changed tiles and the new size and root as one batch ({@link
 * LogStorage#commit}). Only when that commit has returned, and the batch is therefore durable, are
 * the waiting callers answered with their index, so an acknowledged entry survives a crash. A
 * failed commit fails the whole batch and the tail is read back from the store, so memory never
 * runs ahead of the disk. After each turn the thread hands the committed tree to the {@link
 * CheckpointPublisher}, which alone decides when to sign. A full queue answers at once with {@link
 * LogOverloadedException}.
 *
 * <p>A commit whose outcome is unknown. When the database server is lost while it commits (its
 * standby promoted behind a proxy, the connection cut during COMMIT), the commit fails on this side
 * although the store may have made it durable. The tail is then read back, and the store decides:
 * when it holds exactly this batch on top (the batch's end as its size, and the root this batch
 * gives, which no other leaves give), the entries are durable and their callers are answered;
 * otherwise (not stored, the store still down, or another writer's entries on top) the callers are
 * told the append failed, and nothing they asked for is revealed. An entry may so be stored without
 * its caller learning it (a record of an access that did not happen, never the reverse), but memory
 * never holds a tree the store does not: the next batch is built on the tail read back, so the tree
 * never forks between memory and storage. With synchronous replication a commit is visible only
 * once a standby has it, so what a promoted standby holds is what was acknowledged, and more.
 *
 * <p>A bulk submission ({@link #submitAll}) is one queue item holding all its entries, encoded and
 * hashed on the caller's thread (on several when it is large); the sequencer commits it whole,
 * possibly with other items, and never splits it, so a call is stored entirely or not at all. The
 * queue is bounded by the entries waiting, not the items.
 */
final class Appender implements AutoCloseable {
  static final int QUEUE_CAPACITY = 65_536;
  static final int MAX_BATCH = 8_192;
  static final long APPEND_TIMEOUT_S = 30;

  /** The longest the sequencer waits for the callers of the last commit to come back. */
  static final long GATHER_NANOS = 500_000;

  private static final long GATHER_STEP_NANOS = 20_000;

  /** From this many records on, {@link #submitAll} encodes and hashes on several threads. */
  static final int PARALLEL_FROM = 1_024;

  /**
   * One caller's entries waiting for the sequencer, with their leaf hashes and person tokens made
   * on the caller's thread; the future completes with the index of the first.
   */
  private record Pending(
      byte[][] entries, byte[][] leafHashes, String[] tokens, CompletableFuture<Long> done) {
    int size() {
      return entries.length;
    }
  }

  private final String tenant;
  private final String origin;
  private final LogStorage storage;
  private final CheckpointPublisher publisher;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final AtomicInteger queuedEntries = new AtomicInteger();
  private final Thread sequencer;
  private volatile boolean running = true;
  private volatile long committedSize;
  // System.nanoTime of the last failed commit while none has succeeded since; 0: none
  private volatile long failingSince;
  private int lastBatch = 1; // the sequencer's own
  private byte[] committedRoot; // the sequencer's own
  private @Nullable TreeTail
      tail; // null while the stored state could not be read back after a failed commit

  /**
   * Reads the stored tree back and starts the sequencer.
   *
   * @throws LogUnavailableException when the stored tree cannot be read, has another origin, or
   *     does not give its stored root, or when a signed checkpoint is ahead of it
   */
  Appender(String tenant, String origin, LogStorage storage, CheckpointPublisher publisher) {
    this.tenant = tenant;
    this.origin = origin;
    this.storage = storage;
    this.publisher = publisher;
    TreeTail stored = StoredTail.load(storage, tenant, origin);
    this.tail = stored;
    this.committedSize = stored.size();
    this.committedRoot = stored.root();
    publisher.resume(committedSize);
    this.sequencer = Thread.ofPlatform().daemon().name("mamori-log-" + tenant).start(this::run);
  }

  /** The number of durable entries. */
  long size() {
    return committedSize;
  }

  /** Queues one record; the future completes with its index once it is durable. */
  CompletableFuture<Long> submit(AccessRecord record) {
    byte[] entry = AccessRecordCodec.encode(record);
    return enqueue(
        new Pending(
            new byte[][] {entry},
            new byte[][] {Rfc6962.leafHash(entry)},
            new String[] {record.personToken()},
            new CompletableFuture<>()));
  }

  /**
   * Queues canonical entry bytes; the future completes with the index once the entry is durable.
   */
  CompletableFuture<Long> submit(byte[] entry) {
    if (entry.length > mamori.log.verify.EntryBundle.MAX_ENTRY) {
      throw new IllegalArgumentException(
          "an entry of the log is at most "
              + mamori.log.verify.EntryBundle.MAX_ENTRY
              + " bytes, not "
              + entry.length);
    }
    byte[] copy = entry.clone();
    String token = AccessRecordCodec.decode(copy).personToken();
    return enqueue(
        new Pending(
            new byte[][] {copy},
            new byte[][] {Rfc6962.leafHash(copy)},
            new String[] {token},
            new CompletableFuture<>()));
  }

  /**
   * Queues {@code records} as one item, encoded and hashed before this returns; the future
   * completes with the index of the first once all are durable. At most {@link #QUEUE_CAPACITY}
   * records.
   */
  CompletableFuture<Long> submitAll(List<AccessRecord> records) {
    int n = records.size();
    byte[][] entries = new byte[n][];
    byte[][] hashes = new byte[n][];
    String[] tokens = new String[n];
    IntStream range = IntStream.range(0, n);
    (n >= PARALLEL_FROM ? range.parallel() : range)
        .forEach(i -> {
          AccessRecord r = records.get(i);
          entries[i] = AccessRecordCodec.encode(r);
          hashes[i] = Rfc6962.leafHash(entries[i]);
          tokens[i] = r.personToken();
        });
    return enqueue(new Pending(entries, hashes, tokens, new CompletableFuture<>()));
  }

  private CompletableFuture<Long> enqueue(Pending pending) {
    if (!running) {
      throw new LogUnavailableException("the log of " + tenant + " is closed");
    }
    if (queuedEntries.addAndGet(pending.size()) > QUEUE_CAPACITY || !queue.offer(pending)) {
      // offer cannot fail while every item holds an entry; it is kept as a guard
      queuedEntries.addAndGet(-pending.size());
      throw new LogOverloadedException(
          "the log of "
              + tenant
              + " has "
              + QUEUE_CAPACITY
              + " appends waiting; try again shortly");
    }
    if (!running && queue.remove(pending)) { // closed meanwhile, and the sequencer may be gone
      queuedEntries.addAndGet(-pending.size());
      throw new LogUnavailableException("the log of " + tenant + " is closed");
    }
    return pending.done();
  }

  /**
   * Waits for a submission's acknowledgement.
   *
   * @throws LogUnavailableException when it failed, or was not acknowledged within {@link
   *     #APPEND_TIMEOUT_S} s
   */
  static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(APPEND_TIMEOUT_S, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LogUnavailableException u) {
        throw u;
      }
      throw new LogUnavailableException("the log could not store the record", e.getCause());
    } catch (TimeoutException e) {
      throw new LogUnavailableException(
          "the log did not store the record within " + APPEND_TIMEOUT_S + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogUnavailableException("interrupted while waiting for the log");
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (running || !queue.isEmpty()) {
      try {
        if (tail == null) {
          // only what waited before this try fails with it: an append made as the store comes back
          // gets the next try, not this try's failure
          int waiting = queue.size();
          if (!reload()) {
            failQueued(
                waiting,
                new LogUnavailableException(
                    "the log of " + tenant + " cannot read its stored state"));
            Thread.sleep(100);
            continue;
          }
        }
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first != null) {
          gather(Math.min(MAX_BATCH, lastBatch));
          batch.add(first);
          int entries = first.size();
          for (Pending next;
              entries < MAX_BATCH
                  && (next = queue.peek()) != null
                  && entries + next.size() <= MAX_BATCH;
              entries += next.size()) {
            batch.add(queue.poll()); // the only taker, so it is the item peeked
          }
          queuedEntries.addAndGet(-entries);
          lastBatch = entries;
          write(batch, entries);
          batch.clear();
        }
        publisher.publishIfDue(committedSize, committedRoot);
      } catch (InterruptedException e) {
        running = false;
      } catch (RuntimeException e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
        batch.clear();
      }
    }
    publisher.publishNow(
        committedSize, committedRoot); // what was committed last, whatever the interval
    failQueued(new LogUnavailableException("the log of " + tenant + " is closed"));
  }

  /**
   * Waits, at most {@link #GATHER_NANOS}, until {@code entries} are queued: the callers the last
   * commit answered are on their way back, and a commit that waits for them costs one sync where
   * two half-full commits cost two.
   */
  private void gather(int entries) {
    long deadline = System.nanoTime() + GATHER_NANOS;
    while (queuedEntries.get() < entries && System.nanoTime() < deadline) {
      java.util.concurrent.locks.LockSupport.parkNanos(GATHER_STEP_NANOS);
    }
  }

  private boolean reload() {
    try {
      tail = StoredTail.load(storage, tenant, origin);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private void failQueued(LogUnavailableException why) {
    failQueued(Integer.MAX_VALUE, why);
  }

  /** Fails at most {@code most} of the waiting submissions, oldest first. */
  private void failQueued(int most, LogUnavailableException why) {
    Pending p;
    for (int n = 0; n < most && (p = queue.poll()) != null; n++) {
      queuedEntries.addAndGet(-p.size());
      p.done().completeExceptionally(why);
    }
  }

  private void write(List<Pending> batch, int count) {
    for (int attempt = 1; ; attempt++) {
      TreeTail t = Objects.requireNonNull(tail);
      long from = t.size();
      byte[][] entries = new byte[count][];
      String[] tokens = new String[count];
      int i = 0;
      for (Pending p : batch) {
        System.arraycopy(p.entries(), 0, entries, i, p.size());
        System.arraycopy(p.tokens(), 0, tokens, i, p.size());
        i += p.size();
        for (byte[] leafHash : p.leafHashes()) {
          t.append(leafHash);
        }
      }
      byte[] root = t.root();
      try {
        storage.commit(
            tenant, origin, new LogStorage.Batch(from, entries, tokens, t.takeDirtyTiles(), root));
      } catch (RuntimeException e) {
        tail =
            null; // memory ran ahead of the disk: read the stored state back before anything else
        reload();
        // Another writer of the same store (a command run beside the service: a sign-in, an
        // import) moved the log since this one last read it. Nothing of this batch was stored and
        // a leaf's hash does not depend on its position, so the batch is written once more on top
        // of what is stored now; any other failure, or a second one, fails the batch.
        if (attempt == 1
            && tail != null
            && e instanceof org.springframework.dao.OptimisticLockingFailureException) {
          continue;
        }
        // The connection may have died while the store committed (a database server lost, its
        // standby promoted): the outcome is unknown to this side. The store read back decides. If
        // it holds exactly this batch on top (its size, and the root this batch gives, which no
        // other leaves can give), the entries are durable and their callers are answered; else
        // they failed, and the next batch goes on top of what is stored.
        TreeTail stored = tail;
        if (stored != null
            && stored.size() == from + count
            && java.util.Arrays.equals(stored.root(), root)) {
          answer(batch, from, stored.size(), root);
          return;
        }
        LogUnavailableException failure =
            new LogUnavailableException(
                "the log of "
                    + tenant
                    + " could not store "
                    + count
                    + " entries: "
                    + StoreCalls.reason(e),
                e);
        failingSince = Math.max(1, System.nanoTime());
        batch.forEach(p -> p.done().completeExceptionally(failure));
        return;
      }
      answer(batch, from, t.size(), root);
      return;
    }
  }

  /**
   * Takes the tree of {@code size} and {@code root} as committed and answers the batch's callers.
   */
  private void answer(List<Pending> batch, long from, long size, byte[] root) {
    failingSince = 0;
    committedRoot = root;
    committedSize = size;
    long seq = from;
    for (Pending p : batch) {
      p.done().complete(seq);
      seq += p.size();
    }
  }

  /**
   * Why this log cannot take an append now, or empty when it can: closed, its stored state
   * unreadable (the sequencer reads it again every 100 ms), or its last commit failed within {@code
   * recent} nanoseconds and none has succeeded since.
   */
  java.util.Optional<String> trouble(long recent) {
    if (!running) {
      return java.util.Optional.of("closed");
    }
    if (tail == null) {
      return java.util.Optional.of("its stored state cannot be read");
    }
    long since = failingSince;
    if (since != 0 && System.nanoTime() - since < recent) {
      return java.util.Optional.of("its last append could not be stored");
    }
    return java.util.Optional.empty();
  }

  /**
   * Stops taking submissions, lets the queue drain, signs what was committed and ends the thread.
   */
  @Override
  public void close() {
    running = false;
    try {
      sequencer.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
