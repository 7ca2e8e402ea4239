package mamori.log;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mamori.log.storage.LogStorage;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.VerifierKey;
import org.springframework.dao.DataAccessException;

/**
 * Signs one tenant's checkpoints (C2SP tlog-checkpoint as a signed note, by every key of the log:
 * Ed25519 and ML-DSA-44) and publishes them. The appender's sequencer calls it after each turn with
 * the committed tree only, so nothing that is not durable is ever signed; it signs at most once per
 * {@link #INTERVAL_MS} while the tree has grown, and stores each note before anyone can fetch it,
 * so no published checkpoint can be contradicted by what a restart finds. Listeners (the witnesses)
 * hear each new note after it is stored.
 *
 * <p>Several instances on one store each sign the trees their own commits ended. A size has one
 * root whoever signs it (the stored log has one order, {@link Appender}), and one note per size is
 * ever stored: a note is stored, and only then heard by the listeners, when it is larger than every
 * stored checkpoint ({@link LogStorage#saveNewestCheckpoint}): what the log publishes and sends to
 * its witnesses only grows, whichever instance signed it, and a note that lost the race is dropped.
 *
 * <p>The interval is 300 ms: an entry waits up to one interval for its checkpoint and then for the
 * witnesses' round (tens of milliseconds each on a quiet machine), and the design's bound for a
 * checkpoint signed and cosigned by two witnesses is 600 ms at p99. At 500 ms the p99 measured 589
 * ms, no margin; 300 ms leaves half the bound for the round. The price is up to 3.3 signed notes a
 * second while the log grows (about 3.5 KB each with the ML-DSA-44 signature).
 */
final class CheckpointPublisher {
  static final long INTERVAL_MS = 300;

  private final String tenant;
  private final String origin;
  private final LogStorage storage;
  private final List<NoteSigner> signers;
  private final Clock clock;
  private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
  private long checkpointedSize; // this and lastAt: the sequencer thread's own once it runs
  private long lastAt;

  /**
   * @throws LogUnavailableException when the stored checkpoints cannot be read
   */
  CheckpointPublisher(
      String tenant, String origin, LogStorage storage, List<NoteSigner> signers, Clock clock) {
    this.tenant = tenant;
    this.origin = origin;
    this.storage = storage;
    this.signers = List.copyOf(signers);
    this.clock = clock;
    this.checkpointedSize = stored().map(LogStorage.StoredCheckpoint::size).orElse(-1L);
  }

  /**
   * Checks that no signed checkpoint is ahead of the committed tree the appender found.
   *
   * @throws LogUnavailableException when one is: the log lost entries it had signed
   */
  void resume(long committedSize) {
    if (checkpointedSize > committedSize) {
      throw new LogUnavailableException(
          "the log of "
              + tenant
              + " has a signed checkpoint of size "
              + checkpointedSize
              + " but only "
              + committedSize
              + " stored entries; run 'mamori log verify --tenant "
              + tenant
              + "'");
    }
  }

  /**
   * Signs and stores the committed tree when it grew and the interval has passed since the last
   * one.
   */
  void publishIfDue(long size, byte[] root) {
    long now = clock.millis();
    if (size == checkpointedSize || now - lastAt < INTERVAL_MS && checkpointedSize >= 0) {
      return;
    }
    publish(size, root, now);
  }

  /** Signs and stores the committed tree when it grew, whatever the interval (on closing). */
  void publishNow(long size, byte[] root) {
    if (size != checkpointedSize) {
      publish(size, root, clock.millis());
    }
  }

  private void publish(long size, byte[] root, long now) {
    if (size == 0) {
      return; // no log yet: the first append creates it
    }
    String note = sign(new Checkpoint(origin, size, root));
    boolean newest;
    try {
      newest =
          storage.saveNewestCheckpoint(tenant, new LogStorage.StoredCheckpoint(size, note, now));
    } catch (DataAccessException e) {
      return; // tried again on the next turn; nothing was published
    }
    checkpointedSize = size;
    lastAt = now;
    if (newest) {
      listeners.forEach(l -> l.accept(note));
    } // else another instance stored a larger one first: this one is neither stored nor sent
  }

  /** Signs a checkpoint with every key of this log. */
  String sign(Checkpoint checkpoint) {
    String text = checkpoint.text();
    Note note = Note.of(text, List.of());
    for (NoteSigner s : signers) {
      note = note.withSignature(s.sign(text));
    }
    return note.toString();
  }

  /** The keys that verify this log's own signatures. */
  List<VerifierKey> keys() {
    return signers.stream().map(NoteSigner::verifierKey).toList();
  }

  /** The latest stored checkpoint note (signed, perhaps cosigned since). */
  Optional<String> latest() {
    return stored().map(LogStorage.StoredCheckpoint::note);
  }

  /** The stored checkpoint note of the largest size not above {@code size}, if any. */
  Optional<String> atMost(long size) {
    return StoreCalls.read(
            "the checkpoints of the log of " + tenant, () -> storage.checkpoint(tenant, size))
        .map(LogStorage.StoredCheckpoint::note);
  }

  /** When the latest checkpoint was stored (signed, or last cosigned). */
  Optional<Instant> latestStoredAt() {
    return stored().map(c -> Instant.ofEpochMilli(c.signedAt()));
  }

  /** Adds a listener that hears each newly stored note, on the sequencer thread. */
  void onCheckpoint(Consumer<String> listener) {
    listeners.add(listener);
  }

  private Optional<LogStorage.StoredCheckpoint> stored() {
    return StoreCalls.read(
        "the checkpoints of the log of " + tenant,
        () -> storage.checkpoint(tenant, Long.MAX_VALUE));
  }
}
