package mamori.log.verify;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One signature line of a note, {@code — <key name> base64(key ID || signature)}, as written; it
 * says nothing about whether the signature is valid (see {@link NoteVerifier}).
 */
public final class NoteSignature {
  private final String keyName;
  private final int keyId;
  private final byte[] signature;

  /**
   * A signature line by the key {@code keyName} with ID {@code keyId}.
   *
   * @throws IllegalArgumentException if the key name is invalid or the signature is empty
   */
  public NoteSignature(String keyName, int keyId, byte[] signature) {
    if (!Encoding.isKeyName(keyName)) {
      throw new IllegalArgumentException("a key name is non-empty, without spaces or plus signs");
    }
    if (signature.length == 0) {
      throw new IllegalArgumentException("a signature is not empty");
    }
    this.keyName = keyName;
    this.keyId = keyId;
    this.signature = signature.clone();
  }

  /** The name of the signing key. */
  public String keyName() {
    return keyName;
  }

  /** The ID of the signing key. */
  public int keyId() {
    return keyId;
  }

  /** The signature bytes after the key ID. */
  public byte[] signature() {
    return signature.clone();
  }

  /** Whether this line claims to be by {@code key}: same name and key ID. */
  public boolean isBy(VerifierKey key) {
    return keyName.equals(key.name()) && keyId == key.keyId();
  }

  /** The signature line, em dash to newline included. */
  public String line() {
    byte[] idAndSignature =
        ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
    return "\u2014 " + keyName + " " + Encoding.base64(idAndSignature) + "\n";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NoteSignature s
        && keyName.equals(s.keyName)
        && keyId == s.keyId
        && Arrays.equals(signature, s.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
  }

  /** The key name and ID, without the signature. */
  @Override
  public String toString() {
    return keyName + "+" + HexFormat.of().toHexDigits(keyId);
  }
}
