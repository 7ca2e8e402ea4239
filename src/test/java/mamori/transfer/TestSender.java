package mamori.transfer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import mamori.crypto.PackageCrypto;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sender for the recipient's tests: makes packages as docs/package-format.md says (with the
 * module's writer, manifest and crypto), and answers the release protocol on 127.0.0.1 with an HTTP
 * server of the JDK, keeping each package's release share, challenges and state. A package may be
 * marked lost (answered 410) or the server made to hang (never answering).
 */
final class TestSender implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final KeyPair signer;
  private final HttpServer server;
  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final Set<String> challenges = ConcurrentHashMap.newKeySet();
  final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
  volatile boolean hang;

  /** What the sender keeps of a package it made. */
  static final class Held {
    final byte[] releaseShare;
    final byte[] recipientKey;
    volatile String state = "created";

    Held(byte[] releaseShare, byte[] recipientKey) {
      this.releaseShare = releaseShare;
      this.recipientKey = recipientKey;
    }
  }

  TestSender() throws Exception {
    signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(
        Executors.newCachedThreadPool(r -> {
          Thread t = new Thread(r, "test-sender");
          t.setDaemon(true);
          return t;
        }));
    server.createContext("/api/v1/packages/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  byte[] signingKey() {
    return PackageCrypto.rawEd25519(signer.getPublic());
  }

  Held held(String packageId) {
    return held.get(packageId);
  }

  /** Keeps the release share of a package made for the recipient's key. */
  void keep(String packageId, byte[] releaseShare, byte[] recipientKey) {
    held.put(packageId, new Held(releaseShare, recipientKey));
  }

  void reportLost(String packageId) {
    held.get(packageId).state = "lost";
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      if (hang) {
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
      String[] parts = x.getRequestURI().getPath().split("/");
      // "", api, v1, packages, ID, step
      if (parts.length != 6) {
        answer(x, 404, error("package.unknown", "no such path"));
        return;
      }
      String id = parts[4];
      String step = parts[5];
      calls.add(step);
      Held h = held.get(id);
      if (h == null) {
        answer(x, 404, error("package.unknown", "no such package"));
        return;
      }
      byte[] idBytes = HexFormat.of().parseHex(id);
      switch (step) {
        case "status" -> answer(x, 200, "{\"state\":\"" + h.state + "\"}");
        case "challenge" -> {
          if (h.state.equals("lost")) {
            answer(x, 410, error("package.lost", "the package was reported lost"));
            return;
          }
          byte[] c = PackageCrypto.random(32);
          challenges.add(HexFormat.of().formatHex(PackageCrypto.sha256(c)));
          PackageCrypto.Sealed s =
              PackageCrypto.seal(h.recipientKey, Format.info(Format.CHALLENGE, idBytes), c);
          answer(x, 200, "{\"challenge\":" + sealed(s) + "}");
        }
        case "release", "opened" -> {
          JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
          byte[] a = Base64.getDecoder().decode(body.get("answer").asString());
          String hash = HexFormat.of().formatHex(PackageCrypto.sha256(a));
          if (!challenges.contains(hash)) {
            answer(x, 403, error("package.answer-wrong", "the answer is wrong"));
            return;
          }
          if (h.state.equals("lost")) {
            answer(x, 410, error("package.lost", "the package was reported lost"));
            return;
          }
          if (step.equals("opened")) {
            h.state = "opened";
            answer(x, 200, "{\"state\":\"opened\"}");
            return;
          }
          PackageCrypto.Sealed s =
              PackageCrypto.seal(
                  h.recipientKey, Format.info(Format.RELEASE_SHARE, idBytes), h.releaseShare);
          byte[] signature =
              PackageCrypto.sign(
                  signer.getPrivate(),
                  Format.concat(Format.RELEASE_SIGNED, idBytes, s.enc(), s.ct()));
          h.state = "released";
          answer(
              x,
              200,
              "{\"share\":"
                  + sealed(s)
                  + ",\"released_at\":\""
                  + Instant.parse("2026-12-07T00:00:00Z")
                  + "\",\"signature\":\""
                  + Base64.getEncoder().encodeToString(signature)
                  + "\"}");
        }
        default -> answer(x, 404, error("package.unknown", "no such step"));
      }
    }
  }

  static boolean same(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private static String sealed(PackageCrypto.Sealed s) {
    return "{\"enc\":\""
        + Base64.getEncoder().encodeToString(s.enc())
        + "\",\"ct\":\""
        + Base64.getEncoder().encodeToString(s.ct())
        + "\"}";
  }

  private static String error(String code, String message) {
    return "{\"error\":\"" + code + "\",\"message\":\"" + message + "\"}";
  }

  private static void answer(HttpExchange x, int status, String json) throws IOException {
    byte[] b = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, b.length);
    try (OutputStream o = x.getResponseBody()) {
      o.write(b);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
