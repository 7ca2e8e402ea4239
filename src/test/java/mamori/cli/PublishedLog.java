package mamori.cli;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import mamori.cli.LogCommand.AuditorFiles;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteException;
import mamori.log.verify.NoteSigner;
import mamori.store.Store;
import mamori.store.StoreLocation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant's log in a temporary data folder, written by the service's own code, and a small HTTP
 * server in the test that publishes it the way the service does ({@code /log/T/checkpoint}, {@code
 * /log/T/witnesses}, {@code /log/T/proof/consistency}); what it serves can be replaced to play a
 * dishonest operator. The test holds the log's signing keys and the witnesses' keys.
 */
final class PublishedLog implements AutoCloseable {
  static final String TENANT = "demo-city";

  final Path data;
  final NoteSigner ppc;
  final NoteSigner city;
  final NoteSigner stranger;
  private final HttpServer server;
  private final Map<String, String> served = new ConcurrentHashMap<>();
  private volatile BiFunction<Long, Long, List<byte[]>> proofs;
  private int written;

  PublishedLog(Path data) throws Exception {
    this.data = data;
    ppc = cosigner("ppc.example/witness");
    city = cosigner("neighbour-city.example/witness");
    stranger = cosigner("stranger.example/witness");
    proofs = (from, to) -> withLog(log -> log.consistencyProof(from, to));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** The service's address. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Appends {@code n} entries (with the service running) and returns the checkpoint at the new
   * size.
   */
  String grow(int n) {
    return withLog(log -> {
      for (int i = 0; i < n; i++) {
        log.append(
            TestRecords.read(
                "u",
                "entry-co",
                List.of("e-1"),
                new Why("resident-tax", "c"),
                "T-" + written++,
                Set.of(Field.FAMILY_NAME),
                Instant.now()));
      }
      long size = log.size();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> log.checkpoint().map(c -> c.contains("\n" + size + "\n")).orElse(false));
      return log.checkpoint().orElseThrow();
    });
  }

  String origin() {
    return withLog(TenantLog::origin);
  }

  List<String> logKeys() {
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs = logs(store)) {
      return logs.verifierKeys(TENANT).stream().map(Object::toString).toList();
    }
  }

  <T> T withLog(java.util.function.Function<TenantLog, T> work) {
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs = logs(store)) {
      return work.apply(logs.forTenant(TENANT));
    }
  }

  private TransparencyLogs logs(Store store) {
    return new TransparencyLogs(
        store.dataSource(),
        SigningKeys.in(data.resolve("keys")),
        TransparencyLogs.DEFAULT_ORIGIN_PREFIX,
        Clock.systemUTC());
  }

  /** {@code note} with a cosignature/v1 line by each of {@code witnesses} added. */
  static String cosigned(String note, NoteSigner... witnesses) {
    try {
      Note n = Note.parse(note);
      for (NoteSigner w : witnesses) {
        n = n.withSignature(w.sign(n.text()));
      }
      return n.toString();
    } catch (NoteException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A checkpoint of {@code size} entries with the root {@code root}, signed with the log's own keys
   * (Ed25519 and ML-DSA-44) as the operator can, and then by {@code witnesses}.
   */
  String signedByTheOperator(long size, byte[] root, NoteSigner... witnesses) throws Exception {
    SigningKeys keys = SigningKeys.in(data.resolve("keys"));
    KeyPair ed = keys.load("log-" + TENANT, SigningKeys.Algorithm.ED25519).orElseThrow();
    KeyPair pq = keys.load("log-" + TENANT, SigningKeys.Algorithm.ML_DSA_44).orElseThrow();
    String text = new Checkpoint(origin(), size, root).text();
    String note =
        text
            + "\n"
            + NoteSigner.ed25519(origin(), ed.getPrivate(), ed.getPublic()).signatureLine(text)
            + NoteSigner.mlDsa44(origin(), pq.getPrivate(), pq.getPublic(), Clock.systemUTC())
                .signatureLine(text);
    return cosigned(note, witnesses);
  }

  /** Serves {@code note} as the latest checkpoint. */
  void publish(String note) {
    served.put("/log/" + TENANT + "/checkpoint", note);
  }

  /** Serves the witness list with {@code quorum}, as the service publishes it. */
  void publishWitnesses(int quorum, NoteSigner... witnesses) {
    ObjectNode json = JsonMapper.builder().build().createObjectNode();
    json.put("origin", origin());
    ArrayNode log = json.putArray("log");
    logKeys().forEach(log::add);
    json.put("quorum", quorum);
    json.put("minimum", 1);
    ArrayNode listed = json.putArray("witnesses");
    for (NoteSigner w : witnesses) {
      listed
          .addObject()
          .put("name", w.verifierKey().name())
          .put("vkey", w.verifierKey().toString())
          .put("fingerprint", AuditorFiles.sha256Hex(w.verifierKey().toString()));
    }
    served.put("/log/" + TENANT + "/witnesses", json.toString());
  }

  /** Answers consistency proofs with {@code source} instead of the log's own. */
  void proveWith(BiFunction<Long, Long, List<byte[]>> source) {
    proofs = source;
  }

  /** Serves {@code body} at {@code path}. */
  void serve(String path, String body) {
    served.put(path, body);
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = served.get(path);
    if (path.equals("/log/" + TENANT + "/proof/consistency")) {
      Map<String, Long> q = new HashMap<>();
      for (String p : exchange.getRequestURI().getQuery().split("&")) {
        q.put(p.substring(0, p.indexOf('=')), Long.parseLong(p.substring(p.indexOf('=') + 1)));
      }
      List<String> hashes = new ArrayList<>();
      proofs
          .apply(q.get("from"), q.get("to"))
          .forEach(h -> hashes.add(Base64.getEncoder().encodeToString(h)));
      ObjectNode json = JsonMapper.builder().build().createObjectNode();
      json.put("size1", q.get("from"));
      json.put("size2", q.get("to"));
      ArrayNode proof = json.putArray("proof");
      hashes.forEach(proof::add);
      body = json.toString();
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private static NoteSigner cosigner(String name) throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    return NoteSigner.cosignatureV1(name, pair.getPrivate(), pair.getPublic(), Clock.systemUTC());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
