package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mamori.core.Role;
import mamori.incident.EvidenceVerifier;
import mamori.incident.IncidentSeeds;
import mamori.portal.Resident;
import mamori.store.Store;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident's paperwork over HTTP on a running service: the report drafted, refused without an
 * item, saved, served as JSON (the logged hash) and PDF, submitted once; the notices sent once and
 * seen by that resident alone in the portal; the letters printed by staff; the evidence exported
 * and verified offline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IncidentPapersHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String WHY = "purpose=resident-tax&case=m-1";
  GateWorld w;
  String officer;
  String auditor;
  String staff;
  String otherOfficer;
  List<String> persons;
  static final String REPORTS = "/api/v1/incidents/i-1/reports/preliminary";

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-incident"), kind());
    w.tenant("m-city", 3, 7);
    w.tenant("o-city", 2, 8);
    officer = w.user("m-city", "m-city", "m-officer", Role.SECURITY_OFFICER);
    auditor = w.user("m-city", "m-city", "m-auditor", Role.AUDITOR);
    staff = w.user("m-city", "m-city", "m-staff", Role.STAFF);
    otherOfficer = w.user("o-city", "o-city", "o-officer", Role.SECURITY_OFFICER);
    persons = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, staff).body());
    assertThat(persons).hasSize(3);
    var log = w.logs.forTenant("m-city");
    List<List<Long>> evidence = new ArrayList<>();
    for (String p : persons) {
      evidence.add(log.indicesFor(p));
    }
    // the two first persons are affected, the third is not
    IncidentSeeds.incident(
        w.context.getBean(Store.class).dataSource(),
        "m-city",
        "i-1",
        persons.subList(0, 2),
        evidence.subList(0, 2),
        Instant.now());
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  @Test
  @Order(1)
  void theReport_isPrefilled_refusedWithoutAnItem_savedWithItsHash_andSubmittedOnce()
      throws Exception {
    HttpResponse<String> page = w.get(REPORTS, auditor);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    JsonNode draft = json(page).path("draft");
    assertThat(draft.path("items").path("persons").asLong()).isEqualTo(2);
    assertThat(draft.path("reporter").path("name").asString()).isEqualTo("m-city");
    assertThat(draft.path("triggers").get(0).asString()).isEqualTo("system");
    tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) draft;
    ((tools.jackson.databind.node.ObjectNode) body.path("items")).put("cause", "");
    HttpResponse<String> missing = w.post(REPORTS, JSON.writeValueAsString(body), officer);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).path("code").asString()).isEqualTo("report.item-missing");
    assertThat(json(missing).path("field").asString()).isEqualTo("items.cause");
    assertThat(json(missing).path("message").asString()).contains("原因 (cause)");
    ((tools.jackson.databind.node.ObjectNode) body.path("items"))
        .put("cause", "委託先の操作者が番号 123456789018 を閲覧");
    HttpResponse<String> number = w.post(REPORTS, JSON.writeValueAsString(body), officer);
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body()).contains("text.holds-number").doesNotContain("123456789018");
    ((tools.jackson.databind.node.ObjectNode) body.path("items")).put("cause", "委託先の操作者の不正");
    assertThat(w.post(REPORTS, JSON.writeValueAsString(body), auditor).statusCode()).isEqualTo(403);
    HttpResponse<String> saved = w.post(REPORTS, JSON.writeValueAsString(body), officer);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    String sha = json(saved).path("sha256").asString();
    assertThat(json(saved).path("version").asInt()).isEqualTo(1);

    HttpResponse<byte[]> v1 = w.getBytes(REPORTS + "/versions/1.json", auditor);
    assertThat(v1.statusCode()).isEqualTo(200);
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(v1.body())))
        .isEqualTo(sha)
        .isEqualTo(v1.headers().firstValue("X-Content-SHA256").orElseThrow());
    HttpResponse<byte[]> pdf = w.getBytes(REPORTS + "/versions/1.pdf", officer);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("1.概要", "3.本人の数", "2人", "4.原因", "委託先の操作者の不正", sha);
    }
    assertThat(w.post(REPORTS + "/versions/1/submit", "", officer).statusCode()).isEqualTo(200);
    HttpResponse<String> again = w.post(REPORTS + "/versions/1/submit", "", officer);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json(again).path("code").asString()).isEqualTo("report.submitted");
    assertThat(w.get(REPORTS + "/versions/9.json", auditor).statusCode()).isEqualTo(404);
    assertThat(w.get("/api/v1/incidents/i-1/reports/weekly", auditor).statusCode()).isEqualTo(400);
    assertThat(w.get(REPORTS, otherOfficer).statusCode()).isEqualTo(404);
    assertThat(w.get(REPORTS, staff).statusCode()).isEqualTo(403);
    var logged = w.logged("m-city");
    // the auditor's refused save, then the officer's save
    assertThat(
            logged.stream()
                .filter(r -> r.action().equals("incident.report-save"))
                .map(mamori.log.AccessRecord::decision))
        .containsExactly("deny:role.not-allowed", "allow");
  }

  @Test
  @Order(2)
  void theNotices_areSentOnce_andSeenByThatResidentAlone() throws Exception {
    HttpResponse<String> first = w.post("/api/v1/incidents/i-1/notices", "", officer);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(json(first).path("newly").asLong()).isEqualTo(2);
    assertThat(json(w.post("/api/v1/incidents/i-1/notices", "", officer)).path("newly").asLong())
        .isZero();
    JsonNode counts = json(w.get("/api/v1/incidents/i-1/notices", auditor));
    assertThat(counts.path("affected").asLong()).isEqualTo(2);
    assertThat(counts.path("portal").asLong()).isEqualTo(2);
    assertThat(w.post("/api/v1/incidents/i-1/notices", "", auditor).statusCode()).isEqualTo(403);

    String affected = asResident(persons.get(0), "r-affected", "/portal/notices");
    assertThat(affected)
        .contains("id=\"notice-i-1\"", "委託先の操作者の不正", "data-checkpoint=", "data-verify=");
    String other = asResident(persons.get(2), "r-other", "/portal/notices");
    assertThat(other).contains("id=\"no-notices\"").doesNotContain("notice-i-1");
  }

  @Test
  @Order(3)
  void theLetters_arePrintedByStaff_onePagePerPerson() throws Exception {
    HttpResponse<byte[]> letters = w.getBytes("/api/v1/incidents/i-1/letters.pdf", staff);
    assertThat(letters.statusCode())
        .as(new String(letters.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    try (PDDocument doc = Loader.loadPDF(letters.body())) {
      // two letters, each padded to a whole sheet (a coded blank back), so no sheet holds two
      assertThat(doc.getNumberOfPages()).isEqualTo(4);
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", ""))
          .contains("様", "事案番号i-1", "原因");
      // each letter its own NOTICE document for its person, read back from the rendered page
      mamori.handover.Documents documents = w.context.getBean(mamori.handover.Documents.class);
      java.util.Set<String> to = new java.util.HashSet<>();
      for (int i = 0; i < 4; i++) {
        mamori.handover.Documents.Resolved read =
            documents.resolve(
                java.util.Optional.of(new mamori.core.TenantId("m-city")),
                mamori.handover.PageScans.qr(doc, i));
        assertThat(read).isInstanceOf(mamori.handover.Documents.Found.class);
        assertThat(((mamori.handover.Documents.Found) read).page()).isEqualTo(i % 2 + 1);
        mamori.handover.Documents.Document d = ((mamori.handover.Documents.Found) read).document();
        assertThat(d.kind()).isEqualTo(mamori.handover.Documents.Kind.NOTICE);
        assertThat(d.printer()).isEqualTo("web");
        to.add(d.person().orElseThrow().value());
      }
      assertThat(to).hasSize(2);
    }
    assertThat(
            w.getBytes("/api/v1/incidents/i-1/letters.pdf?printer=p%201234-5678-9018", staff)
                .statusCode())
        .isEqualTo(400);
    assertThat(w.get("/api/v1/incidents/i-1/letters.pdf", officer).statusCode()).isEqualTo(403);
    assertThat(json(w.get("/api/v1/incidents/i-1/notices", auditor)).path("letter").asLong())
        .isEqualTo(2);
  }

  @Test
  @Order(4)
  void theEvidence_isExported_andVerifiesOffline() throws Exception {
    HttpResponse<String> refused = w.get("/api/v1/incidents/i-1/evidence", auditor);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(json(refused).path("code").asString()).isEqualTo("checkpoint.not-cosigned");
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> w.logs.forTenant("m-city").checkpoint().isPresent());
    HttpResponse<byte[]> export =
        w.getBytes("/api/v1/incidents/i-1/evidence?uncosigned=true", auditor);
    assertThat(export.statusCode()).isEqualTo(200);
    EvidenceVerifier.Result r =
        EvidenceVerifier.verify(export.body(), w.logs.verifierKeys("m-city"), List.of());
    assertThat(r.problem()).isEmpty();
    assertThat(r.entries()).isPositive();
    assertThat(w.get("/api/v1/incidents/i-1/evidence?uncosigned=true", staff).statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(5)
  void theRoutes_areInTheOpenApiDocument() throws Exception {
    String doc = w.get("/v3/api-docs", null).body();
    assertThat(doc)
        .contains(
            "/api/v1/incidents/{id}/reports/{kind}",
            "/api/v1/incidents/{id}/reports/{kind}/versions/{n}.pdf",
            "/api/v1/incidents/{id}/reports/{kind}/versions/{n}/submit",
            "/api/v1/incidents/{id}/notices",
            "/api/v1/incidents/{id}/letters.pdf",
            "/api/v1/incidents/{id}/evidence",
            "Save a version of the report");
  }

  String asResident(String token, String residentId, String path) throws Exception {
    var landing =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/portal"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        landing.headers().allValues("Set-Cookie").stream()
            .filter(h -> h.startsWith("MAMORI_SESSION="))
            .findFirst()
            .orElseThrow();
    String session = cookie.substring(0, cookie.indexOf(';'));
    ResidentSessions.signInOnServer(
        w.context,
        session.substring("MAMORI_SESSION=".length()),
        new Resident("m-city", residentId, token));
    HttpResponse<String> page =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
                .header("Cookie", session)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body();
  }
}
