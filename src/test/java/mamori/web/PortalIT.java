package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import mamori.portal.Resident;
import mamori.portal.ResidentLetters;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The resident portal's way in, attacked: wrong and foreign codes, forged posts, ceremonies out of
 * order, forged credentials, staff sessions and signed-out visitors at the history, and the headers
 * on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIT {
  ConsoleWorld c;
  ResidentLetters letters;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    letters = c.w.context.getBean(ResidentLetters.class);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    return c.mvc.perform(request).andReturn().getResponse();
  }

  MockHttpServletResponse activate(
      MockHttpSession session, String tenant, String letter, String code) throws Exception {
    return send(
        post("/portal/activate")
            .session(session)
            .with(csrf())
            .param("tenant", tenant)
            .param("letter", letter)
            .param("code", code));
  }

  @Test
  void theHistory_isForSignedInResidentsOnly() throws Exception {
    MockHttpServletResponse out = send(get("/portal/history"));
    assertThat(out.getStatus()).isEqualTo(302);
    assertThat(out.getRedirectedUrl()).endsWith("/portal");
    assertThat(send(get("/portal/history").session(c.session("city-staff"))).getStatus())
        .isEqualTo(403);
    MockHttpSession activated = new MockHttpSession();
    ResidentLetters.Letter letter = letters.issue(ConsoleWorld.CITY, "ANY-TOKEN-1");
    assertThat(
            activate(activated, ConsoleWorld.CITY, letter.letterNumber(), letter.code())
                .getRedirectedUrl())
        .isEqualTo("/portal/passkey");
    assertThat(send(get("/portal/history").session(activated)).getStatus())
        .as("activated, no passkey yet")
        .isEqualTo(302);
    assertThat(send(post("/portal/history/0/flag").session(activated).with(csrf())).getStatus())
        .isEqualTo(302);
  }

  @Test
  void wrongForeignAndForgedActivations_areRefused_andOpenNothing() throws Exception {
    ResidentLetters.Letter letter = letters.issue(ConsoleWorld.CITY, "ANY-TOKEN-2");
    MockHttpSession session = new MockHttpSession();
    MockHttpServletResponse foreign =
        activate(session, ConsoleWorld.OTHER, letter.letterNumber(), letter.code());
    assertThat(foreign.getStatus()).isEqualTo(401);
    assertThat(foreign.getContentAsString()).contains("正しくないか");
    MockHttpServletResponse markup = activate(session, ConsoleWorld.CITY, "<script>", "<b>x</b>");
    assertThat(markup.getStatus()).isEqualTo(401);
    assertThat(markup.getContentAsString()).doesNotContain("<script>", "<b>x</b>");
    assertThat(
            send(post("/portal/activate")
                    .param("tenant", ConsoleWorld.CITY)
                    .param("letter", letter.letterNumber())
                    .param("code", letter.code()))
                .getStatus())
        .as("no CSRF token")
        .isEqualTo(403);
    assertThat(send(get("/portal/passkey").session(session)).getRedirectedUrl())
        .isEqualTo("/portal");
    MockHttpServletResponse options =
        send(post("/portal/passkey/options").session(session).with(csrf()));
    assertThat(options.getStatus()).isEqualTo(403);
    assertThat(options.getContentAsString()).contains("portal.not-activated");
    assertThat(
            activate(session, ConsoleWorld.CITY, letter.letterNumber(), letter.code())
                .getRedirectedUrl())
        .as("the letter still works after all that")
        .isEqualTo("/portal/passkey");
  }

  @Test
  void anActivationWithoutItsPasskey_leavesTheLetterGood() throws Exception {
    ResidentLetters.Letter letter = letters.issue(ConsoleWorld.CITY, "ANY-TOKEN-4");
    MockHttpSession first = new MockHttpSession();
    assertThat(
            activate(first, ConsoleWorld.CITY, letter.letterNumber(), letter.code())
                .getRedirectedUrl())
        .isEqualTo("/portal/passkey");
    MockHttpServletResponse forged =
        send(
            post("/portal/passkey")
                .session(first)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
    assertThat(forged.getStatus()).as("no passkey was made").isEqualTo(400);
    MockHttpSession again = new MockHttpSession();
    assertThat(
            activate(again, ConsoleWorld.CITY, letter.letterNumber(), letter.code())
                .getRedirectedUrl())
        .as("the letter is used up only by a registered passkey")
        .isEqualTo("/portal/passkey");
  }

  @Test
  void ceremoniesOutOfOrder_andForgedCredentials_areRefused() throws Exception {
    MockHttpSession session = new MockHttpSession();
    MockHttpServletResponse noChallenge =
        send(
            post("/portal/signin")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"));
    assertThat(noChallenge.getStatus()).isEqualTo(400);
    MockHttpServletResponse options =
        send(post("/portal/signin/options").session(session).with(csrf()));
    assertThat(options.getStatus()).isEqualTo(200);
    assertThat(options.getContentAsString()).contains("\"challenge\"", "\"rpId\":\"localhost\"");
    String forged =
        "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\","
            + "\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\",\"userHandle\":\"AAAA\"},\"clientExtensionResults\":{}}";
    MockHttpServletResponse refused =
        send(
            post("/portal/signin")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(forged));
    assertThat(refused.getStatus()).isEqualTo(401);
    assertThat(refused.getContentAsString()).contains("portal.signin-refused");
    MockHttpServletResponse replay =
        send(
            post("/portal/signin")
                .session(session)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(forged));
    assertThat(replay.getStatus()).as("a challenge is used once").isEqualTo(400);
    assertThat(send(get("/portal/history").session(session)).getStatus()).isEqualTo(302);
  }

  @Test
  void everyPortalPage_carriesTheSecurityHeaders_andNoInlineScript() throws Exception {
    MockHttpSession activated = new MockHttpSession();
    ResidentLetters.Letter letter = letters.issue(ConsoleWorld.CITY, "ANY-TOKEN-3");
    activate(activated, ConsoleWorld.CITY, letter.letterNumber(), letter.code());
    String person =
        c.w
            .context
            .getBean(mamori.access.AccessGate.class)
            .findByNumber(
                c.principal("city-staff"),
                new mamori.core.Why(ConsoleWorld.PURPOSE, "portal-test"),
                ConsoleWorld.NUMBER)
            .orElseThrow()
            .value();
    var resident =
        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
            .authentication(
                mamori.web.ResidentSessions.signedIn(
                    new Resident(ConsoleWorld.CITY, "r-portal-test", person)));
    java.util.Map<String, RequestBuilder> pages =
        java.util.Map.of(
            "/portal", get("/portal"),
            "/portal/activate", get("/portal/activate"),
            "/portal/passkey", get("/portal/passkey").session(activated),
            "/portal/history", get("/portal/history").with(resident));
    for (var page : pages.entrySet()) {
      String path = page.getKey();
      MockHttpServletResponse r = send(page.getValue());
      assertThat(r.getStatus()).as("%s is a page, not a redirect", path).isEqualTo(200);
      assertThat(r.getHeader("Content-Security-Policy")).as(path).contains("script-src 'self'");
      assertThat(r.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
      String body = r.getContentAsString();
      assertThat(body)
          .as(path)
          .contains("<html", "</html>")
          .doesNotContain("onclick=", " style=")
          .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }
    assertThat(send(pages.get("/portal/history")).getContentAsString())
        .as("the resident's own history")
        .contains("id=\"history\"");
  }
}
