package mamori.web;

import static mamori.web.ConsoleWorld.CITY;
import static mamori.web.ConsoleWorld.DIGITS;
import static mamori.web.ConsoleWorld.PURPOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.identity.Users;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Every console and desk page for every role of the city, its contractor and another city: rendered
 * for the roles it is made for and 403 for everyone else; no number echoed, markup shown as text,
 * no inline script or style, never cached; the chart, the log verification and the users page at
 * work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsolePagesIT {
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "/console",
              Set.of(
                  "city-staff",
                  "city-operator",
                  "city-org-admin",
                  "city-security-officer",
                  "city-auditor",
                  "other-staff",
                  "other-officer"),
          "/console/persons", Set.of("city-staff", "city-operator", "other-staff"),
          "/console/entrustments",
              Set.of("city-org-admin", "city-security-officer", "city-auditor", "other-officer"),
          "/console/log",
              Set.of("city-org-admin", "city-security-officer", "city-auditor", "other-officer"),
          "/console/users",
              Set.of(
                  "city-org-admin",
                  "city-security-officer",
                  "city-auditor",
                  "other-officer",
                  "con-admin"),
          "/console/entrustments/new",
              Set.of("city-org-admin", "city-security-officer", "other-officer"),
          "/console/organisations",
              Set.of(
                  "city-org-admin",
                  "city-security-officer",
                  "city-auditor",
                  "other-officer",
                  "con-admin"),
          "/console/purposes",
              Set.of(
                  "city-staff",
                  "city-org-admin",
                  "city-security-officer",
                  "city-auditor",
                  "other-staff",
                  "other-officer"),
          "/console/jobs/new", Set.of("city-org-admin", "city-security-officer", "other-officer"),
          "/desk", Set.of("con-operator", "con-admin", "sub-operator"));

  /** The desk's task pages: any contractor's user (with no job entrusted, told so). */
  static final Map<String, Set<String>> TASK_PAGES =
      Map.of(
          "/desk/work", Set.of("con-operator", "con-admin", "sub-operator"),
          "/desk/verify", Set.of("con-operator", "con-admin", "sub-operator"));

  /** The printed pages' console pages: the office's own security officer and admin. */
  static final Map<String, Set<String>> PAPER_PAGES =
      Map.of(
          "/console/found", Set.of("city-org-admin", "city-security-officer", "other-officer"),
          "/console/pages-out", Set.of("city-org-admin", "city-security-officer", "other-officer"));

  /** Every page of the matrix. */
  static Map<String, Set<String>> pages() {
    Map<String, Set<String>> all = new java.util.TreeMap<>(ALLOWED);
    all.putAll(TASK_PAGES);
    all.putAll(PAPER_PAGES);
    return all;
  }

  static final List<String> USERS =
      List.of(
          "city-staff",
          "city-operator",
          "city-org-admin",
          "city-security-officer",
          "city-auditor",
          "con-operator",
          "con-admin",
          "sub-operator",
          "other-staff",
          "other-officer");
  static final Pattern MINUTE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
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

  MockHttpServletResponse search(String user, String... params) throws Exception {
    var b = post("/console/persons/search").with(c.as(user)).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      b.param(params[i], params[i + 1]);
    }
    return send(b);
  }

  @Test
  void everyPage_rendersForItsRoles_andIs403ForEveryoneElse() throws Exception {
    List<String> wrong = new ArrayList<>();
    for (var page : pages().entrySet()) {
      for (String user : USERS) {
        MockHttpServletResponse r = send(get(page.getKey()).with(c.as(user)));
        int want = page.getValue().contains(user) ? 200 : 403;
        if (r.getStatus() != want) {
          wrong.add(page.getKey() + " " + user + " -> " + r.getStatus());
        }
      }
      MockHttpServletResponse out = send(get(page.getKey()));
      assertThat(out.getStatus()).as("signed out: " + page.getKey()).isEqualTo(302);
      assertThat(out.getRedirectedUrl()).as("signed out: " + page.getKey()).endsWith("/signin");
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyPage_isNeverCached_neverAnAttachment_andHasNoInlineScriptOrStyle() throws Exception {
    for (var page : pages().entrySet()) {
      String user =
          page.getValue().stream().filter(u -> !u.startsWith("other")).findFirst().orElseThrow();
      MockHttpServletResponse r = send(get(page.getKey()).with(c.as(user)));
      assertThat(r.getHeader("Cache-Control")).as(page.getKey()).contains("no-store");
      assertThat(r.getHeader("Content-Disposition")).isNull();
      assertThat(r.getHeader("Content-Security-Policy"))
          .contains("script-src 'self'", "style-src 'self'");
      String body = r.getContentAsString();
      // the log page's filter names the action entrustment.contract-download: a word, not a link
      // the dashboard's one script is a file of the service's own (the live alerts), never inline
      // the desk's task pages load their own (static/js/desk-task.js), never inline either
      String scripts =
          body.replace("<script src=\"/js/alerts-live.js\" defer></script>", "")
              .replace("<script src=\"/js/desk-task.js\" defer></script>", "");
      assertThat(scripts.replace("entrustment.contract-download", ""))
          .as(page.getKey())
          .doesNotContain("<script", " style=", "<style", "download", "text/csv");
      Files.writeString(
          Path.of("target", "console-page" + page.getKey().replace('/', '-') + ".html"), body);
    }
  }

  @Test
  void theNumber_isNeverEchoed_inResultsOrErrors() throws Exception {
    String typed = ConsoleWorld.typed(DIGITS);
    String wrongCheck = DIGITS.substring(0, 11) + ((DIGITS.charAt(11) - '0' + 1) % 10);
    for (String number :
        List.of(
            DIGITS,
            typed,
            DIGITS.substring(0, 4) + "-" + DIGITS.substring(4, 8) + " " + DIGITS.substring(8),
            wrongCheck,
            wrongCheck + "9",
            "abc" + DIGITS)) {
      MockHttpServletResponse r =
          search("city-staff", "purpose", PURPOSE, "case", "n-1", "number", number);
      String body = r.getContentAsString();
      assertThat(body.contains(DIGITS) || body.contains(wrongCheck) || body.contains(typed))
          .as("a number typed is never shown (status " + r.getStatus() + ")")
          .isFalse();
    }
    MockHttpServletResponse invalid =
        search("city-staff", "purpose", PURPOSE, "case", "n-1", "number", wrongCheck);
    assertThat(invalid.getStatus()).isEqualTo(400);
    assertThat(invalid.getContentAsString()).contains("個人番号が正しくありません");
    // a number put into another field is masked when the form is shown again
    MockHttpServletResponse inCase =
        search("city-staff", "purpose", PURPOSE, "case", DIGITS, "number", DIGITS);
    assertThat(inCase.getStatus()).isEqualTo(400);
    assertThat(inCase.getContentAsString().contains(DIGITS)).isFalse();
    MockHttpServletResponse inName =
        search(
            "city-staff",
            "purpose",
            PURPOSE,
            "case",
            "n-2",
            "familyName",
            DIGITS,
            "givenName",
            "x",
            "birthDate",
            "1990-04-01");
    assertThat(inName.getContentAsString().contains(DIGITS)).isFalse();
  }

  @Test
  void purposeAndCase_areAskedBeforeAnySearch() throws Exception {
    c.session("city-staff"); // signed in first: the sign-in is logged
    long before = c.log(CITY).size();
    MockHttpServletResponse noPurpose = search("city-staff", "case", "n-1", "number", DIGITS);
    assertThat(noPurpose.getStatus()).isEqualTo(400);
    assertThat(noPurpose.getContentAsString()).contains("先に事務（利用目的）を選んでください");
    MockHttpServletResponse noCase = search("city-staff", "purpose", PURPOSE, "number", DIGITS);
    assertThat(noCase.getStatus()).isEqualTo(400);
    assertThat(c.log(CITY).size()).isEqualTo(before);
    MockHttpServletResponse unknown =
        search("city-staff", "purpose", "no-such-purpose", "case", "n-1", "number", DIGITS);
    assertThat(unknown.getStatus()).isEqualTo(403);
    assertThat(unknown.getContentAsString()).contains("この事務は登録されていません");
    assertThat(c.last(CITY).decision()).isEqualTo("deny:purpose.unknown");
  }

  @Test
  void searchByNameAndBirthDate_showsAMaskedSummary_withMarkupAsText() throws Exception {
    MockHttpServletResponse r =
        search(
            "city-staff",
            "purpose",
            PURPOSE,
            "case",
            "n-3",
            "familyName",
            ConsoleWorld.SCRIPT,
            "givenName",
            ConsoleWorld.BOLD,
            "birthDate",
            "1990-04-01");
    assertThat(r.getStatus()).isEqualTo(200);
    String body = r.getContentAsString();
    assertThat(body).contains("id=\"results\"", "&lt;").doesNotContain("<script>alert", "<b>x</b>");
    assertThat(body)
        .containsPattern("/console/persons/[0-9A-Z-]{19}\\?purpose=resident-tax&amp;case=n-3");
    String results = body.substring(body.indexOf("id=\"results\""));
    assertThat(results)
        .contains("<span class=\"value\">&lt;＊</span>", "<span class=\"value\">1990</span>")
        .doesNotContain("1990-04-01", "script", "&lt;b&gt;");
    assertThat(body.contains(DIGITS)).isFalse();
  }

  @Test
  void inEnglish_whenTheBrowserAsks() throws Exception {
    MockHttpServletResponse r =
        send(get("/console").with(c.as("city-staff")).header("Accept-Language", "en"));
    assertThat(r.getContentAsString()).contains("Dashboard", "Accesses per day");
    assertThat(send(get("/console").with(c.as("city-staff"))).getContentAsString())
        .contains("ダッシュボード", "日ごとのアクセス");
  }

  @Test
  void dashboard_showsCountsRecentAccessesPendingApprovalsAndAChart() throws Exception {
    search("city-staff", "purpose", PURPOSE, "case", "d-1", "number", DIGITS);
    search("city-staff", "purpose", "no-such-purpose", "case", "d-1", "number", DIGITS);
    MockHttpServletResponse r = send(get("/console").with(c.as("city-security-officer")));
    String body = r.getContentAsString();
    assertThat(body).contains("id=\"count-persons\">5<", "<svg", "id=\"chart\"");
    assertThat(count(body, "class=\"bar-allowed\"")).isEqualTo(14);
    assertThat(
            count(
                send(get("/console?days=30").with(c.as("city-staff"))).getContentAsString(),
                "class=\"bar-allowed\""))
        .isEqualTo(30);
    assertThat(body)
        .contains(
            "deny:purpose.unknown",
            c.child.id(),
            "/console/entrustments/" + c.child.id() + "/approve");
    assertThat(body).containsPattern(MINUTE).containsPattern("[0-9A-Z]{4}-…-[0-9A-Z]{4}");
    assertThat(body.contains(DIGITS)).isFalse();
    assertThat(body).doesNotContain("register");
    assertThat(send(get("/console").with(c.as("city-staff"))).getContentAsString())
        .doesNotContain("/console/entrustments/" + c.child.id() + "/approve");
  }

  @Test
  void entrustmentTree_nestsTheReEntrustmentUnderItsParent() throws Exception {
    String body =
        send(get("/console/entrustments").with(c.as("city-auditor"))).getContentAsString();
    int parentAt = body.indexOf("id=\"node-" + c.parent.id() + "\"");
    int childAt = body.indexOf("id=\"node-" + c.child.id() + "\"");
    assertThat(parentAt).isPositive();
    assertThat(childAt).isGreaterThan(parentAt);
    assertThat(body.substring(parentAt, childAt)).contains("<ul class=\"tree\">");
    assertThat(body).contains("badge-requested", "badge-active", "c-con", "resident-tax");
    assertThat(body).doesNotContain("/approve\"", "/revoke\""); // an auditor changes nothing
    assertThat(
            send(get("/console/entrustments/" + c.child.id() + "/approve")
                    .with(c.as("city-auditor")))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(get("/console/entrustments/" + c.child.id() + "/explode")
                    .with(c.as("city-security-officer")))
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void logPage_verifiesNow_andShowsTheResultAndDuration() throws Exception {
    String before = send(get("/console/log").with(c.as("city-auditor"))).getContentAsString();
    assertThat(before).contains("id=\"note\"", "mamori.localhost/log/c-city", "id=\"verify\"");
    assertThat(send(post("/console/log/verify").with(c.as("city-auditor"))).getStatus())
        .isEqualTo(403);
    assertThat(
            send(post("/console/log/verify").with(c.as("city-org-admin")).with(csrf())).getStatus())
        .isEqualTo(403);
    MockHttpServletResponse run =
        send(post("/console/log/verify").with(c.as("city-auditor")).with(csrf()));
    assertThat(run.getStatus()).isEqualTo(302);
    String after = send(get("/console/log").with(c.as("city-auditor"))).getContentAsString();
    assertThat(after).contains("id=\"verify-result\"", "正常", "id=\"verify-duration\"", " ms");
    assertThat(send(get("/console/log").with(c.as("other-officer"))).getContentAsString())
        .doesNotContain("id=\"verify-result\"", "mamori.localhost/log/c-city");
  }

  @Test
  void logPage_listsTheRecords_filteredByKindAndAction_pageByPage() throws Exception {
    String all = send(get("/console/log").with(c.as("city-auditor"))).getContentAsString();
    assertThat(rows(all)).isNotEmpty();
    String admin =
        send(get("/console/log").param("kind", "admin").with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(rows(admin))
        .isNotEmpty()
        .allSatisfy(
            r -> assertThat(r).containsPattern("<td>(entrustment|user|token|keys)\\.[a-z-]+</td>"))
        .noneSatisfy(r -> assertThat(r).contains("<td>read</td>"));
    String refused =
        send(get("/console/log").param("kind", "refusal").with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(rows(refused)).allSatisfy(r -> assertThat(r).contains("class=\"denied\"", "deny:"));
    String created =
        send(get("/console/log")
                .param("kind", "admin")
                .param("action", "entrustment.create")
                .with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(rows(created))
        .hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(r -> assertThat(r).contains("<td>entrustment.create</td>"));
    // the first record alone: nothing older, so no link on
    String first =
        send(get("/console/log").param("before", "1").with(c.as("city-auditor")))
            .getContentAsString();
    assertThat(rows(first)).hasSize(1).allSatisfy(r -> assertThat(r).contains("<td>0</td>"));
    assertThat(first).doesNotContain("id=\"older\"");
    // a kind, action or position the page does not know is a 400, not a guess
    for (String[] bad :
        new String[][] {{"kind", "everything"}, {"action", "read.all"}, {"before", "-1"}}) {
      assertThat(
              send(get("/console/log").param(bad[0], bad[1]).with(c.as("city-auditor")))
                  .getStatus())
          .as(bad[0])
          .isEqualTo(400);
    }
    // another tenant's officer sees their own log only
    assertThat(
            rows(
                send(get("/console/log")
                        .param("action", "entrustment.create")
                        .with(c.as("other-officer")))
                    .getContentAsString()))
        .isEmpty();
  }

  /** The rows of the log page's record table. */
  static List<String> rows(String page) {
    int start = page.indexOf("id=\"record-rows\"");
    if (start < 0) {
      return List.of();
    }
    String table = page.substring(start, page.indexOf("</table>", start));
    String body = table.substring(table.indexOf("<tbody>"));
    return java.util.Arrays.stream(body.split("<tr")).skip(1).toList();
  }

  @Test
  void usersPage_listsUsersAndTokens_disablesAndRevokes_withinTheTenantOnly() throws Exception {
    Users users = c.w.context.getBean(Users.class);
    ApiTokens tokens = c.w.context.getBean(ApiTokens.class);
    c.w.user(CITY, CITY, "leaver", Role.STAFF);
    c.w.user(CITY, CITY, "laptop-owner", Role.STAFF);
    String page = send(get("/console/users").with(c.as("city-org-admin"))).getContentAsString();
    assertThat(page)
        .contains("leaver", "con-operator", "tok_")
        .doesNotContain("other-staff", "mamori_");
    assertThat(
            send(post("/console/users/leaver/disable")
                    .with(c.as("city-org-admin"))
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(post("/console/users/leaver/disable")
                    .with(c.as("city-auditor"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
    assertThat(
            send(post("/console/users/leaver/disable").with(c.as("city-org-admin")).with(csrf()))
                .getStatus())
        .isEqualTo(400);
    assertThat(users.find("leaver").orElseThrow().disabled()).isFalse();
    assertThat(
            send(post("/console/users/leaver/disable")
                    .with(c.as("city-org-admin"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(302);
    assertThat(users.find("leaver").orElseThrow().disabled()).isTrue();
    assertThat(c.last(CITY).action()).isEqualTo("user.disable");
    assertThat(
            send(post("/console/users/city-org-admin/disable")
                    .with(c.as("city-org-admin"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(400);
    assertThat(
            send(post("/console/users/other-staff/disable")
                    .with(c.as("city-org-admin"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(404);
    assertThat(users.find("other-staff").orElseThrow().disabled()).isFalse();

    String laptop = tokens.list("laptop-owner").getFirst().tokenId();
    String foreign = tokens.list("other-staff").getFirst().tokenId();
    assertThat(
            send(post("/console/tokens/" + foreign + "/revoke")
                    .with(c.as("city-security-officer"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(404);
    assertThat(tokens.list("other-staff").getFirst().revokedAt()).isNull();
    assertThat(
            send(post("/console/tokens/" + laptop + "/revoke")
                    .with(c.as("city-security-officer"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(302);
    assertThat(tokens.list("laptop-owner").getFirst().revokedAt()).isNotNull();
    assertThat(send(get("/console/users").with(c.as("city-org-admin"))).getContentAsString())
        .containsPattern(MINUTE);
  }

  @Test
  void usersPage_addsAUserWithAnEnrolmentAddress_onlyToTheAdminsOwnOrganisation() throws Exception {
    MockHttpServletResponse added =
        send(
            post("/console/users/add")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("organisation", CITY)
                .param("id", "new-clerk")
                .param("name", "<b>新人</b>")
                .param("role", "STAFF"));
    assertThat(added.getStatus()).isEqualTo(200);
    assertThat(added.getContentAsString())
        .containsPattern(
            "id=\"enrolment-address\">http://localhost/enrol/[a-z2-9]{10}-[a-z2-9]{26}<")
        .contains("&lt;b&gt;新人&lt;/b&gt;")
        .doesNotContainIgnoringCase("password\"");
    assertThat(c.last(CITY).action()).isEqualTo("user.enrolment-issue");

    assertThat(
            send(post("/console/users/add")
                    .with(c.as("city-org-admin"))
                    .param("organisation", CITY)
                    .param("id", "no-csrf")
                    .param("name", "x")
                    .param("role", "STAFF"))
                .getStatus())
        .isEqualTo(403);
    MockHttpServletResponse intoContractor =
        send(
            post("/console/users/add")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("organisation", "c-con")
                .param("id", "planted-op")
                .param("name", "x")
                .param("role", "OPERATOR"));
    assertThat(intoContractor.getStatus()).isEqualTo(403);
    assertThat(c.last(CITY).decision()).isEqualTo("deny:user.not-own-organisation");
    MockHttpServletResponse badRole =
        send(
            post("/console/users/add")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("organisation", CITY)
                .param("id", "bad-role")
                .param("name", "x")
                .param("role", "OPERATOR"));
    assertThat(badRole.getStatus()).isEqualTo(400);
    assertThat(badRole.getContentAsString()).contains("id=\"add-error\"");
    Users users = c.w.context.getBean(Users.class);
    assertThat(users.find("no-csrf")).isEmpty();
    assertThat(users.find("planted-op")).isEmpty();
    assertThat(users.find("bad-role")).isEmpty();

    MockHttpServletResponse again =
        send(
            post("/console/users/new-clerk/enrolment")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("confirm", "yes"));
    assertThat(again.getStatus()).isEqualTo(200);
    assertThat(again.getContentAsString()).contains("id=\"enrolment-address\"");
    assertThat(
            send(post("/console/users/new-clerk/enrolment")
                    .with(c.as("city-auditor"))
                    .with(csrf())
                    .param("confirm", "yes"))
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void deskPerson_showsMarkupAsText() throws Exception {
    String listed =
        send(get("/desk/entrustments/" + c.parent.id())
                .with(c.as("con-operator"))
                .param("purpose", PURPOSE)
                .param("case", "esc-1"))
            .getContentAsString();
    var m = ConsoleFlowIT.DESK_TOKEN.matcher(listed);
    boolean seen = false;
    while (m.find()) {
      String body =
          send(get("/desk/persons/" + m.group(1))
                  .with(c.as("con-operator"))
                  .param("purpose", PURPOSE)
                  .param("case", "esc-1"))
              .getContentAsString();
      assertThat(body).doesNotContain("<script>alert(1)</script>", "<b>x</b>", "<i>1</i>");
      seen |=
          body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
              && body.contains("&lt;b&gt;x&lt;/b&gt;")
              && body.contains("&lt;i&gt;1&lt;/i&gt;");
    }
    assertThat(seen).isTrue();
  }

  static int count(String body, String what) {
    int n = 0;
    for (int at = body.indexOf(what); at >= 0; at = body.indexOf(what, at + 1)) {
      n++;
    }
    return n;
  }
}
