package mamori.witness;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.ProofException;
import mamori.log.verify.Rfc6962;
import mamori.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The {@code add-checkpoint} call of c2sp.org/tlog-witness ("HTTP Interface", "add-checkpoint"),
 * checked in the order the spec gives and answered with its status codes.
 *
 * <p>Design. A witness is worth something only if it never cosigns two views of one log, so every
 * check happens before anything is stored, and storing happens before anything is signed:
 *
 * <ol>
 *   <li>The body must be framed as the spec says ({@link AddCheckpointRequest}) and carry a
 *       checkpoint note (c2sp.org/tlog-checkpoint, c2sp.org/signed-note); otherwise 400.
 *   <li>"If the checkpoint origin is unknown, the witness MUST respond with a 404 Not Found".
 *   <li>"If none of the signatures verify against a trusted public key ... 403 Forbidden";
 *       signatures of unknown keys are ignored, and a failing signature of a trusted key refuses
 *       the note (fail closed, as {@link NoteVerifier} does).
 *   <li>"The old size MUST be equal to or lower than the checkpoint size. Otherwise ... 400".
 *   <li>"The witness MUST check that the old size matches the size of the latest checkpoint it
 *       cosigned ... (or zero if it never cosigned ...). If it doesn't match ... 409 Conflict",
 *       with the held size and a newline as {@code text/x.tlog.size}: the client retries with a
 *       proof from there.
 *   <li>The proof "MUST be empty if the old size is zero"; otherwise it must be an RFC 6962
 *       consistency proof from the held tree to the offered one: if it does not verify, 422.
 *   <li>"If the old size matches the checkpoint size, the witness MUST check that the root hashes
 *       are also identical. If they don't match ... 409 Conflict." That is a fork, and its 409
 *       carries evidence as text/plain, not a size, so no client mistakes it for a stale size and
 *       loops.
 * </ol>
 *
 * A refused checkpoint that the log's own key signed (steps 6 and 7) is evidence of misbehaviour:
 * "the witness MAY log the request even if the consistency proof doesn't verify (but MUST NOT
 * cosign". It is written to {@code witness_refusal} with both roots and logged at WARN.
 *
 * <p>Atomicity. "The witness MUST persist the new checkpoint before responding", and checking the
 * old size and persisting "must be performed atomically", else a slow request could roll the
 * witness back. Two layers do it: per origin one lock in this process, so that check, store and
 * sign are serial; and a compare-and-swap in the store (update only where size and root are still
 * the ones read, insert only where no row is), so that a second process on the same database cannot
 * interleave either: a lost swap is answered with 409 and the size now held. The cosignature is
 * made after the swap, inside the lock, so its timestamp never precedes the state it vouches for
 * ("as of the specified time ... the largest size the cosigner has observed",
 * c2sp.org/tlog-cosignature).
 */
final class AddCheckpoint {
  private static final Logger LOG = LoggerFactory.getLogger(AddCheckpoint.class);

  private final WitnessStore store;
  private final NoteSigner cosigner;
  private final Map<String, NoteVerifier> logs;
  private final Map<String, ReentrantLock> locks; // the same origins as logs
  private final Clock clock;

  AddCheckpoint(
      WitnessStore store, NoteSigner cosigner, Map<String, NoteVerifier> logs, Clock clock) {
    this.store = store;
    this.cosigner = cosigner;
    this.logs = Map.copyOf(logs);
    this.locks =
        logs.keySet().stream()
            .collect(Collectors.toUnmodifiableMap(o -> o, o -> new ReentrantLock()));
    this.clock = clock;
  }

  WitnessAnswer apply(AddCheckpointRequest request) {
    Note note;
    Checkpoint offered;
    try {
      note = Note.parse(request.note());
      offered = Checkpoint.parse(note.text());
    } catch (NoteException e) {
      return WitnessAnswer.error(400, e.getMessage());
    }
    NoteVerifier verifier = logs.get(offered.origin());
    if (verifier == null) {
      return WitnessAnswer.error(404, "unknown log origin");
    }
    try {
      verifier.verify(note);
    } catch (NoteException e) {
      return WitnessAnswer.error(403, "no trusted signature of the log: " + e.getMessage());
    }
    if (request.oldSize() > offered.size()) {
      return WitnessAnswer.error(
          400,
          "the old size "
              + request.oldSize()
              + " is larger than the checkpoint size "
              + offered.size());
    }
    ReentrantLock lock =
        Objects.requireNonNull(locks.get(offered.origin()), "each known log has a lock");
    lock.lock();
    try {
      return judge(request, note, offered);
    } catch (DataAccessException e) {
      LOG.error("witness storage failed for {}: {}", offered.origin(), Sql.reason(e));
      return WitnessAnswer.error(503, "the witness cannot reach its storage; nothing was cosigned");
    } finally {
      lock.unlock();
    }
  }

  /** Steps 5 to 7 and the swap; called under the origin's lock. */
  private WitnessAnswer judge(AddCheckpointRequest request, Note note, Checkpoint offered) {
    Optional<WitnessStore.Held> stored = store.held(offered.origin());
    long heldSize = stored.map(WitnessStore.Held::size).orElse(0L);
    byte[] heldRoot = stored.map(WitnessStore.Held::root).orElseGet(Rfc6962::emptyRoot);
    if (request.oldSize() != heldSize) {
      return WitnessAnswer.conflict(heldSize);
    }
    List<byte[]> proof = request.proof();
    if (offered.size() == heldSize) {
      if (!proof.isEmpty()) {
        return WitnessAnswer.error(
            422, "a checkpoint of the size held needs an empty consistency proof");
      }
      if (!MessageDigest.isEqual(offered.root(), heldRoot)) {
        return refuse(
            409,
            "fork: same size as the checkpoint held, different root",
            heldSize,
            heldRoot,
            offered,
            note,
            proof);
      }
    } else if (heldSize == 0) {
      if (!proof.isEmpty()) {
        return WitnessAnswer.error(422, "the consistency proof from size 0 must be empty");
      }
    } else {
      try {
        MerkleProofs.verifyConsistency(heldSize, offered.size(), heldRoot, offered.root(), proof);
      } catch (ProofException e) {
        return refuse(
            422,
            "not consistent with the checkpoint held: " + e.reason(),
            heldSize,
            heldRoot,
            offered,
            note,
            proof);
      }
    }
    var next = new WitnessStore.Held(offered.size(), offered.root(), note.toString());
    if (!store.compareAndSet(offered.origin(), stored, next)) {
      long now = store.held(offered.origin()).map(WitnessStore.Held::size).orElse(0L);
      return WitnessAnswer.conflict(now);
    }
    return WitnessAnswer.cosigned(cosigner.sign(note.text()).line());
  }

  private WitnessAnswer refuse(
      int status,
      String reason,
      long heldSize,
      byte[] heldRoot,
      Checkpoint offered,
      Note note,
      List<byte[]> proof) {
    var refusal =
        new Refusal(
            offered.origin(),
            reason,
            heldSize,
            heldRoot,
            offered.size(),
            offered.root(),
            note.toString(),
            proof);
    LOG.warn("witness refused a signed checkpoint of {}: {}", offered.origin(), refusal.evidence());
    try {
      store.record(refusal, clock.millis());
    } catch (DataAccessException e) {
      LOG.error("witness could not record the refusal for {}: {}", offered.origin(), Sql.reason(e));
    }
    return WitnessAnswer.error(status, refusal.evidence());
  }
}
