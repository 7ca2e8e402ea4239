package mamori.log;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import mamori.log.storage.LogStorage;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSignature;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.VerifierKey;

/**
 * Merges witnesses' cosignatures into one tenant's stored checkpoints. A note comes back from the
 * witness module with lines added; it replaces the stored note at its size only when its text is
 * exactly this log's checkpoint at that size (so a caller can add signatures but never change what
 * was signed), it still verifies with every one of the log's own keys (so the published checkpoint
 * always verifies), and it keeps every signature line the stored note has (so no cosignature is
 * ever lost). One merge at a time, so two witnesses answering at once cannot drop each other's
 * line.
 */
final class CosignatureMerger {
  private final String tenant;
  private final String origin;
  private final LogStorage storage;
  private final List<VerifierKey> own;
  private final LongFunction<byte[]> rootAt;
  private final Clock clock;
  private final Object merging = new Object();

  /**
   * {@code rootAt} gives the root of the log's tree at a size, or throws for a size it does not
   * have.
   */
  CosignatureMerger(
      String tenant,
      String origin,
      LogStorage storage,
      List<VerifierKey> own,
      LongFunction<byte[]> rootAt,
      Clock clock) {
    this.tenant = tenant;
    this.origin = origin;
    this.storage = storage;
    this.own = List.copyOf(own);
    this.rootAt = rootAt;
    this.clock = clock;
  }

  /**
   * Stores {@code note} as this log's checkpoint at {@code size}.
   *
   * @throws IllegalArgumentException if the note is malformed, is not this log's checkpoint at
   *     {@code size}, lacks a valid signature by one of this log's keys, or drops a line the stored
   *     note has
   * @throws LogUnavailableException if the note cannot be stored
   */
  void merge(long size, String note) {
    Note parsed;
    try {
      parsed = Note.parse(note);
    } catch (NoteException e) {
      throw new IllegalArgumentException(
          "a cosigned checkpoint is a signed note: " + e.getMessage(), e);
    }
    if (!parsed.text().equals(new Checkpoint(origin, size, rootAt.apply(size)).text())) {
      throw new IllegalArgumentException(
          "the note is not the checkpoint of " + origin + " at size " + size);
    }
    try {
      List<VerifierKey> verifiedBy = NoteVerifier.of(own).verify(parsed).verifiedBy();
      for (VerifierKey key : own) {
        if (!verifiedBy.contains(key)) {
          throw new IllegalArgumentException(
              "the note lacks the signature of this log's key "
                  + key.name()
                  + "+"
                  + Integer.toHexString(key.keyId()));
        }
      }
    } catch (NoteException e) {
      throw new IllegalArgumentException(
          "the note's signatures by this log's keys do not verify: " + e.getMessage(), e);
    }
    synchronized (merging) {
      keepsEveryLine(size, parsed);
      StoreCalls.write(
          "the cosigned checkpoint",
          () ->
              storage.saveCheckpoint(
                  tenant, new LogStorage.StoredCheckpoint(size, note, clock.millis())));
    }
  }

  private void keepsEveryLine(long size, Note parsed) {
    Optional<LogStorage.StoredCheckpoint> stored =
        StoreCalls.read(
                "the log's checkpoint at size " + size, () -> storage.checkpoint(tenant, size))
            .filter(c -> c.size() == size);
    if (stored.isEmpty()) {
      return;
    }
    List<NoteSignature> before;
    try {
      before = Note.parse(stored.get().note()).signatures();
    } catch (NoteException e) {
      throw new LogUnavailableException(
          "the stored checkpoint at size " + size + " is not a note", e);
    }
    for (NoteSignature line : before) {
      if (!parsed.signatures().contains(line)) {
        throw new IllegalArgumentException(
            "the note drops the signature line by "
                + line
                + " of the stored checkpoint; cosignatures are only ever added");
      }
    }
  }
}
