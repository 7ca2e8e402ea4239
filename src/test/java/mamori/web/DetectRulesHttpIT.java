package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import mamori.core.Role;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP, a city's own detection rules (issue 15): a bad file is 400 with every problem and its
 * line and nothing is stored or logged; a good one is logged first, then stored and shown; a huge
 * body is refused before it is read; a file holding a My Number is refused without echoing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DetectRulesHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "dr-city";
  static final String PATH = "/api/v1/detect/rules";
  GateWorld w;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(Files.createTempDirectory("mamori-dr"), kind());
    w.tenant(CITY, 1, 11);
    w.user(CITY, CITY, "dr-officer", Role.SECURITY_OFFICER);
    w.user(CITY, CITY, "dr-auditor", Role.AUDITOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  HttpResponse<String> put(String type, byte[] body, String user) throws Exception {
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + PATH))
            .header("Content-Type", type)
            .header("Authorization", w.bearer(user))
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  List<AccessRecord> loads() {
    return w.logged(CITY).stream().filter(r -> r.action().equals("detect.rules-load")).toList();
  }

  List<AccessRecord> allowedLoads() {
    return loads().stream().filter(AccessRecord::allowed).toList();
  }

  static String example() throws Exception {
    return Files.readString(Path.of("docs/detection-rules.example.yml"));
  }

  @Test
  void aBadFile_is400WithEachProblemAndLine_nothingStoredOrLogged_thenAGoodOneIsLoggedFirst()
      throws Exception {
    String bad = example().replace("level: high", "level: severe").replace("gt: 50", "gte: 1");
    HttpResponse<String> refused = put("application/yaml", bad.getBytes(), "dr-officer");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .isEqualTo(
            "{\"code\":\"rules.invalid\",\"message\":\"the rule file is refused; nothing was"
                + " stored\",\"problems\":[{\"line\":14,\"message\":\"level is one of"
                + " informational, low, medium, high, critical\"},{\"line\":62,\"message\":\"the"
                + " condition holds at a group's first event, so every record the rules match"
                + " would raise it; count at least 2 (gte: 2)\"}]}");
    assertThat(allowedLoads()).isEmpty();
    assertThat(w.get(PATH, w.bearer("dr-auditor")).body())
        .isEqualTo("{\"version\":0,\"text\":\"\",\"versions\":[]}");

    HttpResponse<String> ok =
        put(
            "text/yaml; charset=utf-8",
            example().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "dr-officer");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.body())
        .startsWith("{\"version\":1,\"sha256\":\"")
        .contains("\"rules\":4,\"loadedBy\":\"dr-officer\"");
    assertThat(allowedLoads())
        .singleElement()
        .satisfies(r -> {
          assertThat(r.actor()).isEqualTo("dr-officer");
          assertThat(r.caseRef()).startsWith("detect rules v1 sha256 ");
        });
    HttpResponse<String> shown = w.get(PATH, w.bearer("dr-auditor"));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body()).startsWith("{\"version\":1,\"text\":\"# A city's own detection rules");
    assertThat(w.get(PATH + "?version=1", w.bearer("dr-officer")).statusCode()).isEqualTo(200);
    assertThat(w.get(PATH + "?version=7", w.bearer("dr-officer")).body())
        .startsWith("{\"code\":\"rules.unknown-version\"");
  }

  @Test
  void theAuditor_cannotLoad_andTheRefusalIsLogged() throws Exception {
    HttpResponse<String> r = put("application/yaml", example().getBytes(), "dr-auditor");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).startsWith("{\"code\":\"role.not-allowed\"");
    assertThat(loads())
        .anySatisfy(x -> {
          assertThat(x.actor()).isEqualTo("dr-auditor");
          assertThat(x.decision()).isEqualTo("deny:role.not-allowed");
        });
  }

  @Test
  void aHugeFile_isRefusedBeforeItIsRead_aMyNumberWithoutEcho_notYaml_notUtf8() throws Exception {
    HttpResponse<String> huge =
        put(
            "application/yaml",
            ("# " + "x".repeat(97) + "\n").repeat(700).getBytes(),
            "dr-officer");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("request.too-large");

    HttpResponse<String> number =
        put(
            "application/yaml",
            example()
                .replace("announced night batches", "住民 1234 5678 9018")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "dr-officer");
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body())
        .contains("\"line\":30,\"message\":\"this value holds what looks like a My Number")
        .doesNotContain("9018");

    HttpResponse<String> json = put("application/json", "{}".getBytes(), "dr-officer");
    assertThat(json.statusCode()).isEqualTo(415);

    HttpResponse<String> latin =
        put("application/yaml", new byte[] {'t', ':', ' ', (byte) 0xff}, "dr-officer");
    assertThat(latin.statusCode()).isEqualTo(400);
    assertThat(latin.body()).contains("not UTF-8");
  }

  @Test
  void theRoutes_areInTheOpenApiDocument() throws Exception {
    HttpResponse<String> r = w.get("/v3/api-docs", null);
    assertThat(r.body())
        .contains("\"/api/v1/detect/rules\"")
        .contains("rules.invalid")
        .contains("application/yaml");
  }
}
