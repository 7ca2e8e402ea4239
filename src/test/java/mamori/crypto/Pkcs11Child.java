package mamori.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.KeyGenerator;
import mamori.store.Store;
import mamori.store.StoreLocation;

/**
 * One start of Mamori's key handling in its own JVM, for {@link Pkcs11RootKeyTest}: SoftHSM2 reads
 * {@code SOFTHSM2_CONF} from the process environment, which a running JVM cannot set for itself.
 * The root key is configured by system properties ({@code -Dmamori.keys.root=pkcs11 ...}), as a
 * service reads its properties; the PIN comes from the environment or a PIN file.
 *
 * <pre>
 * Pkcs11Child STORE encrypt TENANT TEXT    prints "ciphertext BASE64"
 * Pkcs11Child STORE decrypt TENANT BASE64  prints "plaintext TEXT"
 * Pkcs11Child - plant-extractable          puts an extractable AES key under the label, not through Mamori
 * Pkcs11Child STORE add-generation         makes the next root key generation only (a rotation killed
 *                                          after its first step); prints "labels ..."
 * Pkcs11Child STORE rotate-root            rotates the root key (RootKeys.rotate); prints "generation N"
 *                                          and "labels ..." (the key objects left in the token)
 * </pre>
 *
 * After opening the root key it prints {@code key <the provider's description of the token key>}. A
 * {@link KeyException} is printed as {@code KeyException: <message>} with exit status 3.
 */
final class Pkcs11Child {
  private Pkcs11Child() {}

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    RootKeyConfig config = RootKeyConfig.from(System::getProperty, Path.of("unused"));
    if (args[1].equals("plant-extractable")) {
      plantExtractable((RootKeyConfig.Pkcs11) config);
      return;
    }
    StoreLocation location =
        args[0].startsWith("jdbc:")
            ? new StoreLocation.Server(args[0])
            : new StoreLocation.Embedded(Path.of(args[0]));
    try (Store store = Store.open(location)) {
      RootKey root = RootKeys.open(config, store.dataSource());
      System.out.println("key " + ((Pkcs11RootKey) root).describeTokenKey());
      if (args[1].equals("add-generation") || args[1].equals("rotate-root")) {
        if (args[1].equals("add-generation")) {
          ((Pkcs11RootKey) root).addGeneration();
        } else {
          System.out.println(
              "generation "
                  + RootKeys.rotate(root, store.dataSource(), Clock.systemUTC(), n -> {})
                      .generation());
        }
        System.out.println("labels " + String.join(" ", ((Pkcs11RootKey) root).tokenLabels()));
        System.out.println("aliases " + String.join(" ", aliases((RootKeyConfig.Pkcs11) config)));
        return;
      }
      var aead = new TenantKeys(store.dataSource(), root, Clock.systemUTC()).fieldAead(args[2]);
      byte[] ad = "person/1/name".getBytes(StandardCharsets.UTF_8);
      switch (args[1]) {
        case "encrypt" ->
            System.out.println(
                "ciphertext "
                    + Base64.getEncoder()
                        .encodeToString(
                            aead.encrypt(args[3].getBytes(StandardCharsets.UTF_8), ad)));
        case "decrypt" ->
            System.out.println(
                "plaintext "
                    + new String(
                        aead.decrypt(Base64.getDecoder().decode(args[3]), ad),
                        StandardCharsets.UTF_8));
        default -> throw new IllegalArgumentException(args[1]);
      }
    } catch (KeyException e) {
      System.out.println("KeyException: " + e.getMessage());
      System.exit(3);
    }
  }

  /** Every label in the token, read by a provider of its own (not the root key's view). */
  private static java.util.List<String> aliases(RootKeyConfig.Pkcs11 config) throws Exception {
    var provider =
        Security.getProvider("SunPKCS11").configure("--" + Pkcs11RootKey.providerConfig(config));
    KeyStore token = KeyStore.getInstance("PKCS11", provider);
    token.load(null, System.getenv(RootKeyConfig.PIN_VARIABLE).toCharArray());
    return java.util.Collections.list(token.aliases()).stream().sorted().toList();
  }

  private static void plantExtractable(RootKeyConfig.Pkcs11 config) throws Exception {
    String text =
        Pkcs11RootKey.providerConfig(config)
            .replace("CKA_SENSITIVE = true", "CKA_SENSITIVE = false")
            .replace("CKA_EXTRACTABLE = false", "CKA_EXTRACTABLE = true");
    var provider = Security.getProvider("SunPKCS11").configure("--" + text);
    KeyStore token = KeyStore.getInstance("PKCS11", provider);
    token.load(null, System.getenv(RootKeyConfig.PIN_VARIABLE).toCharArray());
    KeyGenerator generator = KeyGenerator.getInstance("AES", provider);
    generator.init(256);
    token.setEntry(config.label(), new KeyStore.SecretKeyEntry(generator.generateKey()), null);
    System.out.println("planted " + token.getKey(config.label(), null));
  }
}
