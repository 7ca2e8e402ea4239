package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.log.AccessRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Over HTTP, organisations and purposes (issue 14, point 2): who may register and change them, each
 * act logged before it takes effect, refusals logged, and bad input a 400 naming the field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "rg-city";
  GateWorld w;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-rg"), kind());
    w.tenant(CITY, 1, 9);
    w.organisation("rg-con", Organisation.Kind.CONTRACTOR, CITY);
    w.organisation("rg-other", Organisation.Kind.CONTRACTOR, CITY);
    w.user(CITY, CITY, "rg-officer", Role.SECURITY_OFFICER);
    w.user(CITY, CITY, "rg-admin", Role.ORG_ADMIN);
    w.user(CITY, CITY, "rg-staff", Role.STAFF);
    w.user(CITY, CITY, "rg-auditor", Role.AUDITOR);
    w.user(CITY, "rg-con", "rg-con-admin", Role.ORG_ADMIN);
    w.user(CITY, "rg-con", "rg-con-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  HttpResponse<String> post(String path, String json, String user) throws Exception {
    return w.call("POST", path, json, w.bearer(user));
  }

  HttpResponse<String> patch(String path, String json, String user) throws Exception {
    return w.call("PATCH", path, json, w.bearer(user));
  }

  static String org(String id, String kind, String number, String parent) {
    return """
    {"id":"%s","name":"%s株式会社","kind":"%s","corporateNumber":"%s","address":"東京都千代田区",
    "country":"JP","networks":["127.0.0.0/8","::1"]%s}\
    """
        .formatted(id, id, kind, number, parent == null ? "" : ",\"parent\":\"" + parent + "\"");
  }

  AccessRecord last() {
    return w.logged(CITY).getLast();
  }

  @Test
  void theOfficer_registersAContractor_loggedFirst_andTheNumberIsShownMasked() throws Exception {
    HttpResponse<String> r =
        post(
            "/api/v1/organisations",
            org("rg-new", "contractor", "7123456789012", null),
            "rg-officer");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"corporateNumber\":\"*-****-****-9012\"")
        .contains("\"abroad\":false")
        .contains("\"networks\":[\"127.0.0.0/8\",\"0:0:0:0:0:0:0:1/128\"]")
        .doesNotContain("7123456789012");
    assertThat(last().action()).isEqualTo("organisation.add");
    assertThat(last().actor()).isEqualTo("rg-officer");
    assertThat(last().caseRef()).isEqualTo("rg-new");
    assertThat(last().decision()).isEqualTo("allow");
    HttpResponse<String> abroad =
        post("/api/v1/organisations/rg-new", "{\"country\":\"VN\"}", "rg-admin");
    assertThat(abroad.statusCode()).as(abroad.body()).isEqualTo(200);
    assertThat(abroad.body()).contains("\"country\":\"VN\"").contains("\"abroad\":true");
    assertThat(last().action()).isEqualTo("organisation.change");
    assertThat(
            post(
                    "/api/v1/organisations",
                    org("rg-new", "contractor", "7123456789012", null),
                    "rg-officer")
                .statusCode())
        .isEqualTo(409);
  }

  @Test
  void badInput_isA400NamingTheField_andNothingIsLogged() throws Exception {
    int before = w.logged(CITY).size();
    HttpResponse<String> digit =
        post(
            "/api/v1/organisations",
            org("rg-bad", "contractor", "8123456789012", null),
            "rg-officer");
    assertThat(digit.statusCode()).isEqualTo(400);
    assertThat(digit.body())
        .contains("\"code\":\"request.invalid\"")
        .contains("\"field\":\"corporateNumber\"")
        .contains("check digit does not match")
        .doesNotContain("8123456789012");
    HttpResponse<String> country =
        post(
            "/api/v1/organisations",
            org("rg-bad", "contractor", "7123456789012", null).replace("\"JP\"", "\"ZZ\""),
            "rg-officer");
    assertThat(country.statusCode()).isEqualTo(400);
    assertThat(country.body()).contains("ISO 3166-1");
    HttpResponse<String> network =
        post(
            "/api/v1/organisations",
            org("rg-bad", "contractor", "7123456789012", null).replace("::1", "123456789018"),
            "rg-officer");
    assertThat(network.statusCode()).isEqualTo(400);
    assertThat(network.body()).contains("\"field\":\"networks\"").doesNotContain("123456789018");
    assertThat(w.logged(CITY)).hasSize(before);
  }

  @Test
  void aContractorsAdmin_registeringOrChangingAnotherOrganisation_isRefusedAndLogged()
      throws Exception {
    HttpResponse<String> r =
        post(
            "/api/v1/organisations",
            org("rg-x", "contractor", "7123456789012", null),
            "rg-con-admin");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("\"code\":\"organisation.not-own\"");
    assertThat(last().decision()).isEqualTo("deny:organisation.not-own");
    assertThat(last().actor()).isEqualTo("rg-con-admin");
    assertThat(last().action()).isEqualTo("organisation.add");

    HttpResponse<String> other =
        patch("/api/v1/organisations/rg-other", "{\"networks\":[\"0.0.0.0/0\"]}", "rg-con-admin");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).contains("\"code\":\"organisation.not-own\"");
    assertThat(last().decision()).isEqualTo("deny:organisation.not-own");
    assertThat(last().action()).isEqualTo("organisation.change");
    assertThat(w.entrustments.organisation("rg-other").orElseThrow().networks())
        .extracting(Object::toString)
        .containsExactly("127.0.0.0/8", "0:0:0:0:0:0:0:1/128");

    HttpResponse<String> country =
        patch("/api/v1/organisations/rg-con", "{\"country\":\"VN\"}", "rg-con-admin");
    assertThat(country.statusCode()).isEqualTo(403);
    assertThat(country.body()).contains("\"code\":\"role.not-allowed\"");
    assertThat(
            patch("/api/v1/organisations/rg-con", "{\"address\":\"横浜\"}", "rg-con-op").statusCode())
        .isEqualTo(403);

    // its own admin never widens where its people work (to the whole Internet, or a new block)
    for (String wider : new String[] {"0.0.0.0/0", "198.51.100.0/24"}) {
      HttpResponse<String> widened =
          patch(
              "/api/v1/organisations/rg-con",
              "{\"networks\":[\"127.0.0.0/8\",\"::1\",\"" + wider + "\"]}",
              "rg-con-admin");
      assertThat(widened.statusCode()).as(wider).isEqualTo(403);
      assertThat(widened.body()).contains("\"code\":\"organisation.not-own\"");
      assertThat(last().decision()).isEqualTo("deny:organisation.not-own");
    }
    HttpResponse<String> own =
        patch(
            "/api/v1/organisations/rg-con",
            "{\"address\":\"横浜市\",\"networks\":[\"127.0.0.0/8\",\"::1\"]}",
            "rg-con-admin");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    assertThat(own.body()).contains("\"address\":\"横浜市\"").doesNotContain("198.51.100.0/24");

    HttpResponse<String> sub =
        post(
            "/api/v1/organisations",
            org("rg-con-sub", "subcontractor", "3987654321098", "rg-con"),
            "rg-con-admin");
    assertThat(sub.statusCode()).as(sub.body()).isEqualTo(200);
    assertThat(sub.body()).contains("\"parent\":\"rg-con\"");
    HttpResponse<String> listed = w.get("/api/v1/organisations", w.bearer("rg-con-admin"));
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("\"id\":\"rg-con\"").contains("\"id\":\"rg-con-sub\"");
    assertThat(listed.body())
        .doesNotContain("\"id\":\"rg-other\"")
        .doesNotContain("\"id\":\"rg-city\"");
  }

  @Test
  void purposes_byANonOfficer_areRefusedAndLogged_byTheOfficer_loggedFirst() throws Exception {
    String body =
        """
        {"id":"own-aid","name":"市独自給付","legalBasis":"市独自給付条例 第3条","retentionYears":5,
        "retentionFrom":"case-closed"}\
        """;
    HttpResponse<String> staff = post("/api/v1/purposes", body, "rg-staff");
    assertThat(staff.statusCode()).isEqualTo(403);
    assertThat(staff.body()).contains("\"code\":\"role.not-allowed\"");
    assertThat(last().decision()).isEqualTo("deny:role.not-allowed");
    assertThat(last().action()).isEqualTo("purpose.add");
    HttpResponse<String> con = post("/api/v1/purposes", body, "rg-con-admin");
    assertThat(con.statusCode()).isEqualTo(403);
    assertThat(con.body()).contains("\"code\":\"organisation.not-controller\"");
    assertThat(post("/api/v1/purposes", body, "rg-auditor").statusCode()).isEqualTo(403);

    HttpResponse<String> added = post("/api/v1/purposes", body, "rg-officer");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(added.body()).contains("\"retentionFrom\":\"case-closed\"");
    assertThat(last().action()).isEqualTo("purpose.add");
    assertThat(last().decision()).isEqualTo("allow");
    assertThat(post("/api/v1/purposes", body, "rg-officer").statusCode()).isEqualTo(409);

    HttpResponse<String> changed =
        post("/api/v1/purposes/own-aid", "{\"retentionYears\":10}", "rg-admin");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.body()).contains("\"retentionYears\":10").contains("市独自給付条例");
    assertThat(last().action()).isEqualTo("purpose.change");
    HttpResponse<String> byStaff =
        post("/api/v1/purposes/own-aid", "{\"retentionYears\":1}", "rg-staff");
    assertThat(byStaff.statusCode()).isEqualTo(403);
    assertThat(last().decision()).isEqualTo("deny:role.not-allowed");
    assertThat(post("/api/v1/purposes/nothing", "{\"name\":\"x\"}", "rg-officer").body())
        .contains("\"code\":\"purpose.unknown\"");

    HttpResponse<String> number =
        post(
            "/api/v1/purposes",
            body.replace("own-aid", "p2").replace("第3条", "123456789018"),
            "rg-officer");
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body())
        .contains("\"code\":\"text.holds-number\"")
        .doesNotContain("123456789018");
    HttpResponse<String> years =
        post("/api/v1/purposes", body.replace("own-aid", "p3").replace(":5", ":101"), "rg-officer");
    assertThat(years.statusCode()).isEqualTo(400);
    assertThat(years.body()).contains("\"field\":\"retentionYears\"");

    HttpResponse<String> listed = w.get("/api/v1/purposes", w.bearer("rg-con-op"));
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(listed.body()).contains("\"id\":\"own-aid\"").contains("\"id\":\"resident-tax\"");
  }

  @Test
  void theOpenApiDocument_describesTheNewCalls() throws Exception {
    HttpResponse<String> r = w.get("/v3/api-docs", null);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("\"/api/v1/organisations\"")
        .contains("\"/api/v1/organisations/{id}\"")
        .contains("\"/api/v1/purposes\"")
        .contains("\"/api/v1/purposes/{id}\"")
        .contains("\"patch\"")
        .contains("registry.taken");
  }

  @Test
  void listingOrganisations_isForAdminsOfficersAndAuditors() throws Exception {
    for (String u : List.of("rg-officer", "rg-admin", "rg-auditor")) {
      HttpResponse<String> r = w.get("/api/v1/organisations", w.bearer(u));
      assertThat(r.statusCode()).as(u).isEqualTo(200);
      assertThat(r.body()).startsWith("[{\"id\":\"rg-city\"");
    }
    for (String u : List.of("rg-staff", "rg-con-op")) {
      HttpResponse<String> r = w.get("/api/v1/organisations", w.bearer(u));
      assertThat(r.statusCode()).as(u).isEqualTo(403);
      assertThat(r.body()).contains("\"code\":\"role.not-allowed\"");
    }
  }
}
