package mamori.log;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import mamori.log.storage.LogStorage;
import mamori.log.verify.NoteSigner;

/**
 * One tenant's transparency log, as the other modules see it. Behind it four roles, each in its own
 * class and each on one {@link LogStorage}: the {@link Appender} sequences entries and commits them
 * in groups, answering only once they are durable; the {@link LogReader} reads entries and tiles
 * and builds proofs within the committed tree; the {@link CheckpointPublisher} signs the committed
 * tree as C2SP checkpoints; the {@link CosignatureMerger} adds witnesses' cosignatures to them.
 * This class only wires them and passes calls on.
 */
public final class TenantLog implements AutoCloseable {
  /** The most records one {@link #appendAll} takes: what the appender's queue holds. */
  public static final int MAX_APPEND_ALL = Appender.QUEUE_CAPACITY;

  private final String tenant;
  private final String origin;
  private final CheckpointPublisher publisher;
  private final Appender appender;
  private final LogReader reader;
  private final CosignatureMerger merger;
  private final Publication publication;
  private final LogStorage storage;
  private final Consumer<List<AccessRecord>> appended;

  /**
   * @throws LogUnavailableException when the stored log cannot be read or does not hold together
   */
  TenantLog(
      String tenant, String origin, LogStorage storage, List<NoteSigner> signers, Clock clock) {
    this(tenant, origin, storage, signers, clock, records -> {});
  }

  /** The same; {@code appended} hears each run of records once it is durable. */
  TenantLog(
      String tenant,
      String origin,
      LogStorage storage,
      List<NoteSigner> signers,
      Clock clock,
      Consumer<List<AccessRecord>> appended) {
    this.storage = storage;
    this.appended = appended;
    this.tenant = tenant;
    this.origin = origin;
    this.publisher = new CheckpointPublisher(tenant, origin, storage, signers, clock);
    this.appender = new Appender(tenant, origin, storage, publisher);
    this.reader = new LogReader(tenant, storage, appender::size);
    this.merger =
        new CosignatureMerger(tenant, origin, storage, publisher.keys(), reader::root, clock);
    this.publication = new Publication(origin, publisher.keys(), publisher::atMost);
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
   * @throws LogUnavailableException when the record could not be stored; nothing may then be
   *     revealed
   */
  public long append(AccessRecord record) {
    long index = Appender.await(appender.submit(record));
    appended.accept(List.of(record));
    return index;
  }

  /**
   * Appends {@code records} in their order at consecutive indexes and returns those indexes once
   * every one of them is durable. The records are stored in one transaction: either all are
   * acknowledged or, when this throws {@link LogUnavailableException}, none was stored and the
   * log's size and root are those before the call. Other appends may come before or after the whole
   * run, never inside it.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_APPEND_ALL} records or
   *     one does not encode; nothing is then appended
   * @throws LogOverloadedException at once when too many appends are waiting
   * @throws LogUnavailableException when the records could not be stored; none may then be relied
   *     on
   */
  public List<Long> appendAll(List<AccessRecord> records) {
    return Appender.await(appendAllAsync(records));
  }

  /**
   * {@link #appendAll} without waiting: the future completes with the indexes once every record is
   * durable, or with a {@link LogUnavailableException} when none was stored. A bulk caller can
   * prepare its next batch meanwhile, as long as it reveals or stores nothing of a batch before its
   * future has completed normally. The records are encoded and hashed before this returns.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_APPEND_ALL} records or
   *     one does not encode; nothing is then appended
   * @throws LogOverloadedException at once when too many appends are waiting
   * @throws LogUnavailableException at once when the log is closed
   */
  public CompletableFuture<List<Long>> appendAllAsync(List<AccessRecord> records) {
    int n = records.size();
    if (n > MAX_APPEND_ALL) {
      throw new IllegalArgumentException(
          "appendAll takes at most " + MAX_APPEND_ALL + " records, not " + n);
    }
    if (n == 0) {
      return CompletableFuture.completedFuture(List.of());
    }
    return appender
        .submitAll(records)
        .thenApply(first -> {
          appended.accept(records);
          return LongStream.range(first, first + n).boxed().toList();
        });
  }

  /**
   * Appends canonical entry bytes; the future completes with the index once the entry is durable.
   */
  CompletableFuture<Long> appendAsync(byte[] entry) {
    return appender.submit(entry);
  }

  /**
   * Why this log cannot take an append now, or empty when it can: it is closed, its stored state
   * cannot be read, or an append failed to be stored in the last {@code recent} and none was stored
   * since. Readiness asks this: a log that cannot append refuses every read (fail closed).
   */
  public Optional<String> trouble(java.time.Duration recent) {
    return appender.trouble(recent.toNanos());
  }

  /** The number of durable entries. */
  public long size() {
    return appender.size();
  }

  /** The latest signed checkpoint as a signed note, if one was signed. */
  public Optional<String> checkpoint() {
    return publisher.latest();
  }

  /**
   * The stored checkpoint note (as cosigned since, if it was) of the largest size not above {@code
   * size}: an older checkpoint that the witnesses have cosigned while the newest waits for them.
   */
  public Optional<String> checkpointAtMost(long size) {
    return publisher.atMost(size);
  }

  /**
   * Sets when a checkpoint counts as published: cosigned by at least {@code min(k, n)} of the
   * policy's witnesses. The witness module sets it from the configuration; until then, and with no
   * witness, every signed checkpoint is published.
   */
  public void publishWhen(WitnessPolicy policy) {
    publication.policy(policy);
  }

  /** The policy that decides which checkpoints are published. */
  public WitnessPolicy witnessPolicy() {
    return publication.policy();
  }

  /**
   * The latest published checkpoint note: signed by every key of the log and cosigned by the
   * policy's quorum of witnesses. This is the one residents, auditors and {@code GET
   * /log/{tenant}/checkpoint} are shown; newer signed checkpoints wait for their cosignatures.
   *
   * @throws LogUnavailableException when the stored checkpoints cannot be read
   */
  public Optional<String> publishedCheckpoint() {
    return publication.latest();
  }

  /**
   * The published checkpoint note of the largest size not above {@code size}.
   *
   * @throws LogUnavailableException when the stored checkpoints cannot be read
   */
  public Optional<String> publishedCheckpointAtMost(long size) {
    return publication.atMost(size);
  }

  /** Whether {@code note} is a published checkpoint of this log under the current policy. */
  public boolean isPublished(String note) {
    return publication.isPublished(note);
  }

  /**
   * Where the log stands for monitoring: its size, and the size and storing time of the latest
   * signed and of the latest published checkpoint (zero and empty when there is none).
   *
   * @throws LogUnavailableException when the stored checkpoints cannot be read
   */
  public Standing standing() {
    Optional<LogStorage.StoredCheckpoint> signed =
        StoreCalls.read(
            "the checkpoints of the log of " + tenant,
            () -> storage.checkpoint(tenant, Long.MAX_VALUE));
    Optional<LogStorage.StoredCheckpoint> published =
        publication
            .latest()
            .flatMap(note ->
                Publication.sizeOf(note) == 0
                    ? Optional.empty()
                    : StoreCalls.read(
                        "the checkpoints of the log of " + tenant,
                        () -> storage.checkpoint(tenant, Publication.sizeOf(note))));
    return new Standing(
        size(),
        signed.map(LogStorage.StoredCheckpoint::size).orElse(0L),
        signed.map(c -> Instant.ofEpochMilli(c.signedAt())),
        published.map(LogStorage.StoredCheckpoint::size).orElse(0L),
        published.map(c -> Instant.ofEpochMilli(c.signedAt())));
  }

  /**
   * A log's standing: {@code size} durable entries; the latest signed checkpoint covers {@code
   * signedSize} of them and was stored at {@code signedAt} (its signing, or its last cosignature);
   * the latest published one (cosigned by the witnesses' quorum) covers {@code publishedSize} and
   * was stored at {@code publishedAt}.
   */
  public record Standing(
      long size,
      long signedSize,
      Optional<Instant> signedAt,
      long publishedSize,
      Optional<Instant> publishedAt) {
    /** The entries signed but not yet published: how far the witnesses lag behind. */
    public long witnessLag() {
      return Math.max(0, signedSize - publishedSize);
    }
  }

  /** When the latest checkpoint was stored (signed, or last cosigned), if one was signed. */
  public Optional<Instant> checkpointStoredAt() {
    return publisher.latestStoredAt();
  }

  /**
   * Called with each newly signed checkpoint note, on the sequencer thread (witnesses listen here).
   */
  public void onCheckpoint(Consumer<String> listener) {
    publisher.onCheckpoint(listener);
  }

  /** A stored tile's hashes (full or partial), or an empty array. Tiles hold hashes only. */
  public byte[] tile(int level, long index) {
    return reader.tile(level, index);
  }

  /** The canonical bytes of entry {@code index}, if present. */
  public Optional<byte[]> entry(long index) {
    return reader.entry(index);
  }

  /**
   * Entry bundle {@code index} as C2SP tlog-tiles serves it ({@code tile/entries/N[.p/W]}): the
   * first {@code width} (1 to 256) of entries {@code index * 256} on, each as a big-endian uint16
   * length and its canonical bytes; empty when the durable log does not hold them all. Entries are
   * access records naming persons by token only, but they are personal data: callers serve them to
   * authorised auditors only.
   *
   * @throws LogUnavailableException when the store cannot be read
   */
  public Optional<byte[]> entryBundle(long index, int width) {
    return reader.entryBundle(index, width);
  }

  /**
   * The indexes of every durable entry whose person token is {@code personToken}, in log order. An
   * empty token names no person and gives an empty list.
   *
   * @throws LogUnavailableException when the store cannot be read
   */
  public List<Long> indicesFor(String personToken) {
    return reader.indicesFor(personToken);
  }

  /**
   * The newest {@code limit} durable records whose person token is {@code personToken}, oldest
   * first (in log order): a resident's history. An empty token gives an empty list.
   *
   * @throws IllegalArgumentException when {@code limit} is negative
   * @throws LogUnavailableException when the store cannot be read or an entry does not decode
   */
  public List<AccessRecord> entriesFor(String personToken, int limit) {
    return reader.entriesFor(personToken, limit);
  }

  /**
   * The indexes below {@code before} of the durable entries whose person token is {@code
   * personToken}, ascending: the newest {@code newest} of them. With {@link #indicesAfter} a reader
   * pages through a person's entries by index, a cursor that new entries never move.
   *
   * @throws LogUnavailableException when the store cannot be read
   */
  public List<Long> indicesBefore(String personToken, long before, int newest) {
    return reader.indicesBefore(personToken, before, newest);
  }

  /**
   * The indexes above {@code after} of the durable entries whose person token is {@code
   * personToken}, ascending: the oldest {@code oldest} of them.
   *
   * @throws LogUnavailableException when the store cannot be read
   */
  public List<Long> indicesAfter(String personToken, long after, int oldest) {
    return reader.indicesAfter(personToken, after, oldest);
  }

  /**
   * The canonical bytes of the durable entries at {@code indexes} (ascending), in that order.
   *
   * @throws LogUnavailableException when the store cannot be read or lacks one of them
   */
  public List<byte[]> entriesAt(List<Long> indexes) {
    return reader.entriesAt(indexes);
  }

  /**
   * The record a stored entry's canonical bytes hold.
   *
   * @throws LogUnavailableException when the entry does not decode
   */
  public AccessRecord decode(byte[] entry) {
    return reader.record(entry);
  }

  /**
   * The durable records at indexes {@code from} (inclusive) to {@code to} (exclusive, at most the
   * size), oldest first: a page of the log for a reader such as the staff console.
   *
   * @throws IllegalArgumentException when the range is negative, reversed or longer than 65,536
   * @throws LogUnavailableException when the store cannot be read or an entry does not decode
   */
  public List<AccessRecord> records(long from, long to) {
    return reader.records(from, to);
  }

  /** The audit path of entry {@code index} in the tree of {@code treeSize} entries. */
  public List<byte[]> inclusionProof(long index, long treeSize) {
    return reader.inclusionProof(index, treeSize);
  }

  /**
   * The audit paths of the entries at {@code indexes} in the tree of {@code treeSize} entries, in
   * that order; a tile that several paths cross is read once.
   */
  public List<List<byte[]>> inclusionProofs(List<Long> indexes, long treeSize) {
    return reader.inclusionProofs(indexes, treeSize);
  }

  /** The consistency proof from the tree of {@code size1} entries to that of {@code size2}. */
  public List<byte[]> consistencyProof(long size1, long size2) {
    return reader.consistencyProof(size1, size2);
  }

  /** The root hash of the tree of {@code treeSize} entries. */
  public byte[] root(long treeSize) {
    return reader.root(treeSize);
  }

  /** The leaf hash of entry {@code index}. */
  public byte[] leafHash(long index) {
    return reader.leafHash(index);
  }

  /**
   * Stores the note of this log's checkpoint at {@code size} again, now with cosignatures added
   * (the witness module calls back with them). The note's text must be exactly this log's
   * checkpoint at that size, so a caller can add signatures but never change what was signed; it
   * must still carry a valid signature by every one of this log's own keys, so the published
   * checkpoint always verifies; and it must keep every signature line the stored note at that size
   * already has, so no cosignature is lost.
   *
   * @throws IllegalArgumentException if the note is malformed, is not this log's checkpoint at
   *     {@code size}, lacks a valid signature by one of this log's keys, or drops a line the stored
   *     note has
   * @throws LogUnavailableException if the note cannot be stored
   */
  public void storeCosigned(long size, String note) {
    merger.merge(size, note);
    publication.cosigned(size, note);
  }

  /**
   * Stops taking appends, lets the queue drain, signs what was committed and ends the sequencer.
   */
  @Override
  public void close() {
    appender.close();
  }

  /** How many of this log's commits the store refused because another writer had moved it. */
  int refusedTries() {
    return appender.refusedTries();
  }
}
