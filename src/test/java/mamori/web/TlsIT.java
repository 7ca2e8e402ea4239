package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service serving HTTPS itself, from a PEM certificate and key or a PKCS#12 keystore made in
 * the test: HTTP/2, HSTS, a Secure session cookie; and the refusals before anything starts.
 */
class TlsIT {
  @TempDir static Path temp;
  static TestCertificates certs;

  @BeforeAll
  static void certificates() throws Exception {
    certs = new TestCertificates(Files.createDirectories(temp.resolve("tls")));
  }

  @Test
  void withPem_theServiceSpeaksHttp2_withHstsAndASecureSessionCookie() throws Exception {
    served(Tls.pem(certs.certificate, certs.key), "pem");
  }

  @Test
  void withAKeystore_theSame() throws Exception {
    served(Tls.keystore(certs.keystore, TestCertificates.PASSWORD.toCharArray()), "p12");
  }

  private static void served(Tls tls, String name) throws Exception {
    ConfigurableApplicationContext context =
        WebServer.start(
            new StoreLocation.Embedded(temp.resolve(name)),
            0,
            tls.settings().toArray(String[]::new));
    try {
      int port = WebServer.port(context);
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_2)
              .sslContext(certs.trusting())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      var page =
          client.send(
              HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/signin")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.version()).isEqualTo(HttpClient.Version.HTTP_2);
      assertThat(page.headers().firstValue("Strict-Transport-Security"))
          .hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000"));
      List<String> cookies = page.headers().allValues("Set-Cookie");
      assertThat(cookies)
          .filteredOn(c -> c.startsWith("MAMORI_SESSION="))
          .isNotEmpty()
          .allSatisfy(c -> assertThat(c).contains("; Secure", "HttpOnly", "SameSite=Strict"));
      var ready =
          client.send(
              HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/readyz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
      // plain HTTP to the TLS port gets no page: Tomcat answers 400 and asks for TLS
      var plain =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(plain.statusCode()).isEqualTo(400);
      assertThat(plain.body()).doesNotContain("MAMORI_SESSION", "_csrf");
    } finally {
      context.close();
    }
  }

  @Test
  void aMissingFile_aKeyOfAnotherCertificate_aWrongPassword_areRefusedNamingTheFile() {
    Path missing = temp.resolve("nowhere.pem");
    assertThatThrownBy(() -> Tls.pem(missing, certs.key))
        .hasMessage("the TLS certificate " + missing + " does not exist");
    assertThatThrownBy(() -> Tls.pem(certs.certificate, missing))
        .hasMessage("the TLS key " + missing + " does not exist");
    assertThatThrownBy(() -> Tls.pem(certs.certificate, certs.otherKey))
        .hasMessage(
            "the TLS key "
                + certs.otherKey
                + " does not belong to the certificate "
                + certs.certificate);
    assertThatThrownBy(() -> Tls.pem(certs.key, certs.key))
        .hasMessageContaining("the TLS certificate " + certs.key);
    assertThatThrownBy(() -> Tls.keystore(certs.keystore, "wrong".toCharArray()))
        .hasMessage("the password of the TLS keystore " + certs.keystore + " is wrong");
    assertThatThrownBy(() -> Tls.keystore(certs.certificate, "x".toCharArray()))
        .hasMessageStartingWith("the TLS keystore " + certs.certificate + " cannot be read");
    assertThatThrownBy(() -> Tls.keystore(missing, "x".toCharArray()))
        .hasMessage("the TLS keystore " + missing + " does not exist");
  }
}
