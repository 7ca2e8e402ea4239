package mamori.log;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.VerifierKey;
import mamori.log.verify.WitnessQuorum;
import org.jspecify.annotations.Nullable;

/**
 * Decides which of one tenant's stored checkpoints are published under its {@link WitnessPolicy},
 * and remembers the largest one found.
 *
 * <p>Design. A stored note is published when its text is a checkpoint of this log's origin, every
 * one of the log's own keys signed it, and at least {@link WitnessPolicy#required()} distinct
 * witness keys of the policy each have a line on it that verifies as a {@code cosignature/v1} over
 * exactly this text. So a line by a key not on the list counts for nothing, and a cosignature made
 * for another log or for another checkpoint of this one (a replay) does not verify: the signed
 * message is the whole checkpoint text, origin, size and root included. Only cosignatures make
 * notes published, and they arrive through {@link #cosigned}; the largest published size is kept in
 * memory from there, and found once after a start (or a change of policy) by walking the stored
 * checkpoints down from the newest. A published checkpoint never stops being one while the policy
 * stays, so the remembered size only grows.
 */
final class Publication {
  private final String origin;
  private final List<VerifierKey> own;
  private final LongFunction<Optional<String>> atMost; // the stored note of the largest size <= n
  private volatile WitnessPolicy policy = WitnessPolicy.NONE;
  private volatile @Nullable Long published; // the largest published size found; null: not looked

  Publication(String origin, List<VerifierKey> own, LongFunction<Optional<String>> atMost) {
    this.origin = origin;
    this.own = List.copyOf(own);
    this.atMost = atMost;
  }

  WitnessPolicy policy() {
    return policy;
  }

  synchronized void policy(WitnessPolicy next) {
    policy = next;
    published = null;
  }

  /** The latest published note, if any. */
  Optional<String> latest() {
    return atMost(Long.MAX_VALUE);
  }

  /** The published note of the largest size not above {@code size}, if any. */
  Optional<String> atMost(long size) {
    WitnessPolicy p = policy;
    if (p.required() == 0) {
      return atMost.apply(size);
    }
    Long known = published;
    if (known == null) {
      known = found(p);
    }
    if (size >= known) {
      return known == 0 ? Optional.empty() : atMost.apply(known);
    }
    return walkDown(size, p);
  }

  /** Hears of a note just stored with cosignatures added. */
  void cosigned(long size, String note) {
    WitnessPolicy p = policy;
    if (p.required() > 0 && isPublished(note, p)) {
      remember(size, p);
    }
  }

  /** Whether {@code note} is published under the current policy. */
  boolean isPublished(String note) {
    return isPublished(note, policy);
  }

  /**
   * The largest published size, walked for once after a start or a change of policy: one caller
   * walks, the others wait for its answer instead of each walking the same checkpoints.
   */
  private synchronized long found(WitnessPolicy p) {
    Long known = published;
    if (known != null && policy == p) {
      return known;
    }
    long size = walkDown(Long.MAX_VALUE, p).map(Publication::sizeOf).orElse(0L);
    remember(size, p);
    return size;
  }

  private synchronized void remember(long size, WitnessPolicy p) {
    Long known = published;
    if (policy == p && (known == null || size > known)) {
      published = size;
    }
  }

  /** The first published note at or below {@code size}, walking the stored ones down. */
  private Optional<String> walkDown(long size, WitnessPolicy p) {
    Optional<String> note = atMost.apply(size);
    while (note.isPresent()) {
      if (isPublished(note.get(), p)) {
        return note;
      }
      long s = sizeOf(note.get());
      if (s <= 1) {
        return Optional.empty();
      }
      note = atMost.apply(s - 1);
    }
    return Optional.empty();
  }

  private boolean isPublished(String signed, WitnessPolicy p) {
    Note note;
    try {
      note = Note.parse(signed);
      if (!Checkpoint.parse(note.text()).origin().equals(origin)
          || !NoteVerifier.of(own).verify(note).verifiedBy().containsAll(own)) {
        return false;
      }
    } catch (NoteException e) {
      return false;
    }
    if (p.required() == 0) {
      return true;
    }
    // the same count the auditors' tools and the browser make: one per listed key whose line
    // verifies over exactly this text
    return WitnessQuorum.of(p.witnesses(), p.required()).cosigners(note).size() >= p.required();
  }

  static long sizeOf(String signed) {
    try {
      return Checkpoint.parse(Note.parse(signed).text()).size();
    } catch (NoteException e) {
      return 0;
    }
  }
}
