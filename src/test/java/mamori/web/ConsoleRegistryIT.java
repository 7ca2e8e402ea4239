package mamori.web;

import static mamori.web.ConsoleWorld.CITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import mamori.entrustment.Organisation;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The organisation and purpose forms of the console: registered and changed with CSRF, logged
 * first, refusals shown and logged, bad input shown with nothing changed, work abroad shown
 * prominently; and a contractor's console session from an unregistered network refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleRegistryIT {
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @Test
  void theOfficer_registersAContractorAbroad_shownProminently_andLoggedFirst() throws Exception {
    long before = c.log(CITY).size();
    MockHttpServletResponse r =
        c.send(
            post("/console/organisations")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("id", "abroad-co")
                .param("name", "海外<b>株式会社</b>")
                .param("kind", "contractor")
                .param("corporateNumber", "7123-4567-89012")
                .param("address", "Hanoi")
                .param("country", "VN")
                .param("networks", "203.0.113.0/24\n127.0.0.0/8"));
    assertThat(r.getStatus()).isEqualTo(302);
    assertThat(r.getRedirectedUrl()).isEqualTo("/console/organisations?done=added");
    assertThat(c.log(CITY).size()).isEqualTo(before + 1);
    assertThat(c.last(CITY).action()).isEqualTo("organisation.add");
    assertThat(c.last(CITY).caseRef()).isEqualTo("abroad-co");
    String page =
        c.send(get("/console/organisations?lang=en").with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(page)
        .contains("id=\"abroad-abroad-co\"")
        .contains("Work abroad: VN")
        .contains("海外&lt;b&gt;株式会社&lt;/b&gt;")
        .contains("*-****-****-9012")
        .doesNotContain("7123456789012")
        .doesNotContain("<b>株式会社");
    // the auditor sees no form
    assertThat(page).doesNotContain("id=\"add-organisation\"");
  }

  @Test
  void aContractorWorkingAbroad_isShownOnTheEntrustmentTree() throws Exception {
    String before =
        c.send(get("/console/entrustments").with(c.as("city-auditor"))).getContentAsString();
    assertThat(before).doesNotContain("badge-abroad");
    c.w.entrustments.changeOrganisation(
        ConsoleWorld.SUB,
        o ->
            o.withDetails(
                o.name(),
                mamori.number.CorporateNumber.parse("7123456789012"),
                "Manila",
                "PH",
                o.networks()),
        new mamori.entrustment.Caller(
            "city-security-officer", CITY, mamori.core.Role.SECURITY_OFFICER));
    String after =
        c.send(get("/console/entrustments?lang=en").with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(after).contains("badge-abroad").contains("Work abroad: PH");
  }

  @Test
  void aBadCorporateNumber_isShownOnTheForm_andNothingIsStoredOrLogged() throws Exception {
    long before = c.log(CITY).size();
    MockHttpServletResponse r =
        c.send(
            post("/console/organisations")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("id", "bad-co")
                .param("name", "誤り")
                .param("kind", "contractor")
                .param("corporateNumber", "8123456789012")
                .param("address", "東京"));
    assertThat(r.getStatus()).isEqualTo(400);
    assertThat(r.getContentAsString())
        .contains("id=\"invalid\"")
        .contains("check digit does not match")
        .doesNotContain("8123456789012");
    assertThat(c.log(CITY).size()).isEqualTo(before);
    assertThat(c.w.entrustments.organisation("bad-co")).isEmpty();
  }

  @Test
  void withoutTheCsrfToken_nothingIsRegistered() throws Exception {
    MockHttpServletResponse r =
        c.send(
            post("/console/purposes")
                .with(c.as("city-security-officer"))
                .param("id", "no-csrf")
                .param("name", "x")
                .param("legalBasis", "条例")
                .param("retentionYears", "5")
                .param("retentionFrom", "case-closed"));
    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(c.w.entrustments.purposes(CITY)).extracting(p -> p.id()).doesNotContain("no-csrf");
  }

  @Test
  void aContractorsAdmin_changesOnlyItsOwnAddressAndNetworks_otherwiseRefusedAndLogged()
      throws Exception {
    MockHttpServletResponse other =
        c.send(
            post("/console/organisations/" + ConsoleWorld.SUB)
                .with(c.as("con-admin"))
                .with(csrf())
                .param("address", "乗っ取り"));
    assertThat(other.getStatus()).isEqualTo(403);
    assertThat(other.getContentAsString()).contains("その組織の管理者だけです");
    assertThat(c.last(CITY).decision()).isEqualTo("deny:organisation.not-own");
    assertThat(c.last(CITY).actor()).isEqualTo("con-admin");
    // widening its own networks is the city's: refused and logged, nothing changed
    MockHttpServletResponse wider =
        c.send(
            post("/console/organisations/" + ConsoleWorld.CON)
                .with(c.as("con-admin"))
                .with(csrf())
                .param("address", "大阪市")
                .param("networks", "127.0.0.0/8\n::1\n198.51.100.0/24"));
    assertThat(wider.getStatus()).isEqualTo(403);
    assertThat(c.last(CITY).decision()).isEqualTo("deny:organisation.not-own");
    assertThat(c.w.entrustments.organisation(ConsoleWorld.CON).orElseThrow().networks()).hasSize(2);
    MockHttpServletResponse own =
        c.send(
            post("/console/organisations/" + ConsoleWorld.CON)
                .with(c.as("con-admin"))
                .with(csrf())
                .param("address", "大阪市")
                .param("networks", "127.0.0.0/8\n::1"));
    assertThat(own.getStatus()).isEqualTo(302);
    assertThat(c.last(CITY).action()).isEqualTo("organisation.change");
    Organisation changed = c.w.entrustments.organisation(ConsoleWorld.CON).orElseThrow();
    assertThat(changed.address()).isEqualTo("大阪市");
    assertThat(changed.networks()).hasSize(2);
    String page =
        c.send(get("/console/organisations").with(c.as("con-admin"))).getContentAsString();
    assertThat(page).contains("id=\"change-" + ConsoleWorld.CON + "\"");
    assertThat(page).doesNotContain("id=\"org-" + CITY + "\"");
  }

  @Test
  void purposes_byTheOfficer_areRegisteredAndChanged_byStaffRefusedAndLogged() throws Exception {
    MockHttpServletResponse added =
        c.send(
            post("/console/purposes")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("id", "own-aid")
                .param("name", "市独自給付")
                .param("legalBasis", "市独自給付条例 第3条")
                .param("retentionYears", "5")
                .param("retentionFrom", "case-closed"));
    assertThat(added.getStatus()).isEqualTo(302);
    assertThat(c.last(CITY).action()).isEqualTo("purpose.add");
    MockHttpServletResponse changed =
        c.send(
            post("/console/purposes/own-aid")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("retentionYears", "10"));
    assertThat(changed.getStatus()).isEqualTo(302);
    assertThat(c.last(CITY).action()).isEqualTo("purpose.change");
    String page = c.send(get("/console/purposes").with(c.as("city-staff"))).getContentAsString();
    assertThat(page).contains("市独自給付条例 第3条").contains("事案の終了から10年");
    assertThat(page).doesNotContain("id=\"add-purpose\"");
    MockHttpServletResponse byStaff =
        c.send(
            post("/console/purposes/own-aid")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("retentionYears", "1"));
    assertThat(byStaff.getStatus()).isEqualTo(403);
    assertThat(c.last(CITY).decision()).isEqualTo("deny:role.not-allowed");
    MockHttpServletResponse number =
        c.send(
            post("/console/purposes")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("id", "p-number")
                .param("name", "x")
                .param("legalBasis", "123456789018")
                .param("retentionYears", "5")
                .param("retentionFrom", "case-closed"));
    assertThat(number.getStatus()).isEqualTo(400);
    assertThat(number.getContentAsString()).doesNotContain("123456789018");
    MockHttpServletResponse years =
        c.send(
            post("/console/purposes")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("id", "p-years")
                .param("name", "x")
                .param("legalBasis", "条例")
                .param("retentionYears", "abc")
                .param("retentionFrom", "case-closed"));
    assertThat(years.getStatus()).isEqualTo(400);
    assertThat(years.getContentAsString()).contains("retentionYears");
  }

  @Test
  void aContractorsSession_fromAnUnregisteredNetwork_isRefusedAndLogged() throws Exception {
    c.session("sub-operator");
    long before = c.log(CITY).size();
    MockHttpServletResponse r =
        c.send(
            get("/desk")
                .with(c.as("sub-operator"))
                .with(request -> {
                  request.setRemoteAddr("203.0.113.9");
                  return request;
                }));
    assertThat(r.getStatus()).isEqualTo(403);
    assertThat(r.getContentAsString()).contains("network.not-registered").doesNotContain("<script");
    assertThat(c.log(CITY).size()).isEqualTo(before + 1);
    assertThat(c.last(CITY).decision()).isEqualTo("deny:network.not-registered");
    assertThat(c.last(CITY).caseRef()).isEqualTo("network:ipv4-public");
    assertThat(c.send(get("/desk").with(c.as("sub-operator"))).getStatus()).isEqualTo(200);
  }
}
