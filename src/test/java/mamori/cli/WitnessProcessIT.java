package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.NoteSigner;
import mamori.log.verify.NoteVerifier;
import mamori.log.verify.Rfc6962;
import mamori.log.verify.VerifierKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mamori witness} as another body runs it: its own process, its vkey on start, no web stack.
 */
class WitnessProcessIT {
  @TempDir Path temp;

  @Test
  void standaloneWitness_printsItsVkey_cosignsOverHttp_andStopsOnSigterm() throws Exception {
    var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    NoteSigner log = NoteSigner.ed25519("city.example/log/a", pair.getPrivate(), pair.getPublic());
    Path err = temp.resolve("err.log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-Xlog:class+load=info:stderr",
                "-cp",
                System.getProperty("java.class.path"),
                MamoriCommand.class.getName(),
                "witness",
                "--data",
                temp.resolve("data").toString(),
                "--port",
                "0",
                "--log",
                log.verifierKey().toString()));
    Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
    try {
      var out =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      String serving = out.readLine();
      assertThat(first).startsWith("Mamori witness mamori.localhost/witness+");
      VerifierKey vkey = VerifierKey.parse(first.substring("Mamori witness ".length()));
      assertThat(serving)
          .startsWith("Serving add-checkpoint at http://127.0.0.1:")
          .endsWith("/witness/add-checkpoint");
      assertThat(out.readLine()).isEqualTo("Witnessing city.example/log/a");

      String text =
          new Checkpoint("city.example/log/a", 1, Rfc6962.rootOf(List.of(Rfc6962.leafHash("x"))))
              .text();
      String note = Note.of(text, List.of(log.sign(text))).toString();
      var response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(serving.substring("Serving add-checkpoint at ".length())))
                      .POST(HttpRequest.BodyPublishers.ofString("old 0\n\n" + note))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(NoteVerifier.of(vkey).open(text + "\n" + response.body()).verifiedBy())
          .containsExactly(vkey);
    } finally {
      p.destroy();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readString(err))
        .contains("mamori.witness.WitnessServer")
        .doesNotContain("org.springframework.boot.SpringApplication ")
        .doesNotContain("org.apache.catalina");
  }
}
