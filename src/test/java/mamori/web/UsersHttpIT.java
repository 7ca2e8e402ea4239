package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.UserId;
import mamori.entrustment.Organisation;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.TokenIssuer;
import mamori.log.AccessRecord;
import mamori.tenancy.Tenants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP on a running service: {@code /api/v1/users} under the rules of UserAdmin (another
 * organisation's admin refused, and the refusal logged), and the one-time enrolment page {@code
 * /enrol/{code}}: used once, then the user signs in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UsersHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final Pattern ADDRESS =
      Pattern.compile(
          "\"address\":\"(http://127\\.0\\.0\\.1:\\d+/enrol/([a-z2-9]{10}-[a-z2-9]{26}))\"");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");

  GateWorld w;
  Tenants.Created city;
  String officer;
  String conAdmin;
  String subAdmin;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-users"), kind());
    city =
        w.context
            .getBean(Tenants.class)
            .add(new UserId("console"), Tenants.Spec.of("u-city", "U市"));
    w.organisation("u-con", Organisation.Kind.CONTRACTOR, "u-city");
    w.organisation("u-sub", Organisation.Kind.SUBCONTRACTOR, "u-city");
    officer = bearer("u-city-officer");
    HttpResponse<String> first =
        w.post("/api/v1/users", body("u-con", "u-con-admin", "入力 管理者", "org-admin"), officer);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    conAdmin = bearer("u-con-admin");
    w.post("/api/v1/users", body("u-sub", "u-sub-admin", "再委託 管理者", "org-admin"), officer);
    subAdmin = bearer("u-sub-admin");
  }

  @AfterAll
  void stop() {
    w.close();
  }

  String bearer(String user) {
    return "Bearer "
        + w.context
            .getBean(ApiTokens.class)
            .issue(new TokenIssuer.Console("test"), user, "http", Duration.ofDays(1))
            .secret();
  }

  static String body(String org, String id, String name, String role) {
    return """
    {"organisation":"%s","id":"%s","name":"%s","role":"%s"}\
    """
        .formatted(org, id, name, role);
  }

  AccessRecord last() {
    var log = w.logs.forTenant("u-city");
    return log.records(log.size() - 1, log.size()).getFirst();
  }

  static String code(HttpResponse<String> r) {
    Matcher m = ADDRESS.matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(2);
  }

  @Test
  void anOrganisationsAdmin_addsItsOwnUsers_andGetsAnAddressNeverAPassword() throws Exception {
    HttpResponse<String> added =
        w.post("/api/v1/users", body("u-con", "u-con-op", "入力 一郎", "operator"), conAdmin);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(added.body())
        .contains(
            "\"id\":\"u-con-op\"",
            "\"organisation\":\"u-con\"",
            "\"role\":\"operator\"",
            "\"enrolled\":false",
            "\"enrolmentPending\":true")
        .doesNotContainIgnoringCase("password");
    assertThat(code(added)).isNotBlank();
    assertThat(last().action()).isEqualTo("user.enrolment-issue");
    assertThat(last().actor()).isEqualTo("u-con-admin");

    HttpResponse<String> mine = w.get("/api/v1/users", conAdmin);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body())
        .contains("u-con-op", "u-con-admin")
        .doesNotContain("u-sub-admin", "u-city-officer");
    assertThat(w.get("/api/v1/users", officer).body())
        .contains("u-con-op", "u-sub-admin", "u-city-admin");
  }

  @Test
  void anotherOrganisationsAdmin_isRefused_andTheRefusalIsLogged() throws Exception {
    HttpResponse<String> refused =
        w.post("/api/v1/users", body("u-con", "intruder", "侵入", "operator"), subAdmin);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).startsWith("{\"code\":\"user.not-own-organisation\"");
    assertThat(last().action()).isEqualTo("user.add");
    assertThat(last().decision()).isEqualTo("deny:user.not-own-organisation");
    assertThat(last().actor()).isEqualTo("u-sub-admin");
    assertThat(w.get("/api/v1/users", officer).body()).doesNotContain("intruder");

    HttpResponse<String> disable = w.post("/api/v1/users/u-con-admin/disable", "", subAdmin);
    assertThat(disable.statusCode()).isEqualTo(403);
    assertThat(last().decision()).isEqualTo("deny:user.not-own-organisation");
    assertThat(w.post("/api/v1/users/u-con-admin/enrolment", "", subAdmin).statusCode())
        .isEqualTo(403);
    assertThat(w.post("/api/v1/users/nobody/disable", "", subAdmin).statusCode()).isEqualTo(404);
  }

  @Test
  void badBodies_are400_withTheField_andAddNothing() throws Exception {
    HttpResponse<String> noId =
        w.post(
            "/api/v1/users",
            "{\"organisation\":\"u-con\",\"name\":\"x\",\"role\":\"operator\"}",
            conAdmin);
    assertThat(noId.statusCode()).isEqualTo(400);
    assertThat(noId.body()).contains("\"field\":\"id\"");
    HttpResponse<String> badRole =
        w.post("/api/v1/users", body("u-con", "u-con-x", "x", "root"), conAdmin);
    assertThat(badRole.statusCode()).isEqualTo(400);
    assertThat(badRole.body()).contains("\"field\":\"role\"");
    HttpResponse<String> staffInContractor =
        w.post("/api/v1/users", body("u-con", "u-con-x", "x", "staff"), conAdmin);
    assertThat(staffInContractor.statusCode()).isEqualTo(400);
    HttpResponse<String> number =
        w.post("/api/v1/users", body("u-con", "u-con-x", "番号 123456789012", "operator"), conAdmin);
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body()).doesNotContain("123456789012");
    assertThat(w.post("/api/v1/users", "{not json", conAdmin).statusCode()).isEqualTo(400);
    HttpResponse<String> otherTenant =
        w.post("/api/v1/users", body("nowhere", "u-con-x", "x", "operator"), conAdmin);
    assertThat(otherTenant.statusCode()).isEqualTo(404);
    assertThat(otherTenant.body()).contains("organisation.unknown");
    assertThat(w.get("/api/v1/users", officer).body()).doesNotContain("u-con-x");
  }

  @Test
  void theEnrolmentPage_setsPasswordAndFactorOnce_thenTheUserSignsIn() throws Exception {
    HttpResponse<String> added =
        w.post("/api/v1/users", body("u-con", "u-con-op2", "入力 二郎", "operator"), conAdmin);
    String stale = code(added);
    HttpResponse<String> renewed = w.post("/api/v1/users/u-con-op2/enrolment", "", conAdmin);
    assertThat(renewed.statusCode()).as(renewed.body()).isEqualTo(200);
    String code = code(renewed);

    HttpClient browser =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpResponse<String> old = page(browser, "/enrol/" + stale);
    assertThat(old.statusCode()).isEqualTo(404);
    assertThat(old.body()).contains("id=\"unusable\"").doesNotContain("u-con-op2");
    assertThat(old.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));

    HttpResponse<String> form = page(browser, "/enrol/" + code);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains(
            "id=\"enrol-user\">u-con-op2<", "id=\"enrol-organisation\">u-con<", "id=\"secret\"");
    String secret = match(SECRET, form.body()).replace(" ", "");
    String csrf = match(CSRF, form.body());
    String password = "a long enough passphrase";

    HttpResponse<String> noCsrf =
        submit(
            browser,
            code,
            "",
            password,
            password,
            Credentials.currentCode(secret, Clock.systemUTC()));
    assertThat(noCsrf.statusCode()).isEqualTo(403);
    HttpResponse<String> differ =
        submit(
            browser,
            code,
            csrf,
            password,
            password + "x",
            Credentials.currentCode(secret, Clock.systemUTC()));
    assertThat(differ.statusCode()).isEqualTo(400);
    HttpResponse<String> weak =
        submit(
            browser,
            code,
            csrf,
            "short",
            "short",
            Credentials.currentCode(secret, Clock.systemUTC()));
    assertThat(weak.statusCode()).isEqualTo(400);
    Credentials credentials = w.context.getBean(Credentials.class);
    assertThat(credentials.status("u-con-op2").hasPassword()).isFalse();

    HttpResponse<String> done =
        submit(
            browser,
            code,
            csrf,
            password,
            password,
            Credentials.currentCode(
                secret, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30))));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
    assertThat(done.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/signin?enrolled"));
    assertThat(last().action()).isEqualTo("user.enrol");
    assertThat(last().actor()).isEqualTo("u-con-op2");
    assertThat(credentials.status("u-con-op2").enrolled()).isTrue();
    var passed = credentials.checkPassword("u-con-op2", password.toCharArray());
    assertThat(passed).isInstanceOf(Credentials.PasswordPassed.class);
    assertThat(
            credentials.checkCode(
                (Credentials.PasswordPassed) passed,
                Credentials.currentCode(secret, Clock.systemUTC())))
        .isInstanceOf(Credentials.Passed.class);

    assertThat(page(browser, "/enrol/" + code).statusCode()).as("used once").isEqualTo(404);
    HttpResponse<String> again = w.post("/api/v1/users/u-con-op2/enrolment", "", conAdmin);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("enrolled already");
  }

  @Test
  void aContractorUsersAddress_opensOnlyFromItsOrganisationsNetworks() throws Exception {
    w.organisation(
        "u-far",
        Organisation.Kind.CONTRACTOR,
        "u-city",
        java.util.List.of(mamori.core.Network.parse("203.0.113.0/24")));
    HttpResponse<String> added =
        w.post("/api/v1/users", body("u-far", "u-far-admin", "遠方 管理者", "org-admin"), officer);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    String code = code(added);
    // this test's requests come from 127.0.0.1, outside u-far's only network: the address is
    // answered as unusable, no form and no authenticator secret is shown, and it stays usable
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> opened = page(browser, "/enrol/" + code);
    assertThat(opened.statusCode()).isEqualTo(404);
    assertThat(opened.body()).contains("id=\"unusable\"").doesNotContain("id=\"secret\"");
    assertThat(w.context.getBean(mamori.tenancy.Enrolments.class).open(code)).isPresent();
  }

  @Test
  void anUnknownAddress_showsOnePage_andChangesNothing() throws Exception {
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    for (String c : new String[] {"abcdefghij-abcdefghijkmnpqrstuvwxyz2", "x", "%3Cscript%3E"}) {
      HttpResponse<String> r = page(browser, "/enrol/" + c);
      assertThat(r.statusCode()).as(c).isEqualTo(404);
      assertThat(r.body()).contains("id=\"unusable\"").doesNotContain("<script>");
    }
  }

  HttpResponse<String> page(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
            .header("Accept-Language", "en")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> submit(
      HttpClient browser, String code, String csrf, String password, String again, String totp)
      throws Exception {
    String form =
        "_csrf="
            + enc(csrf)
            + "&password="
            + enc(password)
            + "&again="
            + enc(again)
            + "&code="
            + totp;
    return browser.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/enrol/" + code))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String match(Pattern p, String body) {
    Matcher m = p.matcher(body);
    assertThat(m.find()).as(body).isTrue();
    return m.group(1);
  }
}
