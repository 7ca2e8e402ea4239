package mamori.transfer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import mamori.crypto.PackageCrypto;
import mamori.number.IndividualNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sender for the recipient's tests: makes packages as docs/package-format.md says (with the
 * module's writer, manifest and crypto), and answers the release protocol on 127.0.0.1 with an HTTP
 * server of the JDK, keeping each package's release share, challenges and state. A package may be
 * marked lost (answered 410) or the server made to hang (never answering).
 */
public final class TestSender implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  final KeyPair signer;
  private final HttpServer server;
  private final Map<String, Held> held = new ConcurrentHashMap<>();
  private final Set<String> challenges = ConcurrentHashMap.newKeySet();
  final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
  volatile boolean hang;
  volatile boolean stallBody;

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

  public TestSender() throws Exception {
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

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public byte[] signingKey() {
    return PackageCrypto.rawEd25519(signer.getPublic());
  }

  Held held(String packageId) {
    return held.get(packageId);
  }

  /** Keeps the release share of a package made for the recipient's key. */
  void keep(String packageId, byte[] releaseShare, byte[] recipientKey) {
    held.put(packageId, new Held(releaseShare, recipientKey));
  }

  public void reportLost(String packageId) {
    held.get(packageId).state = "lost";
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      if (stallBody) {
        x.sendResponseHeaders(200, 0);
        x.getResponseBody().write('{');
        x.getResponseBody().flush();
        try {
          Thread.sleep(30_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return;
      }
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

  /** A package this sender made: its file, id and plaintext. */
  public record Made(Path file, String id, byte[] content) {}

  /**
   * Makes a package of {@code content} (a persons CSV) for the recipient's public key, signed by
   * {@code signer} (this sender's key, or a forger's), and keeps its release share.
   */
  public Made make(
      Path file,
      byte[] content,
      Manifest.Mode mode,
      byte[] recipientKey,
      KeyPair signer,
      Instant created,
      Instant expires,
      String purpose)
      throws IOException {
    byte[] id = java.util.HexFormat.of().parseHex(Packages.packageId()); // as Mamori draws one
    byte[] recipientShare = PackageCrypto.random(32);
    byte[] releaseShare = PackageCrypto.random(32);
    byte[] key = PackageCrypto.contentKey(id, recipientShare, releaseShare, Format.CONTENT_KEY);
    String hex = HexFormat.of().formatHex(id);
    int lines = 0;
    for (byte b : content) {
      lines += b == '\n' ? 1 : 0;
    }
    String header = new String(content, StandardCharsets.UTF_8).lines().findFirst().orElse("x");
    try (PackageWriter w = PackageWriter.start(file, id, key)) {
      w.content().write(content);
      Manifest m =
          new Manifest(
              hex,
              new Manifest.Sender(
                  "town", "Town", PackageCrypto.rawEd25519(signer.getPublic()), url()),
              new Manifest.Recipient(
                  "benefits", "Benefits office", PackageCrypto.fingerprint(recipientKey)),
              purpose,
              "case-1",
              Math.max(0, lines - 1),
              List.of(header.split(",")),
              created,
              expires,
              mode,
              new Manifest.LogPoint("test.example/log/town", 42, Optional.empty()),
              PackageCrypto.seal(
                  recipientKey, Format.info(Format.RECIPIENT_SHARE, id), recipientShare),
              mode == Manifest.Mode.OFFLINE
                  ? Optional.of(
                      PackageCrypto.seal(
                          recipientKey, Format.info(Format.RELEASE_SHARE, id), releaseShare))
                  : Optional.empty());
      w.finish(m, signer.getPrivate());
    }
    keep(hex, releaseShare, recipientKey);
    return new Made(file, hex, content);
  }

  /** A persons CSV of {@code persons} rows, as mamori generate persons writes one. */
  public static byte[] personsCsv(int persons, long seed) {
    Random rng = new Random(seed);
    StringBuilder b = new StringBuilder(OpeningTest.HEADER).append('\n');
    for (int i = 0; i < persons; i++) {
      StringBuilder base = new StringBuilder(11);
      for (int d = 0; d < 11; d++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      String number = base.toString() + IndividualNumber.checkDigit(base);
      b.append(number)
          .append(",佐藤,花子,サトウ,ハナコ,19")
          .append(50 + rng.nextInt(40))
          .append("-0")
          .append(1 + rng.nextInt(9))
          .append("-1")
          .append(rng.nextInt(9))
          .append(',')
          .append(1 + rng.nextInt(2))
          .append(",660-0051,兵庫県尼崎市東七松町1丁目")
          .append(i)
          .append(",H")
          .append(i)
          .append(",\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** This sender's own signing pair. */
  public KeyPair signer() {
    return signer;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
