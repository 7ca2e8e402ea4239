package mamori.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.Provider;
import java.security.ProviderException;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Arrays;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.security.auth.login.FailedLoginException;
import org.jspecify.annotations.Nullable;

/**
 * The root key inside a PKCS#11 token (an HSM, or SoftHSM2 in the tests), used through the JDK's
 * SunPKCS11 provider so that its bytes never enter this process.
 *
 * <p>What SunPKCS11 allows, and how it is used here:
 *
 * <ul>
 *   <li>The provider is configured from an inline configuration ({@code --name=...}), one instance
 *       per open, and never added to {@code java.security.Security}: nothing else in the JVM picks
 *       it up.
 *   <li>Its configuration sets a template for generated AES keys, {@code CKA_SENSITIVE = true} and
 *       {@code CKA_EXTRACTABLE = false}, so {@code KeyGenerator} makes the key inside the token as
 *       a sensitive, non-extractable session object. {@code KeyStore.setEntry(label, ...)} then
 *       copies it into a token object ({@code C_CopyObject} with {@code CKA_TOKEN}, {@code
 *       CKA_PRIVATE} and {@code CKA_LABEL}); PKCS#11 never lets a copy become less sensitive, so
 *       the stored key keeps both attributes. The session object goes with its session.
 *   <li>Any key found under the label whose bytes the JVM could read ({@code getEncoded()} not
 *       null) is refused: an HSM administrator's key must be sensitive or non-extractable too.
 *   <li>Wrapping is {@code AES/GCM/NoPadding} in the token with a random 96-bit IV and a 128-bit
 *       tag: {@code 0x01 || IV || ciphertext || tag}. Random IVs are safe for 2^32 wraps per key;
 *       the root key wraps one keyset per tenant and purpose. A {@code Cipher} is made per call,
 *       since SunPKCS11 ciphers are not thread-safe and the root key is used only when a keyset is
 *       loaded.
 *   <li>The PIN comes from a file or {@value RootKeyConfig#PIN_VARIABLE}, logs this process in
 *       through {@code KeyStore.load}, and is then zeroed.
 * </ul>
 */
final class Pkcs11RootKey implements RootKey {
  private static final byte FORMAT = 1;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RootKeyConfig.Pkcs11 config;
  private final Provider provider;
  private final SecretKey key;

  private Pkcs11RootKey(RootKeyConfig.Pkcs11 config, Provider provider, SecretKey key) {
    this.config = config;
    this.provider = provider;
    this.key = key;
  }

  /**
   * Logs in to the token and finds the key under the configured label, generating it there when it
   * is absent and {@code mayCreate}.
   *
   * @param env looks up an environment variable (the PIN when no PIN file is configured)
   * @throws KeyException when the library, the slot, the PIN or the key is wrong or missing
   */
  static RootKey open(
      RootKeyConfig.Pkcs11 config, Function<String, @Nullable String> env, boolean mayCreate) {
    if (!Files.isRegularFile(config.library())) {
      throw new KeyException(
          "the PKCS#11 library "
              + config.library()
              + " does not exist"
              + " (mamori.keys.pkcs11.library)");
    }
    char[] pin = pin(config, env);
    Provider sunPkcs11 = Security.getProvider("SunPKCS11");
    if (sunPkcs11 == null) {
      throw new KeyException(
          "this Java runtime has no SunPKCS11 provider (module jdk.crypto.cryptoki)");
    }
    try {
      Provider provider = sunPkcs11.configure("--" + providerConfig(config));
      KeyStore token = KeyStore.getInstance("PKCS11", provider);
      try {
        token.load(null, pin);
      } catch (IOException e) {
        if (causedBy(e, FailedLoginException.class)) {
          throw new KeyException(
              "the PKCS#11 token refused the PIN from "
                  + pinSource(config)
                  + "; the root key "
                  + config
                  + " cannot be used",
              e);
        }
        throw e;
      }
      Key key = token.getKey(config.label(), null);
      if (key == null && !mayCreate) {
        throw new KeyException(
            "the root key '"
                + config.label()
                + "' is not in the PKCS#11 token ("
                + config
                + "), but this store holds keysets wrapped by it; connect the token that holds it,"
                + " or restore the HSM from its backup. No new key is made, since it could not open them.");
      }
      if (key == null) {
        KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
        generator.init(256);
        token.setEntry(config.label(), new KeyStore.SecretKeyEntry(generator.generateKey()), null);
        key = token.getKey(config.label(), null);
      }
      if (!(key instanceof SecretKey secret) || !"AES".equals(key.getAlgorithm())) {
        throw new KeyException(
            "the object labelled '"
                + config.label()
                + "' in the PKCS#11 token is not"
                + " an AES secret key");
      }
      if (secret.getEncoded() != null) {
        throw new KeyException(
            "the root key "
                + config
                + " can be read out of the token; Mamori uses only"
                + " a key with CKA_SENSITIVE=true or CKA_EXTRACTABLE=false");
      }
      return new Pkcs11RootKey(config, provider, secret);
    } catch (GeneralSecurityException | IOException | ProviderException e) {
      throw new KeyException("cannot use the " + config + ": " + rootMessage(e), e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  @Override
  public byte[] wrap(byte[] keyMaterial, byte[] associatedData) throws GeneralSecurityException {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, associatedData).doFinal(keyMaterial);
    byte[] out = new byte[1 + IV_BYTES + sealed.length];
    out[0] = FORMAT;
    System.arraycopy(iv, 0, out, 1, IV_BYTES);
    System.arraycopy(sealed, 0, out, 1 + IV_BYTES, sealed.length);
    return out;
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    if (wrapped.length < 1 + IV_BYTES + TAG_BITS / 8 || wrapped[0] != FORMAT) {
      throw new GeneralSecurityException("not key material wrapped by a PKCS#11 root key");
    }
    byte[] iv = Arrays.copyOfRange(wrapped, 1, 1 + IV_BYTES);
    return cipher(Cipher.DECRYPT_MODE, iv, associatedData)
        .doFinal(wrapped, 1 + IV_BYTES, wrapped.length - 1 - IV_BYTES);
  }

  /**
   * How the provider describes the key object (for tests: token object, sensitive, unextractable).
   */
  String describeTokenKey() {
    return key.toString();
  }

  @Override
  public String toString() {
    return config.toString();
  }

  private Cipher cipher(int mode, byte[] iv, byte[] associatedData)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
    if (associatedData.length > 0) {
      cipher.updateAAD(associatedData);
    }
    return cipher;
  }

  static String providerConfig(RootKeyConfig.Pkcs11 config) {
    return "name = Mamori\n"
        + "library = \""
        + config.library().toAbsolutePath()
        + "\"\n"
        + (config.slot() == null ? "slotListIndex = 0\n" : "slot = " + config.slot() + "\n")
        + "attributes(generate, CKO_SECRET_KEY, CKK_AES) = {\n"
        + "  CKA_SENSITIVE = true\n"
        + "  CKA_EXTRACTABLE = false\n"
        + "}\n";
  }

  private static char[] pin(RootKeyConfig.Pkcs11 config, Function<String, @Nullable String> env) {
    Path file = config.pinFile();
    if (file == null) {
      String pin = env.apply(RootKeyConfig.PIN_VARIABLE);
      if (pin == null || pin.isEmpty()) {
        throw new KeyException(
            "no PIN for the PKCS#11 token: set "
                + RootKeyConfig.PIN_VARIABLE
                + " or mamori.keys.pkcs11.pin-file (never on the command line)");
      }
      return pin.toCharArray();
    }
    try {
      KeyFileRootKey.requireOwnerOnly(file, "the PIN file");
      return Files.readString(file, StandardCharsets.UTF_8)
          .replaceFirst("\r?\n$", "")
          .toCharArray();
    } catch (IOException e) {
      throw new KeyException(
          "cannot read the PIN file " + file + " (mamori.keys.pkcs11.pin-file): " + e, e);
    }
  }

  private static String pinSource(RootKeyConfig.Pkcs11 config) {
    return config.pinFile() == null
        ? RootKeyConfig.PIN_VARIABLE
        : "the PIN file " + config.pinFile();
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root == t ? String.valueOf(t.getMessage()) : t.getMessage() + " (" + root + ")";
  }
}
