package mamori.log.verify;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Follows one log as a witness or a resident does: holds the last checkpoint it verified and moves
 * forward only to a checkpoint that is signed by a trusted key and provably extends it.
 *
 * <p>Design. A log can cheat in two ways that a single signature cannot reveal: it can rewrite
 * history (a fork: two signed roots for the same size, or a larger tree that does not contain the
 * smaller) or hide recent entries from one party (a rollback to a smaller size). So {@link #accept}
 * refuses a checkpoint that does not verify under the trusted keys, belongs to another origin, is
 * smaller than the one held, has the held size but another root, or lacks a valid RFC 9162
 * consistency proof from the held one. Only after all checks does it advance; every refusal leaves
 * the state unchanged and carries both checkpoints and the proof. The first checkpoint is the one
 * trust decision this class cannot make from cryptography, so the caller makes it explicitly:
 * {@link #pinned} starts from a checkpoint obtained out of band (a witness's stored state, a
 * checkpoint shipped with an app), {@link #trustOnFirstUse} accepts the first validly signed
 * checkpoint it is offered. From the empty tree no proof is needed: every tree extends it.
 *
 * <p>Thread-safe: {@code accept} is serialised, so two concurrent offers cannot both advance.
 */
public final class LogFollower {
  private final String origin;
  private final NoteVerifier verifier;
  private @Nullable Checkpoint latest;

  private LogFollower(String origin, NoteVerifier verifier, @Nullable Checkpoint latest) {
    this.origin = origin;
    this.verifier = verifier;
    this.latest = latest;
  }

  /**
   * A follower of {@code origin} that will trust the first checkpoint signed by a key of {@code
   * verifier}.
   */
  public static LogFollower trustOnFirstUse(String origin, NoteVerifier verifier) {
    if (!Checkpoint.isLine(origin)) {
      throw new IllegalArgumentException("a checkpoint origin is one non-empty line");
    }
    return new LogFollower(origin, verifier, null);
  }

  /** A follower that starts from {@code trusted}, taken as verified, and follows its origin. */
  public static LogFollower pinned(Checkpoint trusted, NoteVerifier verifier) {
    return new LogFollower(trusted.origin(), verifier, trusted);
  }

  /** The origin followed. */
  public String origin() {
    return origin;
  }

  /** The last checkpoint accepted, or empty before the first. */
  public synchronized Optional<Checkpoint> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * Verifies a signed checkpoint and the consistency proof from the held checkpoint to it, and if
   * both hold makes it the held checkpoint. The proof is empty when nothing is held, when the held
   * tree is empty, or when the size has not changed.
   *
   * @return the checkpoint now held
   * @throws RefusedCheckpointException if the checkpoint is refused; the held one is unchanged
   */
  public synchronized Checkpoint accept(String signedCheckpoint, List<byte[]> consistencyProof)
      throws RefusedCheckpointException {
    Checkpoint offered;
    try {
      offered = Checkpoint.parse(verifier.open(signedCheckpoint).text());
    } catch (NoteException e) {
      throw refuse(e.getMessage(), null, consistencyProof, e);
    }
    if (!offered.origin().equals(origin)) {
      throw refuse("checkpoint of another origin", offered, consistencyProof, null);
    }
    if (offered.size() == 0 && !MessageDigest.isEqual(offered.root(), Rfc6962.emptyRoot())) {
      throw refuse(
          "empty tree with a root other than SHA-256(\"\")", offered, consistencyProof, null);
    }
    Checkpoint held = latest;
    boolean needsProof = held != null && held.size() > 0 && offered.size() > held.size();
    if (held != null && offered.size() < held.size()) {
      throw refuse("rollback: smaller than the checkpoint held", offered, consistencyProof, null);
    }
    if (held != null
        && offered.size() == held.size()
        && !MessageDigest.isEqual(offered.root(), held.root())) {
      throw refuse(
          "fork: same size as the checkpoint held, different root",
          offered,
          consistencyProof,
          null);
    }
    if (!needsProof && !consistencyProof.isEmpty()) {
      throw refuse("a proof was given where none is needed", offered, consistencyProof, null);
    }
    if (needsProof && held != null) {
      try {
        MerkleProofs.verifyConsistency(
            held.size(), offered.size(), held.root(), offered.root(), consistencyProof);
      } catch (ProofException e) {
        throw refuse(
            "fork: not consistent with the checkpoint held (" + e.reason() + ")",
            offered,
            consistencyProof,
            e);
      }
    }
    latest = offered;
    return offered;
  }

  private RefusedCheckpointException refuse(
      String reason, @Nullable Checkpoint offered, List<byte[]> proof, @Nullable Exception cause) {
    return new RefusedCheckpointException(reason, latest, offered, proof, cause);
  }
}
