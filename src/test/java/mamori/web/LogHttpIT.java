package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mamori.WebServer;
import mamori.core.Field;
import mamori.core.Why;
import mamori.log.TestRecords;
import mamori.log.TransparencyLogs;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.RootAccumulator;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The log over HTTP (C2SP tlog-tiles), checked by a client that knows only the formats and the
 * vkeys.
 */
class LogHttpIT {
  @TempDir static Path temp;
  static ConfigurableApplicationContext context;
  static String base;
  static TransparencyLogs logs;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startWithALogOf300() {
    context = WebServer.start(new StoreLocation.Embedded(temp.resolve("data")), 0);
    base = "http://127.0.0.1:" + WebServer.port(context) + "/log/demo-city/";
    logs = context.getBean(TransparencyLogs.class);
    var log = logs.forTenant("demo-city");
    for (int i = 0; i < 300; i++) {
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
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> log.checkpoint().map(n -> n.contains("\n300\n")).orElse(false));
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static HttpResponse<byte[]> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void checkpointAndTiles_letAClientRecomputeTheSignedRoot() throws Exception {
    var cp = get("checkpoint");
    assertThat(cp.statusCode()).isEqualTo(200);
    assertThat(cp.headers().firstValue("Content-Type")).hasValue("text/plain;charset=utf-8");
    Checkpoint checkpoint =
        Checkpoint.parse(NoteVerifier.of(logs.verifierKeys("demo-city")).open(cp.body()).text());
    assertThat(checkpoint.size()).isEqualTo(300);

    byte[] full = get("tile/0/000").body();
    byte[] partial = get("tile/0/001.p/44").body();
    assertThat(full).hasSize(256 * 32);
    assertThat(partial).hasSize(44 * 32);
    RootAccumulator acc = new RootAccumulator();
    for (int i = 0; i < 256; i++) {
      acc.add(full, i * 32);
    }
    for (int i = 0; i < 44; i++) {
      acc.add(partial, i * 32);
    }
    assertThat(acc.root()).isEqualTo(checkpoint.root());
    assertThat(get("tile/1/000.p/1").body()).hasSize(32);
    assertThat(get("tile/0/000").headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("immutable"));
  }

  @Test
  void entryBundles_needSignIn() throws Exception {
    var r = get("tile/entries/000.p/10");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(new String(r.body())).doesNotContain("T-1");
  }

  @Test
  void malformedMissingAndForeign_areRefusedPlainly() throws Exception {
    assertThat(get("tile/0/0001").statusCode()).isEqualTo(400);
    assertThat(get("tile/0/001.p/0").statusCode()).isEqualTo(400);
    assertThat(get("tile/0/001").statusCode()).isEqualTo(404); // not full yet
    assertThat(get("tile/0/005.p/3").statusCode()).isEqualTo(404);
    var other =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(base.replace("demo-city", "other-city") + "checkpoint"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(404);
    var post =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isIn(403, 405);
  }
}
