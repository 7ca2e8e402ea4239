package mamori.web;

import static mamori.web.ConsoleWorld.DIGITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The incident pages: the officer opens one by hand and sees the countdown, the count and the
 * triggers; auditors read; no one else sees them; bad text is refused and never shown back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIncidentsIT {
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder r) throws Exception {
    return c.mvc.perform(r).andReturn().getResponse();
  }

  String open(String user, String title, String summary) throws Exception {
    MockHttpServletResponse r =
        send(
            post("/console/incidents/open")
                .with(c.as(user))
                .with(csrf())
                .param("title", title)
                .param("summary", summary)
                .param("aware", "2026-07-17T10:00")
                .param("kind", "actor")
                .param("value", "con-operator")
                .param("from", "2026-07-01T00:00")
                .param("to", "2026-07-17T10:00"));
    return r.getRedirectedUrl() == null ? r.getContentAsString() : r.getRedirectedUrl();
  }

  @Test
  void theOfficerOpensOneByHand_andSeesTheCountdownTheCountAndTheTriggers() throws Exception {
    String to = open("city-security-officer", "a magazine called", "a list of 50");
    assertThat(to).startsWith("/console/incidents/inc-");
    MockHttpServletResponse page = send(get(to).with(c.as("city-auditor")));
    assertThat(page.getStatus()).isEqualTo(200);
    String html = page.getContentAsString();
    assertThat(html)
        .contains("id=\"deadline-preliminary\"", "id=\"deadline-final\"", "2026-07-23 23:59")
        .contains("id=\"affected-count\">0<", "id=\"no-persons\"")
        .contains(
            "id=\"trigger-useWork\"", "id=\"trigger-overHundred\"", "id=\"trigger-exemption\"")
        .contains("0 persons are affected")
        .doesNotContain("id=\"classify\""); // the auditor reads only
    assertThat(send(get(to).with(c.as("city-security-officer"))).getContentAsString())
        .contains("id=\"classify\"", "id=\"close\"");
    MockHttpServletResponse list = send(get("/console/incidents").with(c.as("city-auditor")));
    assertThat(list.getContentAsString())
        .contains("a magazine called")
        .doesNotContain("open-incident");
    // the exemption: no deadline, and the page says why
    String id = to.substring(to.lastIndexOf('/') + 1);
    send(
        post("/console/incidents/" + id + "/classify")
            .with(c.as("city-security-officer"))
            .with(csrf())
            .param("exemption", "release-key-destroyed")
            .param("exemptionReason", "package p-7"));
    assertThat(send(get(to).with(c.as("city-security-officer"))).getContentAsString())
        .contains("id=\"no-deadline\"", "package p-7")
        .doesNotContain("id=\"deadline-preliminary\"");
  }

  @Test
  void onlyTheOfficerAndAuditorsSeeIncidents_andOnlyTheOfficerOpens() throws Exception {
    assertThat(
            send(get("/console/incidents").with(c.as("city-security-officer")))
                .getContentAsString())
        .contains("id=\"open-incident\"");
    for (String u : new String[] {"city-staff", "city-org-admin", "con-operator", "con-admin"}) {
      assertThat(send(get("/console/incidents").with(c.as(u))).getStatus()).as(u).isEqualTo(403);
    }
    assertThat(
            send(post("/console/incidents/open")
                    .with(c.as("city-auditor"))
                    .with(csrf())
                    .param("title", "x")
                    .param("aware", "2026-07-17T10:00"))
                .getStatus())
        .isEqualTo(403);
    String to = open("city-security-officer", "ours", "");
    assertThat(send(get(to).with(c.as("other-officer"))).getStatus()).isEqualTo(404);
    assertThat(send(get("/console/incidents").with(c.as("other-officer"))).getContentAsString())
        .doesNotContain("ours");
  }

  @Test
  void aNumberOrMarkup_isRefused_andNeverShownBack() throws Exception {
    String html = open("city-security-officer", "called", "call about " + DIGITS);
    assertThat(html).contains("id=\"open-error\"").doesNotContain(DIGITS);
    String markup = open("city-security-officer", "<script>alert(1)</script>", "");
    assertThat(markup).startsWith("/console/incidents/");
    assertThat(send(get(markup).with(c.as("city-security-officer"))).getContentAsString())
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;");
  }
}
