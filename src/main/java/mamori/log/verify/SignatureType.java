package mamori.log.verify;

import java.util.Optional;

/**
 * The C2SP signed-note signature types this package verifies and signs, each with the identifier
 * byte that goes into key IDs and verifier keys (c2sp.org/signed-note, c2sp.org/tlog-cosignature).
 */
public enum SignatureType {
  /** 0x01: Ed25519 over the note text (c2sp.org/signed-note). */
  ED25519(0x01, 32),
  /**
   * 0x04: timestamped Ed25519 {@code cosignature/v1} over a checkpoint (c2sp.org/tlog-cosignature).
   */
  COSIGNATURE_V1(0x04, 32),
  /**
   * 0x06: timestamped ML-DSA-44 {@code subtree/v1} over a checkpoint (c2sp.org/tlog-cosignature);
   * c2sp.org/tlog-checkpoint recommends it for a log's own checkpoint signature.
   */
  ML_DSA_44(0x06, 1312);

  private final int id;
  private final int publicKeySize;

  SignatureType(int id, int publicKeySize) {
    this.id = id;
    this.publicKeySize = publicKeySize;
  }

  /** The identifier byte, 0 to 255. */
  public int id() {
    return id;
  }

  /** The size of a raw public key of this type, in bytes. */
  public int publicKeySize() {
    return publicKeySize;
  }

  /** The type with identifier byte {@code id}, or empty if this package does not know it. */
  public static Optional<SignatureType> byId(int id) {
    for (SignatureType type : values()) {
      if (type.id == id) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
