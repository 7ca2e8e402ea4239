package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/*
 * The found page's bounds over real HTTP, since they are a servlet filter that the container maps by
 * the decoded path (MockMvc would skip both). The service believes X-Forwarded-For from loopback
 * here, so that each test names its own client addresses (IPv4 and IPv6) and the tests do not share
 * a count. A report held mid-body is a request written by hand on a socket, its declared length sent
 * but its last byte, which comes only when the test lets it go: the gate has counted it and holds its
 * place while Spring Security's CSRF check waits for the body.
 */
/** {@code /found}'s limits are not walked past by spelling the path otherwise, nor by a crowd. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundGateIT {
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  GateWorld w;
  String cookie = "";
  String form = "";

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            Files.createTempDirectory("mamori-found-gate"),
            TestStores.Kind.SQLITE,
            "--mamori.web.trusted-proxies=127.0.0.1/32, ::1");
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(uri("/found")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    cookie =
        page.headers().firstValue("Set-Cookie").map(v -> v.substring(0, v.indexOf(';'))).orElse("");
    Matcher m = CSRF.matcher(page.body());
    assertThat(m.find()).isTrue();
    form = "_csrf=" + m.group(1) + "&code=0000-0000-0000-0000-0000";
  }

  @AfterAll
  void stop() {
    w.close();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + w.port + path);
  }

  HttpResponse<String> post(String path, String from) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .header("Accept-Language", "en")
            .header("X-Forwarded-For", from)
            .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everySpellingOfThePath_isCounted_andRefusedPastTheLimit() throws Exception {
    String from = "203.0.113.77";
    List<String> spellings = List.of("/%66ound", "/f%6Fund", "/found/", "/found;x=y", "/./found");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < FoundGate.LIMIT; i++) {
      statuses.add(post(spellings.get(i % spellings.size()), from).statusCode());
    }
    assertThat(statuses).doesNotContain(429, 503);
    // the twenty spent in other spellings: the plain path and every other spelling are refused
    for (String path :
        List.of(
            "/found",
            "/%66ound",
            "/f%6Fund",
            "/%66%6F%75%6E%64",
            "/found/",
            "/found;x=y",
            "/found?x=1",
            "/./found")) {
      HttpResponse<String> r = post(path, from);
      assertThat(r.statusCode()).as(path).isEqualTo(429);
      assertThat(r.body()).as(path).contains("id=\"throttled\"");
    }
    // another address is not
    assertThat(post("/%66ound", "203.0.113.78").statusCode()).isEqualTo(404);
  }

  @Test
  void aCrowd_getsFourReadAtOnce_andOneAnAddress_theRestAreToldToWait() throws Exception {
    List<Held> held = new ArrayList<>();
    try {
      held.add(new Held("2001:db8:77:1::1"));
      awaitReading(1);
      // the same /64, while its first report is being read: told to wait, before its body is read
      HttpResponse<String> same = until503("2001:db8:77:1::2");
      assertThat(same.headers().firstValue("Retry-After"))
          .contains(String.valueOf(FoundGate.BUSY_RETRY));
      assertThat(same.body()).contains("id=\"busy\"");
      // another /64 is read
      assertThat(post("/found", "2001:db8:77:2::1").statusCode()).isEqualTo(404);
      held.add(new Held("198.51.100.71"));
      held.add(new Held("198.51.100.72"));
      held.add(new Held("2001:db8:77:3::1"));
      awaitReading(FoundGate.MAX_IN_FLIGHT);
      // four are being read: a fifth, from anywhere, waits
      assertThat(until503("192.0.2.9").statusCode()).isEqualTo(503);
      assertThat(until503("198.51.100.73").statusCode()).isEqualTo(503);
    } finally {
      for (Held h : held) {
        h.close();
      }
    }
    for (Held h : held) {
      // the rest of each body arrived; the answer is the page's own (a code it does not know)
      assertThat(h.finish()).isEqualTo("HTTP/1.1 404 ");
    }
    assertThat(post("/found", "192.0.2.9").statusCode()).isEqualTo(404);
    assertThat(post("/found", "2001:db8:77:1::2").statusCode()).isEqualTo(404);
  }

  /**
   * A report from {@code from} written by hand up to its body's last byte, which is sent by {@link
   * #finish}: its length is declared, so the gate lets it in and holds its place while the CSRF
   * check waits for the rest.
   */
  final class Held implements AutoCloseable {
    final Socket socket;
    final byte[] body = form.getBytes(StandardCharsets.UTF_8);
    String status = "";

    Held(String from) throws IOException {
      socket = new Socket("127.0.0.1", w.port);
      socket.setSoTimeout(30_000);
      String head =
          "POST /found HTTP/1.1\r\nHost: 127.0.0.1:"
              + w.port
              + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
              + body.length
              + "\r\nCookie: "
              + cookie
              + "\r\nX-Forwarded-For: "
              + from
              + "\r\nAccept-Language: en\r\nConnection: close\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, 0, body.length - 1);
      out.flush();
    }

    /** Sends the last byte (once) and reads the answer's status line. */
    String finish() throws IOException {
      if (status.isEmpty()) {
        socket.getOutputStream().write(body, body.length - 1, 1);
        socket.getOutputStream().flush();
        status = new String(socket.getInputStream().readNBytes(13), StandardCharsets.US_ASCII);
      }
      return status;
    }

    @Override
    public void close() throws IOException {
      try {
        finish();
      } finally {
        socket.close();
      }
    }
  }

  /** Waits until the gate reads {@code n} reports (the held ones have come in). */
  void awaitReading(int n) throws InterruptedException {
    FoundGate gate =
        (FoundGate)
            w.context
                .getBean(
                    "foundGate", org.springframework.boot.web.servlet.FilterRegistrationBean.class)
                .getFilter();
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (gate.reading() != n && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(gate.reading()).as("reports being read").isEqualTo(n);
  }

  /**
   * Sends reports from {@code from} until one is told to wait (the held ones are inside by then).
   */
  HttpResponse<String> until503(String from) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    HttpResponse<String> r;
    do {
      r = post("/found", from);
      if (r.statusCode() == 503) {
        return r;
      }
      Thread.sleep(20);
    } while (System.nanoTime() < until);
    throw new AssertionError("never told to wait: " + r.statusCode());
  }
}
