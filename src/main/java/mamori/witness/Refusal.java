package mamori.witness;

import java.util.Base64;
import java.util.List;

/**
 * Evidence that a log may have forked: a checkpoint its own key signed that the witness refused
 * because it does not extend the checkpoint held (same size with another root, or no valid
 * consistency proof from the held one). Both roots are here, with the signed note and the proof
 * offered, so anyone can check the claim again. All of it is public log data.
 *
 * @param origin the log
 * @param reason why, in a few words
 * @param heldSize the size of the checkpoint the witness held
 * @param heldRoot its root
 * @param offeredSize the size of the checkpoint refused
 * @param offeredRoot its root
 * @param offeredNote the refused signed note, as sent
 * @param proof the consistency proof sent with it
 */
record Refusal(
    String origin,
    String reason,
    long heldSize,
    byte[] heldRoot,
    long offeredSize,
    byte[] offeredRoot,
    String offeredNote,
    List<byte[]> proof) {

  Refusal {
    heldRoot = heldRoot.clone();
    offeredRoot = offeredRoot.clone();
    proof = proof.stream().map(byte[]::clone).toList();
  }

  /** One line for logs and answers: the reason and both trees. */
  String evidence() {
    return reason
        + " (held: size "
        + heldSize
        + " root "
        + b64(heldRoot)
        + "; offered: size "
        + offeredSize
        + " root "
        + b64(offeredRoot)
        + "; proof "
        + proofText()
        + ")";
  }

  /** The proof as base64 lines joined by spaces, or "empty". */
  String proofText() {
    return proof.isEmpty() ? "empty" : String.join(" ", proof.stream().map(Refusal::b64).toList());
  }

  static String b64(byte[] hash) {
    return Base64.getEncoder().encodeToString(hash);
  }
}
