package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Note;
import mamori.log.verify.NoteVerifier;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The standalone witness over real HTTP: status codes and exact Content-Types on the wire. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class WitnessServerTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  StoreLocation location;
  Store store;
  TestTree log;
  Witness witness;
  WitnessServer server;

  @BeforeEach
  void start() throws Exception {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    log = TestTree.create("city.example/log/a").grow(10);
    witness =
        Witness.create(
            store.dataSource(),
            Witness.cosigner(SigningKeys.in(keys), Witness.DEFAULT_NAME, Clock.systemUTC()),
            List.of(log.key()),
            Clock.systemUTC());
    server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0));
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
    TestStores.drop(location);
  }

  HttpResponse<String> post(String path, byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> add(String body) throws Exception {
    return post("/witness/add-checkpoint", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void addCheckpoint_answers200WithACosignatureThatVerifies() throws Exception {
    var r = add(log.body(0, 4));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    Note cosigned = Note.parse(log.checkpoint(4).text() + "\n" + r.body());
    assertThat(NoteVerifier.of(witness.verifierKey()).verify(cosigned).verifiedBy()).hasSize(1);
    assertThat(server.submissionPrefix())
        .hasToString("http://127.0.0.1:" + server.port() + "/witness");
  }

  @Test
  void conflict_is409_withExactlyTextXTlogSize() throws Exception {
    assertThat(add(log.body(0, 4)).statusCode()).isEqualTo(200);
    var r = add(log.body(0, 9));
    assertThat(r.statusCode()).isEqualTo(409);
    assertThat(r.headers().allValues("Content-Type")).containsExactly("text/x.tlog.size");
    assertThat(r.body()).isEqualTo("4\n");
  }

  @Test
  void unknownLog_wrongKey_badProof_malformed_areTheSpecsCodes() throws Exception {
    assertThat(add(TestTree.create("other.example/log").grow(2).body(0, 2)).statusCode())
        .isEqualTo(404);
    assertThat(add(TestTree.create(log.origin).grow(2).body(0, 2)).statusCode()).isEqualTo(403);
    assertThat(add(log.body(0, 4)).statusCode()).isEqualTo(200);
    assertThat(add(TestTree.body(4, log.proof(3, 9), log.note(9))).statusCode()).isEqualTo(422);
    assertThat(add("old 4\n").statusCode()).isEqualTo(400);
  }

  @Test
  void oversizeBody_is413() throws Exception {
    var r = post("/witness/add-checkpoint", new byte[Witness.MAX_BODY_BYTES + 1]);
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void otherMethodsAndPaths_areRefused() throws Exception {
    var get =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/witness/add-checkpoint"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    assertThat(post("/witness/add-checkpoint/x", new byte[0]).statusCode()).isEqualTo(404);
    assertThat(post("/", new byte[0]).statusCode()).isEqualTo(404);
  }
}
