package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Monitoring end to end: reads and refusals over HTTP move the counters scraped in Prometheus's
 * text from the management port, which the main port does not serve; {@code /livez} and {@code
 * /readyz} answer UP or DOWN only, and readiness goes DOWN when the store goes away.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MonitoringHttpIT {
  abstract TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=2026-0001";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  GateWorld w;
  int management;
  String operator;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            Files.createTempDirectory("mamori-monitoring"), kind(), "--management.server.port=0");
    management =
        Integer.parseInt(w.context.getEnvironment().getRequiredProperty("local.management.port"));
    w.tenant("mon-city", 5, 7);
    w.organisation("mon-entry", Organisation.Kind.CONTRACTOR, "mon-city");
    w.entrust(
        "mon-city",
        null,
        "mon-entry",
        scope(fields(Field.FAMILY_NAME, Mask.NONE, Field.MY_NUMBER, Mask.PARTIAL), TODAY, 1000));
    operator = w.user("mon-city", "mon-entry", "mon-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  HttpResponse<String> get(int port, String path) throws Exception {
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String scrape() throws Exception {
    var r = get(management, "/actuator/prometheus");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    return r.body();
  }

  /** The value of the one sample of {@code name} carrying every label given, 0 when none. */
  static double sample(String scrape, String name, String... labels) {
    double found = 0;
    for (String line : scrape.split("\n")) {
      if (!line.startsWith(name + "{")) {
        continue;
      }
      String tags = line.substring(name.length(), line.lastIndexOf('}') + 1);
      boolean all = true;
      for (String l : labels) {
        all &= tags.contains(l);
      }
      if (all) {
        found += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return found;
  }

  @Test
  @Order(1)
  void readsAndRefusals_moveTheCounters_scrapedOnTheManagementPort() throws Exception {
    String before = scrape();
    List<String> tokens = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, operator).body());
    assertThat(tokens).hasSize(5);
    for (String t : tokens.subList(0, 3)) {
      assertThat(w.get("/api/v1/persons/" + t + "?" + WHY, operator).statusCode()).isEqualTo(200);
    }
    assertThat(
            w.get(
                    "/api/v1/persons/" + tokens.getFirst() + "?purpose=child-allowance&case=x",
                    operator)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            w.get("/api/v1/persons/" + tokens.getFirst() + "?" + WHY + "&fields=address", operator)
                .statusCode())
        .isEqualTo(403);
    failedSignIn();

    String after = scrape();
    String tenant = "tenant=\"mon-city\"";
    String reads = "mamori_access_records_total";
    assertThat(
            sample(after, reads, tenant, "action=\"read\"", "decision=\"allow\"")
                - sample(before, reads, tenant, "action=\"read\"", "decision=\"allow\""))
        .isEqualTo(3);
    assertThat(
            sample(after, reads, tenant, "action=\"read\"", "decision=\"deny\"")
                - sample(before, reads, tenant, "action=\"read\"", "decision=\"deny\""))
        .isEqualTo(2);
    String denials = "mamori_access_denials_total";
    assertThat(
            sample(after, denials, tenant, "reason=\"purpose.not-granted\"")
                - sample(before, denials, tenant, "reason=\"purpose.not-granted\""))
        .isEqualTo(1);
    assertThat(
            sample(after, denials, tenant, "reason=\"field.out-of-scope\"")
                - sample(before, denials, tenant, "reason=\"field.out-of-scope\""))
        .isEqualTo(1);
    // a listing, three reads and two refusals: six records
    assertThat(
            sample(after, "mamori_log_appends_total", tenant)
                - sample(before, "mamori_log_appends_total", tenant))
        .isEqualTo(6);
    assertThat(
            sample(after, "mamori_signin_failures_total", "step=\"password\"")
                - sample(before, "mamori_signin_failures_total", "step=\"password\""))
        .isEqualTo(1);
    assertThat(sample(after, "mamori_import_persons_total", tenant, "outcome=\"imported\""))
        .isEqualTo(5);
    assertThat(after)
        .contains(
            "mamori_log_checkpoint_age_seconds{",
            "mamori_log_witness_lag{",
            "hikaricp_connections_active{",
            "hikaricp_connections_max{")
        .as("no person, user or case in a tag")
        .doesNotContain("mon-op", "2026-0001", tokens.getFirst());
    // a checkpoint is signed within 300 ms of an append; without witnesses it is published too
    long deadline = System.nanoTime() + 10_000_000_000L;
    String later = after;
    while (Double.isNaN(ageOf(later, tenant, "published")) && System.nanoTime() < deadline) {
      Thread.sleep(200);
      later = scrape();
    }
    assertThat(ageOf(later, tenant, "signed")).isBetween(0.0, 600.0);
    assertThat(ageOf(later, tenant, "published")).isBetween(0.0, 600.0);
    assertThat(sample(later, "mamori_log_witness_lag", tenant))
        .as("no witness configured: every signed checkpoint is published")
        .isZero();
  }

  private static double ageOf(String scrape, String tenant, String checkpoint) {
    return sample(
        scrape, "mamori_log_checkpoint_age_seconds", tenant, "checkpoint=\"" + checkpoint + "\"");
  }

  private void failedSignIn() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/signin"))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).isTrue();
    var r =
        client.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "user=nobody&password=wrong&_csrf=" + m.group(1)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @Test
  @Order(2)
  void theMainPort_servesNoActuatorPath() throws Exception {
    for (String path :
        List.of("/actuator", "/actuator/prometheus", "/actuator/health", "/actuator/env")) {
      var r = get(w.port, path);
      assertThat(r.statusCode()).as(path).isIn(403, 404);
      assertThat(r.body()).as(path).doesNotContain("mamori_", "jvm_", "\"UP\"");
    }
    assertThat(get(management, "/actuator/env").statusCode()).as("not exposed").isIn(403, 404);
    assertThat(get(management, "/actuator/health").body())
        .as("the management port's health: the status and the probes' group names, no details")
        .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
  }

  @Test
  @Order(3)
  void livezAndReadyz_sayUpAndNothingElse() throws Exception {
    for (String path : List.of("/livez", "/readyz")) {
      var r = get(w.port, path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
      assertThat(r.headers().firstValue("Server")).as(path).isEmpty();
    }
  }

  @Test
  @Order(4)
  void whenTheStoreGoesAway_readinessIsDown_livenessStaysUp() throws Exception {
    Store store = w.context.getBean(Store.class);
    if (kind() == TestStores.Kind.POSTGRESQL) {
      TestStores.drop(store.location());
    } else {
      ((com.zaxxer.hikari.HikariDataSource) store.dataSource()).close();
    }
    var ready = get(w.port, "/readyz");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).isEqualTo("{\"status\":\"DOWN\"}");
    var live = get(w.port, "/livez");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
  }
}
