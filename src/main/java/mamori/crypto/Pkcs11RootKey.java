package mamori.crypto;

import java.io.IOException;
import java.nio.ByteBuffer;
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
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
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
 *   <li>Generations: the first root key is the object under the configured label ({@code
 *       mamori-root}), generation n after it is {@code mamori-root.n}; the highest held is current.
 *       A wrap made before generations existed is {@code 0x01 || IV || ciphertext || tag} and
 *       belongs to generation 1; every wrap now is {@code 0x02 || generation (4 bytes, big-endian)
 *       || IV || ciphertext || tag}. Rotating ({@link RootKeys#rotate}) makes the next object,
 *       re-wraps, then deletes the older objects from the token ({@code KeyStore.deleteEntry},
 *       which destroys the object, {@code C_DestroyObject}). Every wrap looks for a newer
 *       generation first, so a process that kept running through a rotation made elsewhere never
 *       wraps under a generation that is about to go.
 *   <li>The PIN comes from a file or {@value RootKeyConfig#PIN_VARIABLE}, logs this process in
 *       through {@code KeyStore.load}, and is then zeroed.
 * </ul>
 */
final class Pkcs11RootKey implements GenerationalRootKey {
  private static final byte FORMAT_FIRST = 1;
  private static final byte FORMAT = 2;
  private static final int GENERATION_BYTES = 4;
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RootKeyConfig.Pkcs11 config;
  private final Provider provider;
  private final KeyStore token;
  private final ConcurrentSkipListMap<Integer, SecretKey> keys;

  private Pkcs11RootKey(
      RootKeyConfig.Pkcs11 config,
      Provider provider,
      KeyStore token,
      SortedMap<Integer, SecretKey> keys) {
    this.config = config;
    this.provider = provider;
    this.token = token;
    this.keys = new ConcurrentSkipListMap<>(keys);
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
      SortedMap<Integer, SecretKey> keys = held(token, config);
      if (keys.isEmpty() && !mayCreate) {
        throw new KeyException(
            "the root key '"
                + config.label()
                + "' is not in the PKCS#11 token ("
                + config
                + "), but this store holds keysets wrapped by it; connect the token that holds it,"
                + " or restore the HSM from its backup. No new key is made, since it could not open them.");
      }
      if (keys.isEmpty()) {
        generate(token, provider, config.label());
        keys = held(token, config);
      }
      return new Pkcs11RootKey(config, provider, token, keys);
    } catch (GeneralSecurityException | IOException | ProviderException e) {
      throw new KeyException("cannot use the " + config + ": " + rootMessage(e), e);
    } finally {
      Arrays.fill(pin, '\0');
    }
  }

  /**
   * The AES keys under the label and its generation labels ({@code label.2}, ...), by generation;
   * refuses any that is not a sensitive or non-extractable AES key.
   */
  private static SortedMap<Integer, SecretKey> held(KeyStore token, RootKeyConfig.Pkcs11 config)
      throws GeneralSecurityException {
    SortedMap<Integer, SecretKey> keys = new TreeMap<>();
    for (String alias : Collections.list(token.aliases())) {
      int generation = generationOf(config.label(), alias);
      if (generation == 0) {
        continue;
      }
      Key key = token.getKey(alias, null);
      if (!(key instanceof SecretKey secret) || !"AES".equals(key.getAlgorithm())) {
        throw new KeyException(
            "the object labelled '" + alias + "' in the PKCS#11 token is not an AES secret key");
      }
      if (secret.getEncoded() != null) {
        throw new KeyException(
            "the root key "
                + config
                + " can be read out of the token; Mamori uses only"
                + " a key with CKA_SENSITIVE=true or CKA_EXTRACTABLE=false");
      }
      keys.put(generation, secret);
    }
    return keys;
  }

  /** 1 for the label itself, n for {@code label.n} (n at least 2), 0 for any other alias. */
  static int generationOf(String label, String alias) {
    if (alias.equals(label)) {
      return 1;
    }
    if (alias.startsWith(label + ".")) {
      String n = alias.substring(label.length() + 1);
      if (n.matches("[1-9][0-9]{0,8}") && Integer.parseInt(n) >= 2) {
        return Integer.parseInt(n);
      }
    }
    return 0;
  }

  static String labelOf(String label, int generation) {
    return generation == 1 ? label : label + "." + generation;
  }

  private static void generate(KeyStore token, Provider provider, String alias)
      throws GeneralSecurityException {
    KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
    generator.init(256);
    token.setEntry(alias, new KeyStore.SecretKeyEntry(generator.generateKey()), null);
  }

  /** Looks at the token again, so a generation another process added or removed is seen. */
  private synchronized void refresh() throws GeneralSecurityException {
    SortedMap<Integer, SecretKey> now = held(token, config);
    if (now.isEmpty()) {
      throw new KeyException("the root key " + config + " is no longer in the PKCS#11 token");
    }
    keys.keySet().retainAll(now.keySet());
    keys.putAll(now);
  }

  @Override
  public byte[] wrap(byte[] keyMaterial, byte[] associatedData) throws GeneralSecurityException {
    refresh(); // never wrap under a generation another process is retiring
    return wrapUnder(keys.lastKey(), keyMaterial, associatedData);
  }

  private byte[] wrapUnder(int generation, byte[] keyMaterial, byte[] associatedData)
      throws GeneralSecurityException {
    byte[] iv = new byte[IV_BYTES];
    RANDOM.nextBytes(iv);
    byte[] sealed =
        cipher(key(generation), Cipher.ENCRYPT_MODE, iv, associatedData).doFinal(keyMaterial);
    int head = 1 + GENERATION_BYTES;
    byte[] out = new byte[head + IV_BYTES + sealed.length];
    out[0] = FORMAT;
    ByteBuffer.wrap(out, 1, GENERATION_BYTES).putInt(generation);
    System.arraycopy(iv, 0, out, head, IV_BYTES);
    System.arraycopy(sealed, 0, out, head + IV_BYTES, sealed.length);
    return out;
  }

  @Override
  public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    return unwrap(wrapped, associatedData, false);
  }

  private byte[] unwrap(byte[] wrapped, byte[] associatedData, boolean currentOnly)
      throws GeneralSecurityException {
    int head = headOf(wrapped);
    int generation =
        wrapped[0] == FORMAT_FIRST ? 1 : ByteBuffer.wrap(wrapped, 1, GENERATION_BYTES).getInt();
    if (!keys.containsKey(generation)) {
      refresh();
    }
    if (currentOnly && generation != keys.lastKey()) {
      throw new GeneralSecurityException(
          "wrapped by root key generation " + generation + ", not the current one");
    }
    byte[] iv = Arrays.copyOfRange(wrapped, head, head + IV_BYTES);
    return cipher(key(generation), Cipher.DECRYPT_MODE, iv, associatedData)
        .doFinal(wrapped, head + IV_BYTES, wrapped.length - head - IV_BYTES);
  }

  /** How many bytes come before the IV: the format byte, and the generation in format 2. */
  private static int headOf(byte[] wrapped) throws GeneralSecurityException {
    int head =
        wrapped.length == 0
            ? -1
            : wrapped[0] == FORMAT_FIRST ? 1 : wrapped[0] == FORMAT ? 1 + GENERATION_BYTES : -1;
    if (head < 0 || wrapped.length < head + IV_BYTES + TAG_BITS / 8) {
      throw new GeneralSecurityException("not key material wrapped by a PKCS#11 root key");
    }
    return head;
  }

  private SecretKey key(int generation) throws GeneralSecurityException {
    SecretKey key = keys.get(generation);
    if (key == null) {
      throw new GeneralSecurityException(
          "root key generation " + generation + " is not in the token (destroyed)");
    }
    return key;
  }

  @Override
  public List<Integer> generations() {
    try {
      refresh();
    } catch (GeneralSecurityException e) {
      throw new KeyException("cannot read the " + config + ": " + e.getMessage(), e);
    }
    return List.copyOf(keys.keySet());
  }

  @Override
  public synchronized int addGeneration() {
    try {
      refresh();
      if (keys.size() > 1) {
        return keys.lastKey(); // a rotation under way: finish it
      }
      int next = keys.lastKey() + 1;
      generate(token, provider, labelOf(config.label(), next));
      refresh();
      return keys.lastKey();
    } catch (GeneralSecurityException | ProviderException e) {
      throw new KeyException(
          "cannot make a new root key in the " + config + ": " + rootMessage(e), e);
    }
  }

  @Override
  public RootKey currentOnly() {
    int current = generations().getLast();
    return new RootKey() {
      @Override
      public byte[] wrap(byte[] keyMaterial, byte[] associatedData)
          throws GeneralSecurityException {
        return wrapUnder(current, keyMaterial, associatedData);
      }

      @Override
      public byte[] unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
        return Pkcs11RootKey.this.unwrap(wrapped, associatedData, true);
      }
    };
  }

  @Override
  public synchronized void destroyOlderGenerations() {
    try {
      refresh();
      int current = keys.lastKey();
      for (int generation : List.copyOf(keys.headMap(current).keySet())) {
        token.deleteEntry(labelOf(config.label(), generation));
        keys.remove(generation);
      }
    } catch (GeneralSecurityException | ProviderException e) {
      throw new KeyException(
          "cannot destroy an old root key in the " + config + ": " + rootMessage(e), e);
    }
  }

  /** The labels of the key objects this root key finds in the token, oldest first. */
  List<String> tokenLabels() {
    return generations().stream().map(g -> labelOf(config.label(), g)).toList();
  }

  /**
   * How the provider describes the current key object (for tests: token object, sensitive,
   * unextractable).
   */
  String describeTokenKey() {
    return keys.lastEntry().getValue().toString();
  }

  @Override
  public String toString() {
    return config.toString();
  }

  private Cipher cipher(SecretKey key, int mode, byte[] iv, byte[] associatedData)
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
