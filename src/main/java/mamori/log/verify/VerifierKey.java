package mamori.log.verify;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A public key that may sign notes: a key name, a {@link SignatureType} and the raw public key,
 * identified in signature lines by the key ID {@code SHA-256(name || 0x0A || type || key)[:4]}. Its
 * text form is the C2SP verifier key ("vkey") {@code <name>+<hex key ID>+<base64(type || key)>}.
 *
 * <p>A {@code VerifierKey} is immutable and always consistent: its name is a valid key name, its
 * key has the size its type requires, and its key ID matches.
 */
public final class VerifierKey {
  private final String name;
  private final SignatureType type;
  private final byte[] key;
  private final int keyId;
  private final PublicKey jdkKey;

  private VerifierKey(String name, SignatureType type, byte[] key, PublicKey jdkKey) {
    if (!Encoding.isKeyName(name)) {
      throw new IllegalArgumentException("a key name is non-empty, without spaces or plus signs");
    }
    this.name = name;
    this.type = type;
    this.key = key.clone();
    this.keyId = keyId(name, type, key);
    this.jdkKey = jdkKey;
  }

  /**
   * Parses a verifier key {@code <name>+<hex key ID>+<base64(type || key)>}.
   *
   * @throws IllegalArgumentException if it is malformed, its type is unknown, or its key ID does
   *     not match its name and key
   */
  public static VerifierKey parse(String vkey) {
    int first = vkey.indexOf('+');
    int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
    if (second < 0) {
      throw new IllegalArgumentException("a verifier key is <name>+<key ID>+<key>");
    }
    String id = vkey.substring(first + 1, second);
    byte[] typeAndKey =
        Encoding.base64(vkey.substring(second + 1))
            .filter(b -> b.length > 1)
            .orElseThrow(
                () -> new IllegalArgumentException("the key of a verifier key is not base64"));
    if (!id.matches("[0-9a-fA-F]{8}")) {
      throw new IllegalArgumentException("the key ID of a verifier key is 8 hex digits");
    }
    SignatureType type =
        SignatureType.byId(typeAndKey[0] & 0xff)
            .orElseThrow(() ->
                new IllegalArgumentException("unknown signature type " + (typeAndKey[0] & 0xff)));
    byte[] raw = Arrays.copyOfRange(typeAndKey, 1, typeAndKey.length);
    VerifierKey parsed =
        new VerifierKey(vkey.substring(0, first), type, raw, JdkKeys.publicKey(raw, type));
    if (parsed.keyId != HexFormat.fromHexDigits(id)) {
      throw new IllegalArgumentException("the key ID of the verifier key does not match its key");
    }
    return parsed;
  }

  /**
   * The key of type {@code type} for a JDK public key (Ed25519 for 0x01 and 0x04, ML-DSA-44 for
   * 0x06).
   */
  public static VerifierKey of(String name, SignatureType type, PublicKey publicKey) {
    byte[] raw = JdkKeys.raw(publicKey, type);
    return new VerifierKey(name, type, raw, JdkKeys.publicKey(raw, type));
  }

  /** The key ID of a raw public key of {@code type} under {@code name}, as a big-endian uint32. */
  public static int keyId(String name, SignatureType type, byte[] rawPublicKey) {
    MessageDigest sha = Rfc6962.sha256();
    sha.update(Encoding.utf8(name));
    sha.update((byte) '\n');
    sha.update((byte) type.id());
    sha.update(rawPublicKey);
    return ByteBuffer.wrap(sha.digest()).getInt();
  }

  /** The key name. */
  public String name() {
    return name;
  }

  /** The signature type. */
  public SignatureType type() {
    return type;
  }

  /** The key ID, a big-endian uint32 in an int. */
  public int keyId() {
    return keyId;
  }

  /** The raw public key. */
  public byte[] publicKey() {
    return key.clone();
  }

  PublicKey jdkKey() {
    return jdkKey;
  }

  /**
   * Whether {@code signature} (after the key ID) is this key's valid signature on the note text:
   * Ed25519 over the text, or a cosignature over the checkpoint the text must be.
   */
  boolean verifies(String text, byte[] signature) {
    return switch (type) {
      case ED25519 ->
          signature.length == Cosignatures.ED25519_SIGNATURE_SIZE
              && JdkKeys.verify(type, jdkKey, Encoding.utf8(text), signature);
      case COSIGNATURE_V1 -> verifiesCosignatureV1(text, signature);
      case ML_DSA_44 -> verifiesSubtreeV1(text, signature);
    };
  }

  private boolean verifiesCosignatureV1(String text, byte[] signature) {
    if (signature.length != Cosignatures.TIMESTAMP_SIZE + Cosignatures.ED25519_SIGNATURE_SIZE) {
      return false;
    }
    long timestamp = Encoding.uint64(signature, 0);
    byte[] ed25519 = Arrays.copyOfRange(signature, Cosignatures.TIMESTAMP_SIZE, signature.length);
    return timestamp >= 0
        && JdkKeys.verify(
            type, jdkKey, Cosignatures.cosignatureV1Message(timestamp, text), ed25519);
  }

  /** subtree/v1 does not sign extension lines, so a checkpoint with any is refused. */
  private boolean verifiesSubtreeV1(String text, byte[] signature) {
    Checkpoint checkpoint;
    try {
      checkpoint = Checkpoint.parse(text);
    } catch (NoteException e) {
      return false;
    }
    return checkpoint.extensions().isEmpty()
        && Cosignatures.verifySubtree(
            this, checkpoint.origin(), 0, checkpoint.size(), checkpoint.root(), signature);
  }

  /** The verifier key text {@code <name>+<hex key ID>+<base64(type || key)>}. */
  @Override
  public String toString() {
    byte[] typeAndKey = new byte[key.length + 1];
    typeAndKey[0] = (byte) type.id();
    System.arraycopy(key, 0, typeAndKey, 1, key.length);
    return name + "+" + HexFormat.of().toHexDigits(keyId) + "+" + Encoding.base64(typeAndKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VerifierKey k
        && name.equals(k.name)
        && type == k.type
        && Arrays.equals(key, k.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, type, keyId);
  }
}
