package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Sign-in through the pages: a password alone opens nothing, enrolment at first sign-in, codes used
 * once, forged posts and foreign sessions refused, revocation and locking, tokens issued only from
 * a session with two factors, and the security headers on every answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInIT {
  ConsoleWorld c;
  Credentials credentials;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    credentials = c.w.context.getBean(Credentials.class);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    return c.mvc.perform(request).andReturn().getResponse();
  }

  String newUser(String id, boolean enrolled) {
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, id, Role.STAFF);
    credentials.setPassword(id, ConsoleWorld.PASSWORD.toCharArray());
    if (enrolled) {
      credentials.setSecondFactor(id, ConsoleWorld.SECRET);
    }
    return id;
  }

  MockHttpServletResponse password(MockHttpSession session, String user, String password)
      throws Exception {
    return send(
        post("/signin")
            .session(session)
            .with(csrf())
            .param("user", user)
            .param("password", password));
  }

  String code() {
    return Credentials.currentCode(ConsoleWorld.SECRET, Clock.systemUTC());
  }

  @Test
  void passwordOnly_reachesNoPageNoApiAndNoData() throws Exception {
    String user = newUser("pw-only", true);
    MockHttpSession session = new MockHttpSession();
    MockHttpServletResponse r = password(session, user, ConsoleWorld.PASSWORD);
    assertThat(r.getRedirectedUrl()).isEqualTo("/signin/code");
    for (String page : new String[] {"/console", "/console/persons", "/desk", "/account"}) {
      MockHttpServletResponse p = send(get(page).session(session));
      assertThat(p.getStatus()).as(page).isEqualTo(302);
      assertThat(p.getRedirectedUrl()).as(page).endsWith("/signin");
    }
    assertThat(send(get("/api/v1/me").session(session)).getStatus()).isEqualTo(401);
  }

  @Test
  void aWrongPassword_isRefusedWithOneMessage_forKnownAndUnknownUsers() throws Exception {
    newUser("wrong-pw", true);
    MockHttpServletResponse known =
        password(new MockHttpSession(), "wrong-pw", "not the passphrase");
    MockHttpServletResponse unknown =
        password(new MockHttpSession(), "nobody-here", "not the passphrase");
    assertThat(known.getStatus()).isEqualTo(401);
    assertThat(unknown.getStatus()).isEqualTo(401);
    assertThat(known.getContentAsString()).contains("ユーザーIDまたはパスワードが違います");
    assertThat(unknown.getContentAsString()).contains("ユーザーIDまたはパスワードが違います");
  }

  @Test
  void firstSignIn_enrolsAnAuthenticator_beforeAnythingOpens() throws Exception {
    String user = newUser("first-timer", false);
    MockHttpSession session = new MockHttpSession();
    assertThat(password(session, user, ConsoleWorld.PASSWORD).getRedirectedUrl())
        .isEqualTo("/signin/enrol");
    assertThat(send(get("/signin/code").session(session)).getRedirectedUrl())
        .isEqualTo("/signin/enrol");
    MockHttpServletResponse page = send(get("/signin/enrol").session(session));
    String html = page.getContentAsString();
    assertThat(html).contains("data:image/svg+xml;base64,", "認証アプリの登録");
    Matcher m = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(html);
    assertThat(m.find()).isTrue();
    String secret = m.group(1).replace(" ", "");
    assertThat(send(get("/console").session(session)).getStatus()).as("not yet").isEqualTo(302);
    assertThat(
            send(post("/signin/enrol").session(session).with(csrf()).param("code", "123456"))
                .getStatus())
        .isEqualTo(401);
    MockHttpServletResponse done =
        send(
            post("/signin/enrol")
                .session(session)
                .with(csrf())
                .param("code", Credentials.currentCode(secret, Clock.systemUTC())));
    assertThat(done.getRedirectedUrl()).isEqualTo("/console");
    assertThat(c.last(ConsoleWorld.CITY))
        .satisfies(r -> {
          assertThat(r.action()).isEqualTo("signin");
          assertThat(r.actor()).isEqualTo(user);
          assertThat(r.personToken()).isEmpty();
        });
    assertThat(send(get("/console").session(session)).getStatus()).isEqualTo(200);
    assertThat(credentials.status(user).enrolled()).isTrue();
  }

  @Test
  void aReplayedCode_isRefused() throws Exception {
    String user = newUser("replayer", true);
    String code = code();
    MockHttpSession first = new MockHttpSession();
    password(first, user, ConsoleWorld.PASSWORD);
    assertThat(
            send(post("/signin/code").session(first).with(csrf()).param("code", code))
                .getRedirectedUrl())
        .isEqualTo("/console");
    MockHttpSession second = new MockHttpSession();
    password(second, user, ConsoleWorld.PASSWORD);
    MockHttpServletResponse replay =
        send(post("/signin/code").session(second).with(csrf()).param("code", code));
    assertThat(replay.getStatus()).isEqualTo(401);
    assertThat(send(get("/console").session(second)).getStatus()).isEqualTo(302);
  }

  @Test
  void formsWithoutTheCsrfToken_areRefused() throws Exception {
    assertThat(
            send(post("/signin")
                    .param("user", "city-staff")
                    .param("password", ConsoleWorld.PASSWORD))
                .getStatus())
        .isEqualTo(403);
    MockHttpSession session = c.session("city-staff");
    assertThat(send(post("/account/tokens").session(session).param("label", "x")).getStatus())
        .isEqualTo(403);
    assertThat(send(post("/signout").session(session)).getStatus()).isEqualTo(403);
    assertThat(send(get("/console").session(session)).getStatus())
        .as("still signed in")
        .isEqualTo(200);
  }

  @Test
  void aSessionIdNobodySignedIn_orAnotherOrganisationsSession_opensNothingOfOthers()
      throws Exception {
    MockHttpSession forged = new MockHttpSession(null, "0123456789ABCDEF0123456789ABCDEF");
    assertThat(send(get("/console").session(forged)).getStatus()).isEqualTo(302);
    assertThat(
            send(get("/console").cookie(new Cookie("MAMORI_SESSION", "0123456789ABCDEF")))
                .getStatus())
        .isEqualTo(302);
    MockHttpSession contractor = c.session("con-operator");
    assertThat(send(get("/console").session(contractor)).getStatus()).isEqualTo(403);
    assertThat(send(get("/desk").session(contractor)).getStatus()).isEqualTo(200);
  }

  @Test
  void revokedSessions_endOnTheNextRequest() throws Exception {
    String user = newUser("revoked-one", true);
    MockHttpSession session = new MockHttpSession();
    password(session, user, ConsoleWorld.PASSWORD);
    send(post("/signin/code").session(session).with(csrf()).param("code", code()));
    assertThat(send(get("/console").session(session)).getStatus()).isEqualTo(200);
    Thread.sleep(5);
    credentials.revokeSessions(user);
    MockHttpServletResponse after = send(get("/console").session(session));
    assertThat(after.getRedirectedUrl()).isEqualTo("/signin?ended");
    assertThat(session.isInvalid()).isTrue();
  }

  @Test
  void repeatedFailures_slowDown_thenLock_andTheOfficerSeesAnAlert() throws Exception {
    String user = newUser("guesser-target", true);
    for (int i = 0; i < 3; i++) {
      assertThat(password(new MockHttpSession(), user, "guess number " + i).getContentAsString())
          .contains("パスワードが違います");
    }
    MockHttpServletResponse slowed = password(new MockHttpSession(), user, ConsoleWorld.PASSWORD);
    assertThat(slowed.getStatus()).isEqualTo(401);
    assertThat(slowed.getContentAsString()).as("even the right password waits").contains("秒待ってから");
    MockHttpServletResponse last = null;
    for (int i = 3; i < 10; i++) {
      c.w.sql("UPDATE user_credential SET last_failure_at = 0 WHERE user_id = '" + user + "'");
      last = password(new MockHttpSession(), user, "guess number " + i);
    }
    assertThat(last.getContentAsString()).contains("ロックされました");
    c.w.sql("UPDATE user_credential SET last_failure_at = 0 WHERE user_id = '" + user + "'");
    assertThat(password(new MockHttpSession(), user, ConsoleWorld.PASSWORD).getContentAsString())
        .contains("ロックされました");
    SecurityAlerts alerts = c.w.context.getBean(SecurityAlerts.class);
    assertThat(alerts.list(ConsoleWorld.CITY, 100))
        .filteredOn(a -> a.subject().equals(user))
        .singleElement()
        .satisfies(a -> assertThat(a.kind()).isEqualTo("account.locked"));
    String dashboard =
        send(get("/console").with(c.as("city-security-officer"))).getContentAsString();
    assertThat(dashboard).contains("id=\"alerts\"", user);
    assertThat(send(get("/console").with(c.as("city-staff"))).getContentAsString())
        .doesNotContain("id=\"alerts\"");
    MockHttpServletResponse unlock =
        send(
            post("/console/users/" + user + "/unlock")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(unlock.getStatus()).isEqualTo(302);
    assertThat(credentials.status(user).lockedAt()).isNull();
    assertThat(password(new MockHttpSession(), user, ConsoleWorld.PASSWORD).getRedirectedUrl())
        .isEqualTo("/signin/code");
  }

  @Test
  void apiTokens_areIssuedFromATwoFactorSession_andShownOnce() throws Exception {
    MockHttpSession session = c.session("city-operator");
    MockHttpServletResponse issued =
        send(
            post("/account/tokens")
                .session(session)
                .with(csrf())
                .param("label", "<b>batch</b>")
                .param("days", "1"));
    assertThat(issued.getStatus()).isEqualTo(200);
    Matcher m =
        Pattern.compile("<code id=\"token-secret\">(mamori_[^<]+)</code>")
            .matcher(issued.getContentAsString());
    assertThat(m.find()).isTrue();
    assertThat(issued.getContentAsString())
        .contains("&lt;b&gt;batch&lt;/b&gt;")
        .doesNotContain("<b>batch");
    String token = m.group(1);
    ApiTokens tokens = c.w.context.getBean(ApiTokens.class);
    assertThat(tokens.authenticate(token)).isPresent();
    assertThat(tokens.list("city-operator").getFirst().issuedBy())
        .startsWith("session:city-operator/web:");
    assertThat(send(get("/api/v1/me").header("Authorization", "Bearer " + token)).getStatus())
        .isEqualTo(200);
    assertThat(send(get("/account").session(session)).getContentAsString()).doesNotContain(token);
    assertThat(
            send(post("/account/tokens").session(session).with(csrf()).param("days", "365"))
                .getContentAsString())
        .contains("1日から組織が認める日数まで");
  }

  @Test
  void everyAnswer_carriesTheSecurityHeaders_andTheSessionCookieIsStrict() throws Exception {
    for (String path : new String[] {"/signin", "/signin/code", "/console", "/nowhere"}) {
      MockHttpServletResponse r = send(get(path));
      assertThat(r.getHeader("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'none'", "frame-ancestors 'none'");
      assertThat(r.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
      assertThat(r.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(r.getHeader("Referrer-Policy")).as(path).isEqualTo("no-referrer");
    }
  }

  @Test
  void theLanguage_switchesWithLang_andIsRemembered() throws Exception {
    MockHttpServletResponse en = send(get("/signin").param("lang", "en"));
    assertThat(en.getContentAsString()).contains("Sign in", "A password alone opens nothing");
    Cookie lang = en.getCookie("mamori-lang");
    assertThat(lang).isNotNull();
    assertThat(send(get("/signin").cookie(lang)).getContentAsString())
        .contains("A password alone opens nothing");
    assertThat(send(get("/signin").param("lang", "xx")).getContentAsString()).contains("サインイン");
  }

  @Test
  void aPasskeyInsteadOfTheCode_needsThePasswordFirst_andAForgedOneCountsAsAFailure()
      throws Exception {
    MockHttpSession none = new MockHttpSession();
    assertThat(send(post("/signin/passkey/options").session(none).with(csrf())).getStatus())
        .isEqualTo(403);
    assertThat(
            send(post("/signin/passkey")
                    .session(none)
                    .with(csrf())
                    .contentType("application/json")
                    .content("{}"))
                .getStatus())
        .isEqualTo(403);
    String user = newUser("forger-target", true);
    MockHttpSession session = new MockHttpSession();
    password(session, user, ConsoleWorld.PASSWORD);
    MockHttpServletResponse options =
        send(post("/signin/passkey/options").session(session).with(csrf()));
    assertThat(options.getStatus()).isEqualTo(200);
    assertThat(options.getContentAsString()).contains("\"challenge\"");
    String forged =
        "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{\"clientDataJSON\":\"e30\","
            + "\"authenticatorData\":\"AAAA\",\"signature\":\"AAAA\",\"userHandle\":\"AAAA\"},\"clientExtensionResults\":{}}";
    MockHttpServletResponse refused =
        send(
            post("/signin/passkey")
                .session(session)
                .with(csrf())
                .contentType("application/json")
                .content(forged));
    assertThat(refused.getStatus()).isEqualTo(401);
    assertThat(credentials.status(user).failures()).isEqualTo(1);
    assertThat(send(get("/console").session(session)).getStatus()).isEqualTo(302);
    assertThat(send(post("/account/passkeys/options").session(session).with(csrf())).getStatus())
        .as("a password-only session adds no passkey")
        .isEqualTo(302);
  }

  @Test
  void passwordSpraying_fromOneAddress_isRefusedAfterThirtyFailures_evenForARightPassword()
      throws Exception {
    String user = newUser("spray-victim", true);
    org.springframework.test.web.servlet.request.RequestPostProcessor from =
        request -> {
          request.setRemoteAddr("203.0.113.7");
          return request;
        };
    for (int i = 0; i < 30; i++) {
      MockHttpServletResponse r =
          send(
              post("/signin")
                  .with(from)
                  .with(csrf())
                  .param("user", "someone-" + i)
                  .param("password", "Winter2026!Winter"));
      assertThat(r.getStatus()).isEqualTo(401);
    }
    MockHttpServletResponse blocked =
        send(
            post("/signin")
                .with(from)
                .with(csrf())
                .param("user", user)
                .param("password", ConsoleWorld.PASSWORD));
    assertThat(blocked.getStatus()).isEqualTo(429);
    assertThat(blocked.getContentAsString()).contains("この接続元からのサインインの失敗が続いた");
    assertThat(credentials.status(user).failures())
        .as("the victim's account was not even tried")
        .isZero();
    assertThat(password(new MockHttpSession(), user, ConsoleWorld.PASSWORD).getRedirectedUrl())
        .as("another address still signs in")
        .isEqualTo("/signin/code");
  }
}
