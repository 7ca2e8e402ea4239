package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.PersonToken;
import mamori.core.Why;
import mamori.handover.Documents;
import mamori.log.AccessRecord;
import mamori.portal.Resident;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The counter's pages in the running service: a staff member signed in with two factors starts a
 * handover with the resident's pickup notice, scans their page (green) and a page of the issuance
 * list (the red stop), a second staff member acknowledges from their own sign-in, the first
 * finishes, and the resident's portal says what was handed over; every form is posted with the CSRF
 * token its page carries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterHttpIT {
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final Pattern HANDOVER = Pattern.compile("/counter/(h-[0-9a-z]{12})");
  static final String STAFF = "city-staff";
  static final String SECOND = "city-security-officer";
  static final String COUNTER = "本庁舎1階 3番窓口";

  ConsoleWorld c;
  Documents documents;
  String anna;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    documents = c.w.context.getBean(Documents.class);
    anna =
        c.w
            .context
            .getBean(mamori.access.AccessGate.class)
            .findByNumber(
                c.principal(STAFF),
                new Why(ConsoleWorld.PURPOSE, "counter-test"),
                ConsoleWorld.NUMBER)
            .orElseThrow()
            .value();
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    return c.send(request);
  }

  /** Opens {@code path} in {@code user}'s session and answers the CSRF token of its form. */
  String csrf(String user, String path) throws Exception {
    MockHttpServletResponse page = send(get(path).session(c.session(user)));
    assertThat(page.getStatus()).as(path).isEqualTo(200);
    Matcher m = CSRF.matcher(page.getContentAsString());
    assertThat(m.find()).as("a CSRF token on %s", path).isTrue();
    return m.group(1);
  }

  /** Posts a form of {@code path}'s page as {@code user}, with the token the page carries. */
  MockHttpServletResponse submit(String user, String page, String action, String... params)
      throws Exception {
    MockHttpServletRequestBuilder post =
        post(action).session(c.session(user)).param("_csrf", csrf(user, page));
    for (int i = 0; i < params.length; i += 2) {
      post.param(params[i], params[i + 1]);
    }
    return send(post);
  }

  /** The acknowledge form's fields for the stop the handover shows now. */
  String[] stopSeen(String id) {
    mamori.handover.Counter.StopSeen seen =
        c.w
            .context
            .getBean(mamori.handover.Counter.class)
            .find(new mamori.core.TenantId(ConsoleWorld.CITY), id)
            .orElseThrow()
            .stop()
            .orElseThrow()
            .seen();
    return new String[] {
      "document",
      seen.document(),
      "page",
      "" + seen.page(),
      "stopped",
      "" + seen.at().toEpochMilli()
    };
  }

  static org.springframework.util.MultiValueMap<String, String> form(String... params) {
    org.springframework.util.LinkedMultiValueMap<String, String> m =
        new org.springframework.util.LinkedMultiValueMap<>();
    for (int i = 0; i < params.length; i += 2) {
      m.add(params[i], params[i + 1]);
    }
    return m;
  }

  Documents.Printed print(
      Documents.Kind kind, Optional<PersonToken> p, List<PersonToken> on, int n) {
    return documents.register(
        c.principal(STAFF).who(),
        kind,
        switch (kind) {
          case PICKUP -> "マイナンバーカード交付通知書";
          case LIST -> "カード交付予定者一覧表";
          default -> "住民税決定通知書";
        },
        p,
        on,
        n,
        new Why(ConsoleWorld.PURPOSE, "R8-card"),
        "本庁舎2階プリンター",
        kind.identifies()
            ? Optional.of(Instant.now().plus(Duration.ofDays(30)))
            : Optional.empty());
  }

  @Test
  void theResidentsPagesPass_theListStops_aSecondStaffMemberAcknowledges_andThePortalTells()
      throws Exception {
    PersonToken resident = new PersonToken(anna);
    PersonToken other = new PersonToken("OTHER-RESIDENT-1");
    Documents.Printed pickup =
        print(Documents.Kind.PICKUP, Optional.of(resident), List.of(resident), 1);
    Documents.Printed tax =
        print(Documents.Kind.NOTICE, Optional.of(resident), List.of(resident), 2);
    Documents.Printed issuance =
        print(Documents.Kind.LIST, Optional.empty(), List.of(resident, other), 3);

    MockHttpServletResponse home = send(get("/counter").session(c.session(STAFF)));
    assertThat(home.getStatus()).isEqualTo(200);
    assertThat(home.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(home.getContentAsString())
        .contains("id=\"code\"", "autofocus", "for=\"code\"", "/css/counter.css")
        .doesNotContain("<script", "style=");
    // a form without its token changes nothing
    assertThat(
            send(post("/counter")
                    .session(c.session(STAFF))
                    .param("counter", COUNTER)
                    .param("code", pickup.pages().get(0).qrText()))
                .getStatus())
        .isEqualTo(403);

    MockHttpServletResponse started =
        submit(
            STAFF,
            "/counter",
            "/counter",
            "counter",
            COUNTER,
            "code",
            pickup.pages().get(0).qrText());
    assertThat(started.getStatus()).isEqualTo(302);
    Matcher m = HANDOVER.matcher(started.getRedirectedUrl());
    assertThat(m.find()).as(started.getRedirectedUrl()).isTrue();
    String id = m.group(1);
    String page = "/counter/" + id;
    MockHttpServletResponse opened = send(get(page).session(c.session(STAFF)));
    assertThat(opened.getContentAsString())
        .contains(COUNTER, Pages.shortToken(anna), "id=\"scan\"", "autofocus")
        .doesNotContain(anna);
    assertThat(send(get("/counter").session(c.session(STAFF))).getContentAsString())
        .as("the counter's name is offered again")
        .contains("value=\"" + COUNTER + "\"");

    // the resident's own page: green
    MockHttpServletResponse own =
        submit(STAFF, page, page + "/scan", "code", tax.pages().get(0).shortCode());
    assertThat(own.getRedirectedUrl()).isEqualTo(page + "?said=own");
    assertThat(send(get(page + "?said=own").session(c.session(STAFF))).getContentAsString())
        .contains("class=\"own\"", "id=\"said\"");
    // a typo: checked by its last character, nothing counted
    String code = tax.pages().get(1).shortCode();
    String typo = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
    MockHttpServletResponse mistyped = submit(STAFF, page, page + "/scan", "code", typo);
    assertThat(mistyped.getStatus()).isEqualTo(400);
    assertThat(mistyped.getContentAsString()).contains("id=\"error\"", "role=\"alert\"");
    assertThat(mistyped.getContentAsString()).doesNotContain(typo);

    // the issuance list's page: the red stop, logged and alerted, the answer to the scan itself;
    // a scanner on a Japanese keyboard types the QR's separators as they are ('/')
    String listQr = issuance.pages().get(1).qrText();
    assertThat(listQr).startsWith("MAMORI-PAGE/1/" + ConsoleWorld.CITY + "/").doesNotContain(":");
    MockHttpServletResponse stop = submit(STAFF, page, page + "/scan", "code", listQr);
    assertThat(stop.getStatus()).isEqualTo(200);
    assertThat(stop.getContentAsString())
        .contains("class=\"stop-screen\"", "id=\"stop-heading\"", issuance.document().id())
        .doesNotContain("id=\"acknowledge\"");
    AccessRecord refused = c.last(ConsoleWorld.CITY);
    assertThat(refused.decision()).isEqualTo("deny:handover.internal-page");
    assertThat(refused.personToken()).isEqualTo(anna);
    MockHttpServletResponse red = send(get(page).session(c.session(STAFF)));
    assertThat(red.getStatus()).isEqualTo(200);
    assertThat(red.getContentAsString())
        .contains(
            "class=\"stop-screen\"",
            "role=\"alert\"",
            issuance.document().id(),
            "カード交付予定者一覧表",
            "一覧表（内部資料）",
            "3ページ中2ページ目",
            STAFF,
            "id=\"wait\"")
        .doesNotContain("id=\"acknowledge\"", "id=\"scan\"", "OTHER-RESIDENT-1");
    MockHttpServletResponse more =
        send(
            post(page + "/scan")
                .session(c.session(STAFF))
                .param("_csrf", csrf(STAFF, "/counter"))
                .param("code", tax.pages().get(1).shortCode()));
    assertThat(more.getStatus()).as("nothing more is scanned").isEqualTo(409);
    MockHttpServletResponse english =
        send(get(page).session(c.session(STAFF)).header("Accept-Language", "en"));
    assertThat(english.getContentAsString())
        .contains("STOP", "list (INTERNAL)", "page 2 of 3", "second staff member");

    // while it is stopped the staff member starts no other handover, for anyone
    Documents.Printed otherPickup =
        print(Documents.Kind.PICKUP, Optional.of(other), List.of(other), 1);
    MockHttpServletResponse held =
        submit(
            STAFF,
            "/counter",
            "/counter",
            "counter",
            COUNTER,
            "code",
            otherPickup.pages().get(0).shortCode());
    assertThat(held.getStatus()).isEqualTo(409);
    assertThat(held.getContentAsString()).contains("id=\"error\"", id, "停止しています");

    // the same staff member cannot acknowledge their own stop
    MockHttpServletResponse same =
        send(
            post(page + "/acknowledge")
                .session(c.session(STAFF))
                .param("_csrf", csrf(STAFF, "/counter"))
                .params(form(stopSeen(id))));
    assertThat(same.getStatus()).isEqualTo(403);
    assertThat(c.last(ConsoleWorld.CITY).decision()).isEqualTo("deny:handover.same-staff");

    // the second staff member finds it among the stopped ones and acknowledges the stop shown
    assertThat(send(get("/counter").session(c.session(SECOND))).getContentAsString())
        .contains("id=\"stopped-" + id + "\"");
    MockHttpServletResponse toAcknowledge = send(get(page).session(c.session(SECOND)));
    String[] seen = stopSeen(id);
    assertThat(toAcknowledge.getContentAsString())
        .contains(
            "id=\"acknowledge\"",
            "name=\"document\" value=\"" + seen[1] + "\"",
            "name=\"page\" value=\"2\"",
            "name=\"stopped\" value=\"" + seen[5] + "\"");
    // a form without the stop, or naming another, acknowledges nothing
    mamori.log.TenantLog log =
        c.w.context.getBean(mamori.log.TransparencyLogs.class).forTenant(ConsoleWorld.CITY);
    long logged = log.size();
    assertThat(submit(SECOND, page, page + "/acknowledge").getStatus()).isEqualTo(400);
    assertThat(
            submit(
                    SECOND,
                    page,
                    page + "/acknowledge",
                    "document",
                    seen[1],
                    "page",
                    "1",
                    "stopped",
                    seen[5])
                .getStatus())
        .isEqualTo(409);
    assertThat(log.size()).as("nothing acknowledged, nothing logged").isEqualTo(logged);
    MockHttpServletResponse acknowledged = submit(SECOND, page, page + "/acknowledge", seen);
    assertThat(acknowledged.getRedirectedUrl()).isEqualTo("/counter?said=acknowledged");
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("handover.acknowledge");
    assertThat(c.last(ConsoleWorld.CITY).actor()).isEqualTo(SECOND);
    // acknowledged, the handover is the first staff member's again: the second sees no more of it
    MockHttpServletResponse closedToSecond = send(get(page).session(c.session(SECOND)));
    assertThat(closedToSecond.getStatus()).isEqualTo(403);
    assertThat(closedToSecond.getContentAsString())
        .contains("あなたの役割ではこの操作はできません。")
        .doesNotContain(Pages.shortToken(anna), COUNTER, issuance.document().id());

    // the officer's dashboard shows the alert
    assertThat(send(get("/console").session(c.session(SECOND))).getContentAsString())
        .contains("handover:" + id, "窓口で内部資料を停止");

    MockHttpServletResponse second =
        submit(STAFF, page, page + "/scan", "code", tax.pages().get(1).shortCode());
    assertThat(second.getRedirectedUrl()).isEqualTo(page + "?said=own");
    MockHttpServletResponse listed = send(get(page).session(c.session(STAFF)));
    assertThat(listed.getContentAsString()).contains("class=\"set-aside\"", "2枚を交付する");
    MockHttpServletResponse finished = submit(STAFF, page, page + "/finish");
    assertThat(finished.getRedirectedUrl()).isEqualTo(page + "?said=finished");
    AccessRecord handed = c.last(ConsoleWorld.CITY);
    assertThat(handed.action()).isEqualTo("handover");
    assertThat(handed.allowed()).isTrue();
    assertThat(handed.personToken()).isEqualTo(anna);
    assertThat(send(get(page).session(c.session(STAFF))).getContentAsString())
        .contains("id=\"finished\"")
        .doesNotContain("id=\"scan\"");
    MockHttpServletResponse reused =
        submit(
            STAFF,
            "/counter",
            "/counter",
            "counter",
            COUNTER,
            "code",
            pickup.pages().get(0).shortCode());
    assertThat(reused.getStatus()).as("a pickup notice opens one handover").isEqualTo(409);

    // the resident's portal says what was handed over, where and when
    Resident r = new Resident(ConsoleWorld.CITY, "r-counter", anna);
    MockHttpServletResponse portal =
        send(get("/portal/history").with(authentication(ResidentSessions.signedIn(r))));
    assertThat(portal.getStatus()).isEqualTo(200);
    String day =
        java.time.format.DateTimeFormatter.ofPattern("GGGGy年M月d日", java.util.Locale.JAPAN)
            .withChronology(java.time.chrono.JapaneseChronology.INSTANCE)
            .format(
                java.time.chrono.JapaneseDate.from(
                    Instant.now().atZone(java.time.ZoneId.of("Asia/Tokyo"))));
    assertThat(portal.getContentAsString())
        .contains("class=\"handed\"", day + "に", COUNTER + "で2枚の書類をお渡ししました。", "窓口での交付");
    MockHttpServletResponse portalEn =
        send(
            get("/portal/history")
                .header("Accept-Language", "en")
                .with(authentication(ResidentSessions.signedIn(r))));
    assertThat(portalEn.getContentAsString())
        .contains("2 pages handed to you at " + COUNTER + " of ");
  }

  @Test
  void theCountersPages_areTheOfficesOwnStaffs_andAnotherTenantFindsNothing() throws Exception {
    for (String user : new String[] {"con-operator", "con-admin", "city-auditor"}) {
      assertThat(send(get("/counter").session(c.session(user))).getStatus())
          .as(user)
          .isEqualTo(403);
    }
    assertThat(send(get("/counter")).getStatus()).as("not signed in").isEqualTo(302);
    assertThat(send(get("/counter")).getRedirectedUrl()).endsWith("/signin");
    PersonToken resident = new PersonToken(anna);
    Documents.Printed pickup =
        print(Documents.Kind.PICKUP, Optional.of(resident), List.of(resident), 1);
    MockHttpServletResponse started =
        submit(
            "city-org-admin",
            "/counter",
            "/counter",
            "counter",
            COUNTER,
            "code",
            pickup.pages().get(0).shortCode());
    String page = started.getRedirectedUrl();
    assertThat(page).matches("/counter/h-[0-9a-z]{12}");
    assertThat(send(get(page).session(c.session("other-staff"))).getStatus()).isEqualTo(404);
    // another staff member of the office sees nothing of an open handover not theirs
    for (String user : new String[] {STAFF, SECOND}) {
      MockHttpServletResponse notTheirs = send(get(page).session(c.session(user)));
      assertThat(notTheirs.getStatus()).as(user).isEqualTo(403);
      assertThat(notTheirs.getContentAsString())
          .contains("あなたの役割ではこの操作はできません。")
          .doesNotContain(Pages.shortToken(anna), COUNTER, "id=\"scan\"", "id=\"handover-id\"");
    }
    MockHttpServletResponse scanned =
        send(
            post(page + "/scan")
                .session(c.session(STAFF))
                .param("_csrf", csrf(STAFF, "/counter"))
                .param("code", pickup.pages().get(0).shortCode()));
    assertThat(scanned.getStatus()).isEqualTo(403);
    assertThat(scanned.getContentAsString())
        .doesNotContain(Pages.shortToken(anna), COUNTER, "id=\"handover-id\"");
    // a second handover for the same resident waits for this one
    Documents.Printed letter =
        print(Documents.Kind.LETTER, Optional.of(resident), List.of(resident), 1);
    MockHttpServletResponse second =
        submit(
            STAFF,
            "/counter",
            "/counter",
            "counter",
            COUNTER,
            "code",
            letter.pages().get(0).qrText());
    assertThat(second.getStatus()).isEqualTo(409);
    assertThat(second.getContentAsString()).contains(page.substring("/counter/".length()));
    assertThat(send(get("/counter/h-aaaaaaaaaaaa").session(c.session(STAFF))).getStatus())
        .isEqualTo(404);
    MockHttpServletResponse unknown =
        submit(
            STAFF, "/counter", "/counter", "counter", COUNTER, "code", "ABCD-EFGH-JKMN-PQRS-TVWX");
    assertThat(unknown.getStatus()).isIn(400, 404);
    MockHttpServletResponse numbered =
        submit(
            STAFF,
            "/counter",
            "/counter",
            "counter",
            ConsoleWorld.DIGITS,
            "code",
            pickup.pages().get(0).shortCode());
    assertThat(numbered.getStatus()).isEqualTo(400);
    assertThat(numbered.getContentAsString()).doesNotContain(ConsoleWorld.DIGITS);
    MockHttpServletResponse cancelled = submit("city-org-admin", page, page + "/cancel");
    assertThat(cancelled.getRedirectedUrl()).isEqualTo("/counter?said=cancelled");
  }

  @Test
  void theConsoleLinksTheCounter_forItsStaff_andNoOneElse() throws Exception {
    for (String user : new String[] {STAFF, SECOND, "city-org-admin"}) {
      assertThat(send(get("/console").session(c.session(user))).getContentAsString())
          .as(user)
          .contains("id=\"nav-counter\"", "href=\"/counter\"");
    }
    MockHttpServletResponse auditor = send(get("/console").session(c.session("city-auditor")));
    assertThat(auditor.getStatus()).isEqualTo(200);
    assertThat(auditor.getContentAsString()).doesNotContain("id=\"nav-counter\"");
  }
}
