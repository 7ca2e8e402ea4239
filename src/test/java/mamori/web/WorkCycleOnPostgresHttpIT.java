package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Caller;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.log.AccessRecord;
import mamori.store.TestStores;
import mamori.vault.PersonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser story's cycle through the API on PostgreSQL: the controller's job and the slip drawn
 * by {@link WorkStoryBrowserIT} loaded over HTTP, two operators keying every task with one
 * difference, each region a no-store PNG, the verifier's decision, acceptance into the record of
 * the resident the number names, and the records after the tie under that person's token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkCycleOnPostgresHttpIT {
  static final String TENANT = "pg-work-city";
  static final String CONTRACTOR = "pg-entry-co";
  static final String JOB = "job-pg-slips";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  GateWorld w;
  String officer;
  Map<String, String> values;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-work-pg"), TestStores.Kind.POSTGRESQL);
    w.tenant(TENANT, WorkStoryBrowserIT.PERSONS, WorkStoryBrowserIT.SEED);
    PersonData resident =
        GateWorld.persons(WorkStoryBrowserIT.PERSONS, WorkStoryBrowserIT.SEED).get(1);
    values = WorkStoryBrowserIT.slipValues(resident);
    officer = w.user(TENANT, TENANT, "pg-officer", Role.SECURITY_OFFICER);
    w.organisation(CONTRACTOR, Organisation.Kind.CONTRACTOR, TENANT);
  }

  @AfterAll
  void stop() {
    if (w != null) {
      w.close();
    }
  }

  @Test
  void twoOperatorsAndAVerifier_throughTheApi_acceptTheSlip_underTheResidentsToken()
      throws Exception {
    var created =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"2026年度 源泉徴収票\",\"purpose\":\""
                + WorkStoryBrowserIT.PURPOSE
                + "\",\"type\":\"withholding-slip\",\"deadline\":\""
                + TODAY.plusDays(20)
                + "\",\"id\":\""
                + JOB
                + "\"}",
            officer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    var loaded =
        WorkStoryBrowserIT.upload(
            w,
            officer,
            "/api/v1/jobs/" + JOB + "/documents",
            "slip.png",
            WorkStoryBrowserIT.png(WorkStoryBrowserIT.drawSlip(values)));
    assertThat(loaded.body()).contains("\"loaded\":1");
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (Field f :
        List.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.GIVEN_NAME_KANA,
            Field.BIRTH_DATE,
            Field.ADDRESS)) {
      fields.put(f, Mask.NONE);
    }
    var e =
        w.entrust(
            TENANT,
            null,
            CONTRACTOR,
            new Scope(
                Set.of(WorkStoryBrowserIT.PURPOSE),
                fields,
                new PersonSet.Job(JOB),
                TODAY,
                TODAY.plusDays(30),
                5000,
                EnumSet.of(Action.ENTER, Action.VERIFY)));
    w.entrustments.approve(e.id(), new Caller("pg-officer", TENANT, Role.SECURITY_OFFICER));
    String a = w.user(TENANT, CONTRACTOR, "pg-op-a", Role.OPERATOR);
    String b = w.user(TENANT, CONTRACTOR, "pg-op-b", Role.OPERATOR);
    String v = w.user(TENANT, CONTRACTOR, "pg-verifier", Role.OPERATOR);

    // the number first: the slip's other parts wait until it is decided
    assertThat(keyAll(a, Map.of())).isEqualTo(1);
    assertThat(keyAll(b, Map.of("withheld_tax", "123,500"))).isEqualTo(5);
    assertThat(keyAll(a, Map.of())).isEqualTo(WorkStoryBrowserIT.PARTS.size() - 1);
    assertThat(state()).isEqualTo("open");

    var next = w.get("/api/v1/tasks/next?job=" + JOB, v);
    assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
    JsonNode task = JSON.readTree(next.body());
    assertThat(task.get("mode").asString()).isEqualTo("verify");
    String id = task.get("task").asString();
    JsonNode both = JSON.readTree(w.get("/api/v1/tasks/" + id + "/verification", v).body());
    assertThat(both.get("entries").get(0).get("values").get("withheld_tax").asString())
        .isEqualTo("123500");
    assertThat(both.get("entries").get(1).get("values").get("withheld_tax").asString())
        .isEqualTo("123400");
    assertThat(both.toString()).doesNotContain("pg-op-a", "pg-op-b");
    var decided =
        w.post(
            "/api/v1/tasks/" + id + "/verification",
            body(Map.of("payment_amount", "4800000", "withheld_tax", "123400")),
            v);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(decided.body()).contains("\"done\"");

    assertThat(state()).isEqualTo("accepted");
    JdbcClient jdbc = JdbcClient.create(w.context.getBean(mamori.store.Store.class).dataSource());
    Map<String, Object> doc =
        jdbc.sql(
                "SELECT document_id, person_id, person_token FROM work_document WHERE tenant_id = ?")
            .param(TENANT)
            .query()
            .singleRow();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM person_document WHERE tenant_id = ? AND person_id = ? AND"
                        + " document_id = ?")
                .params(
                    TENANT,
                    ((Number) doc.get("person_id")).longValue(),
                    ((Number) doc.get("document_id")).longValue())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    String token = (String) doc.get("person_token");
    Set<String> underToken =
        w.logged(TENANT).stream()
            .filter(r -> token.equals(r.personToken()))
            .map(AccessRecord::action)
            .collect(Collectors.toSet());
    assertThat(underToken)
        .contains(
            Action.ENTER.code(),
            Action.VERIFY.code(),
            Action.TASK_VIEW.code(),
            Action.DOCUMENT_ACCEPT.code());
    for (AccessRecord r : w.logged(TENANT)) {
      // yes or no: a failing record's text would print the number
      assertThat(r.toString().contains(values.get("payee_my_number")))
          .as("a record holds the payee's number")
          .isFalse();
    }
  }

  /** Keys every task the API gives {@code bearer}; answers how many. */
  private int keyAll(String bearer, Map<String, String> different) throws Exception {
    int n = 0;
    while (true) {
      var next = w.get("/api/v1/tasks/next?job=" + JOB, bearer);
      if (next.statusCode() == 204) {
        return n;
      }
      assertThat(next.statusCode()).as(next.body()).isEqualTo(200);
      JsonNode task = JSON.readTree(next.body());
      String id = task.get("task").asString();
      Map<String, String> typed = new LinkedHashMap<>();
      for (JsonNode f : task.get("fields")) {
        String field = f.get("id").asString();
        typed.put(field, different.getOrDefault(field, values.getOrDefault(field, "")));
      }
      HttpResponse<byte[]> region =
          GateWorld.HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(
                          "http://127.0.0.1:"
                              + w.port
                              + task.get("fields").get(0).get("region").asString()))
                  .header("Authorization", bearer)
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(region.statusCode()).isEqualTo(200);
      assertThat(region.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
      assertThat(region.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
      var entered = w.post("/api/v1/tasks/" + id + "/entries", body(typed), bearer);
      assertThat(entered.statusCode()).as(entered.body()).isEqualTo(200);
      n++;
    }
  }

  private static String body(Map<String, String> values) {
    return JSON.writeValueAsString(Map.of("values", values));
  }

  private String state() {
    return JdbcClient.create(w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("SELECT state FROM work_document WHERE tenant_id = ?")
        .param(TENANT)
        .query(String.class)
        .single();
  }
}
