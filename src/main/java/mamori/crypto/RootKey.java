package mamori.crypto;

import java.security.GeneralSecurityException;

/**
 * The installation's root key, seen only as what it can do: wrap and unwrap key material, with
 * associated data, as an authenticated cipher (a Tink {@code Aead} in all but name). Callers never
 * see the root key's bytes; with PKCS#11 not even this process does. Implementations live outside
 * the database (a key file, an HSM) and are opened by {@link RootKeys#open}.
 *
 * <p>Guarantee: {@code unwrap(wrap(m, ad), ad)} returns {@code m}; any change to the wrapped bytes
 * or the associated data, or another root key, makes {@code unwrap} fail rather than return other
 * bytes. An empty {@code associatedData} is allowed and binds nothing; null is never accepted.
 * Thread-safe.
 */
public interface RootKey {

  /**
   * Encrypts and authenticates {@code keyMaterial}, binding {@code associatedData} (which is not
   * included in the result and must be given again to unwrap).
   *
   * @throws GeneralSecurityException when the key cannot be used (an HSM that went away)
   */
  byte[] wrap(byte[] keyMaterial, byte[] associatedData) throws GeneralSecurityException;

  /**
   * The key material {@link #wrap} was given.
   *
   * @throws GeneralSecurityException when {@code wrapped} was not made by this key with this
   *     associated data, or was changed
   */
  byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException;
}
