package mamori.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mamori.crypto.PackageCrypto;
import mamori.transfer.PackageRefused;
import mamori.transfer.Releases;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sender's release calls of {@code mamori bench package}: {@code POST
 * /api/v1/packages/{id}/challenge}, {@code .../release} and {@code .../opened}, answered by the
 * sender's own {@link Releases} as the web service's release controller answers them, on an HTTP
 * server of the JDK on 127.0.0.1. The recipient's opening asks it over HTTP as it asks any sender;
 * it is one round of calls a package, so its cost is not the load being measured, and it saves the
 * benchmark starting the whole web service.
 */
final class ReleaseServer implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpServer server;
  private final ExecutorService threads;
  private final Releases releases;

  ReleaseServer(Releases releases) throws IOException {
    this.releases = releases;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.threads =
        Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "bench-release");
          t.setDaemon(true);
          return t;
        });
    server.setExecutor(threads);
    server.createContext("/api/v1/packages/", this::handle);
    server.start();
  }

  /** The address a recipient registers the sender with. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String[] parts = x.getRequestURI().getPath().split("/");
      // "", api, v1, packages, ID, step
      if (parts.length != 6 || !"POST".equals(x.getRequestMethod())) {
        answer(
            x,
            404,
            Map.of("error", mamori.core.Reason.PACKAGE_UNKNOWN.code(), "message", "no such call"));
        return;
      }
      String id = parts[4];
      try {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (parts[5]) {
          case "challenge" -> out.put("challenge", sealed(releases.challenge(id)));
          case "release" -> {
            Releases.Released r = releases.release(id, answerOf(x));
            out.put("share", sealed(r.share()));
            out.put("released_at", r.releasedAt().toString());
            out.put("signature", b64(r.signature()));
          }
          case "opened" -> out.put("state", releases.opened(id, answerOf(x)).state().code());
          default -> {
            answer(
                x,
                404,
                Map.of(
                    "error", mamori.core.Reason.PACKAGE_UNKNOWN.code(), "message", "no such call"));
            return;
          }
        }
        answer(x, 200, out);
      } catch (PackageRefused e) {
        answer(
            x, 403, Map.of("error", e.reason().code(), "message", String.valueOf(e.getMessage())));
      } catch (RuntimeException e) {
        answer(x, 500, Map.of("error", "internal", "message", e.getClass().getSimpleName()));
      }
    }
  }

  private static byte[] answerOf(HttpExchange x) throws IOException {
    byte[] body = x.getRequestBody().readNBytes(4096);
    return Base64.getDecoder().decode(JSON.readTree(body).path("answer").asString());
  }

  private static Map<String, String> sealed(PackageCrypto.Sealed s) {
    return Map.of("enc", b64(s.enc()), "ct", b64(s.ct()));
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static void answer(HttpExchange x, int status, Map<String, ?> body) throws IOException {
    byte[] b = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
