package mamori.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * One person's data key: a random AES-256 key that encrypts that person's fields and nothing else,
 * stored only wrapped by the tenant's field keyset ({@link #wrapped()}). Deleting the wrapped key
 * makes every ciphertext of the person, current or prior, unreadable: crypto-shredding.
 *
 * <p>A sealed field is {@code 0x01 || nonce (12 random bytes) || AES-256-GCM ciphertext and tag},
 * with {@code mamori/field/v1/<tenant>/<personId>/<field>} as associated data, so a ciphertext
 * moved to another person, tenant or field does not open. Random 96-bit nonces are safe here far
 * beyond need: one key seals one person's few dozen fields over its lifetime.
 *
 * <p>Made only by {@link TenantKeys#newPersonKey} and {@link TenantKeys#personKey}; the key bytes
 * never leave this class and {@link #toString()} does not show them. Thread-safe.
 */
public final class PersonKey {
  private static final byte FORMAT = 1;
  private static final int NONCE = 12;
  private static final int TAG = 16;

  /** The smallest sealed field: format byte, nonce and tag around an empty plaintext. */
  static final int OVERHEAD = 1 + NONCE + TAG;

  private static final ThreadLocal<Cipher> GCM =
      ThreadLocal.withInitial(() -> {
        try {
          return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
          throw new KeyException("this JDK has no AES/GCM: " + e.getMessage(), e);
        }
      });

  private final String tenant;
  private final long personId;
  private final SecretKeySpec key;
  private final byte[] wrapped;
  private final String adPrefix;
  private final String owner;

  PersonKey(String tenant, long personId, byte[] raw, byte[] wrapped) {
    this(tenant, personId, raw, wrapped, "mamori/field/v1/", "person");
  }

  /**
   * A data key of another owner than a person (a scanned document, {@link DocumentKey}): {@code
   * prefix + tenant + "/" + id + "/" + part} is the associated data of each sealed part.
   */
  PersonKey(String tenant, long personId, byte[] raw, byte[] wrapped, String prefix, String owner) {
    this.tenant = tenant;
    this.personId = personId;
    this.key = new SecretKeySpec(raw, "AES");
    this.wrapped = wrapped.clone();
    this.adPrefix = prefix + tenant + "/" + personId + "/";
    this.owner = owner;
  }

  /**
   * The key wrapped by the tenant's field keyset (carrying Tink's key id), to store beside the
   * person.
   */
  public byte[] wrapped() {
    return wrapped.clone();
  }

  /**
   * Encrypts one field of this person.
   *
   * @param field the field's name, bound into the ciphertext
   */
  public byte[] seal(String field, byte[] plaintext) {
    byte[] out = new byte[OVERHEAD + plaintext.length];
    out[0] = FORMAT;
    RandomBytes.fill(out, 1, NONCE);
    try {
      Cipher gcm = GCM.get();
      gcm.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, out, 1, NONCE));
      gcm.updateAAD(associatedData(field));
      gcm.doFinal(plaintext, 0, plaintext.length, out, 1 + NONCE);
      return out;
    } catch (GeneralSecurityException e) {
      throw new KeyException(
          "cannot encrypt field "
              + field
              + " of a "
              + owner
              + " of tenant "
              + tenant
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Decrypts one field of this person.
   *
   * @throws KeyException when {@code ciphertext} was not sealed by this key for this field:
   *     changed, or moved from another person or field. The message names the field, never its
   *     content.
   */
  public byte[] open(String field, byte[] ciphertext) {
    if (ciphertext.length < OVERHEAD || ciphertext[0] != FORMAT) {
      throw notOpening(field, null);
    }
    try {
      Cipher gcm = GCM.get();
      gcm.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, ciphertext, 1, NONCE));
      gcm.updateAAD(associatedData(field));
      return gcm.doFinal(ciphertext, 1 + NONCE, ciphertext.length - 1 - NONCE);
    } catch (AEADBadTagException e) {
      throw notOpening(field, e);
    } catch (InvalidKeyException e) {
      throw new KeyException("cannot use a person's data key: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw notOpening(field, e);
    }
  }

  private KeyException notOpening(String field, @Nullable Throwable cause) {
    return new KeyException(
        "field "
            + field
            + " of a "
            + owner
            + " of tenant "
            + tenant
            + " does not open with that "
            + owner
            + "'s data key: the stored ciphertext was changed, or moved from another "
            + owner
            + " or field",
        cause);
  }

  private byte[] associatedData(String field) {
    return (adPrefix + field).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return (owner.equals("person") ? "PersonKey[" : "DataKey[" + owner + " ")
        + tenant
        + "/"
        + personId
        + "]";
  }
}
