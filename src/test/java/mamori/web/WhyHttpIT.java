package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The attacks on "why" and on number echoes, over HTTP on a real server: a case (or purpose) that
 * is empty, blank, too long, holds a line break, a terminal escape, a direction override or a My
 * Number in a spelling the old guard missed is answered 400 naming the problem, and nothing is
 * logged or counted; a number in an address is not echoed by the error answer, signed in or not;
 * entrustment free text holding a number, and a malformed date, are refused with 400 and nothing is
 * stored. No test prints a number: bodies are checked with the detector.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WhyHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String GOOD = "purpose=resident-tax&case=R8-0001";
  GateWorld w;
  String staff, officer, op;

  /** Twelve random digits: no valid number is needed to prove a spelling is caught. */
  final String digits = digits(new Random());

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-why"), kind());
    w.tenant("demo-city", 3, 1);
    w.organisation("entry-co", Organisation.Kind.CONTRACTOR, "demo-city");
    // two accesses a day: the listing and the read below; a refused why must spend none
    w.entrust("demo-city", null, "entry-co", scope(fields(Field.FAMILY_NAME, Mask.NONE), TODAY, 2));
    staff = w.user("demo-city", "demo-city", "city-staff", Role.STAFF);
    officer = w.user("demo-city", "demo-city", "city-officer", Role.SECURITY_OFFICER);
    op = w.user("demo-city", "entry-co", "entry-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  /** Each bad case the attack sent, with the code the answer must name. */
  Map<String, String> badCases() {
    String d = digits;
    Map<String, String> bad = new LinkedHashMap<>();
    bad.put("", "case.required");
    bad.put("   ", "case.required");
    bad.put("c".repeat(101), "case.too-long");
    bad.put(
        "R8-1\n2026-12-06T00:00:00Z read auditor@demo-city - resident-tax/R8-2 - - allow",
        "case.control-character");
    bad.put("\u001B[2J\u001B[31mR8", "case.control-character");
    bad.put("R8-\u202E1000", "case.control-character");
    bad.put("R8\u2066x\u2069", "case.control-character");
    bad.put("R8\u200B-1", "case.control-character");
    bad.put(
        d.substring(0, 4) + "." + d.substring(4, 8) + "." + d.substring(8), "case.holds-number");
    bad.put(
        d.substring(0, 4) + "/" + d.substring(4, 8) + "/" + d.substring(8), "case.holds-number");
    bad.put(
        d.substring(0, 4) + " \u2014 " + d.substring(4, 8) + " \u2014 " + d.substring(8),
        "case.holds-number");
    bad.put("ref " + wide(d.substring(0, 6)) + "\u3000" + d.substring(6), "case.holds-number");
    return bad;
  }

  @Test
  @Order(1)
  void aBadCaseOrPurpose_isA400NamingTheProblem_andNothingIsLoggedOrCounted() throws Exception {
    TenantLog log = w.logs.forTenant("demo-city");
    String token =
        GateWorld.tokens(w.get("/api/v1/persons?" + GOOD + "&limit=1", staff).body()).getFirst();
    long before = log.size();
    for (Map.Entry<String, String> bad : badCases().entrySet()) {
      String q = "purpose=resident-tax&case=" + enc(bad.getKey());
      for (String path :
          List.of(
              "/api/v1/persons?" + q,
              "/api/v1/persons/" + token + "?" + q,
              "/api/v1/persons/" + token + "/accesses?" + q)) {
        String auth = path.endsWith("accesses?" + q) ? staff : op;
        HttpResponse<String> r = w.get(path, auth);
        assertThat(r.statusCode()).as(bad.getValue()).isEqualTo(400);
        assertThat(r.body())
            .as(bad.getValue())
            .startsWith("{\"code\":\"" + bad.getValue() + "\"")
            .contains("\"message\":");
        assertThat(NumberText.holdsNumber(r.body())).as("the body echoes the number").isFalse();
        if (!bad.getKey().isBlank()) {
          assertThat(r.body()).doesNotContain(bad.getKey().strip());
        }
      }
    }
    for (String[] purpose :
        new String[][] {
          {"", "purpose.required"},
          {"resident-tax\nx", "purpose.control-character"},
          {"p " + digits, "purpose.holds-number"}
        }) {
      HttpResponse<String> r =
          w.get("/api/v1/persons?purpose=" + enc(purpose[0]) + "&case=R8-1", op);
      assertThat(r.statusCode()).as(purpose[1]).isEqualTo(400);
      assertThat(r.body()).startsWith("{\"code\":\"" + purpose[1] + "\"");
    }
    assertThat(log.size()).as("nothing is logged").isEqualTo(before);
    HttpResponse<String> listed = w.get("/api/v1/persons?" + GOOD + "&limit=1", op);
    assertThat(listed.statusCode()).as("nothing was counted: the cap of 2 is whole").isEqualTo(200);
    String theirs = GateWorld.tokens(listed.body()).getFirst();
    HttpResponse<String> read = w.get("/api/v1/persons/" + theirs + "?" + GOOD, op);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    for (AccessRecord r : log.records(0, log.size())) {
      assertThat(r.why()).as("every record's why passes the check").isPresent();
    }
  }

  @Test
  @Order(2)
  void theStaffsHistoryRead_carriesItsPurposeAndCase() throws Exception {
    String token =
        GateWorld.tokens(w.get("/api/v1/persons?" + GOOD + "&limit=1", staff).body()).getFirst();
    TenantLog log = w.logs.forTenant("demo-city");
    HttpResponse<String> r =
        w.get("/api/v1/persons/" + token + "/accesses?purpose=resident-tax&case=R8-H1", staff);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    AccessRecord history = log.records(log.size() - 1, log.size()).getFirst();
    assertThat(history.action()).isEqualTo("history");
    assertThat(history.purpose()).isEqualTo("resident-tax");
    assertThat(history.caseRef()).isEqualTo("R8-H1");
    assertThat(r.body()).contains("\"caseRef\":\"R8-H1\"");
  }

  @Test
  @Order(3)
  void aNumberInTheAddress_isNotEchoedByTheErrorAnswer() throws Exception {
    String d = digits;
    for (String typed :
        List.of(d, d.substring(0, 4) + "-" + d.substring(4, 8) + "-" + d.substring(8))) {
      for (String accept : List.of("application/json", "text/html")) {
        for (String path : List.of("/api/v1/persons/" + typed, "/" + typed, "/portal/" + typed)) {
          HttpResponse<String> r =
              GateWorld.HTTP.send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
                      .header("Accept", accept)
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          String location = r.headers().firstValue("Location").orElse("");
          assertThat(NumberText.holdsNumber(r.body() + " " + location))
              .as(
                  "the %s answer (%d) to an anonymous GET echoes the number",
                  accept, r.statusCode())
              .isFalse();
        }
      }
    }
    HttpResponse<String> signedIn = w.get("/api/v1/persons/" + d + "?" + GOOD, staff);
    assertThat(signedIn.statusCode()).isEqualTo(404);
    assertThat(NumberText.holdsNumber(signedIn.body())).isFalse();
  }

  @Test
  @Order(4)
  void entrustmentFreeTextHoldingANumber_isRefused_andNothingIsStored() throws Exception {
    w.organisation("late-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    w.user("demo-city", "late-co", "late-op", Role.OPERATOR);
    String d = digits;
    String spelled = d.substring(0, 4) + "・" + d.substring(4, 8) + "／" + d.substring(8);
    String template =
        """
        {"to":"late-co","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":[%s],
        "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true,"complianceReports":%s,
        "advance":{"subcontractor":%s,"capabilityDocuments":%s,"regularReports":true}},
        "scope":{"purposes":["resident-tax"],"fields":{"family_name":"partial"},"persons":%s,"from":%s,"to":%s,
        "dailyCap":10,"actions":["read"]}}\
        """;
    String n = json(spelled);
    String ok = json("monthly");
    String from = json(TODAY.toString());
    String to = json(TODAY.plusDays(9).toString());
    List<String> bodies =
        List.of(
            template.formatted(json("山田") + "," + n, ok, json("sub-co"), ok, json("all"), from, to),
            template.formatted(json("山田"), n, json("sub-co"), ok, json("all"), from, to),
            template.formatted(json("山田"), ok, n, ok, json("all"), from, to),
            template.formatted(json("山田"), ok, json("sub-co"), n, json("all"), from, to),
            template.formatted(
                json("山田"), ok, json("sub-co"), ok, json("segment:id=" + spelled), from, to),
            template.formatted(
                json("山田"), ok, json("sub-co"), ok, json("job:" + spelled), from, to));
    long logged = w.logs.forTenant("demo-city").size();
    int held = w.entrustments.givenBy("demo-city").size();
    for (String body : bodies) {
      HttpResponse<String> r = w.post("/api/v1/entrustments", body, officer);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).startsWith("{\"code\":\"text.holds-number\"");
      assertThat(NumberText.holdsNumber(r.body())).isFalse();
    }
    HttpResponse<String> badDate =
        w.post(
            "/api/v1/entrustments",
            template.formatted(json("山田"), ok, json("sub-co"), ok, json("all"), json(d), to),
            officer);
    assertThat(badDate.statusCode()).as("a malformed date").isEqualTo(400);
    assertThat(NumberText.holdsNumber(badDate.body())).isFalse();
    assertThat(w.entrustments.givenBy("demo-city")).as("nothing stored").hasSize(held);
    assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(logged);
    HttpResponse<String> fine =
        w.post(
            "/api/v1/entrustments",
            template.formatted(json("late-op"), ok, json("sub-co"), ok, json("all"), from, to),
            officer);
    assertThat(fine.statusCode()).as(fine.body()).isEqualTo(200);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String digits(Random rng) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < NumberText.LENGTH; i++) {
      b.append((char) ('0' + rng.nextInt(10)));
    }
    return b.toString();
  }

  private static String wide(String ascii) {
    StringBuilder b = new StringBuilder();
    ascii.chars().forEach(c -> b.append((char) ('\uFF10' + (c - '0'))));
    return b.toString();
  }
}
