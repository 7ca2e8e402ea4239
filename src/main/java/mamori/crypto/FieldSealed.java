package mamori.crypto;

import java.util.List;
import java.util.Optional;

/**
 * Values a module seals directly with a tenant's field AEAD ({@link TenantKeys#fieldAead}, {@link
 * TenantKeys#sealSecret}), not through a data key: an authenticator secret, a webhook secret, a
 * contract PDF, a recipient's private key, a package's release share. Retiring a field key re-seals
 * each of them under the primary key first (decrypt, encrypt, compare-and-swap), then counts again
 * that none is left under the key, so no secret is destroyed with it. The module that owns the
 * table owns these statements and registers its {@code FieldSealed} as a bean (and in {@code
 * VaultSession} for the command line).
 *
 * <p>Each value is a Tink ciphertext of the field keyset, whose first five bytes name the key that
 * sealed it ({@link TenantKeys#wrappingKeyId}).
 */
public interface FieldSealed {
  /** What the values are, plural, for the status: {@code authenticator secrets}. */
  String kind();

  /** The ids (as the module words them) of every value of {@code tenant} sealed now. */
  List<String> ids(String tenant);

  /** The sealed value of {@code id} with the associated data it was sealed with, if still there. */
  Optional<Sealed> read(String tenant, String id);

  /**
   * Stores {@code resealed} in place of {@code old} if the stored value is still {@code old}; false
   * when it changed or went meanwhile (then nothing is written).
   */
  boolean swap(String tenant, String id, byte[] old, byte[] resealed);

  /** A sealed value and the associated data that opens it. */
  record Sealed(byte[] sealed, byte[] associatedData) {}
}
