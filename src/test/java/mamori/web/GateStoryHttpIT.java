package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mamori.access.AccessDenied;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.log.TenantLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The gate end to end over HTTP: a two-level chain, its approval and revocation, and each refusal.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GateStoryHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=2026-0001";
  static GateWorld w;
  static Entrustment parent;
  static Entrustment child;
  static String staff, officer, entryOp, subOp, lateOp, otherStaff;
  static List<String> subTokens = List.of();
  static final List<AccessDenied> denied = new CopyOnWriteArrayList<>();

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-gate"), kind());
    w.context.addApplicationListener(e -> {
      if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof AccessDenied d) {
        denied.add(d);
      }
    });
    w.tenant("demo-city", 5, 1);
    w.tenant("other-city", 3, 2);
    w.organisation("entry-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    w.organisation("late-co", Organisation.Kind.CONTRACTOR, "demo-city");
    parent =
        w.entrust(
            "demo-city",
            null,
            "entry-co",
            scope(
                fields(
                    Field.FAMILY_NAME,
                    Mask.NONE,
                    Field.GIVEN_NAME,
                    Mask.NONE,
                    Field.ADDRESS,
                    Mask.NONE,
                    Field.BIRTH_DATE,
                    Mask.NONE,
                    Field.MY_NUMBER,
                    Mask.PARTIAL),
                TODAY,
                1000));
    child =
        w.entrust(
            "entry-co",
            parent.id(),
            "sub-co",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL, Field.ADDRESS, Mask.PARTIAL), TODAY, 3));
    w.entrust(
        "demo-city",
        null,
        "late-co",
        scope(fields(Field.FAMILY_NAME, Mask.NONE), TODAY.plusDays(2), 10));
    staff = w.user("demo-city", "demo-city", "city-staff", Role.STAFF);
    officer = w.user("demo-city", "demo-city", "city-officer", Role.SECURITY_OFFICER);
    entryOp = w.user("demo-city", "entry-co", "entry-op", Role.OPERATOR);
    subOp = w.user("demo-city", "sub-co", "sub-op", Role.OPERATOR);
    lateOp = w.user("demo-city", "late-co", "late-op", Role.OPERATOR);
    otherStaff = w.user("other-city", "other-city", "other-staff", Role.STAFF);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static void assertRefused(HttpResponse<String> r, int status, String code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.body()).startsWith("{\"code\":\"" + code + "\"").contains("\"message\":");
  }

  static String lastEntry(String tenant) {
    TenantLog log = w.logs.forTenant(tenant);
    return new String(log.entry(log.size() - 1).orElseThrow(), StandardCharsets.UTF_8);
  }

  @Test
  @Order(0)
  void anEntrustmentOverASegment_withAdvanceTerms_isCreatedThroughTheApi() throws Exception {
    String body =
        """
        {"to":"late-co","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":["late-op"],
        "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true,"complianceReports":"monthly",
        "advance":{"subcontractor":"sub-co","capabilityDocuments":"ISMS certificate","regularReports":true}},
        "scope":{"purposes":["resident-tax"],"fields":{"family_name":"partial"},"persons":"%s","from":"%s","to":"%s",
        "dailyCap":10,"actions":["read"]}}\
        """;
    var made =
        w.post(
            "/api/v1/entrustments",
            body.formatted("segment:ward=kita", TODAY, TODAY.plusDays(9)),
            officer);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(made.body()).contains("\"persons\":\"tag:ward=kita\"", "\"status\":\"active\"");
    long before = w.logs.forTenant("demo-city").size();
    assertRefused(
        w.post("/api/v1/entrustments", body.formatted("everyone", TODAY, TODAY), officer),
        400,
        "request.invalid");
    assertThat(w.logs.forTenant("demo-city").size())
        .as("a malformed request changes nothing")
        .isEqualTo(before);
  }

  @Test
  @Order(1)
  void theSubcontractorsOperator_isRefusedBeforeApproval_andTheAttemptIsLogged() throws Exception {
    long before = w.logs.forTenant("demo-city").size();
    assertRefused(w.get("/api/v1/persons?" + WHY, subOp), 403, "chain.not-approved");
    assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(before + 1);
    assertThat(lastEntry("demo-city")).contains("sub-op", "deny:chain.not-approved");
    assertThat(denied).anySatisfy(d -> assertThat(d.reason()).isEqualTo(Reason.CHAIN_NOT_APPROVED));
  }

  @Test
  @Order(2)
  void afterApproval_theSubcontractorGetsOnlyItsNarrowerScope() throws Exception {
    assertThat(w.post("/api/v1/entrustments/" + child.id() + "/approve", "", officer).statusCode())
        .isEqualTo(200);
    subTokens = GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=5", subOp).body());
    assertThat(subTokens).hasSize(5);
    var r = w.get("/api/v1/persons/" + subTokens.getFirst() + "?" + WHY, subOp);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"family_name\":\"佐＊\"", "\"address\":\"兵庫県尼崎市＊\"")
        .doesNotContain("given_name", "my_number", "birth_date");
    assertRefused(
        w.get("/api/v1/persons/" + subTokens.getFirst() + "?" + WHY + "&fields=given_name", subOp),
        403,
        "field.out-of-scope");

    List<String> entryTokens = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, entryOp).body());
    assertThat(entryTokens).doesNotContainAnyElementsOf(subTokens);
    var wide = w.get("/api/v1/persons/" + entryTokens.getFirst() + "?" + WHY, entryOp);
    assertThat(wide.body()).contains("\"given_name\":\"花子", "\"my_number\":\"****-****-");
    assertRefused(
        w.get("/api/v1/persons/" + subTokens.getFirst() + "?" + WHY, entryOp),
        404,
        "person.not-found");
  }

  @Test
  @Order(3)
  void overTheDailyCap_isRefusedWithItsCode() throws Exception {
    String token = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, subOp).body()).get(1);
    for (int i = 0; i < 2; i++) { // one read was counted before
      assertThat(w.get("/api/v1/persons/" + token + "?" + WHY, subOp).statusCode()).isEqualTo(200);
    }
    assertRefused(w.get("/api/v1/persons/" + token + "?" + WHY, subOp), 403, "volume.exceeded");
    assertThat(lastEntry("demo-city")).contains("deny:volume.exceeded");
  }

  @Test
  @Order(4)
  void aWrongPurpose_orOutOfPeriod_isRefusedWithItsOwnCode() throws Exception {
    String token = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, entryOp).body()).getFirst();
    assertRefused(
        w.get("/api/v1/persons/" + token + "?purpose=child-allowance&case=x", entryOp),
        403,
        "purpose.not-granted");
    assertRefused(
        w.get("/api/v1/persons/" + token + "?purpose=no-such-purpose&case=x", entryOp),
        403,
        "purpose.unknown");
    // late-co's first entrustment starts later; the tag:ward=kita one made at Order(0) is in force,
    // so its listing is allowed over that set, which holds no one yet
    var late = w.get("/api/v1/persons?" + WHY, lateOp);
    assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
    assertThat(late.body()).isEqualTo("{\"tokens\":[]}");
  }

  @Test
  @Order(5)
  void anotherTenantsToken_gives404() throws Exception {
    String foreign =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY, otherStaff).body()).getFirst();
    assertRefused(
        w.get("/api/v1/persons/" + foreign + "?" + WHY, entryOp), 404, "person.not-found");
    assertRefused(w.get("/api/v1/persons/" + foreign + "?" + WHY, staff), 404, "person.not-found");
    assertRefused(
        w.get("/api/v1/persons/" + foreign + "/accesses?" + WHY, staff), 404, "person.not-found");
  }

  @Test
  @Order(6)
  void staff_seeAPersonsHistory_withInclusionProofs() throws Exception {
    String own =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=1", staff).body()).getFirst();
    assertThat(w.get("/api/v1/persons/" + own + "?" + WHY, staff).statusCode()).isEqualTo(200);
    var r = w.get("/api/v1/persons/" + own + "/accesses?" + WHY, staff);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(lastEntry("demo-city"))
        .as("the history record carries the purpose and case it was read for")
        .contains("resident-tax", "2026-0001", "history");
    assertRefused(w.get("/api/v1/persons/" + own + "/accesses", staff), 400, "request.invalid");
    assertThat(r.body())
        .contains(
            "\"action\":\"register\"", "\"action\":\"read\"", "\"checkpoint\":", "\"proof\":");
    assertThat(r.body())
        .as("reading the history is itself in the history")
        .contains("\"action\":\"history\"");
    var byContractor = w.get("/api/v1/persons/" + own + "/accesses?" + WHY, entryOp);
    assertThat(byContractor.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void aSubcontractorNamingItsFields_stillGetsTheChainsMasking_andItsListingIsLogged()
      throws Exception {
    w.organisation("named-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    Entrustment named =
        w.entrust(
            "entry-co",
            parent.id(),
            "named-co",
            scope(
                fields(Field.FAMILY_NAME, Mask.PARTIAL, Field.MY_NUMBER, Mask.PARTIAL), TODAY, 10));
    assertThat(w.post("/api/v1/entrustments/" + named.id() + "/approve", "", officer).statusCode())
        .isEqualTo(200);
    String namedOp = w.user("demo-city", "named-co", "named-op", Role.OPERATOR);
    TenantLog log = w.logs.forTenant("demo-city");
    long before = log.size();
    String token =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=2", namedOp).body()).getFirst();
    assertThat(log.size()).as("the listing is logged before it is answered").isEqualTo(before + 1);
    assertThat(log.records(before, before + 1).getFirst())
        .satisfies(listed -> {
          assertThat(listed.action()).isEqualTo("list");
          assertThat(listed.decision()).isEqualTo("allow");
          assertThat(listed.actor()).isEqualTo("named-op");
          assertThat(listed.chain()).containsExactly(parent.id(), named.id());
          assertThat(listed.purpose()).isEqualTo("resident-tax");
          assertThat(listed.caseRef()).isEqualTo("2026-0001");
        });
    var name = w.get("/api/v1/persons/" + token + "?" + WHY + "&fields=family_name", namedOp);
    assertThat(name.statusCode()).as(name.body()).isEqualTo(200);
    assertThat(name.body()).contains("\"family_name\":\"佐＊\"").doesNotContain("佐藤", "my_number");
    var number =
        w.get(
            "/api/v1/persons/" + token + "?" + WHY + "&fields=my_number&fields=family_name",
            namedOp);
    assertThat(number.statusCode()).isEqualTo(200);
    assertThat(number.body())
        .containsPattern("\"my_number\":\"\\*{4}-\\*{4}-[0-9]{4}\"")
        .contains("\"family_name\":\"佐＊\"");
  }

  @Test
  @Order(6)
  void anEntrustmentOverASegment_isATag_listingAndReadingOnlyItsMembers() throws Exception {
    w.organisation("segment-co", Organisation.Kind.CONTRACTOR, "demo-city");
    String body =
        """
        {"to":"segment-co","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":["segment-op"],
        "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true,"complianceReports":"monthly"},
        "scope":{"purposes":["resident-tax"],"fields":{"family_name":"none"},"persons":"segment:ward=kita",
        "from":"%s","to":"%s","dailyCap":10,"actions":["read"]}}\
        """
            .formatted(TODAY, TODAY.plusDays(9));
    String segmentOp = w.user("demo-city", "segment-co", "segment-op", Role.OPERATOR);
    assertThat(w.post("/api/v1/entrustments", body, officer).statusCode()).isEqualTo(200);
    // no one is tagged ward=kita yet: the listing is allowed and shows no one
    assertThat(w.get("/api/v1/persons?" + WHY, segmentOp).body()).isEqualTo("{\"tokens\":[]}");
    assertThat(lastEntry("demo-city")).contains("segment-op", "list", "allow");
    String own =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=1", staff).body()).getFirst();
    assertRefused(w.get("/api/v1/persons/" + own + "?" + WHY, segmentOp), 404, "person.not-found");
    // the staff tag one person: the segment's contractor lists and reads that one
    assertThat(
            w.post("/api/v1/persons/" + own + "/tags", "{\"tag\":\"ward=kita\"}", staff)
                .statusCode())
        .isEqualTo(200);
    List<String> listed = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, segmentOp).body());
    assertThat(listed).hasSize(1);
    assertThat(w.get("/api/v1/persons/" + listed.getFirst() + "?" + WHY, segmentOp).statusCode())
        .isEqualTo(200);
  }

  @Test
  @Order(7)
  void revokingTheParent_deniesTheSubcontractorAtOnce() throws Exception {
    String token = subTokens.getFirst(); // the daily cap is spent: the listing is refused by now
    assertThat(w.post("/api/v1/entrustments/" + parent.id() + "/revoke", "", officer).statusCode())
        .isEqualTo(200);
    assertRefused(w.get("/api/v1/persons/" + token + "?" + WHY, subOp), 403, "chain.revoked");
  }

  @Test
  @Order(8)
  void whenTheLogIsUnavailable_readsFailClosed() throws Exception {
    String own =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=1", staff).body()).getFirst();
    w.logs.forTenant("demo-city").close();
    var r = w.get("/api/v1/persons/" + own + "?" + WHY, staff);
    assertRefused(r, 503, "log.unavailable");
    assertThat(r.body()).doesNotContain("花子");
  }
}
