package mamori.crypto;

import com.google.crypto.tink.AccessesPartialKey;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.hybrid.internal.HpkeDecrypt;
import com.google.crypto.tink.hybrid.internal.HpkeEncrypt;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.subtle.X25519;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The cryptography of an encrypted package (docs/package-format.md): HPKE base mode (RFC 9180,
 * DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM) to seal a 32-byte share to a recipient's
 * public key, HKDF-SHA256 to derive the content key from the two shares, AES-256-GCM for each chunk
 * of content, and Ed25519 for the manifest and release signatures. HPKE is Tink's; the rest is the
 * JDK's. Nothing here knows what a manifest holds: the labels and layouts are the format's, given
 * by the transfer module.
 */
public final class PackageCrypto {
  /** Bytes of a share, an X25519 key, an HPKE encapsulated key. */
  public static final int KEY_BYTES = 32;

  /** Bytes of a GCM tag. */
  public static final int TAG_BYTES = 16;

  private static final HpkeParameters SUITE;

  static {
    try {
      SUITE =
          HpkeParameters.builder()
              .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
              .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
              .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
              .setVariant(HpkeParameters.Variant.NO_PREFIX)
              .build();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The X.509 prefix of a raw Ed25519 public key (RFC 8410). */
  private static final byte[] ED25519_X509_PREFIX =
      HexFormat.of().parseHex("302a300506032b6570032100");

  private PackageCrypto() {}

  /** An X25519 key pair as raw bytes: the private key is the recipient's alone. */
  public record KeyPair(byte[] publicKey, byte[] privateKey) {
    public KeyPair {
      publicKey = publicKey.clone();
      privateKey = privateKey.clone();
    }

    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    @Override
    public byte[] privateKey() {
      return privateKey.clone();
    }

    @Override
    public String toString() {
      return "KeyPair[" + fingerprint(publicKey) + "]";
    }
  }

  /** An HPKE single-shot message: the encapsulated key and the ciphertext with its tag. */
  public record Sealed(byte[] enc, byte[] ct) {
    public Sealed {
      enc = enc.clone();
      ct = ct.clone();
    }

    @Override
    public byte[] enc() {
      return enc.clone();
    }

    @Override
    public byte[] ct() {
      return ct.clone();
    }
  }

  /** A new X25519 key pair for a recipient. */
  public static KeyPair newKeyPair() {
    try {
      byte[] priv = X25519.generatePrivateKey();
      return new KeyPair(X25519.publicFromPrivate(priv), priv);
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot create an X25519 key: " + e.getMessage(), e);
    }
  }

  /** The public key of a raw X25519 private key (checked to be 32 bytes). */
  public static byte[] publicOf(byte[] privateKey) {
    checkLength(privateKey, "an X25519 private key");
    try {
      return X25519.publicFromPrivate(privateKey);
    } catch (GeneralSecurityException e) {
      throw new KeyException("not an X25519 private key: " + e.getMessage(), e);
    }
  }

  /** SHA-256 of a raw public key, as 64 lower-case hex digits. */
  public static String fingerprint(byte[] publicKey) {
    return HexFormat.of().formatHex(sha256(publicKey));
  }

  /** SHA-256 of {@code bytes}. */
  public static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Seals {@code plaintext} to the X25519 public key with HPKE base mode, {@code info} as given and
   * no associated data.
   */
  @AccessesPartialKey
  public static Sealed seal(byte[] recipientPublicKey, byte[] info, byte[] plaintext) {
    checkLength(recipientPublicKey, "an X25519 public key");
    try {
      HpkePublicKey pk = HpkePublicKey.create(SUITE, Bytes.copyFrom(recipientPublicKey), null);
      byte[] out = HpkeEncrypt.create(pk).encrypt(plaintext, info);
      return new Sealed(
          Arrays.copyOfRange(out, 0, KEY_BYTES), Arrays.copyOfRange(out, KEY_BYTES, out.length));
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot seal to the recipient's key: " + e.getMessage(), e);
    }
  }

  /**
   * Opens what {@link #seal} sealed, with the recipient's private key.
   *
   * @throws GeneralSecurityException when it was not sealed to this key with this info, or was
   *     changed
   */
  @AccessesPartialKey
  public static byte[] open(byte[] recipientPrivateKey, byte[] info, Sealed sealed)
      throws GeneralSecurityException {
    checkLength(recipientPrivateKey, "an X25519 private key");
    if (sealed.enc.length != KEY_BYTES || sealed.ct.length < TAG_BYTES) {
      throw new GeneralSecurityException("an HPKE message is a 32-byte key and a ciphertext");
    }
    HpkePublicKey pk =
        HpkePublicKey.create(
            SUITE, Bytes.copyFrom(X25519.publicFromPrivate(recipientPrivateKey)), null);
    HpkePrivateKey sk =
        HpkePrivateKey.create(
            pk, SecretBytes.copyFrom(recipientPrivateKey, InsecureSecretKeyAccess.get()));
    HybridDecrypt d = HpkeDecrypt.create(sk);
    byte[] both = new byte[sealed.enc.length + sealed.ct.length];
    System.arraycopy(sealed.enc, 0, both, 0, sealed.enc.length);
    System.arraycopy(sealed.ct, 0, both, sealed.enc.length, sealed.ct.length);
    return d.decrypt(both, info);
  }

  /** {@code n} fresh random bytes (a share, a challenge, a package id). */
  public static byte[] random(int n) {
    return RandomBytes.of(n);
  }

  /** The content key: HKDF-SHA256 of the two shares, salted with the package id. */
  public static byte[] contentKey(
      byte[] packageId, byte[] recipientShare, byte[] releaseShare, byte[] info) {
    checkLength(recipientShare, "a share");
    checkLength(releaseShare, "a share");
    byte[] ikm = new byte[2 * KEY_BYTES];
    System.arraycopy(recipientShare, 0, ikm, 0, KEY_BYTES);
    System.arraycopy(releaseShare, 0, ikm, KEY_BYTES, KEY_BYTES);
    try {
      return Hkdf.computeHkdf("HMACSHA256", ikm, packageId, info, KEY_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  /**
   * AES-256-GCM under a content key, one chunk at a time, nonce 0x00000000 || u64(index). One
   * instance per package and thread.
   */
  public static final class Chunks {
    private final SecretKeySpec key;
    private final Cipher cipher;

    public Chunks(byte[] contentKey) {
      checkLength(contentKey, "a content key");
      this.key = new SecretKeySpec(contentKey, "AES");
      try {
        this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The sealed chunk: ciphertext and tag. */
    public byte[] seal(long index, byte[] aad, byte[] plaintext, int offset, int length) {
      try {
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce(index)));
        cipher.updateAAD(aad);
        return cipher.doFinal(plaintext, offset, length);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    /**
     * The chunk's plaintext.
     *
     * @throws GeneralSecurityException when it does not open under this key, index and aad
     */
    public byte[] open(long index, byte[] aad, byte[] sealed) throws GeneralSecurityException {
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce(index)));
      cipher.updateAAD(aad);
      return cipher.doFinal(sealed);
    }

    private static byte[] nonce(long index) {
      return ByteBuffer.allocate(12).putInt(0).putLong(index).array();
    }
  }

  /** Signs {@code message} with an Ed25519 private key. */
  public static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(message);
      return s.sign();
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot sign: " + e.getMessage(), e);
    }
  }

  /** Whether {@code signature} is a valid Ed25519 signature of {@code message} by the raw key. */
  public static boolean verify(byte[] rawPublicKey, byte[] message, byte[] signature) {
    if (rawPublicKey.length != KEY_BYTES || signature.length != 64) {
      return false;
    }
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(ed25519(rawPublicKey));
      s.update(message);
      return s.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  /** The raw 32 bytes of an Ed25519 public key. */
  public static byte[] rawEd25519(PublicKey key) {
    byte[] x509 = key.getEncoded();
    if (x509.length != ED25519_X509_PREFIX.length + KEY_BYTES
        || !Arrays.equals(
            x509,
            0,
            ED25519_X509_PREFIX.length,
            ED25519_X509_PREFIX,
            0,
            ED25519_X509_PREFIX.length)) {
      throw new KeyException("not an Ed25519 public key");
    }
    return Arrays.copyOfRange(x509, ED25519_X509_PREFIX.length, x509.length);
  }

  private static PublicKey ed25519(byte[] raw) throws GeneralSecurityException {
    byte[] x509 = new byte[ED25519_X509_PREFIX.length + KEY_BYTES];
    System.arraycopy(ED25519_X509_PREFIX, 0, x509, 0, ED25519_X509_PREFIX.length);
    System.arraycopy(raw, 0, x509, ED25519_X509_PREFIX.length, KEY_BYTES);
    return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
  }

  /** Bytes of an ASCII label, as the format writes them. */
  public static byte[] label(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }

  private static void checkLength(byte[] key, String what) {
    if (key.length != KEY_BYTES) {
      throw new KeyException(what + " is " + KEY_BYTES + " bytes, not " + key.length);
    }
  }
}
