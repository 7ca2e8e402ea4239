package mamori.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mamori.WebServer;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * The plain route, which reads past the gate, exists only in the service the benchmark starts: the
 * service that serve and demo start has none, whatever it is told (the property that once switched
 * it on included), even for a signed-in operator asking for a person they may read.
 */
class PlainReadControllerIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path temp;

  /**
   * An operator of a two-level chain over two persons: their bearer secret and the token of a
   * person they may read.
   */
  record Operator(String bearer, String person) {}

  static Operator operator(ConfigurableApplicationContext context, Path scratch) throws Exception {
    BenchReadWorld world = new BenchReadWorld("plain");
    world.importPersons(context, scratch, 2, n -> {});
    String bearer = world.chain(context);
    String listed =
        ReadBench.get(
            "http://127.0.0.1:" + WebServer.port(context),
            bearer,
            "/api/v1/persons?" + ReadBench.WHY + "&limit=1");
    return new Operator(bearer, GateTokens.of(listed).getFirst());
  }

  static HttpResponse<String> get(
      ConfigurableApplicationContext context, String path, String bearer) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + WebServer.port(context) + path))
            .GET();
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String plainPath(String token) {
    return PlainReadController.PATH + URLEncoder.encode(token, StandardCharsets.UTF_8);
  }

  @Test
  void theServiceAsServeStartsIt_hasNoPlainRoute_evenWithTheOldPropertySet() throws Exception {
    try (var context =
        WebServer.start(
            new StoreLocation.Embedded(temp.resolve("data")), 0, "--mamori.bench.plain=true")) {
      Operator op = operator(context, temp);
      assertThat(
              get(
                      context,
                      "/api/v1/persons/"
                          + URLEncoder.encode(op.person(), StandardCharsets.UTF_8)
                          + "?"
                          + ReadBench.WHY,
                      op.bearer())
                  .statusCode())
          .as("the gate's read of the same person")
          .isEqualTo(200);
      assertThat(get(context, plainPath(op.person()), op.bearer()).statusCode())
          .isIn(401, 403, 404);
      assertThat(get(context, plainPath(op.person()), null).statusCode()).isIn(401, 403, 404);
      assertThat(context.getBeanNamesForType(RouterFunction.class)).doesNotContain("plainRead");
      assertThat(context.getBeanNamesForType(PlainReadController.class)).isEmpty();
    }
  }

  @Test
  void theBenchmarksOwnService_hasIt_forASignedInOperatorOnly() throws Exception {
    try (var context =
        WebServer.start(
            new StoreLocation.Embedded(temp.resolve("data")),
            0,
            List.of(PlainReadController.class))) {
      Operator op = operator(context, temp);
      var plain = get(context, plainPath(op.person()), op.bearer());
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.body())
          .contains("\"token\":\"" + op.person() + "\"", "\"fields\":{\"fields\":\"");
      assertThat(get(context, plainPath(op.person()), null).statusCode()).isEqualTo(401);
      assertThat(get(context, plainPath("nobody"), op.bearer()).statusCode()).isEqualTo(404);
    }
  }
}
