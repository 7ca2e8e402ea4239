package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Mamori behind nginx from Debian, as docs/operations.md ("Behind a proxy") sets it up: nginx
 * terminates TLS on its own port and passes the client's address and scheme, and Mamori, trusting
 * 127.0.0.1 as its proxy, counts failed sign-ins per client (not per proxy) and makes the session
 * cookie Secure. nginx runs as this test's own process in a folder of its own ({@code nginx -p DIR
 * -c DIR/nginx.conf}), one process, no daemon.
 */
class NginxIT {
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  @TempDir static Path temp;
  static ConfigurableApplicationContext context;
  static Process nginx;
  static int port;
  static TestCertificates certs;

  @BeforeAll
  static void start() throws Exception {
    context =
        WebServer.start(
            new StoreLocation.Embedded(temp.resolve("data")),
            0,
            "--mamori.web.trusted-proxies=127.0.0.1/32");
    certs = new TestCertificates(Files.createDirectories(temp.resolve("tls")));
    Path dir = Files.createDirectories(temp.resolve("nginx"));
    Files.createDirectories(dir.resolve("logs"));
    port = freePort();
    Files.writeString(
        dir.resolve("nginx.conf"),
        """
        master_process off;
        pid %1$s/nginx.pid;
        error_log %1$s/logs/error.log warn;
        events { worker_connections 64; }
        http {
          access_log %1$s/logs/access.log;
          client_body_temp_path %1$s/body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          server {
            listen 127.0.0.1:%2$d ssl http2;
            server_name localhost;
            ssl_certificate %3$s;
            ssl_certificate_key %4$s;
            client_max_body_size 1m;
            location / {
              proxy_pass http://127.0.0.1:%5$d;
              proxy_set_header Host $host;
              proxy_set_header X-Forwarded-For $remote_addr;
              proxy_set_header X-Forwarded-Proto $scheme;
            }
          }
        }
        """
            .formatted(dir, port, certs.certificate, certs.key, WebServer.port(context)));
    nginx =
        new ProcessBuilder(
                "nginx",
                "-p",
                dir.toString(),
                "-c",
                dir.resolve("nginx.conf").toString(),
                "-g",
                "daemon off;")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("logs/stdout.log").toFile())
            .start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!listening(port)) {
      assertThat(nginx.isAlive())
          .as("nginx: " + Files.readString(dir.resolve("logs/stdout.log")))
          .isTrue();
      assertThat(System.nanoTime()).as("nginx did not listen in 20 s").isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor();
    }
    context.close();
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** A browser of its own (cookies, no redirects) that connects from {@code from}, via nginx. */
  private static HttpClient clientFrom(String from) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(certs.trusting())
        .localAddress(InetAddress.getByName(from))
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static HttpResponse<String> signInPage(HttpClient client) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/signin")).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int failedSignIn(HttpClient client, String csrf) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                // a client's own claim, which nginx replaces with the address it sees
                .header("X-Forwarded-For", "203.0.113.9")
                .POST(
                    HttpRequest.BodyPublishers.ofString("user=nobody&password=wrong&_csrf=" + csrf))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).as("the sign-in page carries a CSRF token").isTrue();
    return m.group(1);
  }

  @Test
  void throughNginx_theSessionCookieIsSecure_andHstsIsSent() throws Exception {
    var page = signInPage(clientFrom("127.0.0.1"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith("MAMORI_SESSION="))
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c).contains("; Secure"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
  }

  @Test
  void theSignInThrottle_countsEachClientBehindNginx_notNginx() throws Exception {
    HttpClient guesser = clientFrom("127.0.0.5");
    String csrf = csrf(signInPage(guesser));
    for (int i = 0; i < SignInThrottle.LIMIT; i++) {
      assertThat(failedSignIn(guesser, csrf)).as("try " + i).isEqualTo(401);
    }
    assertThat(failedSignIn(guesser, csrf)).as("past the limit").isEqualTo(429);
    // another client behind the same nginx is its own address: it is not held back
    HttpClient other = clientFrom("127.0.0.6");
    assertThat(failedSignIn(other, csrf(signInPage(other)))).isEqualTo(401);
  }
}
