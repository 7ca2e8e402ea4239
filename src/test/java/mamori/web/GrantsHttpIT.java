package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.identity.Credentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP on a running service: a grant of the clear number or bank account needs two people, a
 * locked account's bearer tokens stop working, and the status names no path and no runtime to
 * strangers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GrantsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=grants-1";
  static final Pattern ID = Pattern.compile("\"id\":\"(ent-[a-z0-9-]+)\"");
  GateWorld w;
  String admin, officer, officer2, contractorOp, lockedOp;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-grants"), kind());
    w.tenant("g-city", 4, 3);
    w.organisation("g-con", Organisation.Kind.CONTRACTOR, "g-city");
    w.organisation("g-con2", Organisation.Kind.CONTRACTOR, "g-city");
    admin = w.user("g-city", "g-city", "g-admin", Role.ORG_ADMIN);
    officer = w.user("g-city", "g-city", "g-officer", Role.SECURITY_OFFICER);
    officer2 = w.user("g-city", "g-city", "g-officer-2", Role.SECURITY_OFFICER);
    contractorOp = w.user("g-city", "g-con", "g-con-op", Role.OPERATOR);
    lockedOp = w.user("g-city", "g-city", "g-locked", Role.STAFF);
    w.user("g-city", "g-con2", "g-con2-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static String entrustment(String to, String fields) {
    return """
    {"to":"%s","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":["%s-op"],
    "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true,"complianceReports":"monthly"},
    "scope":{"purposes":["resident-tax"],"fields":{%s},"from":"%s","to":"%s",
    "dailyCap":10,"actions":["read"]}}\
    """
        .formatted(to, to, fields, TODAY, TODAY.plusDays(9));
  }

  static String id(HttpResponse<String> r) {
    Matcher m = ID.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }

  @Test
  void oneAdminAlone_cannotGiveAContractorTheClearNumber() throws Exception {
    HttpResponse<String> made =
        w.post(
            "/api/v1/entrustments",
            entrustment("g-con", "\"family_name\":\"none\",\"my_number\":\"none\""),
            admin);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(made.body()).contains("\"status\":\"requested\"");
    String id = id(made);
    HttpResponse<String> read = w.get("/api/v1/persons?" + WHY, contractorOp);
    assertThat(read.statusCode()).as("nothing is open before the officer approves").isEqualTo(403);
    HttpResponse<String> byAdmin = w.post("/api/v1/entrustments/" + id + "/approve", "", admin);
    assertThat(byAdmin.statusCode()).isEqualTo(403);
    assertThat(byAdmin.body()).contains("approval.not-root-officer");
    HttpResponse<String> approved = w.post("/api/v1/entrustments/" + id + "/approve", "", officer);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(approved.body()).contains("\"status\":\"active\"");
    assertThat(w.get("/api/v1/persons?" + WHY, contractorOp).statusCode()).isEqualTo(200);
  }

  @Test
  void anOfficer_cannotApproveTheBankAccountGrantTheyRequested() throws Exception {
    HttpResponse<String> made =
        w.post("/api/v1/entrustments", entrustment("g-con2", "\"bank_account\":\"none\""), officer);
    assertThat(made.body()).contains("\"status\":\"requested\"");
    String id = id(made);
    HttpResponse<String> own = w.post("/api/v1/entrustments/" + id + "/approve", "", officer);
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.body()).startsWith("{\"code\":\"approval.own-request\"");
    HttpResponse<String> other = w.post("/api/v1/entrustments/" + id + "/approve", "", officer2);
    assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
    assertThat(other.body()).contains("\"status\":\"active\"");
    HttpResponse<String> partial =
        w.post(
            "/api/v1/entrustments", entrustment("g-con2", "\"bank_account\":\"partial\""), admin);
    assertThat(partial.body()).as("the last digits only").contains("\"status\":\"active\"");
  }

  @Test
  void aLockedAccountsToken_isRefusedAtOnce_andWorksAgainWhenUnlocked() throws Exception {
    assertThat(w.get("/api/v1/me", lockedOp).statusCode()).isEqualTo(200);
    Credentials credentials = w.context.getBean(Credentials.class);
    credentials.setPassword("g-locked", "a long enough passphrase".toCharArray());
    // as Lockout stores a lock after the last allowed failure (that path is CredentialsTest's)
    w.sql("UPDATE user_credential SET locked_at = 1 WHERE user_id = 'g-locked'");
    HttpResponse<String> locked = w.get("/api/v1/me", lockedOp);
    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(locked.body()).contains("auth.required");
    assertThat(credentials.unlock("g-locked")).isTrue();
    assertThat(w.get("/api/v1/me", lockedOp).statusCode()).isEqualTo(200);
  }

  @Test
  void theStatus_namesThePathAndRuntime_onlyToTheTenantsAdmins() throws Exception {
    HttpResponse<String> open = w.get("/api/v1/status", null);
    assertThat(open.statusCode()).isEqualTo(200);
    assertThat(open.body())
        .doesNotContain("\"java\"", Runtime.version().toString(), "jdbc:", "mamori.db");
    HttpResponse<String> forAdmin = w.get("/api/v1/status", admin);
    assertThat(forAdmin.body()).contains("\"java\":\"" + Runtime.version() + "\"");
    HttpResponse<String> forOperator = w.get("/api/v1/status", contractorOp);
    assertThat(forOperator.body()).doesNotContain("\"java\"");
  }
}
