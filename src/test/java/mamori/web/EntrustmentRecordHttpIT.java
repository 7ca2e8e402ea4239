package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.EntrustmentContracts;
import mamori.entrustment.Organisation;
import mamori.log.TenantLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14 on a running service: an entrustment's contract document uploaded (raw and multipart)
 * and downloaded by the parties only, each act logged; not a PDF, or too large, refused; the tree
 * of entrustments for the first body's officer and for a contractor; a staff change refusing the
 * removed operator's very next read.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EntrustmentRecordHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=2026-0001";
  static final byte[] PDF =
      "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  GateWorld w;
  Entrustment parent;
  Entrustment child;
  Entrustment sibling;
  String officer;
  String cityAdmin;
  String auditor;
  String entryAdmin;
  String entryOp;
  String otherAdmin;
  String subAdmin;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(Files.createTempDirectory("mamori-record"), kind());
    w.tenant("demo-city", 3, 1);
    w.organisation("entry-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("other-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    parent =
        w.entrust(
            "demo-city",
            null,
            "entry-co",
            scope(fields(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.PARTIAL), TODAY, 100));
    child =
        w.entrust(
            "entry-co",
            parent.id(),
            "sub-co",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5));
    sibling =
        w.entrust(
            "demo-city",
            null,
            "other-co",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5));
    officer = w.user("demo-city", "demo-city", "city-officer", Role.SECURITY_OFFICER);
    cityAdmin = w.user("demo-city", "demo-city", "city-admin", Role.ORG_ADMIN);
    auditor = w.user("demo-city", "demo-city", "city-auditor", Role.AUDITOR);
    entryAdmin = w.user("demo-city", "entry-co", "entry-admin", Role.ORG_ADMIN);
    entryOp = w.user("demo-city", "entry-co", "entry-op", Role.OPERATOR);
    otherAdmin = w.user("demo-city", "other-co", "other-admin", Role.ORG_ADMIN);
    subAdmin = w.user("demo-city", "sub-co", "sub-admin", Role.ORG_ADMIN);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  String lastEntry() {
    TenantLog log = w.logs.forTenant("demo-city");
    return new String(log.entry(log.size() - 1).orElseThrow(), StandardCharsets.UTF_8);
  }

  String contractPath(Entrustment e) {
    return "/api/v1/entrustments/" + e.id() + "/contract";
  }

  @Test
  @Order(1)
  void aContractUploadedRaw_isLoggedWithItsHash_andDownloadedByEachParty() throws Exception {
    long before = w.logs.forTenant("demo-city").size();
    HttpResponse<String> up = w.postBytes(contractPath(parent), "application/pdf", PDF, cityAdmin);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(up.body()).contains("\"version\":1", "\"sha256\":\"" + sha + "\"");
    assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(before + 1);
    assertThat(lastEntry()).contains("entrustment.contract-upload", "city-admin", parent.id());

    for (String party : new String[] {cityAdmin, officer, auditor, entryAdmin}) {
      long at = w.logs.forTenant("demo-city").size();
      HttpResponse<byte[]> down = w.getBytes(contractPath(parent), party);
      assertThat(down.statusCode()).isEqualTo(200);
      assertThat(down.body()).isEqualTo(PDF);
      assertThat(down.headers().firstValue("Content-Type")).hasValue("application/pdf");
      assertThat(down.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(at + 1);
      assertThat(lastEntry()).contains("entrustment.contract-download");
    }
  }

  @Test
  @Order(2)
  void aNonParty_isRefusedAndLogged() throws Exception {
    for (String[] who :
        new String[][] {
          {otherAdmin, "other-admin"}, {entryOp, "entry-op"}, {subAdmin, "sub-admin"}
        }) {
      HttpResponse<String> r = w.get(contractPath(parent), who[0]);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
      assertThat(r.body()).startsWith("{\"code\":\"contract.not-party\"");
      assertThat(lastEntry())
          .contains(who[1], "entrustment.contract-download", "deny:contract.not-party");
    }
    HttpResponse<String> none = w.get(contractPath(sibling), officer);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(none.body()).startsWith("{\"code\":\"contract.none\"");
    HttpResponse<String> upByHolder =
        w.postBytes(contractPath(parent), "application/pdf", PDF, entryAdmin);
    assertThat(upByHolder.statusCode()).isEqualTo(403);
  }

  @Test
  @Order(3)
  void aMultipartUpload_isTheNextVersion_andLargerThan64KiBIsTakenHere() throws Exception {
    byte[] big = Arrays.copyOf(PDF, 200 * 1024);
    String boundary = "----mamori-test-boundary";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] form = new byte[head.length + big.length + tail.length];
    System.arraycopy(head, 0, form, 0, head.length);
    System.arraycopy(big, 0, form, head.length, big.length);
    System.arraycopy(tail, 0, form, head.length + big.length, tail.length);
    HttpResponse<String> up =
        w.postBytes(
            contractPath(parent), "multipart/form-data; boundary=" + boundary, form, officer);
    assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
    assertThat(up.body()).contains("\"version\":2", "\"size\":" + big.length);
    HttpResponse<byte[]> latest = w.getBytes(contractPath(parent), entryAdmin);
    assertThat(latest.body()).isEqualTo(big);
    assertThat(w.getBytes(contractPath(parent) + "?version=1", entryAdmin).body()).isEqualTo(PDF);
    HttpResponse<String> versions = w.get(contractPath(parent) + "/versions", auditor);
    assertThat(versions.statusCode()).isEqualTo(200);
    assertThat(versions.body()).contains("\"version\":1", "\"version\":2");
    // the higher limit is the contract upload's alone
    HttpResponse<String> staffBig =
        w.postBytes(
            "/api/v1/entrustments/" + parent.id() + "/staff",
            "application/json",
            new byte[100 * 1024],
            officer);
    assertThat(staffBig.statusCode()).isEqualTo(413);
  }

  @Test
  @Order(4)
  void whatIsNotAPdf_andWhatIsTooLarge_areRefused_andNothingIsStored() throws Exception {
    long before = w.logs.forTenant("demo-city").size();
    HttpResponse<String> html =
        w.postBytes(
            contractPath(parent),
            "application/pdf",
            "<html>%PDF-1.7</html>".getBytes(StandardCharsets.US_ASCII),
            officer);
    assertThat(html.statusCode()).isEqualTo(400);
    assertThat(html.body()).startsWith("{\"code\":\"request.invalid\"").contains("PDF");
    String large =
        w.postDeclared(
            contractPath(parent), "application/pdf", BodyLimit.CONTRACT_LIMIT + 1, officer);
    assertThat(large).startsWith("HTTP/1.1 413").contains("request.too-large");
    // over 4 MiB yet within the body limit (room for a form's headers): refused by the contracts
    byte[] overDocument = Arrays.copyOf(PDF, EntrustmentContracts.MAX_BYTES + 1);
    HttpResponse<String> over =
        w.postBytes(contractPath(parent), "application/pdf", overDocument, officer);
    assertThat(over.statusCode()).isEqualTo(400);
    assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(before);
    assertThat(w.get(contractPath(parent) + "/versions", officer).body())
        .doesNotContain("\"version\":3");
  }

  @Test
  @Order(5)
  void theTree_isWholeForTheOfficer_andTheHeldPartForAContractor() throws Exception {
    HttpResponse<String> whole = w.get("/api/v1/entrustments?view=tree", officer);
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
    assertThat(whole.body())
        .contains("\"part\":\"tenant\"", parent.id(), child.id(), sibling.id())
        .contains("\"awaitingYourApproval\":[\"" + child.id() + "\"]")
        .contains("\"awaitsYourApproval\":true");
    assertThat(w.get("/api/v1/entrustments/tree", officer).body()).isEqualTo(whole.body());
    HttpResponse<String> admin = w.get("/api/v1/entrustments/tree", cityAdmin);
    assertThat(admin.body()).contains("\"awaitingYourApproval\":[]", child.id());

    HttpResponse<String> held = w.get("/api/v1/entrustments?view=tree", entryAdmin);
    assertThat(held.statusCode()).isEqualTo(200);
    assertThat(held.body())
        .contains("\"part\":\"held\"", parent.id(), child.id())
        .doesNotContain(sibling.id())
        .doesNotContain("\"awaitsYourApproval\":true");
    HttpResponse<String> other = w.get("/api/v1/entrustments?view=tree", otherAdmin);
    assertThat(other.body()).contains(sibling.id()).doesNotContain(parent.id());
    HttpResponse<String> sub = w.get("/api/v1/entrustments?view=tree", subAdmin);
    assertThat(sub.body()).contains(child.id()).doesNotContain(sibling.id());
    assertThat(w.get("/api/v1/entrustments?view=tree", entryOp).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(6)
  void aStaffChange_refusesTheRemovedOperatorsVeryNextRead() throws Exception {
    HttpResponse<String> read = w.get("/api/v1/persons?" + WHY + "&limit=1", entryOp);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    HttpResponse<String> byHolder =
        w.post(
            "/api/v1/entrustments/" + parent.id() + "/staff",
            "{\"staff\":[\"entry-admin\"]}",
            entryAdmin);
    assertThat(byHolder.statusCode()).isEqualTo(403);
    assertThat(byHolder.body()).startsWith("{\"code\":\"approval.not-root-officer\"");
    HttpResponse<String> notUser =
        w.post(
            "/api/v1/entrustments/" + parent.id() + "/staff",
            "{\"staff\":[\"other-admin\"]}",
            officer);
    assertThat(notUser.statusCode()).isEqualTo(403);
    assertThat(notUser.body()).startsWith("{\"code\":\"staff.not-user\"");
    HttpResponse<String> empty =
        w.post("/api/v1/entrustments/" + parent.id() + "/staff", "{}", officer);
    assertThat(empty.statusCode()).isEqualTo(400);

    HttpResponse<String> changed =
        w.post(
            "/api/v1/entrustments/" + parent.id() + "/staff",
            "{\"staff\":[\"entry-admin\"]}",
            officer);
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"staff\":[\"entry-admin\"]");
    assertThat(lastEntry()).contains("entrustment.staff-change", "city-officer");
    HttpResponse<String> next = w.get("/api/v1/persons?" + WHY + "&limit=1", entryOp);
    assertThat(next.statusCode()).as(next.body()).isEqualTo(403);
    assertThat(next.body()).startsWith("{\"code\":\"staff.not-listed\"");
    assertThat(lastEntry()).contains("entry-op", "deny:staff.not-listed");
  }

  @Test
  @Order(7)
  void theConsolePage_showsTheStaffAndTheVersions() throws Exception {
    // the page is for signed-in staff of the tenant; a bearer token is not a console session
    HttpResponse<String> page =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://127.0.0.1:"
                            + w.port
                            + "/console/entrustments/"
                            + parent.id()
                            + "/contract"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isIn(302, 401, 403);
  }

  @Test
  @Order(8)
  void theOpenApiDocument_describesTheTreeTheStaffAndTheContract() throws Exception {
    String doc = w.get("/v3/api-docs", null).body();
    assertThat(doc)
        .contains(
            "awaitingYourApproval",
            "/api/v1/entrustments/tree",
            "/api/v1/entrustments/{id}/staff",
            "/api/v1/entrustments/{id}/contract/versions",
            "application/pdf",
            "multipart/form-data",
            "The tree of entrustments",
            "What the caller's organisation gives and holds");
  }
}
