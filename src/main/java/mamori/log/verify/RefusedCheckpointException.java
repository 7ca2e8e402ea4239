package mamori.log.verify;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LogFollower} refused a new checkpoint. It carries the evidence a witness or a resident
 * needs to show what happened: the checkpoint it holds, the one offered (when it could be read),
 * the consistency proof given, and the cause (a {@link NoteException} or {@link ProofException}). A
 * forked or rolled-back log shows here as two validly signed checkpoints that cannot both be true.
 * The message shows sizes and base64 roots, which are public.
 */
public final class RefusedCheckpointException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String reason;
  private final transient @Nullable Checkpoint held;
  private final transient @Nullable Checkpoint offered;
  private final transient List<byte[]> proof;

  RefusedCheckpointException(
      String reason,
      @Nullable Checkpoint held,
      @Nullable Checkpoint offered,
      List<byte[]> proof,
      @Nullable Exception cause) {
    super(
        "checkpoint refused: "
            + reason
            + " (held: "
            + (held == null ? "none" : held)
            + "; offered: "
            + (offered == null ? "not verified" : offered)
            + "; proof "
            + ProofException.b64(proof)
            + ")",
        cause);
    this.reason = reason;
    this.held = held;
    this.offered = offered;
    this.proof = proof.stream().map(byte[]::clone).toList();
  }

  /** Why, in a few words. */
  public String reason() {
    return reason;
  }

  /** The verified checkpoint the follower held, if any. */
  public Optional<Checkpoint> held() {
    return Optional.ofNullable(held);
  }

  /** The checkpoint offered, if its signatures verified (an unverified one is no evidence). */
  public Optional<Checkpoint> offered() {
    return Optional.ofNullable(offered);
  }

  /** The consistency proof offered with it. */
  public List<byte[]> proof() {
    return proof.stream().map(byte[]::clone).toList();
  }
}
