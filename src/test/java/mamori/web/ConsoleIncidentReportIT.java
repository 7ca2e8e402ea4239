package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import mamori.incident.IncidentSeeds;
import mamori.store.Store;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The console's report page: the nine items edited by the officer, a missing one refused with the
 * item named and what was typed kept, versions saved and submitted, read-only for the auditor,
 * closed to everyone else; no inline script under the strict CSP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIncidentReportIT {
  static final String PAGE = "/console/incidents/i-c/reports/preliminary";
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    IncidentSeeds.incident(
        c.w.context.getBean(Store.class).dataSource(),
        ConsoleWorld.CITY,
        "i-c",
        List.of("P-1", "P-2"),
        List.of(List.of(), List.of()),
        Instant.now());
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    MockHttpServletResponse r = c.mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  MockHttpServletRequestBuilder form(String user, String cause) {
    return post(PAGE)
        .with(c.as(user))
        .with(csrf())
        .param("reporterName", "デモ市")
        .param("awareAt", "2026-12-01T09:00:00Z")
        .param("triggers", "system")
        .param("persons", "2")
        .param("overview", "委託先による閲覧 <b>x</b>")
        .param("personalItems", "氏、住所")
        .param("cause", cause)
        .param("secondaryHarm", "なし")
        .param("responseToPersons", "通知")
        .param("publicAnnouncement", "未公表")
        .param("recurrence", "対策");
  }

  @Test
  @Order(1)
  void theOfficer_editsTheNineItems_aMissingOneIsNamed_andSavesAVersion() throws Exception {
    MockHttpServletResponse page = send(get(PAGE).with(c.as("city-security-officer")));
    assertThat(page.getStatus()).isEqualTo(200);
    String html = page.getContentAsString();
    assertThat(html)
        .contains(
            "id=\"cause\"",
            "id=\"recurrence\"",
            "id=\"persons\"",
            "id=\"save\"",
            "id=\"no-versions\"")
        .doesNotContain("<script>");
    assertThat(page.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    MockHttpServletResponse missing = send(form("city-security-officer", " "));
    assertThat(missing.getStatus()).isEqualTo(400);
    assertThat(missing.getContentAsString())
        .contains("id=\"invalid\"")
        .contains("(cause)")
        .contains("委託先による閲覧 &lt;b&gt;x&lt;/b&gt;");
    MockHttpServletResponse saved = send(form("city-security-officer", "委託先の不正"));
    assertThat(saved.getStatus()).isEqualTo(302);
    assertThat(saved.getRedirectedUrl()).isEqualTo(PAGE + "?done=saved");
    String after =
        send(get(PAGE + "?done=saved").with(c.as("city-security-officer"))).getContentAsString();
    assertThat(after).contains("id=\"done\"", "id=\"version-1\"", "委託先の不正", "versions/1/submit");
  }

  @Test
  @Order(2)
  void theOfficerSubmits_theAuditorReads_othersAreRefused() throws Exception {
    MockHttpServletResponse submitted =
        send(post(PAGE + "/versions/1/submit").with(c.as("city-security-officer")).with(csrf()));
    assertThat(submitted.getStatus()).isEqualTo(302);
    String html = send(get(PAGE).with(c.as("city-auditor"))).getContentAsString();
    assertThat(html)
        .contains("id=\"version-1\"")
        .doesNotContain("id=\"save\"")
        .doesNotContain("versions/1/submit");
    assertThat(send(form("city-auditor", "x")).getStatus()).isEqualTo(403);
    assertThat(send(get(PAGE).with(c.as("city-staff"))).getStatus()).isEqualTo(403);
    assertThat(send(get(PAGE).with(c.as("other-officer"))).getStatus()).isEqualTo(404);
    MockHttpServletResponse pdf = send(get(PAGE + "/versions/1.pdf").with(c.as("city-auditor")));
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
  }
}
