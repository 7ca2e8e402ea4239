package mamori.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import mamori.log.storage.LogStorage;
import mamori.log.verify.EntryBundle;

/**
 * Reads and proves one tenant's log: entries, a person's records, tiles, roots, and inclusion and
 * consistency proofs, all within the committed tree whose size the appender gives. It reads only
 * what the store holds and never changes it, so any number of threads may use it while the appender
 * runs.
 */
final class LogReader {
  private final String tenant;
  private final LogStorage storage;
  private final LongSupplier committedSize;

  LogReader(String tenant, LogStorage storage, LongSupplier committedSize) {
    this.tenant = tenant;
    this.storage = storage;
    this.committedSize = committedSize;
  }

  /** A stored tile's hashes (full or partial), or an empty array. */
  byte[] tile(int level, long index) {
    return StoreCalls.read(
        "the tiles of the log of " + tenant, () -> storage.tile(tenant, level, index));
  }

  /** The canonical bytes of entry {@code index}, if present. */
  Optional<byte[]> entry(long index) {
    List<byte[]> one =
        StoreCalls.read(
            "the entries of the log of " + tenant, () -> storage.entriesAt(tenant, List.of(index)));
    return one.isEmpty() ? Optional.empty() : Optional.of(one.getFirst());
  }

  /**
   * The C2SP tlog-tiles entry bundle {@code index}: entries {@code index * 256} on, the first
   * {@code width} of them (1 to 256), each as a big-endian uint16 length and its bytes; empty when
   * the durable log does not hold them all. The stored bundle is these bytes: it is read as one row
   * and cut to the width asked.
   */
  Optional<byte[]> entryBundle(long index, int width) {
    if (index < 0 || width < 1 || width > 256) {
      throw new IllegalArgumentException("an entry bundle is 1 to 256 entries from index 0 on");
    }
    long to = index * 256 + width;
    if (to > committedSize.getAsLong() || to < 0) {
      return Optional.empty();
    }
    byte[] stored =
        StoreCalls.read(
            "the entry bundles of the log of " + tenant, () -> storage.bundle(tenant, index));
    try {
      return Optional.ofNullable(EntryBundle.prefix(stored, width));
    } catch (EntryBundle.MalformedException e) {
      throw new LogUnavailableException(
          "entry bundle "
              + index
              + " of the log of "
              + tenant
              + " is malformed: "
              + e.getMessage()
              + "; run 'mamori log verify --tenant "
              + tenant
              + "'",
          e);
    }
  }

  /** The indexes of every durable entry naming {@code personToken}, in log order; none for "". */
  List<Long> indicesFor(String personToken) {
    return personToken.isEmpty() ? List.of() : seqsOf(personToken, Integer.MAX_VALUE);
  }

  /**
   * The newest {@code limit} durable records naming {@code personToken}, oldest first; none for "".
   */
  List<AccessRecord> entriesFor(String personToken, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, not " + limit);
    }
    if (personToken.isEmpty() || limit == 0) {
      return List.of();
    }
    List<Long> seqs = seqsOf(personToken, limit);
    List<byte[]> entries =
        StoreCalls.read(
            "the entries of a person in the log of " + tenant,
            () -> storage.entriesAt(tenant, seqs));
    if (entries.size() != seqs.size()) {
      throw new LogUnavailableException(
          "the log of "
              + tenant
              + " indexes entries it does not hold;"
              + " run 'mamori log verify --tenant "
              + tenant
              + "'");
    }
    List<AccessRecord> out = new ArrayList<>(entries.size());
    for (byte[] entry : entries) {
      out.add(decode(entry));
    }
    return out;
  }

  /** The indexes below {@code before} naming {@code personToken}: the newest {@code newest}. */
  List<Long> indicesBefore(String personToken, long before, int newest) {
    long size = Math.min(before, committedSize.getAsLong());
    if (personToken.isEmpty() || newest <= 0 || size <= 0) {
      return List.of();
    }
    return StoreCalls.read(
        "the person index of the log of " + tenant,
        () -> storage.seqsOf(tenant, personToken, size, newest));
  }

  /** The indexes above {@code after} naming {@code personToken}: the oldest {@code oldest}. */
  List<Long> indicesAfter(String personToken, long after, int oldest) {
    long size = committedSize.getAsLong();
    if (personToken.isEmpty() || oldest <= 0) {
      return List.of();
    }
    return StoreCalls.read(
        "the person index of the log of " + tenant,
        () -> storage.seqsAfter(tenant, personToken, after, size, oldest));
  }

  /** The canonical bytes of the entries at {@code indexes} (ascending), in that order. */
  List<byte[]> entriesAt(List<Long> indexes) {
    List<byte[]> entries =
        StoreCalls.read(
            "the entries of the log of " + tenant, () -> storage.entriesAt(tenant, indexes));
    if (entries.size() != indexes.size()) {
      throw new LogUnavailableException(
          "the log of "
              + tenant
              + " indexes entries it does not hold;"
              + " run 'mamori log verify --tenant "
              + tenant
              + "'");
    }
    return entries;
  }

  /** Decodes one stored entry. */
  AccessRecord record(byte[] entry) {
    return decode(entry);
  }

  private List<Long> seqsOf(String personToken, int newest) {
    long size = committedSize.getAsLong();
    return StoreCalls.read(
        "the person index of the log of " + tenant,
        () -> storage.seqsOf(tenant, personToken, size, newest));
  }

  /**
   * The durable records at indexes [from, to), oldest first; at most {@link
   * Appender#QUEUE_CAPACITY}.
   */
  List<AccessRecord> records(long from, long to) {
    long end = Math.min(to, committedSize.getAsLong());
    if (from < 0 || to < from || to - from > Appender.QUEUE_CAPACITY) {
      throw new IllegalArgumentException(
          "a page of records is 0 to " + Appender.QUEUE_CAPACITY + " indexes from 0 on");
    }
    List<AccessRecord> out = new ArrayList<>();
    if (from < end) {
      StoreCalls.read(
          "the log of " + tenant,
          () -> {
            storage.entries(tenant, from, end, (seq, entry) -> out.add(decode(entry)));
            return out;
          });
    }
    return out;
  }

  private AccessRecord decode(byte[] entry) {
    try {
      return AccessRecordCodec.decode(entry);
    } catch (IllegalArgumentException e) {
      throw new LogUnavailableException(
          "a stored entry of the log of "
              + tenant
              + " does not decode: "
              + e.getMessage()
              + "; run 'mamori log verify --tenant "
              + tenant
              + "'",
          e);
    }
  }

  /** The audit path of entry {@code index} in the tree of {@code treeSize} entries. */
  List<byte[]> inclusionProof(long index, long treeSize) {
    return proofs(treeSize).inclusion(index);
  }

  /**
   * The audit paths of the entries at {@code indexes} in the tree of {@code treeSize} entries, in
   * that order: one builder for them all, so a tile the paths share is read once.
   */
  List<List<byte[]>> inclusionProofs(List<Long> indexes, long treeSize) {
    ProofBuilder proofs = proofs(treeSize);
    List<List<byte[]>> out = new ArrayList<>(indexes.size());
    for (long index : indexes) {
      out.add(proofs.inclusion(index));
    }
    return out;
  }

  /** The consistency proof from the tree of {@code size1} entries to that of {@code size2}. */
  List<byte[]> consistencyProof(long size1, long size2) {
    return proofs(size2).consistency(size1);
  }

  /** The root hash of the tree of {@code treeSize} entries. */
  byte[] root(long treeSize) {
    return proofs(treeSize).root();
  }

  /** The leaf hash of entry {@code index}. */
  byte[] leafHash(long index) {
    return proofs(committedSize.getAsLong()).leaf(index);
  }

  private ProofBuilder proofs(long treeSize) {
    long size = committedSize.getAsLong();
    if (treeSize < 0 || treeSize > size) {
      throw new IllegalArgumentException(
          "the log of " + tenant + " has " + size + " entries, not " + treeSize);
    }
    return new ProofBuilder(this::tile, treeSize);
  }
}
