package mamori.log;

import java.util.List;
import mamori.log.verify.SignatureType;
import mamori.log.verify.VerifierKey;

/**
 * When a tenant's checkpoint counts as published: it carries valid {@code cosignature/v1}
 * cosignatures from at least {@link #required()} of the witnesses listed, that is {@code min(k, n)}
 * of the {@code n} witness keys for the quorum {@code k} ({@code mamori.log.witness-quorum}). With
 * no witness at all every signed checkpoint is published (and {@code serve} warns).
 *
 * @param witnesses the witnesses' {@code cosignature/v1} verifier keys, in configuration order
 * @param quorum the configured {@code k}, at least 1
 */
public record WitnessPolicy(List<VerifierKey> witnesses, int quorum) {
  /** The default quorum {@code k}. */
  public static final int DEFAULT_QUORUM = 1;

  /** No witness: every signed checkpoint is published. */
  public static final WitnessPolicy NONE = new WitnessPolicy(List.of(), DEFAULT_QUORUM);

  /**
   * Copies the list; throws IllegalArgumentException if the quorum is below 1, a key is not a
   * cosignature/v1 key, or two keys are the same (under any name).
   */
  public WitnessPolicy {
    witnesses = List.copyOf(witnesses);
    if (quorum < 1) {
      throw new IllegalArgumentException("a witness quorum is at least 1, not " + quorum);
    }
    for (VerifierKey key : witnesses) {
      if (key.type() != SignatureType.COSIGNATURE_V1) {
        throw new IllegalArgumentException(
            "a witness key is a cosignature/v1 (0x04) verifier key: " + key.name());
      }
    }
    // by the public key alone: a cosignature does not sign the witness's name, so one key listed
    // under two names would have its line copied under the other and count twice
    if (witnesses.stream()
            .map(k -> java.util.HexFormat.of().formatHex(k.publicKey()))
            .distinct()
            .count()
        != witnesses.size()) {
      throw new IllegalArgumentException("a witness is listed twice");
    }
  }

  /** The number of valid cosignatures a checkpoint needs: {@code min(k, n)}. */
  public int required() {
    return Math.min(quorum, witnesses.size());
  }
}
