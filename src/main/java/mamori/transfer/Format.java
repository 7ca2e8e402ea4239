package mamori.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The constants and labels of docs/package-format.md, in one place: the magic, the header slot, the
 * chunk sizes, and the ASCII labels each key derivation, seal and signature is bound to.
 */
final class Format {
  static final byte[] MAGIC = "mamori-package/1\n".getBytes(StandardCharsets.US_ASCII);

  /** The header slot Mamori writes: room for any manifest it makes, with its signature. */
  static final int SLOT = 16_384;

  static final int MIN_SLOT = 4_096;
  static final int MAX_SLOT = 1_048_576;

  /** Bytes before the slot: the magic and the slot's size. */
  static final int HEAD = MAGIC.length + 4;

  /** Plaintext bytes of a full chunk. */
  static final int CHUNK = 65_536;

  /** Bytes of a sealed full chunk: the plaintext and the GCM tag. */
  static final int MAX_SEALED = CHUNK + 16;

  static final int SIGNATURE_BYTES = 64;

  static final byte[] MANIFEST_SIGNED = label("mamori-package/1 manifest\n");
  static final byte[] RECIPIENT_SHARE = label("mamori-package/1 recipient share");
  static final byte[] RELEASE_SHARE = label("mamori-package/1 release share");
  static final byte[] CONTENT_KEY = label("mamori-package/1 content key");
  static final byte[] CHUNK_AAD = label("mamori-package/1 chunk");
  static final byte[] CHALLENGE = label("mamori-package/1 challenge");
  static final byte[] RELEASE_SIGNED = label("mamori-package/1 release\n");

  private Format() {}

  /** {@code label || packageId}: the HPKE info of a share or challenge of this package. */
  static byte[] info(byte[] label, byte[] packageId) {
    return concat(label, packageId);
  }

  /** The associated data of chunk {@code index}. */
  static byte[] chunkAad(byte[] packageId, long index, boolean last) {
    return ByteBuffer.allocate(CHUNK_AAD.length + packageId.length + 9)
        .put(CHUNK_AAD)
        .put(packageId)
        .putLong(index)
        .put((byte) (last ? 1 : 0))
        .array();
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    ByteBuffer b = ByteBuffer.allocate(n);
    for (byte[] p : parts) {
      b.put(p);
    }
    return b.array();
  }

  private static byte[] label(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}
