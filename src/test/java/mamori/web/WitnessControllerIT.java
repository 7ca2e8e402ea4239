package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.stream.LongStream;
import mamori.MamoriApplication;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.witness.Witness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * POST /witness/add-checkpoint in the web app: open without sign-in or CSRF token, exact media
 * types.
 */
class WitnessControllerIT {
  @TempDir static Path temp;
  static ConfigurableApplicationContext context;
  static NoteSigner log;
  static int port;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    log = NoteSigner.ed25519("city.example/log/web", pair.getPrivate(), pair.getPublic());
    context =
        new SpringApplicationBuilder(MamoriApplication.class)
            .logStartupInfo(false)
            .run(
                "--server.port=0",
                "--mamori.data=" + temp.resolve("data"),
                "--mamori.witness.logs=" + log.verifierKey(),
                "--mamori.witness.name=witness.example/web");
    port = ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static String note(long size) {
    List<byte[]> leaves =
        LongStream.range(0, size).mapToObj(i -> Rfc6962.leafHash("e" + i)).toList();
    String text = new Checkpoint(log.verifierKey().name(), size, Rfc6962.rootOf(leaves)).text();
    return Note.of(text, List.of(log.sign(text))).toString();
  }

  static HttpResponse<String> post(byte[] body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/witness/add-checkpoint"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String body) throws Exception {
    return post(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void addCheckpoint_isCosigned_withoutSignInOrCsrfToken_andConflictsAnswerTextXTlogSize()
      throws Exception {
    var first = post("old 0\n\n" + note(3));
    assertThat(first.statusCode()).isEqualTo(200);
    var witness = context.getBean(Witness.class);
    assertThat(witness.verifierKey().name()).isEqualTo("witness.example/web");
    String text = Note.parse(note(3)).text();
    assertThat(NoteVerifier.of(witness.verifierKey()).open(text + "\n" + first.body()).verifiedBy())
        .hasSize(1);
    assertThat(temp.resolve("data").resolve("keys").resolve("witness.ed25519.key")).exists();

    var stale = post("old 0\n\n" + note(3));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.headers().allValues("Content-Type")).containsExactly("text/x.tlog.size");
    assertThat(stale.body()).isEqualTo("3\n");
    assertThat(stale.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void malformed_is400_andOversize_is413() throws Exception {
    assertThat(post("old 0\n").statusCode()).isEqualTo(400);
    assertThat(post(new byte[Witness.MAX_BODY_BYTES + 1]).statusCode()).isEqualTo(413);
  }

  @Test
  void otherMethodsOnThePath_stayClosed() throws Exception {
    var get =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/witness/add-checkpoint"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(get.statusCode()).isEqualTo(403);
  }
}
