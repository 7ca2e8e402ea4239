package mamori.log.verify;

import java.nio.ByteBuffer;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Signs note text with one key and produces its signature line. The private key object comes from
 * the caller (the crypto module's key provider, an HSM handle); this class never reads or exposes
 * key bytes, and its {@code toString} shows only the key name and ID.
 *
 * <p>Three kinds, one per {@link SignatureType}: plain Ed25519 over any note text; and the two
 * timestamped cosignature forms, which sign a checkpoint (with the time read from the injected
 * clock): {@code cosignature/v1} (Ed25519) and {@code subtree/v1} (ML-DSA-44). The ML-DSA-44 form
 * refuses checkpoints with extension lines, because it would not sign them.
 *
 * <p>Thread-safe: each signature uses its own JDK {@code Signature} object.
 */
public final class NoteSigner {
  private final VerifierKey verifierKey;
  private final PrivateKey privateKey;
  private final @Nullable Clock clock; // only the timestamped kinds read it

  private NoteSigner(
      String name,
      SignatureType type,
      PrivateKey privateKey,
      PublicKey publicKey,
      @Nullable Clock clock) {
    this.verifierKey = VerifierKey.of(name, type, publicKey);
    this.privateKey = privateKey;
    this.clock = clock;
    byte[] probe = Encoding.utf8("mamori key pair probe\n");
    if (!JdkKeys.verify(type, verifierKey.jdkKey(), probe, JdkKeys.sign(type, privateKey, probe))) {
      throw new IllegalArgumentException("the private key does not belong to the public key");
    }
  }

  /** A plain Ed25519 (0x01) signer. */
  public static NoteSigner ed25519(String name, PrivateKey privateKey, PublicKey publicKey) {
    return new NoteSigner(name, SignatureType.ED25519, privateKey, publicKey, null);
  }

  /** A timestamped Ed25519 {@code cosignature/v1} (0x04) signer of checkpoints. */
  public static NoteSigner cosignatureV1(
      String name, PrivateKey privateKey, PublicKey publicKey, Clock clock) {
    return new NoteSigner(name, SignatureType.COSIGNATURE_V1, privateKey, publicKey, clock);
  }

  /** A timestamped ML-DSA-44 {@code subtree/v1} (0x06) signer of checkpoints. */
  public static NoteSigner mlDsa44(
      String name, PrivateKey privateKey, PublicKey publicKey, Clock clock) {
    return new NoteSigner(name, SignatureType.ML_DSA_44, privateKey, publicKey, clock);
  }

  /** The verifier key that checks this signer's signatures; give it to verifiers. */
  public VerifierKey verifierKey() {
    return verifierKey;
  }

  /**
   * Signs note text.
   *
   * @throws IllegalArgumentException if {@code text} is not note text ending in a newline, or, for
   *     the cosignature kinds, not a checkpoint (or, for ML-DSA-44, a checkpoint with extensions)
   */
  public NoteSignature sign(String text) {
    if (!Note.isText(text)) {
      throw new IllegalArgumentException(
          "note text ends in a newline and has no control characters");
    }
    SignatureType type = verifierKey.type();
    byte[] signature =
        switch (type) {
          case ED25519 -> JdkKeys.sign(type, privateKey, Encoding.utf8(text));
          case COSIGNATURE_V1 -> {
            checkpoint(text);
            long now = now();
            yield timestamped(
                now, JdkKeys.sign(type, privateKey, Cosignatures.cosignatureV1Message(now, text)));
          }
          case ML_DSA_44 -> {
            Checkpoint checkpoint = checkpoint(text);
            if (!checkpoint.extensions().isEmpty()) {
              throw new IllegalArgumentException(
                  "subtree/v1 does not sign extension lines; a checkpoint to sign has none");
            }
            long now = now();
            byte[] message =
                Cosignatures.subtreeV1Message(
                    verifierKey.name(),
                    now,
                    checkpoint.origin(),
                    0,
                    checkpoint.size(),
                    checkpoint.root());
            yield timestamped(now, JdkKeys.sign(type, privateKey, message));
          }
        };
    return new NoteSignature(verifierKey.name(), verifierKey.keyId(), signature);
  }

  /** The signature line for note text, {@code — <name> <base64>} and a newline. */
  public String signatureLine(String text) {
    return sign(text).line();
  }

  @Override
  public String toString() {
    return "NoteSigner "
        + verifierKey.name()
        + "+"
        + Integer.toHexString(verifierKey.keyId())
        + " "
        + verifierKey.type();
  }

  private long now() {
    long now =
        Objects.requireNonNull(clock, "a timestamped signer has a clock")
            .instant()
            .getEpochSecond();
    if (now < 0) {
      throw new IllegalStateException("the clock is before 1970");
    }
    return now;
  }

  private static Checkpoint checkpoint(String text) {
    try {
      return Checkpoint.parse(text);
    } catch (NoteException e) {
      throw new IllegalArgumentException("a cosignature signs a checkpoint: " + e.getMessage(), e);
    }
  }

  private static byte[] timestamped(long timestamp, byte[] signature) {
    return ByteBuffer.allocate(Cosignatures.TIMESTAMP_SIZE + signature.length)
        .putLong(timestamp)
        .put(signature)
        .array();
  }
}
