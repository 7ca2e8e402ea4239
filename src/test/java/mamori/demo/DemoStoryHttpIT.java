package mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo tells its story in the running service, and its tokens sign in to the API. */
class DemoStoryHttpIT {
  @TempDir Path temp;

  @Test
  void tellInTheRunningService_writesTokensThatSignIn_andTellingAgainChangesNothing()
      throws Exception {
    Path data = temp.resolve("data");
    try (var context = WebServer.start(new StoreLocation.Embedded(data), 0)) {
      var err = new StringWriter();
      Path file = DemoStory.tell(context, data, Clock.systemUTC(), new PrintWriter(err));
      assertThat(file).isEqualTo(data.resolve(DemoCredentials.FILE));
      assertThat(err.toString()).contains(file.toString()).doesNotContain("mamori_");
      String token = DemoCredentials.read(file).get("entry-operator").token();
      var request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + WebServer.port(context) + "/api/v1/me"))
              .header("Authorization", "Bearer " + token)
              .build();
      var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains("\"user\":\"entry-operator\"", "\"organisation\":\"entry-co\"");

      String written = Files.readString(file);
      DemoStory.tell(context, data, Clock.systemUTC(), new PrintWriter(new StringWriter()));
      assertThat(Files.readString(file)).isEqualTo(written);
    }
  }
}
