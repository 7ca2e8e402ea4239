package mamori.log.verify;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The signed messages of c2sp.org/tlog-cosignature. A cosignature line carries {@code keyID ||
 * uint64 timestamp || signature}; the signature is over a message built from the timestamp and the
 * checkpoint, never over the note text alone:
 *
 * <ul>
 *   <li>{@code cosignature/v1} (0x04, Ed25519): {@code "cosignature/v1\ntime <T>\n"} followed by
 *       the whole checkpoint text, extension lines included.
 *   <li>{@code subtree/v1} (0x06, ML-DSA-44): the binary {@code cosigned_message} — the label
 *       {@code "subtree/v1\n\0"}, the cosigner name and the log origin each with a one-byte length,
 *       the timestamp, start and end as big-endian uint64, and the 32-byte subtree hash. A
 *       checkpoint is the subtree [0, size); its extension lines are not signed.
 * </ul>
 */
final class Cosignatures {
  static final int TIMESTAMP_SIZE = 8;
  static final int ED25519_SIGNATURE_SIZE = 64;
  static final int ML_DSA_44_SIGNATURE_SIZE = 2420;
  private static final byte[] SUBTREE_LABEL = "subtree/v1\n\0".getBytes(StandardCharsets.US_ASCII);

  private Cosignatures() {}

  static byte[] cosignatureV1Message(long timestamp, String checkpointText) {
    return Encoding.utf8("cosignature/v1\ntime " + timestamp + "\n" + checkpointText);
  }

  /**
   * The {@code cosigned_message} of a subtree; throws IllegalArgumentException if the name or the
   * origin is not 1 to 255 bytes or the hash is not 32 bytes.
   */
  static byte[] subtreeV1Message(
      String cosignerName, long timestamp, String origin, long start, long end, byte[] hash) {
    byte[] name = shortOpaque(cosignerName, "cosigner name");
    byte[] logOrigin = shortOpaque(origin, "log origin");
    if (hash.length != Rfc6962.HASH_SIZE) {
      throw new IllegalArgumentException("a subtree hash has 32 bytes");
    }
    ByteArrayOutputStream out =
        new ByteArrayOutputStream(SUBTREE_LABEL.length + name.length + logOrigin.length + 58);
    out.writeBytes(SUBTREE_LABEL);
    out.write(name.length);
    out.writeBytes(name);
    out.writeBytes(uint64(timestamp));
    out.write(logOrigin.length);
    out.writeBytes(logOrigin);
    out.writeBytes(uint64(start));
    out.writeBytes(uint64(end));
    out.writeBytes(hash);
    return out.toByteArray();
  }

  /**
   * Verifies an ML-DSA-44 {@code subtree/v1} signature (timestamp and signature, without key ID) on
   * the subtree [start, end) of the log {@code origin}. A subtree that does not start at 0 carries
   * no time, so its timestamp must be 0.
   */
  static boolean verifySubtree(
      VerifierKey key,
      String origin,
      long start,
      long end,
      byte[] hash,
      byte[] timestampedSignature) {
    if (key.type() != SignatureType.ML_DSA_44
        || timestampedSignature.length != TIMESTAMP_SIZE + ML_DSA_44_SIGNATURE_SIZE) {
      return false;
    }
    long timestamp = Encoding.uint64(timestampedSignature, 0);
    if (timestamp < 0 || (start != 0 && timestamp != 0) || start < 0 || end < start) {
      return false;
    }
    byte[] message;
    try {
      message = subtreeV1Message(key.name(), timestamp, origin, start, end, hash);
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] signature = new byte[ML_DSA_44_SIGNATURE_SIZE];
    System.arraycopy(timestampedSignature, TIMESTAMP_SIZE, signature, 0, signature.length);
    return JdkKeys.verify(SignatureType.ML_DSA_44, key.jdkKey(), message, signature);
  }

  static byte[] uint64(long value) {
    return ByteBuffer.allocate(8).putLong(value).array();
  }

  private static byte[] shortOpaque(String text, String what) {
    byte[] bytes = Encoding.utf8(text);
    if (bytes.length < 1 || bytes.length > 255) {
      throw new IllegalArgumentException("a " + what + " has 1 to 255 bytes for subtree/v1");
    }
    return bytes;
  }
}
