package mamori.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.ssl.pem.PemContent;

/*
 * Design. TLS is Spring Boot's own (an SSL bundle named "mamori" on server.ssl.bundle, Tomcat's JSSE),
 * but its files are checked here first, before anything starts: a missing or unreadable file, a
 * file that is not what it should be, a key that does not belong to the certificate, a keystore whose
 * password is wrong. Each is one sentence naming the file, and the service does not start; Tomcat's
 * own failure would come later, as a stack trace, after the store was opened and migrated. Whether the
 * key matches is proved, not compared: the key signs a random challenge and the certificate's public
 * key must verify it. With TLS on, HTTP/2 is on (ALPN), the session cookie is Secure, and Spring
 * Security's HSTS header, written on every secure request, is sent.
 */
/** The service's TLS: a PEM certificate chain and key, or a PKCS#12 keystore, checked. */
public final class Tls {
  static final String BUNDLE = "mamori";
  private final List<String> settings;
  private final List<X509Certificate> chain;

  private Tls(List<String> settings, List<X509Certificate> chain) {
    this.settings = List.copyOf(settings);
    this.chain = List.copyOf(chain);
  }

  /**
   * A PEM certificate (the chain, the server's first) and its unencrypted PEM private key.
   *
   * @throws IllegalArgumentException naming the file: missing, unreadable, not a certificate or
   *     key, or a key that does not match the certificate
   */
  public static Tls pem(Path certificate, Path key) {
    List<X509Certificate> chain;
    try {
      chain = PemContent.of(read(certificate, "certificate")).getCertificates();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          "the TLS certificate " + certificate + " is not a PEM certificate", e);
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(
          "the TLS certificate " + certificate + " holds no PEM certificate");
    }
    PrivateKey privateKey;
    try {
      privateKey = PemContent.of(read(key, "key")).getPrivateKey();
    } catch (IllegalStateException e) {
      throw new IllegalArgumentException(
          "the TLS key " + key + " is not an unencrypted PEM private key", e);
    }
    if (privateKey == null) {
      throw new IllegalArgumentException("the TLS key " + key + " holds no PEM private key");
    }
    if (!matches(privateKey, chain.getFirst().getPublicKey())) {
      throw new IllegalArgumentException(
          "the TLS key " + key + " does not belong to the certificate " + certificate);
    }
    String p = "--spring.ssl.bundle.pem." + BUNDLE + ".keystore.";
    return new Tls(
        with(
            p + "certificate=file:" + certificate.toAbsolutePath(),
            p + "private-key=file:" + key.toAbsolutePath()),
        chain);
  }

  /**
   * A PKCS#12 keystore holding the server's key and certificate chain.
   *
   * @throws IllegalArgumentException naming the file: missing, unreadable, not a PKCS#12 keystore,
   *     a wrong password, or no key with its certificate in it
   */
  public static Tls keystore(Path keystore, char[] password) {
    if (!Files.isRegularFile(keystore)) {
      throw new IllegalArgumentException("the TLS keystore " + keystore + " does not exist");
    }
    KeyStore store;
    try (InputStream in = Files.newInputStream(keystore)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new IllegalArgumentException(
            "the password of the TLS keystore " + keystore + " is wrong", e);
      }
      throw new IllegalArgumentException(
          "the TLS keystore " + keystore + " cannot be read as PKCS#12: " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the TLS keystore " + keystore + " cannot be read as PKCS#12: " + e.getMessage(), e);
    }
    List<X509Certificate> chain = new ArrayList<>();
    try {
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)
            && store.getKey(alias, password) instanceof PrivateKey k
            && store.getCertificateChain(alias) != null
            && store.getCertificateChain(alias)[0] instanceof X509Certificate c
            && matches(k, c.getPublicKey())) {
          for (var cert : store.getCertificateChain(alias)) {
            chain.add((X509Certificate) cert);
          }
          break;
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the key in the TLS keystore " + keystore + " cannot be read: " + e.getMessage(), e);
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException(
          "the TLS keystore " + keystore + " holds no private key with its certificate");
    }
    String p = "--spring.ssl.bundle.jks." + BUNDLE + ".keystore.";
    return new Tls(
        with(
            p + "location=file:" + keystore.toAbsolutePath(),
            p + "password=" + new String(password),
            p + "type=PKCS12"),
        chain);
  }

  /** The {@code --name=value} settings that turn TLS on in the service. */
  public List<String> settings() {
    return settings;
  }

  /** The server's certificate's subject, for the start line. */
  public String subject() {
    return chain.getFirst().getSubjectX500Principal().getName();
  }

  private static List<String> with(String... bundle) {
    List<String> s = new ArrayList<>(List.of(bundle));
    s.add("--server.ssl.bundle=" + BUNDLE);
    s.add("--server.http2.enabled=true");
    s.add("--server.servlet.session.cookie.secure=true");
    return s;
  }

  private static String read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("the TLS " + what + " " + file + " does not exist");
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "the TLS " + what + " " + file + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Whether {@code key} signs what {@code publicKey} verifies. */
  private static boolean matches(PrivateKey key, PublicKey publicKey) {
    String algorithm =
        switch (key.getAlgorithm()) {
          case "RSA" -> "SHA256withRSA";
          case "EC" -> "SHA256withECDSA";
          case "Ed25519", "EdDSA" -> "Ed25519";
          default -> "";
        };
    if (algorithm.isEmpty() || !key.getAlgorithm().equals(publicKey.getAlgorithm())) {
      return false;
    }
    try {
      byte[] challenge = new byte[32];
      new java.security.SecureRandom().nextBytes(challenge);
      Signature s = Signature.getInstance(algorithm);
      s.initSign(key);
      s.update(challenge);
      byte[] signed = s.sign();
      Signature v = Signature.getInstance(algorithm);
      v.initVerify(publicKey);
      v.update(challenge);
      return v.verify(signed);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
