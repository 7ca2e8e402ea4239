package mamori.log.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.log.verify.EntryBundle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Where the tenants' logs are kept: the tables of V2__log.sql, V6__log_person.sql and
 * V44__log_bundle.sql. Entries are stored as C2SP entry bundles ({@link EntryBundle}): bundle N
 * holds entries N * 256 to N * 256 + 255, the newest one partial. The appender, the reader and the
 * checkpoint roles see the store only through this contract; each store has its own self-contained
 * driver ({@link #on} picks it), so no role ever asks which store it runs on.
 *
 * <p>Contract. A driver
 *
 * <ul>
 *   <li>MUST be safe for use from several threads at once: readers run while the sequencer commits.
 *   <li>MUST store a {@link #commit}ted batch whole or not at all, and MUST NOT return from {@code
 *       commit} before the batch is durable (it survives a crash or power loss). A reader MUST
 *       never see part of a batch: the state, the entries, the person index and the tiles move
 *       together.
 *   <li>MUST move a tenant's state forward only from the size the batch was built on, and otherwise
 *       throw {@link OptimisticLockingFailureException} and store nothing, so that two processes
 *       can never interleave one tenant's sequence.
 *   <li>A driver for a store that several processes write at once (PostgreSQL: two instances of the
 *       service, or one beside a command) MUST hold the tenant's log for {@link #commitSerialised}
 *       from the read of the stored tree to the commit, so that the batch built there cannot be
 *       refused for another writer's; a driver for a store one process writes (SQLite) MAY keep the
 *       default, which reads and commits optimistically.
 *   <li>MUST store a checkpoint through {@link #saveNewestCheckpoint} only when it is larger than
 *       every stored one, atomically with respect to other processes, so that two writers never
 *       publish out of order.
 *   <li>MUST index every entry whose person token is not empty, and no other, under generation
 *       {@code seq >> }{@link #GENERATION_BITS}.
 *   <li>MUST store entry {@code seq} in bundle {@code seq / 256} after the entries before it, so
 *       that every stored bundle but the newest holds 256 entries and the newest holds those up to
 *       the state's size; MUST report a stored bundle whose bytes are not a run of length-prefixed
 *       entries, when {@link #entries} or {@link #entriesAt} read it, as a {@link
 *       org.springframework.dao.DataIntegrityViolationException}.
 *   <li>MUST report a failure of the store as a {@link DataAccessException} (unchecked); it MUST
 *       NOT retry a commit by itself, since only the appender knows whether memory ran ahead of the
 *       disk.
 *   <li>SHOULD stream {@link #entries} rather than hold the range in memory, and SHOULD find a
 *       person's entries with one key probe per generation ({@link #seqsOf}).
 * </ul>
 *
 * A driver never interprets entries, tiles or notes: they are bytes and text in the wire formats,
 * checked by the roles above it and by {@code log.verify}.
 */
public interface LogStorage {
  /** log_person's generation is seq >> this: 16,384 entries (V6__log_person.sql says why). */
  int GENERATION_BITS = 14;

  /** A tenant's stored tree: its origin line, its size and its root hash. */
  record State(String origin, long size, byte[] root) {}

  /** A signed checkpoint as published: the tree size it signs, the note, and when it was stored. */
  record StoredCheckpoint(long size, String note, long signedAt) {}

  /**
   * Entries {@code fromSize} to {@code fromSize + entries.length - 1}, each with its person token
   * (empty for none), the tiles they changed or completed, and the root of the tree they end.
   */
  record Batch(
      long fromSize, byte[][] entries, String[] tokens, Map<TileKey, byte[]> tiles, byte[] root) {
    public long toSize() {
      return fromSize + entries.length;
    }
  }

  /** Receives entries in order. */
  interface EntrySink {
    void accept(long seq, byte[] entry);
  }

  /** Receives stored entry bundles in order, as stored. */
  interface BundleSink {
    void accept(long index, byte[] bundle);
  }

  /** The stored state of {@code tenant}'s log, empty when it has no entry yet. */
  Optional<State> state(String tenant);

  /**
   * The size of {@code tenant}'s stored log, 0 when it has none: what an appender checks, when
   * idle, for other writers' entries.
   */
  default long size(String tenant) {
    return state(tenant).map(State::size).orElse(0L);
  }

  /** The tenants that have a log, in order. */
  List<String> tenants();

  /**
   * Stores {@code batch} and moves {@code tenant}'s state from {@code batch.fromSize()} to its end;
   * the first batch of a log (from size 0) creates its state with {@code origin}.
   *
   * @throws OptimisticLockingFailureException when the stored size is not {@code batch.fromSize()}
   */
  void commit(String tenant, String origin, Batch batch);

  /** Builds a batch on the stored tree as a locked store shows it. */
  interface Rebuild {
    /**
     * The batch to commit, built on the tree {@code locked} holds: read it through {@code locked},
     * never through another handle, as only its reads are within the lock.
     */
    Batch on(LogStorage locked);
  }

  /**
   * Commits the batch {@code rebuild} makes on the stored tree, with no other commit of the
   * tenant's log between the read and the commit; returns the batch committed. The default, for a
   * store one process writes, reads and commits without a lock, and so may still throw {@link
   * OptimisticLockingFailureException} when a second writer in the same process moved the log.
   *
   * @throws OptimisticLockingFailureException when the stored size moved all the same (the log's
   *     very first batch, made by two writers at once, or the default's race)
   */
  default Batch commitSerialised(String tenant, String origin, Rebuild rebuild) {
    Batch batch = rebuild.on(this);
    commit(tenant, origin, batch);
    return batch;
  }

  /** The stored hashes of a tile (full or partial), or an empty array when there is none. */
  byte[] tile(String tenant, int level, long index);

  /**
   * Hands entries {@code [from, to)} to {@code sink} in order, with their sequence numbers: read
   * from their bundles ({@link #bundles}), so a driver that streams bundles streams entries too.
   */
  default void entries(String tenant, long from, long to, EntrySink sink) {
    if (from >= to) {
      return;
    }
    bundles(
        tenant,
        from / mamori.log.verify.EntryBundle.WIDTH,
        (to - 1) / mamori.log.verify.EntryBundle.WIDTH + 1,
        (index, bundle) -> PortableSql.emit(tenant, index, bundle, from, to, sink));
  }

  /** The stored entries at {@code seqs} (ascending), in that order; an absent one is left out. */
  List<byte[]> entriesAt(String tenant, List<Long> seqs);

  /**
   * The stored bytes of entry bundle {@code index} (full or partial), or an empty array when there
   * is none.
   */
  byte[] bundle(String tenant, long index);

  /**
   * Hands the stored entry bundles {@code [from, to)} to {@code sink} in index order, as stored and
   * unparsed; an absent one is left out. It SHOULD stream them: a whole verification reads every
   * bundle through here.
   */
  void bundles(String tenant, long from, long to, BundleSink sink);

  /**
   * The sequence numbers below {@code size} of the entries naming {@code personToken}, ascending:
   * only the newest {@code newest} of them.
   */
  List<Long> seqsOf(String tenant, String personToken, long size, int newest);

  /**
   * The sequence numbers above {@code after} and below {@code size} of the entries naming {@code
   * personToken}, ascending: only the oldest {@code oldest} of them (a page read forward from a
   * cursor).
   */
  List<Long> seqsAfter(String tenant, String personToken, long after, long size, int oldest);

  /**
   * Stores a signed note as the checkpoint at {@code checkpoint.size()}, replacing one stored
   * there.
   */
  void saveCheckpoint(String tenant, StoredCheckpoint checkpoint);

  /**
   * Stores a newly signed note as the checkpoint at {@code checkpoint.size()} only when that size
   * is larger than every stored checkpoint's; false, and nothing stored, otherwise. With several
   * processes signing one log, the checkpoints stored, and so published, only ever grow. The
   * default suits a store one process writes.
   */
  default boolean saveNewestCheckpoint(String tenant, StoredCheckpoint checkpoint) {
    if (checkpoint(tenant, Long.MAX_VALUE).filter(c -> c.size() >= checkpoint.size()).isPresent()) {
      return false;
    }
    saveCheckpoint(tenant, checkpoint);
    return true;
  }

  /** The stored checkpoint of the largest size not above {@code atMost}, if there is one. */
  Optional<StoredCheckpoint> checkpoint(String tenant, long atMost);

  /**
   * The stored checkpoints of {@code tenant} of sizes above {@code afterSize}, smallest size first,
   * at most {@code limit}: one page, so that a reader of every checkpoint (one is signed every few
   * hundred milliseconds while the log grows) holds a page at a time, never all of them.
   */
  List<StoredCheckpoint> checkpoints(String tenant, long afterSize, int limit);

  /**
   * The driver for the store behind {@code dataSource}, chosen once from the database's product
   * name.
   *
   * @throws DataAccessException when the store cannot be reached, is neither SQLite nor PostgreSQL,
   *     or is an SQLite store that does not sync its commits to disk
   */
  static LogStorage on(DataSource dataSource) {
    String product;
    try (Connection c = dataSource.getConnection()) {
      product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new DataAccessResourceFailureException(
          "cannot open the log's store: " + e.getMessage(), e);
    }
    if (product.contains("postgres")) {
      return new PostgresLogStorage(dataSource);
    }
    if (product.contains("sqlite")) {
      return new SqliteLogStorage(dataSource);
    }
    throw new DataAccessResourceFailureException("the log has no driver for " + product);
  }
}
