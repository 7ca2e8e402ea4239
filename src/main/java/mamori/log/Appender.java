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
 * <p>Several writers. Instances of the service on one PostgreSQL server each run an appender for
 * the tenant, and commands beside them append too. A commit moves the stored log only from the size
 * its batch was built on ({@link LogStorage#commit}), so the stored log has one order whatever the
 * writers do; a batch refused because another writer moved the log is built again, in the store
 * that holds the log meanwhile ({@link LogStorage#commitSerialised}), on the tail read there: the
 * state and the tiles of its right edge, full tiles read once and kept ({@link
 * StoredTail.FullTiles}). A writer that lost a race so waits at most for the commit under way and
 * then wins, and the fast path of a lone writer stays one statement. For {@link #CONTENDED_NANOS}
 * after another writer was last seen moving the log, every batch takes that serialised path at
 * once, so that two busy instances do not pay for a refused try under nearly every batch. Refusals
 * for another writer are retried up to {@link #MAX_COMMIT_TRIES} times (only the log's very first
 * batch, or a store that cannot hold the log, gives more than one); then the batch fails with the
 * reason. The appender's size is its own last commit's end, which may lag the store's by other
 * writers' entries: readers that need the newest read the stored state.
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

  /**
   * How many times a batch is committed while the cause of each refusal is another writer of the
   * store: the first try is optimistic, each later one holds the log in the store and so fails only
   * on the log's very first batch or on a store that cannot hold it (SQLite's default).
   */
  static final int MAX_COMMIT_TRIES = 8;

  /**
   * How long after another writer was last seen moving the log every batch is committed holding the
   * log in the store, without the optimistic try first. Two instances under load move the log under
   * nearly every batch of each other, and a refused optimistic try costs its statement, a read of
   * the stored tail and then the serialised commit all the same (docs/performance.md, Two instances
   * on one PostgreSQL).
   */
  static final long CONTENDED_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

  /** The longest the sequencer waits for the callers of the last commit to come back. */
  static final long GATHER_NANOS = 500_000;

  /** How long the sequencer waits for an append before it looks at the stored size again. */
  static final long IDLE_POLL_MS = 100;

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
  private final StoredTail.FullTiles tiles = new StoredTail.FullTiles();
  private final Thread sequencer;
  private volatile boolean running = true;
  private volatile long committedSize;
  private volatile long storedSize; // the stored log's size as last seen; may be behind
  // System.nanoTime of the last failed commit while none has succeeded since; 0: none
  private volatile long failingSince;
  private int lastBatch = 1; // the sequencer's own
  // System.nanoTime until which batches go straight to the serialised commit, since another writer
  // moved the log under a recent one; the sequencer's own
  private long contendedUntil = System.nanoTime();
  private final AtomicInteger refusedTries = new AtomicInteger();
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
    TreeTail stored = tiles.load(storage, tenant, origin);
    this.tail = stored;
    this.committedSize = stored.size();
    this.committedRoot = stored.root();
    publisher.resume(committedSize);
    this.sequencer = Thread.ofPlatform().daemon().name("mamori-log-" + tenant).start(this::run);
  }

  /**
   * The number of durable entries: this appender's last commit's end, or the stored log's size when
   * another writer moved it beyond (seen at the last reload, or by the sequencer when idle: every
   * {@value #IDLE_POLL_MS} ms without appends).
   */
  long size() {
    return Math.max(committedSize, storedSize);
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
        Pending first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
        if (first == null) {
          observeStored();
        } else {
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
      TreeTail t = tiles.load(storage, tenant, origin);
      tail = t;
      storedSize = t.size();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Reads the stored size, which other writers of the store may have moved; one row by key. */
  private void observeStored() {
    try {
      storedSize = storage.size(tenant);
    } catch (org.springframework.dao.DataAccessException e) {
      // the next append, or the next idle turn, reads the store again
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

  /**
   * Commits the batch: first optimistically on the tail in memory, then, when another writer moved
   * the log meanwhile, serialised in the store on the tail read there, and so on while the cause is
   * another writer, at most {@link #MAX_COMMIT_TRIES} times.
   */
  private void write(List<Pending> batch, int count) {
    byte[][] entries = new byte[count][];
    String[] tokens = new String[count];
    int i = 0;
    for (Pending p : batch) {
      System.arraycopy(p.entries(), 0, entries, i, p.size());
      System.arraycopy(p.tokens(), 0, tokens, i, p.size());
      i += p.size();
    }
    for (int attempt = 1; ; attempt++) {
      // the tail the batch was built on, and the batch; null until built (a failure before that
      // stored nothing of it)
      Built[] built = new Built[1];
      try {
        if (attempt == 1 && System.nanoTime() - contendedUntil >= 0) {
          built[0] = build(Objects.requireNonNull(tail), batch, entries, tokens);
          storage.commit(tenant, origin, built[0].batch());
        } else {
          // Another writer of the same store (a second instance of the service, a command run
          // beside it) moved the log since this one last read it, or did so under a recent
          // batch. Nothing of this batch was stored, and a leaf's hash does not depend on its
          // position: the store holds the log while the batch is built on the tail it reads
          // there, and commits it.
          long known = tail == null ? -1 : tail.size();
          boolean[] moved = new boolean[1];
          storage.commitSerialised(
              tenant,
              origin,
              locked -> {
                TreeTail stored = tiles.load(locked, tenant, origin);
                moved[0] = stored.size() != known;
                built[0] = build(stored, batch, entries, tokens);
                return built[0].batch();
              });
          if (moved[0]) {
            contendedUntil = System.nanoTime() + CONTENDED_NANOS;
          }
        }
      } catch (RuntimeException e) {
        if (e instanceof org.springframework.dao.OptimisticLockingFailureException) {
          refusedTries.incrementAndGet();
          contendedUntil = System.nanoTime() + CONTENDED_NANOS;
        }
        tail =
            null; // memory ran ahead of the disk: read the stored state back before anything else
        reload();
        if (attempt < MAX_COMMIT_TRIES
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
        Built b = built[0];
        if (stored != null
            && b != null
            && stored.size() == b.batch().toSize()
            && java.util.Arrays.equals(stored.root(), b.batch().root())) {
          answer(batch, b.batch().fromSize(), stored.size(), b.batch().root());
          return;
        }
        String why =
            e instanceof org.springframework.dao.OptimisticLockingFailureException
                ? "other writers moved it under each of "
                    + attempt
                    + " tries (the last: "
                    + StoreCalls.reason(e)
                    + ")"
                : StoreCalls.reason(e);
        LogUnavailableException failure =
            new LogUnavailableException(
                "the log of " + tenant + " could not store " + count + " entries: " + why, e);
        failingSince = Math.max(1, System.nanoTime());
        batch.forEach(p -> p.done().completeExceptionally(failure));
        return;
      }
      Built b = built[0];
      tail = b.tail();
      answer(batch, b.batch().fromSize(), b.batch().toSize(), b.batch().root());
      return;
    }
  }

  /** How many commits the store refused because another writer had moved the log. */
  int refusedTries() {
    return refusedTries.get();
  }

  /** A batch and the tail that ends with it. */
  private record Built(TreeTail tail, LogStorage.Batch batch) {}

  /** The batch of {@code pending}'s entries on top of {@code t}, which it extends. */
  private static Built build(TreeTail t, List<Pending> pending, byte[][] entries, String[] tokens) {
    long from = t.size();
    for (Pending p : pending) {
      for (byte[] leafHash : p.leafHashes()) {
        t.append(leafHash);
      }
    }
    byte[] root = t.root();
    return new Built(t, new LogStorage.Batch(from, entries, tokens, t.takeDirtyTiles(), root));
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
