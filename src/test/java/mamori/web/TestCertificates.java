package mamori.web;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Self-signed certificates made for a test by Debian's {@code openssl} (installed by {@code
 * .ci/run}): for {@code localhost} and 127.0.0.1, an EC P-256 key, as PEM files and as a PKCS#12
 * keystore.
 */
public final class TestCertificates {
  public final Path certificate;
  public final Path key;
  public final Path otherKey;
  public final Path keystore;
  public static final String PASSWORD = "test-keystore-pass";

  public TestCertificates(Path folder) throws Exception {
    certificate = folder.resolve("cert.pem");
    key = folder.resolve("key.pem");
    otherKey = folder.resolve("other-key.pem");
    keystore = folder.resolve("server.p12");
    run(
        folder,
        "openssl",
        "req",
        "-x509",
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
        "-keyout",
        key.toString(),
        "-out",
        certificate.toString(),
        "-days",
        "2",
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1");
    run(
        folder,
        "openssl",
        "genpkey",
        "-algorithm",
        "EC",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-out",
        otherKey.toString());
    run(
        folder,
        "openssl",
        "pkcs12",
        "-export",
        "-in",
        certificate.toString(),
        "-inkey",
        key.toString(),
        "-out",
        keystore.toString(),
        "-passout",
        "pass:" + PASSWORD,
        "-name",
        "mamori");
  }

  private static void run(Path folder, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("openssl.out").toFile())
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          String.join(" ", List.of(command).subList(0, 2))
              + " failed: "
              + Files.readString(folder.resolve("openssl.out")));
    }
  }

  /** A client context that trusts exactly this certificate. */
  public SSLContext trusting() throws Exception {
    X509Certificate cert;
    try (InputStream in = Files.newInputStream(certificate)) {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("server", cert);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }
}
