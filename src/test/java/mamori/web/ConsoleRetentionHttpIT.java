package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Why;
import mamori.portal.Resident;
import mamori.retention.RetentionRows;
import mamori.store.Store;
import mamori.store.TestStores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The retention pages in the running service, over rows written directly into the V42 tables: the
 * runs and holds for the security officer and the auditor (no one else), a run's persons paged, its
 * certificate and CSV, the officer's actions (approve, with the count confirmed twice where a run
 * deletes every person of a purpose; cancel; holds; standing approvals; a proposal) and their
 * refusals, the dashboard's card, and the resident's deletion records in the portal in both
 * languages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleRetentionHttpIT {
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final String OFFICER = "city-security-officer";
  static final String AUDITOR = "city-auditor";
  static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

  ConsoleWorld c;
  String anna;
  List<String> tokens = new ArrayList<>();

  /** The store the service runs on: SQLite here, PostgreSQL in the subclass. */
  TestStores.Kind kind() {
    return TestStores.Kind.SQLITE;
  }

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(kind());
    anna =
        c.w
            .context
            .getBean(mamori.access.AccessGate.class)
            .findByNumber(
                c.principal("city-staff"),
                new Why(ConsoleWorld.PURPOSE, "retention-test"),
                ConsoleWorld.NUMBER)
            .orElseThrow()
            .value();
    var ds = c.w.context.getBean(Store.class).dataSource();
    long annaId =
        JdbcClient.create(ds)
            .sql("SELECT person_id FROM person WHERE tenant_id = ? AND token = ?")
            .params(ConsoleWorld.CITY, anna)
            .query(Long.class)
            .single();
    RetentionRows rows = new RetentionRows(ds, 19);
    List<RetentionRows.Row> persons = new ArrayList<>();
    // anna's number only, then 149 other persons' whole records (ids far from the vault's own)
    persons.add(
        new RetentionRows.Row(
            annaId, anna, "NUMBER", ConsoleWorld.PURPOSE, "erased", null, T0.plusSeconds(7200)));
    tokens.add(anna);
    for (int i = 0; i < 149; i++) {
      String t = rows.token();
      tokens.add(t);
      persons.add(
          new RetentionRows.Row(
              5_000_000L + i,
              t,
              "RECORD",
              ConsoleWorld.PURPOSE,
              i == 0 ? "kept" : "erased",
              i == 0 ? "held" : null,
              i == 0 ? null : T0.plusSeconds(7200)));
    }
    rows.run(
        ConsoleWorld.CITY,
        "RUNDONE1",
        LocalDate.of(2026, 12, 1),
        "done",
        150,
        148,
        1,
        1,
        T0,
        OFFICER);
    rows.persons(ConsoleWorld.CITY, "RUNDONE1", persons);
    rows.run(
        ConsoleWorld.CITY,
        "RUNPROP2",
        LocalDate.of(2026, 12, 5),
        "proposed",
        0,
        0,
        0,
        0,
        T0.plusSeconds(86_400 * 4),
        null);
    rows.run(
        ConsoleWorld.OTHER, "RUNOTHER", LocalDate.of(2026, 12, 1), "done", 0, 0, 0, 0, T0, "x");
    rows.hold(ConsoleWorld.CITY, "HOLD0001", "incident i-7", 1, false);
    rows.hold(ConsoleWorld.CITY, "HOLD0002", "audit a-2", 1, false);
    // runs for the actions: one that deletes every purpose's person (confirmed twice), one to
    // cancel, one the officer proposed (and so may not approve)
    for (String id : new String[] {"RUNEVERY", "RUNCANCL", "RUNOWN01"}) {
      rows.run(
          ConsoleWorld.CITY,
          id,
          LocalDate.of(2026, 12, 5),
          "proposed",
          id.equals("RUNEVERY") ? 3 : 0,
          0,
          0,
          0,
          T0.plusSeconds(86_400 * 3),
          null);
    }
    JdbcClient.create(ds)
        .sql("UPDATE retention_run SET everyone_of = ? WHERE tenant_id = ? AND run_id = ?")
        .params(ConsoleWorld.PURPOSE, ConsoleWorld.CITY, "RUNEVERY")
        .update();
    JdbcClient.create(ds)
        .sql("UPDATE retention_run SET proposed_by = ? WHERE tenant_id = ? AND run_id = ?")
        .params(OFFICER, ConsoleWorld.CITY, "RUNOWN01")
        .update();
  }

  @AfterAll
  void stop() {
    c.close();
  }

  MockHttpServletResponse send(String user, String path) throws Exception {
    return c.send(get(path).session(c.session(user)));
  }

  @Test
  void theOfficerAndTheAuditorSeeTheRunsAndHolds_andNoOneElse() throws Exception {
    for (String user : new String[] {OFFICER, AUDITOR}) {
      MockHttpServletResponse page = send(user, "/console/retention");
      assertThat(page.getStatus()).as(user).isEqualTo(200);
      assertThat(page.getContentAsString())
          .contains("id=\"run-RUNDONE1\"", "id=\"run-RUNPROP2\"", "id=\"hold-HOLD0001\"")
          .contains("href=\"/console/retention/RUNDONE1/certificate.pdf\"")
          .contains("id=\"nav-retention\"")
          .doesNotContain("RUNOTHER", ConsoleWorld.DIGITS);
      // the newest first
      assertThat(page.getContentAsString().indexOf("run-RUNPROP2"))
          .isLessThan(page.getContentAsString().indexOf("run-RUNDONE1"));
    }
    assertThat(send(OFFICER, "/console/retention").getContentAsString())
        .contains("id=\"place-hold-form\"", "id=\"lift-HOLD0001\"");
    assertThat(send(AUDITOR, "/console/retention").getContentAsString())
        .doesNotContain("id=\"place-hold-form\"", "id=\"lift-HOLD0001\"");
    for (String user : new String[] {"city-staff", "city-org-admin", "con-admin"}) {
      assertThat(send(user, "/console/retention").getStatus()).as(user).isEqualTo(403);
      assertThat(send(user, "/console/retention/RUNDONE1/certificate.pdf").getStatus())
          .as(user)
          .isEqualTo(403);
      assertThat(send(user, "/console").getContentAsString())
          .doesNotContain("id=\"nav-retention\"");
    }
    // another city's officer sees its own (none of this city's) and cannot fetch this city's run
    MockHttpServletResponse other = send("other-officer", "/console/retention");
    assertThat(other.getStatus()).isEqualTo(200);
    assertThat(other.getContentAsString()).contains("RUNOTHER").doesNotContain("RUNDONE1");
    assertThat(send("other-officer", "/console/retention/RUNDONE1/certificate.pdf").getStatus())
        .isEqualTo(404);
    assertThat(send("other-officer", "/console/retention/RUNDONE1").getStatus()).isEqualTo(404);
    assertThat(c.send(get("/console/retention")).getStatus()).isEqualTo(302);
  }

  @Test
  void aRunsPage_pagesItsPersons_andItsCertificateAndCsvHoldTokensOnly() throws Exception {
    MockHttpServletResponse first = send(AUDITOR, "/console/retention/RUNDONE1");
    assertThat(first.getStatus()).isEqualTo(200);
    String html = first.getContentAsString();
    assertThat(html)
        .contains("id=\"kept-held\"", "id=\"next\"")
        .doesNotContain(ConsoleWorld.DIGITS, "console.retention");
    assertThat(html).doesNotContain("id=\"approve\"");
    Matcher next = Pattern.compile("/console/retention/RUNDONE1\\?after=([0-9a-z]+)").matcher(html);
    assertThat(next.find()).isTrue();
    MockHttpServletResponse second = send(AUDITOR, next.group());
    assertThat(second.getStatus()).isEqualTo(200);
    assertThat(second.getContentAsString()).contains("id=\"first\"").doesNotContain("id=\"next\"");
    int shown = 0;
    for (String t : tokens) {
      shown += (html.contains(t) ? 1 : 0) + (second.getContentAsString().contains(t) ? 1 : 0);
    }
    assertThat(shown).isEqualTo(150);
    assertThat(html + second.getContentAsString()).contains(anna);
    assertThat(send(AUDITOR, "/console/retention/RUNOTHER").getStatus()).isEqualTo(404);
    assertThat(send(AUDITOR, "/console/retention/RUNDONE1?after=zz!").getStatus()).isEqualTo(404);

    MockHttpServletResponse pdf = send(AUDITOR, "/console/retention/RUNDONE1/certificate.pdf");
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    assertThat(pdf.getHeader("Content-Disposition")).contains("RUNDONE1.pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("廃棄証明書", anna, pdf.getHeader("X-Tokens-SHA256"));
      assertThat(text.replace(pdf.getHeader("X-Tokens-SHA256"), ""))
          .doesNotContainPattern("[0-9]{12}");
    }
    // the CSV is streamed: MockMvc answers it on the async dispatch
    var started =
        c.mvc
            .perform(get("/console/retention/RUNDONE1/tokens.csv").session(c.session(OFFICER)))
            .andReturn();
    assertThat(started.getResponse().getStatus()).isEqualTo(200);
    MockHttpServletResponse csv =
        c.send(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                started));
    assertThat(csv.getHeader("Content-Disposition")).contains("RUNDONE1-tokens.csv");
    assertThat(csv.getContentAsString().lines())
        .hasSize(151)
        .contains(anna + ",NUMBER,erased,\"resident-tax\",,2026-12-01T03:00:00Z");
    assertThat(send(AUDITOR, "/console/retention/RUNOTHER/certificate.pdf").getStatus())
        .isEqualTo(404);
  }

  /** A form posted by {@code user} with a CSRF token from the officer's page. */
  MockHttpServletResponse post(String user, String path, String... params) throws Exception {
    var session = c.session(user);
    MockHttpServletResponse page = c.send(get("/console/retention").session(session));
    Matcher m = CSRF.matcher(page.getContentAsString());
    var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
    request.session(session);
    if (m.find()) {
      request.param("_csrf", m.group(1));
    }
    for (int i = 0; i < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return c.send(request);
  }

  String state(String runId) {
    return JdbcClient.create(c.w.context.getBean(Store.class).dataSource())
        .sql("SELECT state FROM retention_run WHERE tenant_id = ? AND run_id = ?")
        .params(ConsoleWorld.CITY, runId)
        .query(String.class)
        .single();
  }

  @Test
  void theOfficerApprovesAndCancels_othersAreRefused_unknownRunsAre404() throws Exception {
    MockHttpServletResponse proposed = send(OFFICER, "/console/retention/RUNPROP2");
    assertThat(proposed.getContentAsString()).contains("id=\"approve\"", "id=\"cancel\"");
    assertThat(proposed.getContentAsString()).doesNotContain("id=\"confirm-count\"");
    assertThat(send(AUDITOR, "/console/retention/RUNPROP2").getContentAsString())
        .doesNotContain("id=\"approve\"");
    for (String user : new String[] {AUDITOR, "city-staff", "city-org-admin"}) {
      for (String action : new String[] {"approve", "cancel"}) {
        assertThat(post(user, "/console/retention/RUNPROP2/" + action).getStatus())
            .as(user + " " + action)
            .isEqualTo(403);
      }
    }
    assertThat(state("RUNPROP2")).isEqualTo("proposed");

    MockHttpServletResponse approved = post(OFFICER, "/console/retention/RUNPROP2/approve");
    assertThat(approved.getStatus()).isEqualTo(302);
    assertThat(approved.getRedirectedUrl()).isEqualTo("/console/retention/RUNPROP2?done=approved");
    assertThat(state("RUNPROP2")).isEqualTo("approved");
    MockHttpServletResponse after = send(OFFICER, approved.getRedirectedUrl());
    assertThat(after.getContentAsString())
        .contains("id=\"act-done\"", "id=\"waiting\"", "id=\"cancel\"")
        .doesNotContain("id=\"approve\"");
    assertThat(send(OFFICER, "/console/retention/RUNDONE1").getContentAsString())
        .doesNotContain("id=\"cancel\"", "id=\"approve\"");
    // approving again: the run is no longer proposed
    assertThat(post(OFFICER, "/console/retention/RUNPROP2/approve").getRedirectedUrl())
        .isEqualTo("/console/retention/RUNPROP2?error=retention.run-state");
    assertThat(
            send(OFFICER, "/console/retention/RUNPROP2?error=retention.run-state")
                .getContentAsString())
        .contains("id=\"act-error\"");
    // an error code the pages do not explain is not shown
    assertThat(send(OFFICER, "/console/retention/RUNPROP2?error=%3Cb%3E").getContentAsString())
        .doesNotContain("id=\"act-error\"", "<b>");

    // the officer who proposed a run may not approve it
    assertThat(post(OFFICER, "/console/retention/RUNOWN01/approve").getRedirectedUrl())
        .isEqualTo("/console/retention/RUNOWN01?error=approval.own-request");
    assertThat(state("RUNOWN01")).isEqualTo("proposed");

    assertThat(post(OFFICER, "/console/retention/RUNCANCL/cancel").getRedirectedUrl())
        .isEqualTo("/console/retention/RUNCANCL?done=cancelled");
    assertThat(state("RUNCANCL")).isEqualTo("cancelled");

    assertThat(post(OFFICER, "/console/retention/NOSUCH01/approve").getStatus()).isEqualTo(404);
    assertThat(post(OFFICER, "/console/retention/NOSUCH01/cancel").getStatus()).isEqualTo(404);
    assertThat(post("other-officer", "/console/retention/RUNOWN01/cancel").getStatus())
        .isEqualTo(404);
    assertThat(state("RUNOWN01")).isEqualTo("proposed");
  }

  @Test
  void aRunThatDeletesEveryPersonOfAPurpose_isApprovedWithItsCountConfirmedTwice()
      throws Exception {
    String page = send(OFFICER, "/console/retention/RUNEVERY").getContentAsString();
    assertThat(page).contains("id=\"everyone-of\"", "id=\"confirm\"", "id=\"confirm-count\"");
    String refused = "/console/retention/RUNEVERY?error=retention.unconfirmed";
    assertThat(post(OFFICER, "/console/retention/RUNEVERY/approve").getRedirectedUrl())
        .isEqualTo(refused);
    assertThat(
            post(OFFICER, "/console/retention/RUNEVERY/approve", "confirmCount", "3")
                .getRedirectedUrl())
        .isEqualTo(refused);
    assertThat(
            post(
                    OFFICER,
                    "/console/retention/RUNEVERY/approve",
                    "confirm",
                    "true",
                    "confirmCount",
                    "4")
                .getRedirectedUrl())
        .isEqualTo(refused);
    assertThat(state("RUNEVERY")).isEqualTo("proposed");
    assertThat(
            post(
                    OFFICER,
                    "/console/retention/RUNEVERY/approve",
                    "confirm",
                    "true",
                    "confirmCount",
                    "3")
                .getRedirectedUrl())
        .isEqualTo("/console/retention/RUNEVERY?done=approved");
    assertThat(state("RUNEVERY")).isEqualTo("approved");
  }

  @Test
  void theOfficerPlacesAndLiftsHolds_givesAndWithdrawsStanding_andProposes() throws Exception {
    assertThat(send(OFFICER, "/console/retention").getContentAsString())
        .contains("value=\"court-order\"", "id=\"propose\"", "id=\"standing-form-")
        .doesNotContain("value=\"court\"");
    assertThat(send(AUDITOR, "/console/retention").getContentAsString())
        .contains("id=\"standing-" + ConsoleWorld.PURPOSE + "\"")
        .doesNotContain("id=\"propose\"", "id=\"standing-form-");

    MockHttpServletResponse held =
        post(
            OFFICER,
            "/console/retention/holds",
            "kind",
            "court-order",
            "reference",
            "令和8年(ワ)第12号",
            "reason",
            "裁判所の命令による保全",
            "tokens",
            anna + "\n\n" + anna.toLowerCase(java.util.Locale.ROOT) + "\n");
    assertThat(held.getRedirectedUrl()).isEqualTo("/console/retention?done=held");
    String list = send(OFFICER, held.getRedirectedUrl()).getContentAsString();
    assertThat(list).contains("令和8年(ワ)第12号", "id=\"act-done\"").doesNotContain("act-error");
    assertThat(
            post(
                    OFFICER,
                    "/console/retention/holds",
                    "kind",
                    "court",
                    "reference",
                    "r",
                    "reason",
                    "r",
                    "tokens",
                    anna)
                .getRedirectedUrl())
        .isEqualTo("/console/retention?error=request.invalid");
    assertThat(
            post(
                    OFFICER,
                    "/console/retention/holds",
                    "kind",
                    "audit",
                    "reference",
                    "r",
                    "reason",
                    "r",
                    "tokens",
                    "not a token")
                .getRedirectedUrl())
        .isEqualTo("/console/retention?error=request.invalid");
    assertThat(
            post(
                    "city-staff",
                    "/console/retention/holds",
                    "kind",
                    "audit",
                    "reference",
                    "r",
                    "reason",
                    "r",
                    "tokens",
                    anna)
                .getStatus())
        .isEqualTo(403);

    assertThat(post(AUDITOR, "/console/retention/holds/HOLD0002/lift").getStatus()).isEqualTo(403);
    assertThat(post(OFFICER, "/console/retention/holds/HOLD0002/lift").getRedirectedUrl())
        .isEqualTo("/console/retention?done=lifted");
    assertThat(send(OFFICER, "/console/retention").getContentAsString())
        .doesNotContain("id=\"hold-HOLD0002\"");
    assertThat(post(OFFICER, "/console/retention/holds/HOLD0002/lift").getRedirectedUrl())
        .isEqualTo("/console/retention?error=retention.hold-state");
    assertThat(post(OFFICER, "/console/retention/holds/NOHOLD01/lift").getStatus()).isEqualTo(404);

    String standing = "/console/retention/standing/" + ConsoleWorld.PURPOSE;
    assertThat(post(AUDITOR, standing, "give", "true").getStatus()).isEqualTo(403);
    assertThat(post(OFFICER, standing, "give", "true").getRedirectedUrl())
        .isEqualTo("/console/retention?done=standing-given");
    assertThat(send(OFFICER, "/console/retention").getContentAsString())
        .contains("name=\"give\" value=\"false\"");
    assertThat(post(OFFICER, standing, "give", "false").getRedirectedUrl())
        .isEqualTo("/console/retention?done=standing-withdrawn");
    assertThat(
            post(OFFICER, "/console/retention/standing/no-such-purpose", "give", "true")
                .getRedirectedUrl())
        .isEqualTo("/console/retention?error=purpose.unknown");

    // no basis is recorded in this world: no one is due today
    assertThat(post(OFFICER, "/console/retention/propose").getRedirectedUrl())
        .isEqualTo("/console/retention?done=none-due");
    assertThat(post("city-staff", "/console/retention/propose").getStatus()).isEqualTo(403);
  }

  @Test
  void theOfficersDashboard_countsTheRunsAwaitingApproval() throws Exception {
    String dashboard = send(OFFICER, "/console").getContentAsString();
    assertThat(dashboard)
        .contains("id=\"count-retention-proposed\"", "href=\"/console/retention\"");
    assertThat(send("city-staff", "/console").getContentAsString())
        .doesNotContain("id=\"count-retention-proposed\"");
  }

  @Test
  void theResidentSeesTheirDeletionRecord_inBothLanguages() throws Exception {
    Resident r = new Resident(ConsoleWorld.CITY, "r-retention", anna);
    String purpose =
        c.w.entrustments.purposes(ConsoleWorld.CITY).stream()
            .filter(p -> p.id().equals(ConsoleWorld.PURPOSE))
            .findFirst()
            .orElseThrow()
            .name();
    MockHttpServletResponse ja =
        c.send(get("/portal/history").with(authentication(ResidentSessions.signedIn(r))));
    assertThat(ja.getStatus()).isEqualTo(200);
    assertThat(ja.getContentAsString())
        .contains("id=\"deletions\"", "削除の記録")
        .contains("令和8年12月1日、事務「" + purpose + "」のためのあなたの記録から個人番号のみを削除しました")
        .doesNotContain(ConsoleWorld.DIGITS);
    MockHttpServletResponse en =
        c.send(
            get("/portal/history")
                .header("Accept-Language", "en")
                .with(authentication(ResidentSessions.signedIn(r))));
    assertThat(en.getContentAsString())
        .contains("Only the number was deleted from your record for " + purpose + " on ");
    // another resident, with no deletion record, sees no such section
    Resident other = new Resident(ConsoleWorld.CITY, "r-other", tokens.get(1) + "X");
    MockHttpServletResponse none =
        c.send(get("/portal/history").with(authentication(ResidentSessions.signedIn(other))));
    assertThat(none.getContentAsString()).doesNotContain("id=\"deletions\"");
  }
}
