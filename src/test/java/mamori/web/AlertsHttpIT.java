package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.AlertPolicy;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.detect.AlertChannels;
import mamori.identity.SecurityAlerts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP on a running service: {@code /api/v1/alerts} for the tenant's officer (acknowledge,
 * assign, close with a reason) and auditor (read), another tenant's ids unknown, bad input refused
 * with nothing changed, cursor paging; and the service's own sender mailing an alert to a real SMTP
 * server (GreenMail) started here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AlertsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");
  GateWorld w;
  GreenMail smtp;
  SecurityAlerts alerts;
  String officer;
  String auditor;
  String staff;
  String conOfficer;
  String otherOfficer;

  @BeforeAll
  void start() throws Exception {
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-alerts"),
            kind(),
            "--mamori.alerts.mail.host=127.0.0.1",
            "--mamori.alerts.mail.port=" + port,
            "--mamori.alerts.mail.from=mamori@a-city.example",
            "--mamori.alerts.delivery.every=200ms");
    w.tenant("a-city", 2, 7);
    w.tenant("b-city", 2, 8);
    w.organisation("a-con", mamori.entrustment.Organisation.Kind.CONTRACTOR, "a-city");
    officer = w.user("a-city", "a-city", "a-officer", Role.SECURITY_OFFICER);
    w.user("a-city", "a-city", "a-officer-2", Role.SECURITY_OFFICER);
    auditor = w.user("a-city", "a-city", "a-auditor", Role.AUDITOR);
    staff = w.user("a-city", "a-city", "a-staff", Role.STAFF);
    conOfficer = w.user("a-city", "a-con", "a-con-officer", Role.SECURITY_OFFICER);
    otherOfficer = w.user("b-city", "b-city", "b-officer", Role.SECURITY_OFFICER);
    alerts = w.context.getBean(SecurityAlerts.class);
  }

  @AfterAll
  void stop() {
    w.close();
    smtp.stop();
  }

  String raise(String tenant, String kind) {
    return alerts.raise(
        tenant,
        new SecurityAlerts.Raised(
            kind,
            "user:a-op",
            "read 300 persons in order",
            Severity.HIGH,
            List.of(4L, 9L),
            AlertPolicy.NOTIFY,
            ""));
  }

  @Test
  void anAlertsEvidence_comesWithInclusionProofs_thatVerifyAgainstTheCheckpoint() throws Exception {
    mamori.log.TenantLog log = w.logs.forTenant("a-city");
    long size = log.size();
    assertThat(size).isGreaterThanOrEqualTo(2);
    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(10))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));
    String id =
        alerts.raise(
            "a-city",
            new SecurityAlerts.Raised(
                "detect.harvesting",
                "user:a-staff",
                "evidence with proofs",
                Severity.HIGH,
                List.of(0L, size - 1, size + 1_000_000),
                AlertPolicy.NOTIFY,
                ""));
    HttpResponse<String> r = w.get("/api/v1/alerts/" + id + "/evidence", auditor);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    tools.jackson.databind.JsonNode body =
        tools.jackson.databind.json.JsonMapper.builder().build().readTree(r.body());
    String note = body.get("checkpoint").asString();
    mamori.log.verify.Checkpoint cp =
        mamori.log.verify.Checkpoint.parse(note.substring(0, note.indexOf("\n\n") + 1));
    assertThat(body.get("treeSize").asLong()).isEqualTo(cp.size());
    assertThat(body.get("uncovered").get(0).asLong()).isEqualTo(size + 1_000_000);
    List<Long> proved = new java.util.ArrayList<>();
    java.util.Base64.Decoder b64 = java.util.Base64.getDecoder();
    for (tools.jackson.databind.JsonNode e : body.get("entries")) {
      byte[] entry = b64.decode(e.get("entry").asString());
      byte[] leaf = mamori.log.verify.Rfc6962.leafHash(entry);
      assertThat(b64.decode(e.get("leafHash").asString())).isEqualTo(leaf);
      List<byte[]> proof = new java.util.ArrayList<>();
      e.get("proof").forEach(h -> proof.add(b64.decode(h.asString())));
      mamori.log.verify.MerkleProofs.verifyInclusion(
          e.get("leafIdx").asLong(), cp.size(), leaf, proof, cp.root());
      assertThat(entry).isEqualTo(log.entry(e.get("leafIdx").asLong()).orElseThrow());
      proved.add(e.get("leafIdx").asLong());
    }
    assertThat(proved).containsExactly(0L, size - 1);
    // a changed entry no longer verifies against the checkpoint
    tools.jackson.databind.JsonNode first = body.get("entries").get(0);
    byte[] changed = b64.decode(first.get("entry").asString());
    changed[changed.length - 1] ^= 1;
    List<byte[]> proof = new java.util.ArrayList<>();
    first.get("proof").forEach(h -> proof.add(b64.decode(h.asString())));
    org.assertj.core.api.Assertions.assertThatThrownBy(() ->
            mamori.log.verify.MerkleProofs.verifyInclusion(
                0, cp.size(), mamori.log.verify.Rfc6962.leafHash(changed), proof, cp.root()))
        .isInstanceOf(mamori.log.verify.ProofException.class);
    // another tenant's officer finds no such alert; a member of staff may not look
    assertThat(w.get("/api/v1/alerts/" + id + "/evidence", otherOfficer).statusCode())
        .isEqualTo(404);
    assertThat(w.get("/api/v1/alerts/" + id + "/evidence", staff).statusCode()).isEqualTo(403);
  }

  @Test
  void theOfficer_acknowledgesAssignsAndCloses_eachLoggedFirst() throws Exception {
    String id = raise("a-city", "detect.harvesting");
    var got = w.get("/api/v1/alerts/" + id, officer);
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.body())
        .contains("\"id\":\"" + id + "\"")
        .contains("\"kind\":\"detect.harvesting\"")
        .contains("\"severity\":\"high\"")
        .contains("\"state\":\"open\"")
        .contains("\"evidence\":[4,9]")
        .contains("\"policy\":\"notify\"")
        .doesNotContain("closeReason");

    var ack = w.post("/api/v1/alerts/" + id + "/acknowledge", "", officer);
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(ack.body())
        .contains("\"state\":\"acknowledged\"")
        .contains("\"acknowledgedBy\":\"a-officer\"");
    var assign = w.post("/api/v1/alerts/" + id + "/assign", "{\"user\":\"a-officer-2\"}", officer);
    assertThat(assign.statusCode()).as(assign.body()).isEqualTo(200);
    assertThat(assign.body()).contains("\"assignee\":\"a-officer-2\"");
    var close = w.post("/api/v1/alerts/" + id + "/close", "{\"reason\":\"業務上の照会と確認\"}", officer);
    assertThat(close.statusCode()).as(close.body()).isEqualTo(200);
    assertThat(close.body())
        .contains("\"state\":\"closed\"")
        .contains("\"closeReason\":\"業務上の照会と確認\"")
        .contains("\"closedBy\":\"a-officer\"");
    assertThat(
            w.logged("a-city").stream()
                .filter(r -> r.caseRef().equals(id))
                .map(r -> r.action() + " " + r.decision() + " " + r.actor())
                .toList())
        .containsExactly(
            "alert.acknowledge allow a-officer",
            "alert.assign allow a-officer",
            "alert.close allow a-officer");

    for (String act : List.of("acknowledge", "close")) {
      var again = w.post("/api/v1/alerts/" + id + "/" + act, "{\"reason\":\"again\"}", officer);
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).startsWith("{\"code\":\"alert.closed\"");
    }
    var reassign = w.post("/api/v1/alerts/" + id + "/assign", "{\"user\":\"a-officer\"}", officer);
    assertThat(reassign.statusCode()).isEqualTo(409);
    assertThat(alerts.get("a-city", id).orElseThrow().assignee()).isEqualTo("a-officer-2");
  }

  @Test
  void aFoundPagesAlert_isNotClosedByTheApi_butByDecidingItsReport() throws Exception {
    String id = raise("a-city", mamori.handover.FoundReports.ALERT_KIND);
    var close = w.post("/api/v1/alerts/" + id + "/close", "{\"reason\":\"拾得者に連絡済み\"}", officer);
    assertThat(close.statusCode()).as(close.body()).isEqualTo(409);
    assertThat(close.body())
        .startsWith("{\"code\":\"alert.decided-elsewhere\"")
        .contains("/console/found");
    assertThat(alerts.get("a-city", id).orElseThrow().open()).isTrue();
    assertThat(w.logged("a-city").stream().filter(r -> r.caseRef().equals(id)).toList()).isEmpty();
  }

  @Test
  void anotherTenantsAlert_isUnknown_andAnotherRole_isRefused() throws Exception {
    String id = raise("a-city", "detect.refusals");
    for (String path : List.of("", "/acknowledge", "/close")) {
      var r =
          path.isEmpty()
              ? w.get("/api/v1/alerts/" + id, otherOfficer)
              : w.post("/api/v1/alerts/" + id + path, "{\"reason\":\"x\"}", otherOfficer);
      assertThat(r.statusCode()).as(path).isEqualTo(404);
      assertThat(r.body()).startsWith("{\"code\":\"alert.unknown\"");
    }
    assertThat(w.get("/api/v1/alerts", otherOfficer).body()).doesNotContain(id);
    assertThat(w.get("/api/v1/alerts/" + id, auditor).statusCode()).isEqualTo(200);
    var byAuditor = w.post("/api/v1/alerts/" + id + "/acknowledge", "", auditor);
    assertThat(byAuditor.statusCode()).isEqualTo(403);
    assertThat(byAuditor.body()).startsWith("{\"code\":\"role.not-allowed\"");
    for (String who : List.of(staff, conOfficer)) {
      assertThat(w.get("/api/v1/alerts", who).statusCode()).isEqualTo(403);
      assertThat(w.get("/api/v1/alerts/" + id, who).statusCode()).isEqualTo(403);
    }
    assertThat(w.get("/api/v1/alerts", null).statusCode()).isEqualTo(401);
    assertThat(alerts.get("a-city", id).orElseThrow().state()).isEqualTo(SecurityAlerts.State.OPEN);
  }

  @Test
  void badInput_isRefusedWithTheField_andNothingChanges() throws Exception {
    String id = raise("a-city", "detect.off-hours");
    String close = "/api/v1/alerts/" + id + "/close";
    assertInvalid(w.post(close, "", officer), "reason");
    assertInvalid(w.post(close, "{}", officer), "reason");
    assertInvalid(w.post(close, "{\"reason\":\"   \"}", officer), "reason");
    assertInvalid(w.post(close, "{\"reason\":\"bell\\u0007\"}", officer), "reason");
    assertInvalid(w.post(close, "{\"reason\":\"" + "x".repeat(501) + "\"}", officer), "reason");
    var number = w.post(close, "{\"reason\":\"番号 123456789018 を確認\"}", officer);
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body())
        .startsWith("{\"code\":\"text.holds-number\"")
        .doesNotContain("123456789018");
    String assign = "/api/v1/alerts/" + id + "/assign";
    assertInvalid(w.post(assign, "{\"user\":\"a-staff\"}", officer), "user");
    assertInvalid(w.post(assign, "{\"user\":\"b-officer\"}", officer), "user");
    assertInvalid(w.post(assign, "{\"user\":\"<script>\"}", officer), "user");
    assertInvalid(w.get("/api/v1/alerts?state=gone", officer), "state");
    assertInvalid(w.get("/api/v1/alerts?severity=extreme", officer), "severity");
    assertInvalid(w.get("/api/v1/alerts?kind=%3Cb%3E", officer), "kind");
    assertInvalid(w.get("/api/v1/alerts?limit=0", officer), "limit");
    assertInvalid(w.get("/api/v1/alerts?limit=501", officer), "limit");
    assertInvalid(w.get("/api/v1/alerts?after=1'%20OR%201=1", officer), "after");
    SecurityAlerts.Alert a = alerts.get("a-city", id).orElseThrow();
    assertThat(a.state()).isEqualTo(SecurityAlerts.State.OPEN);
    assertThat(a.assignee()).isNull();
    assertThat(w.logged("a-city").stream().filter(r -> r.caseRef().equals(id))).isEmpty();
  }

  static void assertInvalid(HttpResponse<String> r, String field) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"" + field + "\"");
  }

  @Test
  void aListing_filtersAndPages() throws Exception {
    String one = raise("b-city", "detect.paging");
    String two = raise("b-city", "detect.paging");
    String three = raise("b-city", "detect.paging");
    var first = w.get("/api/v1/alerts?kind=detect.paging&limit=2", otherOfficer);
    assertThat(first.statusCode()).isEqualTo(200);
    Matcher m = NEXT.matcher(first.body());
    assertThat(m.find()).isTrue();
    var second =
        w.get("/api/v1/alerts?kind=detect.paging&limit=2&after=" + m.group(1), otherOfficer);
    assertThat(second.body()).doesNotContain("\"next\"");
    String both = first.body() + second.body();
    assertThat(both).contains(one, two, three);
    assertThat(w.get("/api/v1/alerts?state=closed&kind=detect.paging", otherOfficer).body())
        .isEqualTo("{\"alerts\":[]}");
    assertThat(w.get("/api/v1/alerts?severity=high&kind=detect.paging", otherOfficer).body())
        .contains(one, two, three);
  }

  @Test
  void theServicesSender_mailsAnAlert_toTheTenantsRecipients() throws Exception {
    w.context
        .getBean(AlertChannels.class)
        .setMail(new TenantId("a-city"), List.of("soc@a-city.example"));
    String id = raise("a-city", "detect.mail-check");
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    var m = smtp.getReceivedMessages()[0];
    assertThat(m.getSubject())
        .isEqualTo("[Mamori] high alert detect.mail-check for a-city (" + id + ")");
    assertThat(GreenMailUtil.getBody(m)).contains("evidence  log indexes 4, 9");
  }
}
