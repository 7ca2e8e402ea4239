package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.crypto.PackageCrypto;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * docs/package-format.md read by another hand: src/test/python/open_package.py, written from that
 * page alone in Python (its own HPKE over the {@code cryptography} package's X25519, HMAC and
 * AES-GCM, sharing no code with Mamori), opens packages Mamori writes and must write back the very
 * bytes of their content, offline and online (against a small release server here that answers the
 * page's challenge and release protocol), and must refuse, writing nothing, every spoiled package
 * the page says a reader refuses. python3 with {@code cryptography} is on every machine (.ci/run
 * makes sure): the test never skips.
 */
class PackageInteropIT {
  private static final Path SCRIPTS = Path.of("src/test/python");
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> FIELDS =
      List.of("person", "number", "family_name", "given_name", "note");
  private static final Instant CREATED = Instant.parse("2026-12-06T09:00:00Z");
  private static final Instant EXPIRES = Instant.parse("2026-12-09T09:00:00Z");
  private static final String NOW = "2026-12-07T12:00:00Z";

  private static KeyPair signer;
  private static PackageCrypto.KeyPair recipient;
  private static Path privateKeyFile;
  @TempDir static Path keys;

  @TempDir Path dir;
  private Path out;
  private ReleaseServer releases;

  /**
   * The Python 3 that has the cryptography package: {@code python3} on the path, else Debian's
   * {@code /usr/bin/python3} (what .ci/run installs python3-cryptography for, when the first on the
   * path is another installation without it).
   */
  static String python() throws Exception {
    String tried = "";
    for (String candidate : List.of("python3", "/usr/bin/python3")) {
      Run probe;
      try {
        probe =
            run(
                List.of(
                    candidate, "-c", "import cryptography, sys; print(cryptography.__version__)"));
      } catch (java.io.IOException e) {
        tried += candidate + ": " + e.getMessage() + "; ";
        continue;
      }
      if (probe.exit() == 0) {
        return candidate;
      }
      tried += candidate + ": " + probe.stderr().strip() + "; ";
    }
    throw new AssertionError(
        "python3 with the cryptography package is needed to run the independent decoder"
            + " (.ci/run installs python3-cryptography): "
            + tried);
  }

  static String python;

  @BeforeAll
  static void pythonAndKeys() throws Exception {
    python = python();
    signer = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    recipient = PackageCrypto.newKeyPair();
    privateKeyFile = keys.resolve("recipient.key");
    Files.writeString(privateKeyFile, b64(recipient.privateKey()) + "\n");
  }

  @BeforeEach
  void start() throws IOException {
    out = Files.createDirectory(dir.resolve("out"));
    releases = new ReleaseServer();
  }

  @AfterEach
  void stop() {
    releases.close();
  }

  @Test
  void theDecodersOwnHpke_matchesThePublishedVectors() throws Exception {
    Run r = run(List.of(python, SCRIPTS.resolve("test_hpke_vectors.py").toString()));
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stdout()).endsWith("ok\n");
  }

  @Test
  void anOfflinePackage_opensToTheSameBytes() throws Exception {
    byte[] content = csv(40);
    Made made = make("offline.mpkg", content, Manifest.Mode.OFFLINE, EXPIRES, 40);
    Run r = open(made.file(), "--offline");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(Files.readAllBytes(out.resolve("content.csv"))).isEqualTo(content);
  }

  @Test
  void anOnlinePackage_opensOnceTheSenderReleasesIt() throws Exception {
    byte[] content = csv(3_000); // several chunks, rows spanning chunk boundaries
    Made made = make("online.mpkg", content, Manifest.Mode.ONLINE, EXPIRES, 3_000);
    assertThat(Files.size(made.file())).isGreaterThan(Format.HEAD + Format.SLOT + 2L * 65_552);
    Run r = open(made.file(), "--release-url", releases.url());
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(Files.readAllBytes(out.resolve("content.csv"))).isEqualTo(content);
    assertThat(releases.released).containsExactly(made.id());
  }

  @Test
  void contentOfEveryChunkBoundarySize_opensToTheSameBytes() throws Exception {
    for (int size :
        new int[] {Format.CHUNK - 1, Format.CHUNK, Format.CHUNK + 1, 2 * Format.CHUNK}) {
      byte[] content = csvOfExactly(size);
      Made made =
          make("size-" + size + ".mpkg", content, Manifest.Mode.OFFLINE, EXPIRES, rows(content));
      Run r = open(made.file(), "--offline");
      assertThat(r.exit()).as(size + " bytes: " + r.stderr()).isZero();
      assertThat(Files.readAllBytes(out.resolve("content.csv")))
          .as(size + " bytes")
          .isEqualTo(content);
      Files.delete(out.resolve("content.csv"));
    }
  }

  @Test
  void aPackageOfNoPersons_opensToItsHeaderLine() throws Exception {
    byte[] content = csv(0);
    Made made = make("none.mpkg", content, Manifest.Mode.OFFLINE, EXPIRES, 0);
    Run r = open(made.file(), "--offline");
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(Files.readAllBytes(out.resolve("content.csv"))).isEqualTo(content);
  }

  @Test
  void aBitFlippedChunk_isRefused() throws Exception {
    Made made = make("flip.mpkg", csv(3_000), Manifest.Mode.OFFLINE, EXPIRES, 3_000);
    byte[] whole = Files.readAllBytes(made.file());
    int firstChunk = Format.HEAD + Format.SLOT + 4;
    for (int at : new int[] {firstChunk, firstChunk + 70_000, whole.length - 1}) {
      byte[] flipped = whole.clone();
      flipped[at] ^= 0x04;
      assertRefused(write("flipped-" + at, flipped), "does not open", "--offline");
    }
  }

  @Test
  void aTruncatedFile_isRefused() throws Exception {
    Made made = make("cut.mpkg", csv(3_000), Manifest.Mode.OFFLINE, EXPIRES, 3_000);
    byte[] whole = Files.readAllBytes(made.file());
    int chunks = Format.HEAD + Format.SLOT;
    int oneChunk = chunks + 4 + Format.MAX_SEALED;
    assertRefused(cut(whole, 10), "magic", "--offline");
    assertRefused(cut(whole, 2_000), "truncated", "--offline");
    assertRefused(cut(whole, chunks), "no chunk", "--offline");
    assertRefused(cut(whole, oneChunk), "before the chunk marked last", "--offline");
    assertRefused(cut(whole, oneChunk + 2), "truncated", "--offline");
    assertRefused(cut(whole, whole.length - 1), "truncated", "--offline");
  }

  @Test
  void aByteAfterTheLastChunk_isRefused() throws Exception {
    Made made = make("long.mpkg", csv(10), Manifest.Mode.OFFLINE, EXPIRES, 10);
    byte[] whole = Files.readAllBytes(made.file());
    assertRefused(
        write("longer", Arrays.copyOf(whole, whole.length + 1)), "bytes follow", "--offline");
    byte[] twoChunks =
        Arrays.copyOf(whole, whole.length + whole.length - Format.HEAD - Format.SLOT);
    System.arraycopy(
        whole,
        Format.HEAD + Format.SLOT,
        twoChunks,
        whole.length,
        whole.length - Format.HEAD - Format.SLOT);
    assertRefused(write("doubled", twoChunks), "bytes follow", "--offline");
  }

  @Test
  void aShortChunkBeforeTheLast_isRefused_byBothReaders() throws Exception {
    Made made = make("short.mpkg", csv(3_000), Manifest.Mode.OFFLINE, EXPIRES, 3_000);
    byte[] whole = Files.readAllBytes(made.file());
    int start = Format.HEAD + Format.SLOT;
    byte[] id = HexFormat.of().parseHex(made.id());
    PackageCrypto.Chunks chunks = new PackageCrypto.Chunks(made.key());
    byte[] plain = csv(30);
    byte[] first = chunks.seal(0, Format.chunkAad(id, 0, false), plain, 0, 100);
    byte[] last = chunks.seal(1, Format.chunkAad(id, 1, true), plain, 100, plain.length - 100);
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(start + 8 + first.length + last.length);
    b.put(whole, 0, start).putInt(first.length).put(first).putInt(last.length).put(last);
    Path file = write("short-first", b.array());
    assertRefused(file, "is not the last", "--offline");
    PackageReader java = PackageReader.open(file);
    byte[] share = java.offlineReleaseShare(recipient.privateKey());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> java.check(java.contentKey(java.recipientShare(recipient.privateKey()), share)))
        .isInstanceOf(PackageRefused.class)
        .hasMessageContaining("short but not the last");
  }

  @Test
  void aPackageWhoseMakingWasInterrupted_isRefused() throws Exception {
    Path target = dir.resolve("never.mpkg");
    Path copy = dir.resolve("never-copy.mpkg");
    try (PackageWriter w =
        PackageWriter.start(target, PackageCrypto.random(16), PackageCrypto.random(32))) {
      w.content().write(csv(3_000));
      Files.copy(dir.resolve("never.mpkg.partial"), copy); // the process dies here
    }
    assertRefused(copy, "never finished", "--offline");
  }

  @Test
  void anotherSendersKey_isRefused() throws Exception {
    Made made = make("sender.mpkg", csv(5), Manifest.Mode.OFFLINE, EXPIRES, 5);
    byte[] other =
        PackageCrypto.rawEd25519(
            KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic());
    Run r =
        run(
            List.of(
                python,
                SCRIPTS.resolve("open_package.py").toString(),
                made.file().toString(),
                "--key",
                privateKeyFile.toString(),
                "--sender-key",
                b64(other),
                "--now",
                NOW,
                "--offline",
                "--out",
                out.resolve("content.csv").toString()));
    assertThat(r.exit()).isNotZero();
    assertThat(r.stderr()).contains("signature does not verify").doesNotContain("\n ");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anExpiredPackage_isRefused_fromItsVeryExpiryOn() throws Exception {
    Made made = make("old.mpkg", csv(5), Manifest.Mode.OFFLINE, EXPIRES, 5);
    Run atExpiry = openAt(made.file(), EXPIRES.toString(), "--offline");
    assertThat(atExpiry.exit()).isNotZero();
    assertThat(atExpiry.stderr()).contains("expired");
    assertThat(out).isEmptyDirectory();
    Run before = openAt(made.file(), EXPIRES.minusSeconds(1).toString(), "--offline");
    assertThat(before.exit()).as(before.stderr()).isZero();
    Made lapsed =
        make(
            "lapsed.mpkg", csv(5), Manifest.Mode.OFFLINE, Instant.parse("2021-01-01T00:00:00Z"), 5);
    Files.delete(out.resolve("content.csv"));
    Run clock = openOnTheRealClock(lapsed.file(), "--offline");
    assertThat(clock.exit()).isNotZero();
    assertThat(clock.stderr()).contains("expired");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void anotherRecipientsKey_isRefused() throws Exception {
    Made made = make("other.mpkg", csv(5), Manifest.Mode.OFFLINE, EXPIRES, 5);
    Path otherKey = dir.resolve("other.key");
    Files.writeString(otherKey, b64(PackageCrypto.newKeyPair().privateKey()) + "\n");
    Run r =
        run(
            List.of(
                python,
                SCRIPTS.resolve("open_package.py").toString(),
                made.file().toString(),
                "--key",
                otherKey.toString(),
                "--sender-key",
                b64(PackageCrypto.rawEd25519(signer.getPublic())),
                "--now",
                NOW,
                "--offline",
                "--out",
                out.resolve("content.csv").toString()));
    assertThat(r.exit()).isNotZero();
    assertThat(r.stderr()).contains("key_fingerprint");
    assertThat(out).isEmptyDirectory();
  }

  @Test
  void aReleaseRefusedBySender_orSignedByAnotherKey_opensNothing() throws Exception {
    Made made = make("lost.mpkg", csv(5), Manifest.Mode.ONLINE, EXPIRES, 5);
    releases.lost.add(made.id());
    assertRefused(made.file(), "package.lost", "--release-url", releases.url());
    releases.lost.clear();
    releases.signWith = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    assertRefused(
        made.file(), "release's signature does not verify", "--release-url", releases.url());
    assertRefused(made.file(), "online", "--offline");
  }

  // ---------------------------------------------------------------------------------------------

  /** A package made, with its id and content key. */
  record Made(Path file, String id, byte[] key) {}

  private Made make(String name, byte[] content, Manifest.Mode mode, Instant expires, long persons)
      throws IOException {
    byte[] id = java.util.HexFormat.of().parseHex(Packages.packageId()); // as Mamori draws one
    byte[] recipientShare = PackageCrypto.random(32);
    byte[] releaseShare = PackageCrypto.random(32);
    byte[] key = PackageCrypto.contentKey(id, recipientShare, releaseShare, Format.CONTENT_KEY);
    Path file = dir.resolve(name);
    try (PackageWriter w = PackageWriter.start(file, id, key)) {
      for (int at = 0; at < content.length; at += 10_007) {
        w.content().write(content, at, Math.min(10_007, content.length - at));
      }
      Manifest m =
          new Manifest(
              HexFormat.of().formatHex(id),
              new Manifest.Sender(
                  "demo-town",
                  "Demo Town",
                  PackageCrypto.rawEd25519(signer.getPublic()),
                  releases.url()),
              new Manifest.Recipient(
                  "benefits-system",
                  "Benefit payments",
                  PackageCrypto.fingerprint(recipient.publicKey())),
              "benefit",
              "CASE-0001",
              persons,
              FIELDS,
              CREATED,
              expires,
              mode,
              new Manifest.LogPoint("mamori.localhost/log/demo-town", 7, Optional.empty()),
              PackageCrypto.seal(
                  recipient.publicKey(), Format.info(Format.RECIPIENT_SHARE, id), recipientShare),
              mode == Manifest.Mode.OFFLINE
                  ? Optional.of(
                      PackageCrypto.seal(
                          recipient.publicKey(),
                          Format.info(Format.RELEASE_SHARE, id),
                          releaseShare))
                  : Optional.empty());
      w.finish(m, signer.getPrivate());
    }
    releases.shares.put(HexFormat.of().formatHex(id), releaseShare);
    return new Made(file, HexFormat.of().formatHex(id), key);
  }

  /** A made-up CSV of {@code persons} rows: quotes, commas, line breaks and Japanese in fields. */
  private static byte[] csv(int persons) {
    StringBuilder b = new StringBuilder(String.join(",", FIELDS)).append('\n');
    for (int i = 1; i <= persons; i++) {
      b.append(row(i, ""));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String row(int i, String pad) {
    String n = "%04d".formatted(i);
    return switch (i % 4) {
      case 0 -> "P-" + n + ",NUMBER-" + n + ",Yamada,Taro" + n + ",plain" + pad + "\n";
      case 1 -> "P-" + n + ",NUMBER-" + n + ",山田,花子,\"moved, twice" + pad + "\"\n";
      case 2 -> "P-" + n + ",NUMBER-" + n + ",Sato,Jiro,\"says \"\"hi\"\"" + pad + "\"\n";
      default -> "P-" + n + ",NUMBER-" + n + ",Suzuki,Ichiro,\"line\nbreak " + pad + "\"\n";
    };
  }

  /** A CSV of exactly {@code size} bytes, its last row padded to fit. */
  private static byte[] csvOfExactly(int size) {
    String header = String.join(",", FIELDS) + "\n";
    List<String> rows = new ArrayList<>();
    int length = header.length();
    int i = 1;
    while (length + utf8(row(i, "")) + utf8(row(i + 1, "")) <= size) {
      rows.add(row(i, ""));
      length += utf8(row(i, ""));
      i++;
    }
    String last = row(i, "x".repeat(size - length - utf8(row(i, ""))));
    rows.add(last);
    byte[] b = (header + String.join("", rows)).getBytes(StandardCharsets.UTF_8);
    assertThat(b).hasSize(size);
    return b;
  }

  private static int utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static long rows(byte[] content) {
    return new String(content, StandardCharsets.UTF_8)
        .lines()
        .filter(l -> l.startsWith("P-"))
        .count();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path cut(byte[] whole, int keep) throws IOException {
    return write("cut-" + keep, Arrays.copyOf(whole, keep));
  }

  private void assertRefused(Path file, String reason, String... how) throws Exception {
    Run r = open(file, how);
    assertThat(r.exit()).as(file.getFileName() + " must be refused").isNotZero();
    assertThat(r.stderr().strip()).as(file.getFileName() + ": one line").doesNotContain("\n");
    assertThat(r.stderr()).as(file.getFileName().toString()).contains(reason);
    assertThat(out).as(file.getFileName() + ": nothing written").isEmptyDirectory();
  }

  private Run open(Path file, String... how) throws Exception {
    return openAt(file, NOW, how);
  }

  private Run openAt(Path file, String now, String... how) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("--now", now));
    cmd.addAll(List.of(how));
    return openOnTheRealClock(file, cmd.toArray(String[]::new));
  }

  private Run openOnTheRealClock(Path file, String... how) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                python,
                SCRIPTS.resolve("open_package.py").toString(),
                file.toString(),
                "--key",
                privateKeyFile.toString(),
                "--sender-key",
                b64(PackageCrypto.rawEd25519(signer.getPublic())),
                "--out",
                out.resolve("content.csv").toString()));
    cmd.addAll(List.of(how));
    return run(cmd);
  }

  record Run(int exit, String stdout, String stderr) {}

  private static Run run(List<String> cmd) throws Exception {
    Path o = Files.createTempFile("interop", ".out");
    Path e = Files.createTempFile("interop", ".err");
    try {
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(o.toFile())
              .redirectError(e.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the decoder did not end within 120 s: " + cmd);
      }
      return new Run(
          p.exitValue(),
          Files.readString(o, StandardCharsets.UTF_8),
          Files.readString(e, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(o);
      Files.deleteIfExists(e);
    }
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  /**
   * The sender's side of "Asking for the release", as small as the page allows: a challenge sealed
   * to the recipient, kept as its SHA-256 for one answer; the release share sealed to the recipient
   * and signed by the package key; refusals as {@code {"error", "message"}}.
   */
  private static final class ReleaseServer implements AutoCloseable {
    private static final Pattern PATH =
        Pattern.compile("/api/v1/packages/([0-9a-f]{32})/(challenge|release)");
    final Map<String, byte[]> shares = new ConcurrentHashMap<>();
    final Set<String> lost = ConcurrentHashMap.newKeySet();
    final List<String> released = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, byte[]> challenges = new ConcurrentHashMap<>();
    volatile KeyPair signWith = signer;
    private final HttpServer server;

    ReleaseServer() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/api/v1/packages/", this::handle);
      server.start();
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange x) throws IOException {
      try (x) {
        Matcher m = PATH.matcher(x.getRequestURI().getPath());
        if (!"POST".equals(x.getRequestMethod()) || !m.matches()) {
          answer(x, 404, Map.of("error", "package.unknown", "message", "no such route"));
          return;
        }
        String id = m.group(1);
        JsonNode body = JSON.readTree(x.getRequestBody().readAllBytes());
        byte[] idBytes = HexFormat.of().parseHex(id);
        if (!shares.containsKey(id)) {
          answer(x, 404, Map.of("error", "package.unknown", "message", "no such package"));
        } else if (lost.contains(id)) {
          answer(x, 410, Map.of("error", "package.lost", "message", "reported lost"));
        } else if (m.group(2).equals("challenge")) {
          byte[] challenge = PackageCrypto.random(32);
          challenges.put(id, PackageCrypto.sha256(challenge));
          PackageCrypto.Sealed sealed =
              PackageCrypto.seal(
                  recipient.publicKey(), Format.info(Format.CHALLENGE, idBytes), challenge);
          answer(x, 200, Map.of("challenge", sealed(sealed)));
        } else {
          byte[] expected = challenges.remove(id);
          JsonNode a = body.get("answer");
          byte[] given = a == null || !a.isString() ? new byte[0] : decode(a.asString());
          if (expected == null || !MessageDigest.isEqual(expected, PackageCrypto.sha256(given))) {
            answer(x, 403, Map.of("error", "package.answer-wrong", "message", "wrong answer"));
            return;
          }
          PackageCrypto.Sealed share =
              PackageCrypto.seal(
                  recipient.publicKey(),
                  Format.info(Format.RELEASE_SHARE, idBytes),
                  shares.get(id));
          byte[] signature =
              PackageCrypto.sign(
                  signWith.getPrivate(),
                  Format.concat(Format.RELEASE_SIGNED, idBytes, share.enc(), share.ct()));
          released.add(id);
          Map<String, Object> body2 = new LinkedHashMap<>();
          body2.put("share", sealed(share));
          body2.put("released_at", NOW);
          body2.put("signature", b64(signature));
          answer(x, 200, body2);
        }
      }
    }

    private static byte[] decode(String s) {
      try {
        return Base64.getDecoder().decode(s);
      } catch (IllegalArgumentException e) {
        return new byte[0];
      }
    }

    private static Map<String, String> sealed(PackageCrypto.Sealed s) {
      return Map.of("enc", b64(s.enc()), "ct", b64(s.ct()));
    }

    private static void answer(HttpExchange x, int status, Object body) throws IOException {
      byte[] b = JSON.writeValueAsBytes(body);
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
}
