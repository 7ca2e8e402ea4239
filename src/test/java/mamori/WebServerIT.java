package mamori;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The web service as {@code mamori serve} starts it: real port, real store, real headers. */
class WebServerIT {
  @TempDir static Path temp;
  static ConfigurableApplicationContext context;
  static int port;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    context = WebServer.start(new StoreLocation.Embedded(temp.resolve("data")), 0);
    port = WebServer.port(context);
  }

  @AfterAll
  static void stop() {
    context.close();
  }

  static HttpResponse<String> get(String path, String language) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (language != null) {
      request.header("Accept-Language", language);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void firstPage_tellsStatusStoreKindAndVersion_inJapaneseByDefault() throws Exception {
    var page = get("/", null);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("lang=\"ja\"", "サービスの状態", "稼働中", ">SQLite<", ">dev<")
        .as("no path to aim at, no runtime to look up, for anyone who asks")
        .doesNotContain(temp.toString(), "mamori.db", Runtime.version().toString(), "id=\"java\"");
  }

  @Test
  void firstPage_speaksEnglishWhenTheBrowserPrefersIt() throws Exception {
    var page = get("/", "en-GB,en;q=0.9");
    assertThat(page.body()).contains("lang=\"en\"", "Service status", ">up<");
  }

  @Test
  void statusApi_answersJson() throws Exception {
    var json = get("/api/v1/status", null);
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(json.body())
        .contains(
            "\"status\":\"up\"",
            "\"schemaVersion\":\"" + mamori.store.TestStores.latestMigration() + "\"",
            "\"journal\":\"wal\"",
            "\"store\":\"SQLite\"")
        .doesNotContain(temp.toString(), "\"java\"", Runtime.version().toString());
  }

  @Test
  void everyResponse_carriesTheSecurityHeaders() throws Exception {
    for (String path :
        new String[] {
          "/", "/api/v1/status", "/v3/api-docs", "/css/mamori.css", "/admin", "/api/v1/persons"
        }) {
      var r = get(path, null);
      assertThat(r.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(csp ->
              assertThat(csp)
                  .contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'")
                  .doesNotContain("unsafe-inline")
                  .doesNotContain("http"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
    }
  }

  /** Sends {@code request} as it is, bytes on a socket, and gives back the whole answer. */
  static String raw(String request) throws Exception {
    try (var socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(
          socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  @Test
  void errorsTomcatAnswersItself_carryTheSecurityHeadersToo() throws Exception {
    for (String request :
        new String[] {
          "GET /a b c HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          "GET /css/..%2f..%2fetc HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          "GET /nothing-here.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
          "GET /css/nothing-here.css HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        }) {
      String answer = raw(request);
      String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
      String line = request.substring(0, request.indexOf('\r'));
      assertThat(head).as(line + " answered").startsWith("HTTP/1.1 4");
      assertThat(head.toLowerCase(Locale.ROOT))
          .as(line + ": " + head)
          .contains(
              "content-security-policy: default-src 'none'",
              "x-content-type-options: nosniff",
              "x-frame-options: deny",
              "referrer-policy: no-referrer");
    }
  }

  @Test
  void everythingNotYetOpened_isRefused() throws Exception {
    assertThat(get("/admin", null).statusCode()).isEqualTo(403);
    assertThat(get("/api/v1/persons", null).statusCode())
        .as("the API needs a bearer token")
        .isEqualTo(401);
    var post =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/status"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isIn(403, 405);
    var witness =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/witness/add-checkpoint"))
                .POST(HttpRequest.BodyPublishers.ofString("old 0\n\n"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(witness.statusCode()).as("no log to witness is configured").isEqualTo(404);
  }

  @Test
  void theOpenApiDocument_listsEveryEndpointOfTheApi_withItsErrors() throws Exception {
    var r = get("/v3/api-docs", null);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode doc = JsonMapper.builder().build().readTree(r.body());
    assertThat(doc.path("openapi").asString()).isEqualTo("3.1.0");
    // every handler under /api/v1 that the running service maps, with its HTTP method
    Set<String> mapped = new TreeSet<>();
    context
        .getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
        .getHandlerMethods()
        .keySet()
        .forEach(info ->
            info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/"))
                .forEach(path ->
                    info.getMethodsCondition()
                        .getMethods()
                        .forEach(m -> mapped.add(m.name().toLowerCase(Locale.ROOT) + " " + path))));
    assertThat(mapped)
        .contains(
            "get /api/v1/persons",
            "get /api/v1/persons/{token}",
            "get /api/v1/persons/{token}/accesses",
            "post /api/v1/persons/{token}/tags",
            "delete /api/v1/persons/{token}/tags",
            "get /api/v1/person-lists",
            "post /api/v1/person-lists",
            "get /api/v1/entrustments",
            "post /api/v1/entrustments",
            "post /api/v1/entrustments/{id}/approve",
            "post /api/v1/entrustments/{id}/suspend",
            "post /api/v1/entrustments/{id}/revoke",
            "get /api/v1/entrustments/tree",
            "post /api/v1/entrustments/{id}/staff",
            "post /api/v1/entrustments/{id}/contract",
            "get /api/v1/entrustments/{id}/contract",
            "get /api/v1/entrustments/{id}/contract/versions",
            "get /api/v1/me",
            "get /api/v1/status",
            "get /api/v1/users",
            "post /api/v1/users",
            "post /api/v1/users/{id}/disable",
            "post /api/v1/users/{id}/enrolment",
            "post /api/v1/users/{id}/unlock",
            "post /api/v1/users/{id}/end-sessions",
            "post /api/v1/users/{id}/reset-factor",
            // issue 16 point 5: a job's progress and remedies
            "get /api/v1/jobs/{id}/progress",
            "put /api/v1/jobs/{id}/deadline",
            "put /api/v1/jobs/{id}/quotas/{entrustment}",
            "put /api/v1/jobs/{id}/state",
            // issue 15: incidents
            "get /api/v1/incidents",
            "post /api/v1/incidents",
            "get /api/v1/incidents/{id}",
            "get /api/v1/incidents/{id}/affected",
            "post /api/v1/incidents/{id}/affected",
            "post /api/v1/incidents/{id}/classification",
            "post /api/v1/incidents/{id}/close",
            // issue 15: alerts reach people
            "get /api/v1/alerts",
            "get /api/v1/alerts/{id}",
            "post /api/v1/alerts/{id}/acknowledge",
            "post /api/v1/alerts/{id}/assign",
            "post /api/v1/alerts/{id}/close",
            "get /api/v1/alerts/{id}/evidence",
            // issue 16: jobs, their documents, document types
            "get /api/v1/jobs",
            "post /api/v1/jobs",
            "get /api/v1/jobs/{id}",
            "post /api/v1/jobs/{id}/documents",
            "get /api/v1/job-types",
            "post /api/v1/job-types",
            // issue 16: the desk's tasks
            "get /api/v1/tasks/next",
            "get /api/v1/tasks/{id}/regions/{field}",
            "post /api/v1/tasks/{id}/entries",
            "get /api/v1/tasks/{id}/verification",
            "post /api/v1/tasks/{id}/verification",
            // issue 17: a package's release calls (open) and the sender's own list and report
            "post /api/v1/packages/{id}/challenge",
            "post /api/v1/packages/{id}/release",
            "post /api/v1/packages/{id}/opened",
            "get /api/v1/packages/{id}/status",
            "get /api/v1/packages",
            "post /api/v1/packages/{id}/report-lost",
            // issue 17: making a package, and its file
            "post /api/v1/packages",
            "get /api/v1/packages/{id}/file");
    Set<String> documented = new TreeSet<>();
    doc.path("paths")
        .properties()
        .forEach(p ->
            p.getValue()
                .properties()
                .forEach(op -> documented.add(op.getKey() + " " + p.getKey())));
    assertThat(documented).as("the document lists the API and nothing else").isEqualTo(mapped);
    // each call that needs a token says so and lists its error answers with the {code, message}
    // body
    JsonNode error = doc.path("components").path("schemas").path("Error");
    assertThat(error.path("required").values())
        .extracting(JsonNode::asString)
        .containsExactlyInAnyOrder("code", "message");
    assertThat(
            doc.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
        .isEqualTo("bearer");
    for (String call : mapped) {
      String[] methodAndPath = call.split(" ");
      JsonNode op = doc.path("paths").path(methodAndPath[1]).path(methodAndPath[0]);
      JsonNode responses = op.path("responses");
      assertThat(
              responses.has("200")
                  || (call.equals("post /api/v1/packages") && responses.has("201")))
          .as(call)
          .isTrue();
      if (call.endsWith("/status")
          || call.matches("post /api/v1/packages/\\{id}/(challenge|release|opened)")) {
        assertThat(op.path("security").isArray() && op.path("security").isEmpty())
            .as(call + " is open")
            .isTrue();
        continue;
      }
      assertThat(
              responses
                  .path("401")
                  .path("content")
                  .path("application/json")
                  .path("schema")
                  .path("$ref")
                  .asString())
          .as(call)
          .isEqualTo("#/components/schemas/Error");
      if (!call.endsWith("/me")) {
        assertThat(responses.has("403") && responses.has("503")).as(call).isTrue();
      }
    }
    // the desk's answers beyond the refusals: a quota reached where a task is handed out or kept
    // (429), an entry or a verification whose values do not pass (422), each with the error body
    Map<String, List<String>> desk =
        Map.of(
            "get /api/v1/tasks/next", List.of("429"),
            "post /api/v1/tasks/{id}/entries", List.of("422", "429"),
            "post /api/v1/tasks/{id}/verification", List.of("422", "429"));
    desk.forEach((call, codes) -> {
      String[] methodAndPath = call.split(" ");
      JsonNode responses =
          doc.path("paths").path(methodAndPath[1]).path(methodAndPath[0]).path("responses");
      for (String code : codes) {
        assertThat(
                responses
                    .path(code)
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asString())
            .as(call + " answers " + code)
            .isEqualTo("#/components/schemas/Error");
      }
    });
    assertThat(
            doc.path("paths")
                .path("/api/v1/tasks/{id}/entries")
                .path("post")
                .path("responses")
                .path("422")
                .path("description")
                .asString())
        .contains("entry.invalid", "never the value");
  }

  @Test
  void noOtherFormOfTheApiDocument_andNoUi_isServed() throws Exception {
    for (String path :
        new String[] {
          "/v3/api-docs.yaml",
          "/v3/api-docs/swagger-config",
          "/swagger-ui.html",
          "/swagger-ui/index.html"
        }) {
      assertThat(get(path, null).statusCode()).as(path).isIn(403, 404);
    }
  }

  @Test
  void aSecondServerOnTheSamePort_failsWithAClearMessage() {
    var cl = mamori.cli.MamoriCommand.newCommandLine();
    var err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err));
    int exit =
        cl.execute(
            "serve",
            "--port",
            String.valueOf(port),
            "--data",
            temp.resolve("other").toString(),
            "--keys",
            temp.resolve("other-keys").toString());
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).startsWith("mamori: ").contains(String.valueOf(port));
  }
}
