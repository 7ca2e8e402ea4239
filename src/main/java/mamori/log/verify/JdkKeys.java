package mamori.log.verify;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Converts between the raw public keys of signed notes and the JDK's key objects, and runs the
 * JDK's Ed25519 and ML-DSA-44 (pure, empty context, FIPS 204) signatures. A raw key becomes an
 * X.509 SubjectPublicKeyInfo by a fixed DER prefix, since both algorithms have fixed-size keys.
 */
final class JdkKeys {
  private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] ML_DSA_44_SPKI =
      HexFormat.of().parseHex("30820532300b06096086480165030403110382052100");

  private JdkKeys() {}

  /** The raw public key of {@code key}, which must be of the algorithm {@code type} uses. */
  static byte[] raw(PublicKey key, SignatureType type) {
    byte[] prefix = spkiPrefix(type);
    byte[] encoded = key.getEncoded();
    if (encoded == null
        || encoded.length != prefix.length + type.publicKeySize()
        || !Arrays.equals(encoded, 0, prefix.length, prefix, 0, prefix.length)) {
      throw new IllegalArgumentException("not a " + algorithm(type) + " public key");
    }
    return Arrays.copyOfRange(encoded, prefix.length, encoded.length);
  }

  /** The JDK key for a raw public key of {@code type}. */
  static PublicKey publicKey(byte[] raw, SignatureType type) {
    if (raw.length != type.publicKeySize()) {
      throw new IllegalArgumentException(
          "a " + algorithm(type) + " public key has " + type.publicKeySize() + " bytes");
    }
    try {
      return KeyFactory.getInstance(type == SignatureType.ML_DSA_44 ? "ML-DSA" : "Ed25519")
          .generatePublic(new X509EncodedKeySpec(Encoding.concat(spkiPrefix(type), raw)));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not a valid " + algorithm(type) + " public key", e);
    }
  }

  static boolean verify(SignatureType type, PublicKey key, byte[] message, byte[] signature) {
    try {
      Signature verifier = Signature.getInstance(algorithm(type));
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (SignatureException | InvalidKeyException e) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm(type) + " is missing from this JDK", e);
    }
  }

  static byte[] sign(SignatureType type, PrivateKey key, byte[] message) {
    try {
      Signature signer = Signature.getInstance(algorithm(type));
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("not a " + algorithm(type) + " private key", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm(type) + " signing failed", e);
    }
  }

  /** The JDK algorithm behind a signature type: ML-DSA-44 for 0x06, Ed25519 otherwise. */
  static String algorithm(SignatureType type) {
    return type == SignatureType.ML_DSA_44 ? "ML-DSA-44" : "Ed25519";
  }

  private static byte[] spkiPrefix(SignatureType type) {
    return type == SignatureType.ML_DSA_44 ? ML_DSA_44_SPKI : ED25519_SPKI;
  }
}
