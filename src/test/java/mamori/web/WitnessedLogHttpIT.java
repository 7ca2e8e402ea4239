package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import mamori.WebServer;
import mamori.core.Field;
import mamori.core.Why;
import mamori.demo.DemoWitnesses;
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.MerkleProofs;
import mamori.log.verify.Note;
import mamori.log.verify.NoteVerifier;
import mamori.store.StoreLocation;
import mamori.witness.WitnessEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service with the demo's two witnesses and a quorum of two: the public checkpoint is the one
 * both cosigned, and the verifiers' endpoints (witnesses, keys, consistency proofs) answer anyone.
 */
class WitnessedLogHttpIT {
  @TempDir static Path temp;
  static DemoWitnesses witnesses;
  static ConfigurableApplicationContext context;
  static String base;
  static TenantLog log;
  static final HttpClient http = HttpClient.newHttpClient();
  static final JsonMapper JSON = JsonMapper.builder().build();

  @BeforeAll
  static void start() throws Exception {
    Path data = temp.resolve("data");
    witnesses = DemoWitnesses.start(data, Clock.systemUTC());
    context =
        WebServer.start(
            new StoreLocation.Embedded(data),
            0,
            witnesses.setting(),
            "--mamori.log.witness-quorum=2");
    base = "http://127.0.0.1:" + WebServer.port(context) + "/log/demo-city/";
    log = context.getBean(TransparencyLogs.class).forTenant("demo-city");
    append(10);
    await().atMost(Duration.ofSeconds(10)).until(() -> publishedSize() == 10);
    append(5);
    await().atMost(Duration.ofSeconds(10)).until(() -> publishedSize() == 15);
  }

  @AfterAll
  static void stop() {
    context.close();
    witnesses.close();
  }

  static void append(int n) {
    for (int i = 0; i < n; i++) {
      log.append(
          TestRecords.read(
              "u",
              "entry-co",
              List.of(),
              new Why("resident-tax", "c"),
              "T-" + i,
              Set.of(Field.FAMILY_NAME),
              Instant.now()));
    }
  }

  static long publishedSize() throws Exception {
    String body = get("checkpoint").body();
    return body.contains("\n") ? Long.parseLong(body.split("\n")[1]) : 0;
  }

  static HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void thePublicCheckpoint_carriesBothDemoWitnessesCosignatures() throws Exception {
    String note = get("checkpoint").body();
    for (WitnessEndpoint w : witnesses.endpoints()) {
      assertThat(NoteVerifier.of(w.key()).open(note).verifiedBy()).containsExactly(w.key());
    }
    assertThat(witnesses.endpoints())
        .extracting(w -> w.key().name())
        .containsExactly(DemoWitnesses.PPC, DemoWitnesses.NEIGHBOUR);
  }

  @Test
  void witnesses_listTheKeysWithFingerprintsAndTheQuorum() throws Exception {
    var r = get("witnesses");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("origin").asString()).isEqualTo("mamori.localhost/log/demo-city");
    assertThat(j.get("log")).hasSize(2);
    assertThat(j.get("quorum").asInt()).isEqualTo(2);
    assertThat(j.get("minimum").asInt()).isEqualTo(1);
    JsonNode first = j.get("witnesses").get(0);
    String vkey = witnesses.endpoints().getFirst().key().toString();
    assertThat(first.get("name").asString()).isEqualTo(DemoWitnesses.PPC);
    assertThat(first.get("vkey").asString()).isEqualTo(vkey);
    assertThat(first.get("fingerprint").asString()).isEqualTo(LogWitnesses.fingerprint(vkey));
    assertThat(first.get("fingerprint").asString()).matches("[0-9a-f]{64}");
  }

  @Test
  void theKeysPage_showsTheFingerprintsToAnyone() throws Exception {
    var r = get("keys");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
    String vkey = witnesses.endpoints().get(1).key().toString();
    assertThat(r.body()).contains(vkey).contains(LogWitnesses.fingerprint(vkey)).contains("証人");
  }

  @Test
  void aConsistencyProof_provesTheOlderPublishedTreeIsInTheNewer() throws Exception {
    Checkpoint newer = Checkpoint.parse(Note.parse(get("checkpoint").body()).text());
    Checkpoint older = Checkpoint.parse(Note.parse(log.checkpointAtMost(10).orElseThrow()).text());
    var r = get("proof/consistency?from=10&to=15");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode j = JSON.readTree(r.body());
    assertThat(j.get("size1").asLong()).isEqualTo(10);
    assertThat(j.get("size2").asLong()).isEqualTo(15);
    List<byte[]> proof =
        j.get("proof").valueStream().map(p -> Base64.getDecoder().decode(p.asString())).toList();
    MerkleProofs.verifyConsistency(10, 15, older.root(), newer.root(), proof);
  }

  @Test
  void aConsistencyProofBeyondThePublishedSizeOrReversed_is400WithAJsonError() throws Exception {
    for (String q : List.of("from=5&to=16", "from=9&to=3", "from=-1&to=3", "from=a&to=3", "to=3")) {
      var r = get("proof/consistency?" + q);
      assertThat(r.statusCode()).as(q).isEqualTo(400);
      assertThat(JSON.readTree(r.body()).get("error").asString()).as(q).isNotEmpty();
    }
    assertThat(get("proof/consistency?from=0&to=15").statusCode()).isEqualTo(200);
  }
}
