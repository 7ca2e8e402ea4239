package mamori.log;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.VerifierKey;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's transparency log: the appender and the reader of its tree.
 *
 * <p>Design. Callers put entries on a bounded queue and wait; one sequencer thread takes whatever has
 * gathered (group commit), gives the entries the next sequence numbers, extends the tree's right edge
 * ({@link TreeTail}) and stores entries, changed tiles and the new size and root in one transaction.
 * Only when that transaction has committed (SQLite WAL with full sync, or PostgreSQL) are the waiting
 * callers answered with their index, so an acknowledged entry survives a crash. A failed commit fails
 * the whole batch and the tail is read back from the store, so memory never runs ahead of the disk.
 * At most once a second, while the tree has grown, the thread signs a checkpoint of the committed tree
 * (Ed25519 and ML-DSA-44) and stores it before anyone can fetch it, so no published checkpoint can be
 * contradicted by what a restart finds. A full queue answers at once with {@link LogOverloadedException}.
 *
 * <p>A bulk append ({@link #appendAll}) is one queue item holding all its entries, encoded and hashed on
 * the caller's thread (on several when it is large); the sequencer commits it whole in one transaction,
 * possibly with other items, and never splits it, so a call is stored entirely or not at all. The queue is
 * bounded by the entries waiting, not the items. Each entry's person token goes into {@code log_person}
 * in the same transaction, so the resident's history ({@link #entriesFor}) always matches the tree.
 */
public final class TenantLog implements AutoCloseable {
  static final int QUEUE_CAPACITY = 65_536;
  static final int MAX_BATCH = 8_192;
  static final long CHECKPOINT_INTERVAL_MS = 1_000;
  static final long APPEND_TIMEOUT_S = 30;

  /** The most records one {@link #appendAll} takes: what the queue holds. */
  public static final int MAX_APPEND_ALL = QUEUE_CAPACITY;
  /** From this many records on, {@link #appendAll} encodes and hashes on several threads. */
  static final int PARALLEL_FROM = 1_024;

  /**
   * One caller's entries waiting for the sequencer, with their leaf hashes and person tokens made on the
   * caller's thread; the future completes with the index of the first.
   */
  private record Pending(byte[][] entries, byte[][] leafHashes, String[] tokens, CompletableFuture<Long> done) {
    int size() {
      return entries.length;
    }
  }

  private final String tenant;
  private final String origin;
  private final LogStore store;
  private final List<NoteSigner> signers;
  private final Object storeCosignedLock = new Object();
  private final Clock clock;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
  private final AtomicInteger queuedEntries = new AtomicInteger();
  private final Thread sequencer;
  private final List<Consumer<String>> checkpointListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean running = true;
  private volatile long committedSize;
  private byte[] committedRoot;
  private @Nullable TreeTail tail; // null while the stored state could not be read back after a failed commit
  private long checkpointedSize = -1;
  private long lastCheckpointAt;

  TenantLog(String tenant, String origin, LogStore store, List<NoteSigner> signers, Clock clock) {
    this.tenant = tenant;
    this.origin = origin;
    this.store = store;
    this.signers = List.copyOf(signers);
    this.clock = clock;
    TreeTail loaded = loadTail();
    this.tail = loaded;
    this.committedSize = loaded.size();
    this.committedRoot = loaded.root();
    this.checkpointedSize = store.latestCheckpoint(tenant).map(LogStore.StoredCheckpoint::size).orElse(-1L);
    if (checkpointedSize > committedSize) {
      throw new LogUnavailableException("the log of " + tenant + " has a signed checkpoint of size " + checkpointedSize
          + " but only " + committedSize + " stored entries; run 'mamori log verify --tenant " + tenant + "'");
    }
    this.sequencer = Thread.ofPlatform().daemon().name("mamori-log-" + tenant).start(this::run);
  }

  public String tenant() {
    return tenant;
  }

  public String origin() {
    return origin;
  }

  /**
   * Appends an access record and returns its index once it is durable.
   *
   * @throws LogOverloadedException at once when too many appends are waiting
   * @throws LogUnavailableException when the record could not be stored; nothing may then be revealed
   */
  public long append(AccessRecord record) {
    byte[] entry = AccessRecordCodec.encode(record);
    return await(enqueue(new Pending(new byte[][] {entry}, new byte[][] {Rfc6962.leafHash(entry)},
        new String[] {record.personToken()}, new CompletableFuture<>())));
  }

  /**
   * Appends {@code records} in their order at consecutive indexes and returns those indexes once every
   * one of them is durable. The records are stored in one transaction: either all are acknowledged or,
   * when this throws {@link LogUnavailableException}, none was stored and the log's size and root are
   * those before the call. Other appends may come before or after the whole run, never inside it.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_APPEND_ALL} records or one does
   *     not encode; nothing is then appended
   * @throws LogOverloadedException at once when too many appends are waiting
   * @throws LogUnavailableException when the records could not be stored; none may then be relied on
   */
  public List<Long> appendAll(List<AccessRecord> records) {
    return awaitAll(appendAllAsync(records));
  }

  /**
   * {@link #appendAll} without waiting: the future completes with the indexes once every record is
   * durable, or with a {@link LogUnavailableException} when none was stored. A bulk caller can prepare
   * its next batch meanwhile, as long as it reveals or stores nothing of a batch before its future has
   * completed normally. The records are encoded and hashed before this returns.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_APPEND_ALL} records or one does
   *     not encode; nothing is then appended
   * @throws LogOverloadedException at once when too many appends are waiting
   * @throws LogUnavailableException at once when the log is closed
   */
  public CompletableFuture<List<Long>> appendAllAsync(List<AccessRecord> records) {
    int n = records.size();
    if (n > MAX_APPEND_ALL) {
      throw new IllegalArgumentException("appendAll takes at most " + MAX_APPEND_ALL + " records, not " + n);
    }
    if (n == 0) {
      return CompletableFuture.completedFuture(List.of());
    }
    byte[][] entries = new byte[n][];
    byte[][] hashes = new byte[n][];
    String[] tokens = new String[n];
    IntStream range = IntStream.range(0, n);
    (n >= PARALLEL_FROM ? range.parallel() : range).forEach(i -> {
      AccessRecord r = records.get(i);
      entries[i] = AccessRecordCodec.encode(r);
      hashes[i] = Rfc6962.leafHash(entries[i]);
      tokens[i] = r.personToken();
    });
    return enqueue(new Pending(entries, hashes, tokens, new CompletableFuture<>()))
        .thenApply(first -> LongStream.range(first, first + n).boxed().toList());
  }

  /** Appends canonical entry bytes; the future completes with the index once the entry is durable. */
  CompletableFuture<Long> appendAsync(byte[] entry) {
    byte[] copy = entry.clone();
    String token = AccessRecordCodec.decode(copy).personToken();
    return enqueue(new Pending(new byte[][] {copy}, new byte[][] {Rfc6962.leafHash(copy)}, new String[] {token},
        new CompletableFuture<>()));
  }

  private CompletableFuture<Long> enqueue(Pending pending) {
    if (!running) {
      throw new LogUnavailableException("the log of " + tenant + " is closed");
    }
    if (queuedEntries.addAndGet(pending.size()) > QUEUE_CAPACITY) {
      queuedEntries.addAndGet(-pending.size());
      throw new LogOverloadedException("the log of " + tenant + " has " + QUEUE_CAPACITY
          + " appends waiting; try again shortly");
    }
    if (!queue.offer(pending)) { // cannot happen while every item holds an entry; kept as a guard
      queuedEntries.addAndGet(-pending.size());
      throw new LogOverloadedException("the log of " + tenant + " has " + QUEUE_CAPACITY
          + " appends waiting; try again shortly");
    }
    if (!running && queue.remove(pending)) { // closed meanwhile, and the sequencer may be gone
      queuedEntries.addAndGet(-pending.size());
      throw new LogUnavailableException("the log of " + tenant + " is closed");
    }
    return pending.done();
  }

  static long await(CompletableFuture<Long> future) {
    return awaitAll(future);
  }

  private static <T> T awaitAll(CompletableFuture<T> future) {
    try {
      return future.get(APPEND_TIMEOUT_S, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof LogUnavailableException u) {
        throw u;
      }
      throw new LogUnavailableException("the log could not store the record", e.getCause());
    } catch (TimeoutException e) {
      throw new LogUnavailableException("the log did not store the record within " + APPEND_TIMEOUT_S + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LogUnavailableException("interrupted while waiting for the log");
    }
  }

  /** The number of durable entries. */
  public long size() {
    return committedSize;
  }

  /** The latest signed checkpoint as a signed note, if one was signed. */
  public Optional<String> checkpoint() {
    return store.latestCheckpoint(tenant).map(LogStore.StoredCheckpoint::note);
  }

  /** When the latest checkpoint was stored (signed, or last cosigned), if one was signed. */
  public Optional<java.time.Instant> checkpointStoredAt() {
    return store.latestCheckpoint(tenant).map(c -> java.time.Instant.ofEpochMilli(c.signedAt()));
  }

  /** Called with each newly signed checkpoint note, on the sequencer thread (witnesses listen here). */
  public void onCheckpoint(Consumer<String> listener) {
    checkpointListeners.add(listener);
  }

  /** A stored tile's hashes (full or partial), or an empty array. Tiles hold hashes only. */
  public byte[] tile(int level, long index) {
    return store.tile(tenant, level, index);
  }

  /** The canonical bytes of entry {@code index}, if present. */
  public Optional<byte[]> entry(long index) {
    return store.entry(tenant, index);
  }

  /**
   * The indexes of every durable entry whose person token is {@code personToken}, in log order. An
   * empty token names no person and gives an empty list.
   *
   * @throws LogUnavailableException when the store cannot be read
   */
  public List<Long> indicesFor(String personToken) {
    return personToken.isEmpty() ? List.of() : store.indicesFor(tenant, personToken, committedSize);
  }

  /**
   * The newest {@code limit} durable records whose person token is {@code personToken}, oldest first
   * (in log order): a resident's history. An empty token gives an empty list.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   * @throws LogUnavailableException when the store cannot be read or an entry does not decode
   */
  public List<AccessRecord> entriesFor(String personToken, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, not " + limit);
    }
    if (personToken.isEmpty() || limit == 0) {
      return List.of();
    }
    List<AccessRecord> out = new ArrayList<>();
    for (byte[] entry : store.entriesFor(tenant, personToken, limit, committedSize)) {
      try {
        out.add(AccessRecordCodec.decode(entry));
      } catch (IllegalArgumentException e) {
        throw new LogUnavailableException("a stored entry of the log of " + tenant + " does not decode: "
            + e.getMessage() + "; run 'mamori log verify --tenant " + tenant + "'", e);
      }
    }
    return out;
  }

  /**
   * The durable records at indexes {@code from} (inclusive) to {@code to} (exclusive, at most the size),
   * oldest first: a page of the log for a reader such as the staff console.
   *
   * @throws IllegalArgumentException when the range is negative, reversed or longer than 65,536
   * @throws LogUnavailableException when the store cannot be read or an entry does not decode
   */
  public List<AccessRecord> records(long from, long to) {
    long end = Math.min(to, committedSize);
    if (from < 0 || to < from || to - from > MAX_APPEND_ALL) {
      throw new IllegalArgumentException("a page of records is 0 to " + MAX_APPEND_ALL + " indexes from 0 on");
    }
    List<AccessRecord> out = new ArrayList<>();
    if (from >= end) {
      return out;
    }
    try {
      store.entries(tenant, from, end, (seq, entry) -> out.add(AccessRecordCodec.decode(entry)));
    } catch (SQLException | IllegalArgumentException e) {
      throw new LogUnavailableException("cannot read the log of " + tenant + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The audit path of entry {@code index} in the tree of {@code treeSize} entries. */
  public List<byte[]> inclusionProof(long index, long treeSize) {
    return proofs(treeSize).inclusion(index);
  }

  /** The consistency proof from the tree of {@code size1} entries to that of {@code size2}. */
  public List<byte[]> consistencyProof(long size1, long size2) {
    return proofs(size2).consistency(size1);
  }

  /** The root hash of the tree of {@code treeSize} entries. */
  public byte[] root(long treeSize) {
    return proofs(treeSize).root();
  }

  /** The leaf hash of entry {@code index}. */
  public byte[] leafHash(long index) {
    return proofs(committedSize).leaf(index);
  }

  private ProofBuilder proofs(long treeSize) {
    if (treeSize < 0 || treeSize > committedSize) {
      throw new IllegalArgumentException("the log of " + tenant + " has " + committedSize + " entries, not " + treeSize);
    }
    return new ProofBuilder((level, index) -> store.tile(tenant, level, index), treeSize);
  }

  private TreeTail loadTail() {
    try {
      Optional<LogStore.State> state = store.state(tenant);
      if (state.isEmpty()) {
        return TreeTail.empty();
      }
      if (!state.get().origin().equals(origin)) {
        throw new LogUnavailableException("the log of " + tenant + " is stored with origin "
            + state.get().origin() + ", not " + origin);
      }
      TreeTail t = TreeTail.resume(state.get().size(), (level, index) -> store.tile(tenant, level, index));
      if (!java.util.Arrays.equals(t.root(), state.get().root())) {
        throw new LogUnavailableException("the stored tiles of " + tenant + " do not give the stored root;"
            + " run 'mamori log verify --tenant " + tenant + "'");
      }
      return t;
    } catch (SQLException e) {
      throw new LogUnavailableException("cannot read the log of " + tenant, e);
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (running || !queue.isEmpty()) {
      try {
        TreeTail current = tail != null ? tail : reload();
        if (current == null) {
          failQueued(new LogUnavailableException("the log of " + tenant + " cannot read its stored state"));
          Thread.sleep(100);
          continue;
        }
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first != null) {
          batch.add(first);
          int entries = first.size();
          for (Pending next; entries < MAX_BATCH && (next = queue.peek()) != null
              && entries + next.size() <= MAX_BATCH; entries += next.size()) {
            batch.add(queue.poll()); // the only taker, so it is the item peeked
          }
          queuedEntries.addAndGet(-entries);
          write(current, batch, entries);
          batch.clear();
        }
        maybeCheckpoint();
      } catch (InterruptedException e) {
        running = false;
      } catch (RuntimeException e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
        batch.clear();
      }
    }
    lastCheckpointAt = Long.MIN_VALUE / 2; // sign what was committed last, whatever the interval
    maybeCheckpoint();
    failQueued(new LogUnavailableException("the log of " + tenant + " is closed"));
  }

  /** Reads the stored state back into memory; null when it cannot be read now. */
  private @Nullable TreeTail reload() {
    try {
      TreeTail loaded = loadTail();
      tail = loaded;
      return loaded;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void failQueued(LogUnavailableException why) {
    for (Pending p; (p = queue.poll()) != null; ) {
      queuedEntries.addAndGet(-p.size());
      p.done().completeExceptionally(why);
    }
  }

  private void write(TreeTail current, List<Pending> batch, int count) {
    long from = current.size();
    byte[][] entries = new byte[count][];
    String[] tokens = new String[count];
    int i = 0;
    for (Pending p : batch) {
      System.arraycopy(p.entries(), 0, entries, i, p.size());
      System.arraycopy(p.tokens(), 0, tokens, i, p.size());
      i += p.size();
      for (byte[] leafHash : p.leafHashes()) {
        current.append(leafHash);
      }
    }
    byte[] root = current.root();
    try {
      store.commit(tenant, origin, from, entries, tokens, current.takeDirtyTiles(), root);
    } catch (SQLException | RuntimeException e) {
      LogUnavailableException failure = new LogUnavailableException("the log of " + tenant
          + " could not store " + count + " entries: " + e.getMessage(), e);
      batch.forEach(p -> p.done().completeExceptionally(failure));
      tail = null; // memory ran ahead of the disk: read the stored state back before anything else
      reload();
      return;
    }
    committedRoot = root;
    committedSize = current.size();
    long seq = from;
    for (Pending p : batch) {
      p.done().complete(seq);
      seq += p.size();
    }
  }

  private void maybeCheckpoint() {
    long now = clock.millis();
    long size = committedSize; // only what is durable is ever signed
    if (size == checkpointedSize || now - lastCheckpointAt < CHECKPOINT_INTERVAL_MS && checkpointedSize >= 0) {
      return;
    }
    if (size == 0) {
      return; // no log yet: the first append creates it
    }
    String note = sign(new Checkpoint(origin, size, committedRoot));
    try {
      store.saveCheckpoint(tenant, size, note, now);
    } catch (SQLException e) {
      return; // tried again on the next turn; nothing was published
    }
    checkpointedSize = size;
    lastCheckpointAt = now;
    checkpointListeners.forEach(l -> l.accept(note));
  }

  /** Signs a checkpoint with every signer of this log. */
  String sign(Checkpoint checkpoint) {
    String text = checkpoint.text();
    Note note = Note.of(text, List.of());
    for (NoteSigner s : signers) {
      note = note.withSignature(s.sign(text));
    }
    return note.toString();
  }

  /**
   * Stores the note of this log's checkpoint at {@code size} again, now with cosignatures added (the
   * witness module calls back with them). The note's text must be exactly this log's checkpoint at that
   * size, so a caller can add signatures but never change what was signed; it must still carry a valid
   * signature by every one of this log's own keys, so the published checkpoint always verifies; and it
   * must keep every signature line the stored note at that size already has, so no cosignature is lost.
   *
   * @throws IllegalArgumentException if the note is malformed, is not this log's checkpoint at {@code size},
   *     lacks a valid signature by one of this log's keys, or drops a line the stored note has
   * @throws LogUnavailableException if the note cannot be stored
   */
  public void storeCosigned(long size, String note) {
    Note parsed;
    try {
      parsed = Note.parse(note);
    } catch (NoteException e) {
      throw new IllegalArgumentException("a cosigned checkpoint is a signed note: " + e.getMessage(), e);
    }
    if (!parsed.text().equals(new Checkpoint(origin, size, root(size)).text())) {
      throw new IllegalArgumentException("the note is not the checkpoint of " + origin + " at size " + size);
    }
    List<VerifierKey> own = signers.stream().map(NoteSigner::verifierKey).toList();
    try {
      List<VerifierKey> verifiedBy = NoteVerifier.of(own).verify(parsed).verifiedBy();
      for (VerifierKey key : own) {
        if (!verifiedBy.contains(key)) {
          throw new IllegalArgumentException("the note lacks the signature of this log's key " + key.name()
              + "+" + Integer.toHexString(key.keyId()));
        }
      }
    } catch (NoteException e) {
      throw new IllegalArgumentException("the note's signatures by this log's keys do not verify: " + e.getMessage(), e);
    }
    synchronized (storeCosignedLock) {
      Optional<LogStore.StoredCheckpoint> stored = store.checkpointAt(tenant, size);
      if (stored.isPresent()) {
        List<NoteSignature> before;
        try {
          before = Note.parse(stored.get().note()).signatures();
        } catch (NoteException e) {
          throw new LogUnavailableException("the stored checkpoint at size " + size + " is not a note", e);
        }
        for (NoteSignature line : before) {
          if (!parsed.signatures().contains(line)) {
            throw new IllegalArgumentException("the note drops the signature line by " + line
                + " of the stored checkpoint; cosignatures are only ever added");
          }
        }
      }
      try {
        store.saveCheckpoint(tenant, size, note, clock.millis());
      } catch (SQLException e) {
        throw new LogUnavailableException("cannot store the cosigned checkpoint: " + e.getMessage(), e);
      }
    }
  }

  /** Stops taking appends, lets the queue drain and the thread end. */
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
