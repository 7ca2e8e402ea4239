package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import mamori.WebServer;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.TokenIssuer;
import mamori.identity.Users;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** Bearer tokens against the running service: /api/v1 needs one, and says who it proves. */
class IdentityHttpIT {
  @TempDir static Path temp;
  static ConfigurableApplicationContext context;
  static int port;
  static Store store;
  static ApiTokens tokens;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    StoreLocation location = new StoreLocation.Embedded(temp.resolve("data"));
    context = WebServer.start(location, 0);
    port = WebServer.port(context);
    store = Store.open(location);
    // a contractor of the city, working from this host (its users are bound to its networks)
    var entrustments = context.getBean(mamori.entrustment.Entrustments.class);
    entrustments.registerOrganisation(
        mamori.entrustment.Organisation.controller("demo-city", "デモ市"));
    entrustments.registerOrganisation(
        new mamori.entrustment.Organisation(
            "entry-co",
            "Entry Co",
            mamori.entrustment.Organisation.Kind.CONTRACTOR,
            "demo-city",
            mamori.number.CorporateNumber.parse("7123456789012"),
            "東京都",
            "JP",
            GateWorld.LOOPBACK,
            null));
    new Users(store.dataSource(), Clock.systemUTC())
        .add("demo-city", "entry-co", "op-1", "Operator", Role.OPERATOR);
    tokens = new ApiTokens(store.dataSource(), Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    store.close();
    context.close();
  }

  static HttpResponse<String> get(String path, String authorization) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String issue() {
    return tokens
        .issue(new TokenIssuer.Console("test"), "op-1", "http", Duration.ofDays(1))
        .secret();
  }

  @Test
  void me_withAValidToken_answersWhoTheCallerIs() throws Exception {
    var r = get("/api/v1/me", "Bearer " + issue());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(r.body())
        .contains(
            "\"user\":\"op-1\"",
            "\"tenant\":\"demo-city\"",
            "\"organisation\":\"entry-co\"",
            "\"role\":\"operator\"")
        .doesNotContain("mamori_");
    assertThat(r.headers().firstValue("Set-Cookie")).as("no session").isEmpty();
  }

  @Test
  void me_withoutOrWithAnInvalidToken_is401Json_withoutEchoingIt() throws Exception {
    String forged = issue().substring(0, 50) + "AAAAAA";
    for (String auth : new String[] {null, "Bearer " + forged, "Bearer ", "Basic b3AtMTpwdw=="}) {
      var r = get("/api/v1/me", auth);
      assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(401);
      assertThat(r.body()).startsWith("{\"code\":\"auth.required\"").doesNotContain(forged);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    }
    assertThat(get("/api/v1/persons", null).statusCode()).as("every API path").isEqualTo(401);
  }

  @Test
  void me_withARevokedToken_is401() throws Exception {
    String secret = issue();
    assertThat(get("/api/v1/me", "Bearer " + secret).statusCode()).isEqualTo(200);
    tokens.revokeAll("op-1");
    assertThat(get("/api/v1/me", "Bearer " + secret).statusCode()).isEqualTo(401);
  }

  @Test
  void status_staysPublic_andEveryAnswerCarriesTheSecurityHeaders() throws Exception {
    assertThat(get("/api/v1/status", null).statusCode()).isEqualTo(200);
    assertThat(get("/api/v1/status", "Bearer nonsense").statusCode())
        .as("a bad token is refused everywhere")
        .isEqualTo(401);
    String good = "Bearer " + issue();
    for (String[] call :
        new String[][] {
          {"/api/v1/me", good}, {"/api/v1/me", null}, {"/api/v1/status", null}, {"/", null}
        }) {
      var r = get(call[0], call[1]);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(call[0])
          .hasValueSatisfying(
              csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(call[0]).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(call[0]).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(call[0]).hasValue("no-referrer");
    }
    assertThat(get("/admin", good).statusCode()).as("a token opens only the API").isEqualTo(403);
  }
}
