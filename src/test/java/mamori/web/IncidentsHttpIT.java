package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incident API over HTTP: a contractor's operator reads residents, an alert names it, the
 * officer opens an incident from the alert and sees the persons counted from the log, the triggers
 * with their reasons and the deadlines counting down; auditors read, no one else acts; another
 * tenant's ids are unknown; bad text is refused and never echoed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IncidentsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=m-1";
  static final JsonMapper JSON = JsonMapper.builder().build();
  GateWorld w;
  String officer;
  String auditor;
  String staff;
  String operator;
  String otherOfficer;
  SecurityAlerts alerts;
  final List<Long> reads = new ArrayList<>();
  final List<String> tokens = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-incident"), kind());
    w.tenant("m-city", 3, 7);
    w.tenant("o-city", 3, 8);
    w.organisation("m-con", Organisation.Kind.CONTRACTOR, "m-city");
    w.entrust("m-city", null, "m-con", scope(fields(Field.FAMILY_NAME, Mask.NONE), TODAY, 1000));
    officer = w.user("m-city", "m-city", "m-officer", Role.SECURITY_OFFICER);
    auditor = w.user("m-city", "m-city", "m-auditor", Role.AUDITOR);
    staff = w.user("m-city", "m-city", "m-staff", Role.STAFF);
    operator = w.user("m-city", "m-con", "m-op", Role.OPERATOR);
    otherOfficer = w.user("o-city", "o-city", "o-officer", Role.SECURITY_OFFICER);
    alerts = w.context.getBean(SecurityAlerts.class);
    List<String> listed =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=10", operator).body());
    for (String t : listed) {
      assertThat(w.get("/api/v1/persons/" + t + "?" + WHY, operator).statusCode()).isEqualTo(200);
    }
    List<AccessRecord> log = w.logged("m-city");
    for (int i = 0; i < log.size(); i++) {
      AccessRecord r = log.get(i);
      if (r.actor().equals("m-op") && r.action().equals("read")) {
        reads.add((long) i);
        tokens.add(r.personToken());
      }
    }
    assertThat(reads).hasSize(3);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  String alert(String tenant, String subject) {
    return alerts.raise(
        tenant,
        new SecurityAlerts.Raised(
            "detect.harvesting",
            subject,
            "walked the register",
            Severity.HIGH,
            reads,
            AlertPolicy.NOTIFY,
            ""));
  }

  static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  @Test
  void fromAnAlert_theOfficerSeesThePersonsTheTriggersAndTheDeadlines() throws Exception {
    String a = alert("m-city", "user:m-op");
    HttpResponse<String> opened =
        w.post("/api/v1/incidents", "{\"alerts\":[\"" + a + "\"]}", officer);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    JsonNode i = json(opened);
    String id = i.get("id").asString();
    assertThat(i.get("affected").asLong()).isEqualTo(3);
    assertThat(i.get("suspect").get("kind").asString()).isEqualTo("actor");
    assertThat(i.get("suspect").get("value").asString()).isEqualTo("m-op");
    assertThat(i.get("alerts").get(0).asString()).isEqualTo(a);
    JsonNode c = i.get("classification");
    assertThat(c.get("useWork").get("holds").asBoolean()).isTrue();
    assertThat(c.get("unjustPurpose").get("holds").asBoolean()).isTrue();
    assertThat(c.get("unjustPurpose").get("reason").asString()).contains("detect.harvesting");
    assertThat(c.get("overHundred").get("holds").asBoolean()).isFalse();
    assertThat(c.get("reportable").asBoolean()).isTrue();
    assertThat(i.get("deadlines").get(0).get("kind").asString()).isEqualTo("preliminary");
    assertThat(i.get("deadlines").get(1).get("kind").asString()).isEqualTo("final");
    assertThat(i.get("deadlines").get(0).get("state").asString()).isIn("due", "warning");
    // the auditor reads, tokens and evidence only
    HttpResponse<String> page = w.get("/api/v1/incidents/" + id + "/affected?limit=2", auditor);
    assertThat(page.statusCode()).isEqualTo(200);
    JsonNode persons = json(page).get("persons");
    assertThat(persons).hasSize(2);
    assertThat(persons.get(0).get("actions").get(0).asString()).isEqualTo("read");
    assertThat(tokens).contains(persons.get(0).get("token").asString());
    String next = json(page).get("next").asString();
    JsonNode rest =
        json(w.get("/api/v1/incidents/" + id + "/affected?limit=2&after=" + next, auditor))
            .get("persons");
    assertThat(rest).hasSize(1);
    assertThat(w.get("/api/v1/incidents/" + id, auditor).statusCode()).isEqualTo(200);
    assertThat(w.get("/api/v1/incidents", auditor).body()).contains(id);
    // the exemption is refused: the log shows these persons' records read in the clear, so no
    // encryption kept them; nothing changed, the deadlines stand
    HttpResponse<String> exempt =
        w.post(
            "/api/v1/incidents/" + id + "/classification",
            "{\"exemption\":\"release-key-destroyed\",\"exemptionReason\":\"package p-1\"}",
            officer);
    assertThat(exempt.statusCode()).as(exempt.body()).isEqualTo(400);
    assertThat(exempt.body()).contains("\"field\":\"exemption\"", "revealed in the clear");
    JsonNode still = json(w.get("/api/v1/incidents/" + id, auditor));
    assertThat(still.get("classification").get("reportable").asBoolean()).isTrue();
    assertThat(still.get("deadlines")).isNotEmpty();
    HttpResponse<String> again = w.post("/api/v1/incidents/" + id + "/affected", "", officer);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again).get("affected").asLong()).isEqualTo(3);
    HttpResponse<String> closed =
        w.post("/api/v1/incidents/" + id + "/close", "{\"reason\":\"contained\"}", officer);
    assertThat(json(closed).get("status").asString()).isEqualTo("closed");
    assertThat(
            w.post("/api/v1/incidents/" + id + "/close", "{\"reason\":\"again\"}", officer)
                .statusCode())
        .isEqualTo(409);
    List<String> acts =
        w.logged("m-city").stream()
            .filter(r -> r.caseRef().equals(id))
            .map(AccessRecord::action)
            .toList();
    // the refused exemption was bad input: refused before anything was logged or changed
    assertThat(acts)
        .containsExactly(
            "incident.open", "incident.affected", "incident.affected", "incident.close");
  }

  @Test
  void byHand_withNoAffectedPerson_isValid() throws Exception {
    HttpResponse<String> r =
        w.post(
            "/api/v1/incidents",
            """
            {"title":"a magazine called","summary":"a list of 50 applicants",
             "awareAt":"2026-01-05T10:00:00+09:00",
             "suspect":{"kind":"document","value":"no-such-case","from":"2026-01-01T00:00:00Z",
             "to":"2026-01-05T00:00:00Z"}}\
            """,
            officer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode i = json(r);
    assertThat(i.get("affected").asLong()).isZero();
    assertThat(i.get("classification").get("overHundred").get("reason").asString())
        .startsWith("0 persons are affected");
    // awareness on Monday 5 January 2026: Tue 6, Wed 7, Thu 8
    assertThat(i.get("deadlines").get(0).get("due").asString()).isEqualTo("2026-01-08T14:59:59Z");
    assertThat(i.get("deadlines").get(0).get("state").asString()).isEqualTo("overdue");
    assertThat(i.get("deadlines").get(1).get("due").asString()).isEqualTo("2026-02-04T14:59:59Z");
  }

  @Test
  void onlyTheOfficerActs_andOnlyTheOfficerAndAuditorsRead() throws Exception {
    String body = "{\"title\":\"called\",\"awareAt\":\"2026-01-05T10:00:00+09:00\"}";
    for (String who : List.of(auditor, staff, operator)) {
      HttpResponse<String> r = w.post("/api/v1/incidents", body, who);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
      assertThat(r.body()).startsWith("{\"code\":\"");
    }
    assertThat(w.get("/api/v1/incidents", staff).statusCode()).isEqualTo(403);
    assertThat(w.get("/api/v1/incidents", operator).statusCode()).isEqualTo(403);
    assertThat(w.get("/api/v1/incidents", null).statusCode()).isEqualTo(401);
  }

  @Test
  void anotherTenantsAlertsAndIncidents_areUnknown() throws Exception {
    String theirs = alert("o-city", "user:o-op");
    HttpResponse<String> r =
        w.post("/api/v1/incidents", "{\"alerts\":[\"" + theirs + "\"]}", officer);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(json(r).get("code").asString()).isEqualTo("alert.unknown");
    String ours =
        json(w.post(
                "/api/v1/incidents",
                "{\"title\":\"ours\",\"awareAt\":\"2026-01-05T10:00:00+09:00\"}",
                officer))
            .get("id")
            .asString();
    for (String path :
        List.of("/api/v1/incidents/" + ours, "/api/v1/incidents/" + ours + "/affected")) {
      HttpResponse<String> g = w.get(path, otherOfficer);
      assertThat(g.statusCode()).isEqualTo(404);
      assertThat(json(g).get("code").asString()).isEqualTo("incident.unknown");
    }
    assertThat(
            w.post("/api/v1/incidents/" + ours + "/close", "{\"reason\":\"x\"}", otherOfficer)
                .statusCode())
        .isEqualTo(404);
    assertThat(w.get("/api/v1/incidents", otherOfficer).body()).doesNotContain(ours);
  }

  @Test
  void badInput_isRefused_neverEchoed_andNothingIsStored() throws Exception {
    int before = json(w.get("/api/v1/incidents", officer)).get("incidents").size();
    List<String> bodies =
        List.of(
            "{\"title\":\"call\",\"summary\":\"１２３４５６７８９０１８\",\"awareAt\":\"2026-01-05T10:00:00Z\"}",
            "{\"title\":\"a\\u0007b\",\"awareAt\":\"2026-01-05T10:00:00Z\"}",
            "{\"title\":\"<script>x</script>\u202e\",\"awareAt\":\"2026-01-05T10:00:00Z\"}",
            "{\"title\":\"call\",\"awareAt\":\"yesterday\"}",
            "{\"title\":\"call\"}",
            "{\"title\":\"call\",\"awareAt\":\"2026-01-05T10:00:00Z\",\"suspect\":{\"kind\":\"martian\",\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-01-02T00:00:00Z\"}}",
            "{\"title\":\"call\",\"awareAt\":\"2026-01-05T10:00:00Z\",\"suspect\":{\"kind\":\"actor\",\"value\":\"x\",\"from\":\"2026-01-02T00:00:00Z\",\"to\":\"2026-01-01T00:00:00Z\"}}",
            "{\"alerts\":[\"../../etc\"]}",
            "{\"title\":\"" + "x".repeat(201) + "\",\"awareAt\":\"2026-01-05T10:00:00Z\"}",
            "not json");
    for (String b : bodies) {
      HttpResponse<String> r = w.post("/api/v1/incidents", b, officer);
      assertThat(r.statusCode()).as(b + " -> " + r.body()).isEqualTo(400);
      assertThat(r.body()).doesNotContain("9018").doesNotContain("script");
    }
    assertThat(json(w.get("/api/v1/incidents", officer)).get("incidents").size()).isEqualTo(before);
    assertThat(w.get("/api/v1/incidents?limit=0", officer).statusCode()).isEqualTo(400);
    assertThat(w.get("/api/v1/incidents/NOT_AN_ID", officer).statusCode()).isEqualTo(404);
    HttpResponse<String> huge =
        w.post("/api/v1/incidents", "{\"summary\":\"" + "x".repeat(70_000) + "\"}", officer);
    assertThat(huge.statusCode()).isEqualTo(413);
  }
}
