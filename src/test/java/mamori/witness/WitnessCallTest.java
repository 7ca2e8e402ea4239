package mamori.witness;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mamori.crypto.SigningKeys;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSignature;
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

/**
 * One log talking to one witness: the old size it sends, 409 recovery, and what it accepts back.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class WitnessCallTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;
  StoreLocation location;
  Store store;
  TestTree log;
  Witness witness;
  WitnessServer server;
  WitnessEndpoint endpoint;

  @BeforeEach
  void start() throws Exception {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    log = TestTree.create("city.example/log/a").grow(30);
    witness =
        Witness.create(
            store.dataSource(),
            Witness.cosigner(SigningKeys.in(keys), "witness.example/w1", Clock.systemUTC()),
            List.of(log.key()),
            Clock.systemUTC());
    server = WitnessServer.start(witness, new InetSocketAddress("127.0.0.1", 0));
    endpoint = new WitnessEndpoint(server.submissionPrefix(), witness.verifierKey());
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
    TestStores.drop(location);
  }

  WitnessCall call(TestTree tree, WitnessEndpoint to) {
    return new WitnessCall(to, HTTP, Duration.ofSeconds(5), tree::proof);
  }

  List<NoteSignature> cosign(WitnessCall call, TestTree tree, long size) throws Exception {
    return call.cosign(Note.parse(tree.note(size)), tree.checkpoint(size));
  }

  @Test
  void firstCall_startsFromOldZero_thenSendsProofsFromTheAcceptedSize() throws Exception {
    WitnessCall call = call(log, endpoint);
    assertThat(cosign(call, log, 4))
        .singleElement()
        .satisfies(s -> assertThat(s.isBy(witness.verifierKey())).isTrue());
    assertThat(call.acceptedSize()).isEqualTo(4);
    assertThat(cosign(call, log, 11)).hasSize(1);
    assertThat(call.acceptedSize()).isEqualTo(11);
  }

  @Test
  void aClientThatKnowsNothing_takesTheSizeFrom409_andRetriesWithAProof() throws Exception {
    assertThat(cosign(call(log, endpoint), log, 7)).hasSize(1);
    WitnessCall fresh = call(log, endpoint);
    assertThat(cosign(fresh, log, 19)).hasSize(1);
    assertThat(fresh.acceptedSize()).isEqualTo(19);
  }

  @Test
  void aForkedLog_getsNoCosignature() throws Exception {
    assertThat(cosign(call(log, endpoint), log, 7)).hasSize(1);
    TestTree forked = log.fork("b").grow(30);
    assertThat(cosign(call(forked, endpoint), forked, 7)).isEmpty();
    assertThat(cosign(call(forked, endpoint), forked, 12)).isEmpty();
  }

  @Test
  void aRefusal_raisesOneHighAlertForTheTenant_untilTheWitnessCosignsAgain() throws Exception {
    mamori.identity.SecurityAlerts alerts =
        new mamori.identity.SecurityAlerts(store.dataSource(), Clock.systemUTC());
    WitnessCall.Refusals raise = CheckpointWitnessing.refusalAlerts("city-a", alerts);
    WitnessCall honest = new WitnessCall(endpoint, HTTP, Duration.ofSeconds(5), log::proof, raise);
    assertThat(cosign(honest, log, 7)).hasSize(1);
    assertThat(alerts.list("city-a", 10)).isEmpty();
    TestTree forked = log.fork("b").grow(30);
    WitnessCall forking =
        new WitnessCall(endpoint, HTTP, Duration.ofSeconds(5), forked::proof, raise);
    assertThat(cosign(forking, forked, 9)).isEmpty();
    assertThat(cosign(forking, forked, 12)).isEmpty();
    List<mamori.identity.SecurityAlerts.Alert> raised = alerts.list("city-a", 10);
    assertThat(raised).hasSize(1);
    assertThat(raised.getFirst().kind()).isEqualTo("witness.refused");
    assertThat(raised.getFirst().subject()).isEqualTo("witness:witness.example/w1");
    assertThat(raised.getFirst().severity()).isEqualTo(mamori.core.Severity.HIGH);
    assertThat(raised.getFirst().detail())
        .startsWith("the witness witness.example/w1 refused to cosign a checkpoint of the log: ");
    assertThat(alerts.list("other-city", 10)).isEmpty();
  }

  @Test
  void aWitnessAheadOfTheCheckpoint_isNotAskedToGoBack() throws Exception {
    assertThat(cosign(call(log, endpoint), log, 20)).hasSize(1);
    WitnessCall fresh = call(log, endpoint);
    assertThat(cosign(fresh, log, 10)).isEmpty();
    assertThat(fresh.acceptedSize()).isEqualTo(20);
  }

  @Test
  void cosignaturesThatDoNotVerify_orAreByAnotherKey_areNotAccepted() throws Exception {
    String line = witness.addCheckpoint(log.body(0, 3).getBytes(StandardCharsets.UTF_8)).body();
    String otherKey = WitnessEndpointTest.cosignerKey("witness.example/w1");
    for (String answer :
        List.of(
            line.replace(line.substring(line.length() - 10), "AAAAAAAAA\n"),
            "\u2014 nobody AAAAAAAAAAAA\n",
            "oops\n")) {
      HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      fake.createContext(
          "/",
          exchange -> {
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      fake.start();
      try {
        var url =
            java.net.URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + "/witness");
        assertThat(cosign(call(log, new WitnessEndpoint(url, witness.verifierKey())), log, 3))
            .as(answer)
            .isEmpty();
        assertThat(
                cosign(
                    call(
                        log,
                        new WitnessEndpoint(
                            url, WitnessEndpoint.parse("http://x.example|" + otherKey).key())),
                    log,
                    3))
            .as("another key named alike")
            .isEmpty();
      } finally {
        fake.stop(0);
      }
    }
  }

  @Test
  void aValidAndACorruptedLineByTheWitness_yieldOnlyTheValidOne_inEitherOrder() throws Exception {
    String valid = witness.addCheckpoint(log.body(0, 3).getBytes(StandardCharsets.UTF_8)).body();
    Note note = Note.parse(log.note(3));
    NoteSignature good = Note.parse(note.text() + "\n" + valid).signatures().getFirst();
    byte[] flipped = good.signature();
    flipped[flipped.length - 5] ^= 1;
    String corrupted = new NoteSignature(good.keyName(), good.keyId(), flipped).line();
    for (String answer : List.of(valid + corrupted, corrupted + valid)) {
      HttpServer fake = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      fake.createContext(
          "/",
          exchange -> {
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
          });
      fake.start();
      try {
        var url =
            java.net.URI.create("http://127.0.0.1:" + fake.getAddress().getPort() + "/witness");
        List<NoteSignature> kept =
            cosign(call(log, new WitnessEndpoint(url, witness.verifierKey())), log, 3);
        assertThat(kept).as(answer).containsExactly(good);
        Note cosigned = note;
        for (NoteSignature s : kept) {
          cosigned = cosigned.withSignature(s);
        }
        assertThat(NoteVerifier.of(witness.verifierKey()).verify(cosigned).verifiedBy())
            .containsExactly(witness.verifierKey());
      } finally {
        fake.stop(0);
      }
    }
  }
}
