package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.store.TestClock;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.Pace;
import mamori.work.TaskId;
import mamori.work.WorkFixtures;
import mamori.work.WorkStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Over HTTP on a running service whose clock is the test's (issue 16's done-when: the forecast
 * warning appears with an injected clock and a slow pace): a job keyed slowly is behind its
 * deadline five days ahead, the officer's dashboard shows its card (deadline, forecast, shortfall)
 * and the service's pace check raises one work.behind alert that day; the job pages; and the
 * remedies in the same screen (more operators, a re-entrustment approved, a new deadline, quotas)
 * through the pages and the API, each logged, refused for a caller the rules refuse, another
 * tenant's job unknown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JobPaceHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "p-city";
  static final String OTHER = "q-city";
  static final String CON = "p-con";
  static final String SUB = "p-sub";
  static final String PASSWORD = "pace world passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  /** The service's clock: noon today in Japan, standing still until a test moves it. */
  static volatile TestClock clock =
      new TestClock(GateWorld.TODAY.atTime(12, 0).atZone(Pages.JAPAN).toInstant());

  /** A Spring source (not scanned: no annotation) that makes the test's clock the service's. */
  static class TestClockSource {
    @Bean
    @Primary
    Clock testClock() {
      return clock;
    }
  }

  GateWorld w;
  MockMvc mvc;
  WorkFixtures fx;
  WorkStore store;
  SecurityAlerts alerts;
  String officer;
  String admin;
  String auditor;
  String staff;
  String otherOfficer;
  final java.util.Map<String, MockHttpSession> sessions = new java.util.HashMap<>();
  static final AtomicInteger JOBS = new AtomicInteger();

  @BeforeAll
  void start() throws Exception {
    clock = new TestClock(GateWorld.TODAY.atTime(12, 0).atZone(Pages.JAPAN).toInstant());
    w =
        new GateWorld(
            Files.createTempDirectory("mamori-pace"),
            kind(),
            List.of(TestClockSource.class),
            "--mamori.detect.enabled=false");
    mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) w.context)
            .apply(springSecurity())
            .build();
    w.tenant(CITY, 1, 21);
    w.tenant(OTHER, 1, 22);
    w.organisation(CON, Organisation.Kind.CONTRACTOR, CITY);
    w.organisation(SUB, Organisation.Kind.SUBCONTRACTOR, CITY);
    officer = user(CITY, CITY, "p-officer", Role.SECURITY_OFFICER);
    admin = user(CITY, CITY, "p-admin", Role.ORG_ADMIN);
    auditor = user(CITY, CITY, "p-auditor", Role.AUDITOR);
    staff = user(CITY, CITY, "p-staff", Role.STAFF);
    otherOfficer = user(OTHER, OTHER, "q-officer", Role.SECURITY_OFFICER);
    user(CITY, CON, "con-op1", Role.OPERATOR);
    user(CITY, CON, "con-op2", Role.OPERATOR);
    user(CITY, SUB, "sub-op1", Role.OPERATOR);
    store = w.context.getBean(WorkStore.class);
    fx = new WorkFixtures(store);
    alerts = w.context.getBean(SecurityAlerts.class);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  private String user(String tenant, String org, String id, Role role) {
    String bearer = w.user(tenant, org, id, role);
    Credentials credentials = w.context.getBean(Credentials.class);
    credentials.setPassword(id, PASSWORD.toCharArray());
    credentials.setSecondFactor(id, SECRET);
    return bearer;
  }

  /** {@code user}'s console session, signed in through the pages once, on the service's clock. */
  MockHttpSession as(String user) {
    return sessions.computeIfAbsent(
        user,
        u -> {
          try {
            MockHttpSession s = new MockHttpSession();
            mvc.perform(
                    post("/signin")
                        .session(s)
                        .with(csrf())
                        .param("user", u)
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection());
            mvc.perform(
                    post("/signin/code")
                        .session(s)
                        .with(csrf())
                        .param("code", Credentials.currentCode(SECRET, clock)))
                .andExpect(status().is3xxRedirection());
            return s;
          } catch (Exception e) {
            throw new IllegalStateException("cannot sign " + u + " in", e);
          }
        });
  }

  /** A job of 200 tasks due in five days, keyed at one task an hour for the last eight hours. */
  record Fixture(Job job, Entrustment given) {}

  Fixture slowJob() {
    Instant now = clock.instant();
    String id = "job-slow-" + (char) ('a' + JOBS.getAndIncrement());
    Job j = fx.job(CITY, id, now.plus(Duration.ofDays(5)), now.minus(Duration.ofDays(1)));
    List<TaskId> tasks = fx.documents(j, 100, 2, now.minus(Duration.ofDays(1)));
    for (int h = 0; h < 8; h++) {
      fx.done(j, tasks.get(h), now.minus(Duration.ofHours(8 - h)), "con-op1", "con-op2");
    }
    fx.accuracy(j, "con-op1", 40, 36);
    fx.accuracy(j, "con-op2", 40, 40);
    Entrustment e = w.entrust(CITY, null, CON, jobScope(j));
    return new Fixture(j, e);
  }

  static Scope jobScope(Job j) {
    return new Scope(
        Set.of("resident-tax"),
        GateWorld.fields(Field.FAMILY_NAME, Mask.NONE),
        new PersonSet.Job(j.id().value()),
        GateWorld.TODAY,
        GateWorld.TODAY.plusDays(30),
        10_000,
        EnumSet.of(Action.ENTER, Action.VERIFY));
  }

  String page(String path, String user, int expected) throws Exception {
    var r = perform(get(path).session(as(user)));
    assertThat(r.getStatus()).as(path).isEqualTo(expected);
    return r.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The answer, with a page refused before anything is read answered as the running service's error
   * page does: MockMvc does not dispatch to it, so its status is taken from the refusal.
   */
  org.springframework.mock.web.MockHttpServletResponse perform(
      org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
    try {
      return mvc.perform(request).andReturn().getResponse();
    } catch (jakarta.servlet.ServletException e) {
      if (e.getCause() instanceof PageRefusal refusal) {
        var r = new org.springframework.mock.web.MockHttpServletResponse();
        r.setStatus(refusal.status().value());
        return r;
      }
      throw e;
    }
  }

  org.springframework.mock.web.MockHttpServletResponse form(
      String path, String user, String... params) throws Exception {
    var b = post(path).session(as(user)).with(csrf());
    for (int i = 0; i < params.length; i += 2) {
      b = b.param(params[i], params[i + 1]);
    }
    return perform(b);
  }

  List<String> logged(String tenant, String caseRef) {
    return w.logged(tenant).stream()
        .filter(r -> r.caseRef().equals(caseRef))
        .map(r -> r.action() + " " + r.decision() + " " + r.actor())
        .toList();
  }

  long behindAlerts(JobId job) {
    return alerts.list(CITY, 500).stream()
        .filter(a -> a.kind().equals(Pace.BEHIND_KIND) && a.subject().equals("job:" + job.value()))
        .count();
  }

  @Test
  void aSlowJob_showsItsWarningCardOnTheOfficersDashboard_daysAhead_andRaisesOneAlertADay()
      throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    String dash = page("/console", "p-officer", 200);
    assertThat(dash).contains("id=\"jobs-behind\"", "id=\"behind-" + id + "\"");
    String card = dash.substring(dash.indexOf("id=\"behind-" + id + "\""));
    card = card.substring(0, card.indexOf("</div>"));
    // deadline in five days; 192 tasks left at 8 a day is 24 days: 19 days late, 31 a day short
    assertThat(card)
        .contains(Pages.time(f.job().deadline()))
        .contains(Pages.time(clock.instant().plus(Duration.ofDays(24))))
        .contains("31")
        .contains("/console/jobs/" + id);
    // the dashboard only reads: the service's pace check raises the alert, once a day however
    // many checks and loads there are
    assertThat(behindAlerts(f.job().id())).as("the dashboard raises nothing").isZero();
    Pace pace = w.context.getBean(Pace.class);
    pace.check();
    assertThat(behindAlerts(f.job().id())).isEqualTo(1);
    page("/console", "p-officer", 200);
    page("/console", "p-admin", 200);
    pace.check();
    assertThat(behindAlerts(f.job().id())).as("once a day").isEqualTo(1);
    // staff and auditors see no card
    assertThat(page("/console", "p-staff", 200)).doesNotContain("id=\"behind-" + id + "\"");
    // (the next day's alert is PaceStoreTest's: a day on, the sessions here would have lapsed)
    // the alert reaches the alerts page and the API as any other, named for people
    assertThat(page("/console/alerts", "p-officer", 200))
        .containsAnyOf("入力業務の遅れ", "Data entry behind schedule");
  }

  @Test
  void theJobPages_showProgressPaceForecastOperatorsAndTheEntrustments() throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    String list = page("/console/jobs", "p-auditor", 200);
    assertThat(list).contains("id=\"job-" + id + "\"", "behind");
    String job = page("/console/jobs/" + id, "p-officer", 200);
    assertThat(job)
        .contains("id=\"behind\"", "id=\"forecast\"", "id=\"per-day\">8.0<")
        .contains("id=\"operator-con-op1\"", "90.0%")
        .contains("id=\"giving-" + f.given().id() + "\"")
        .contains("con-op1", "con-op2")
        .contains("<caption");
    // another tenant's officer finds no such job; staff may not look
    page("/console/jobs/" + id, "q-officer", 404);
    page("/console/jobs/" + id, "p-staff", 403);
    page("/console/jobs/no-such-job", "p-officer", 404);
  }

  @Test
  void aNewDeadline_isLoggedFirst_andEndsTheWarning_andIsRefusedToOthers() throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    LocalDate later = LocalDate.ofInstant(clock.instant(), Pages.JAPAN).plusDays(60);
    // the auditor reads the page but may not change it: refused and logged
    var refused =
        form("/console/jobs/" + id + "/deadline", "p-auditor", "deadline", later.toString());
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("id=\"refusal\"");
    assertThat(logged(CITY, id + "/deadline"))
        .containsExactly("job.change deny:role.not-allowed p-auditor");
    // another tenant's officer: job.unknown, in their own log
    assertThat(
            form("/console/jobs/" + id + "/deadline", "q-officer", "deadline", later.toString())
                .getStatus())
        .isEqualTo(404);
    // a date in the past is refused with nothing logged or changed
    var past = form("/console/jobs/" + id + "/deadline", "p-officer", "deadline", "2000-01-01");
    assertThat(past.getStatus()).isEqualTo(400);
    assertThat(store.job(new TenantId(CITY), f.job().id()).orElseThrow().deadline())
        .isEqualTo(f.job().deadline());

    var done = form("/console/jobs/" + id + "/deadline", "p-officer", "deadline", later.toString());
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(done.getRedirectedUrl()).endsWith("/console/jobs/" + id + "?done=deadline");
    assertThat(logged(CITY, id + "/deadline"))
        .containsExactly(
            "job.change deny:role.not-allowed p-auditor", "job.change allow p-officer");
    // the day typed ends at its last second in Japan, as a job created with it does, and the
    // page's date field shows that day again (not the next one)
    assertThat(store.job(new TenantId(CITY), f.job().id()).orElseThrow().deadline())
        .isEqualTo(later.atTime(23, 59, 59).atZone(Pages.JAPAN).toInstant())
        .isBefore(later.plusDays(1).atStartOfDay(Pages.JAPAN).toInstant());
    assertThat(page("/console/jobs/" + id, "p-officer", 200)).contains("value=\"" + later + "\"");
    // 24 days of work in 60: on time, so the card is gone
    assertThat(page("/console", "p-officer", 200)).doesNotContain("id=\"behind-" + id + "\"");
    assertThat(page("/console/jobs/" + id, "p-officer", 200)).doesNotContain("id=\"behind\"");
  }

  @Test
  void moreOperators_changeTheStaffListOfTheEntrustmentGivingTheJob_loggedByTheService()
      throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    String e = f.given().id();
    // an operator of the contractor added after the entrustment: the one "more operators" adds
    w.context.getBean(Users.class).add(CITY, CON, "con-op3", "入力 三郎", Role.OPERATOR);
    String staffList = "con-op1\ncon-op2\ncon-op3";
    var refused =
        form("/console/jobs/" + id + "/staff", "p-auditor", "entrustment", e, "staff", staffList);
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(
            form(
                    "/console/jobs/" + id + "/staff",
                    "q-officer",
                    "entrustment",
                    e,
                    "staff",
                    staffList)
                .getStatus())
        .isEqualTo(404);
    // an entrustment that does not give this job is unknown here
    Fixture other = slowJob();
    assertThat(
            form(
                    "/console/jobs/" + id + "/staff",
                    "p-officer",
                    "entrustment",
                    other.given().id(),
                    "staff",
                    staffList)
                .getStatus())
        .isEqualTo(403);
    assertThat(w.entrustments.entrustment(CITY, e).orElseThrow().contract().staff())
        .doesNotContain("con-op3");

    var done =
        form("/console/jobs/" + id + "/staff", "p-officer", "entrustment", e, "staff", staffList);
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(w.entrustments.entrustment(CITY, e).orElseThrow().contract().staff())
        .containsExactly("con-op1", "con-op2", "con-op3");
    assertThat(page("/console/jobs/" + id, "p-officer", 200)).contains("con-op3");
    assertThat(logged(CITY, e)).contains("entrustment.staff-change allow p-officer");
  }

  @Test
  void aRequestedReEntrustment_isApprovedInTheSameScreen_byTheOfficerOnly() throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    Entrustment requested = w.entrust(CON, f.given().id(), SUB, jobScope(f.job()));
    assertThat(requested.status()).isEqualTo(Entrustment.Status.REQUESTED);
    String job = page("/console/jobs/" + id, "p-officer", 200);
    assertThat(job).contains("id=\"approve-" + requested.id() + "\"");
    assertThat(page("/console/jobs/" + id, "p-admin", 200))
        .doesNotContain("id=\"approve-" + requested.id() + "\"");
    // the admin is refused by the entrustment rules, shown with its reason
    var refused =
        form(
            "/console/jobs/" + id + "/approve",
            "p-admin",
            "entrustment",
            requested.id(),
            "confirm",
            "yes");
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("id=\"refusal\"");
    assertThat(
            form(
                    "/console/jobs/" + id + "/approve",
                    "q-officer",
                    "entrustment",
                    requested.id(),
                    "confirm",
                    "yes")
                .getStatus())
        .isEqualTo(404);
    assertThat(w.entrustments.entrustment(CITY, requested.id()).orElseThrow().status())
        .isEqualTo(Entrustment.Status.REQUESTED);
    var done =
        form(
            "/console/jobs/" + id + "/approve",
            "p-officer",
            "entrustment",
            requested.id(),
            "confirm",
            "yes");
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(w.entrustments.entrustment(CITY, requested.id()).orElseThrow().status())
        .isEqualTo(Entrustment.Status.ACTIVE);
    assertThat(logged(CITY, requested.id())).contains("entrustment.approve allow p-officer");
  }

  @Test
  void quotas_areSetForAnEntrustmentGivingTheJob_loggedFirst() throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    String e = f.given().id();
    assertThat(
            form(
                    "/console/jobs/" + id + "/quota",
                    "p-auditor",
                    "entrustment",
                    e,
                    "hourly",
                    "30",
                    "daily",
                    "200")
                .getStatus())
        .isEqualTo(403);
    assertThat(
            form(
                    "/console/jobs/" + id + "/quota",
                    "p-officer",
                    "entrustment",
                    e,
                    "hourly",
                    "300",
                    "daily",
                    "200")
                .getStatus())
        .isEqualTo(400);
    var done =
        form(
            "/console/jobs/" + id + "/quota",
            "p-officer",
            "entrustment",
            e,
            "hourly",
            "30",
            "daily",
            "200");
    assertThat(done.getStatus()).isEqualTo(302);
    assertThat(store.quota(new TenantId(CITY), e)).contains(new WorkStore.Quota(30, 200));
    // the job's page shows the entrustment giving it with its organisations and its quotas
    String page = page("/console/jobs/" + id, "p-officer", 200);
    String giving = page.substring(page.indexOf("id=\"giving-" + e + "\""));
    giving = giving.substring(0, giving.indexOf("</dl>"));
    assertThat(giving).contains(CITY, CON, "30 / 200");
    assertThat(logged(CITY, id + "/" + e))
        .containsExactly(
            "job.change deny:role.not-allowed p-auditor", "job.change allow p-officer");
  }

  @Test
  void theApi_givesProgress_andSetsDeadlineAndQuotas_underTheSameRules() throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    var progress = w.get("/api/v1/jobs/" + id + "/progress", auditor);
    assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
    assertThat(progress.body())
        .contains("\"job\":\"" + id + "\"", "\"status\":\"behind\"", "\"remaining\":192")
        .contains("\"perDay\":8.0", "\"shortfallPerDay\":31", "\"id\":\"con-op1\"");
    assertThat(w.get("/api/v1/jobs/" + id + "/progress", otherOfficer).body())
        .startsWith("{\"code\":\"job.unknown\"");
    assertThat(w.get("/api/v1/jobs/" + id + "/progress", staff).statusCode()).isEqualTo(403);

    String later = clock.instant().plus(Duration.ofDays(90)).toString();
    String body = "{\"deadline\":\"" + later + "\"}";
    var refused = w.call("PUT", "/api/v1/jobs/" + id + "/deadline", body, auditor);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).startsWith("{\"code\":\"role.not-allowed\"");
    var unknown = w.call("PUT", "/api/v1/jobs/" + id + "/deadline", body, otherOfficer);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).startsWith("{\"code\":\"job.unknown\"");
    assertThat(
            w.call("PUT", "/api/v1/jobs/" + id + "/deadline", "{\"deadline\":\"soon\"}", admin)
                .statusCode())
        .isEqualTo(400);
    var set = w.call("PUT", "/api/v1/jobs/" + id + "/deadline", body, admin);
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(set.body()).contains("\"status\":\"on-time\"", "\"deadline\":\"" + later + "\"");
    assertThat(logged(CITY, id + "/deadline")).endsWith("job.change allow p-admin");

    String e = f.given().id();
    var quota =
        w.call(
            "PUT", "/api/v1/jobs/" + id + "/quotas/" + e, "{\"hourly\":12,\"daily\":80}", officer);
    assertThat(quota.statusCode()).as(quota.body()).isEqualTo(200);
    assertThat(store.quota(new TenantId(CITY), e)).contains(new WorkStore.Quota(12, 80));
    var notGiving =
        w.call(
            "PUT",
            "/api/v1/jobs/" + id + "/quotas/e-nope",
            "{\"hourly\":12,\"daily\":80}",
            officer);
    assertThat(notGiving.statusCode()).isEqualTo(404);
    assertThat(notGiving.body()).startsWith("{\"code\":\"entrustment.unknown\"");
  }

  @Test
  void aJob_isClosedAndReopened_byTheApiAndTheButton_loggedFirst_andRefusedToOthers()
      throws Exception {
    Fixture f = slowJob();
    String id = f.job().id().value();
    String path = "/api/v1/jobs/" + id + "/state";
    String close = "{\"state\":\"closed\"}";
    var refused = w.call("PUT", path, close, auditor);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).startsWith("{\"code\":\"role.not-allowed\"");
    assertThat(w.call("PUT", path, close, staff).statusCode()).isEqualTo(403);
    var unknown = w.call("PUT", path, close, otherOfficer);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).startsWith("{\"code\":\"job.unknown\"");
    assertThat(w.call("PUT", path, "{\"state\":\"done\"}", officer).statusCode()).isEqualTo(400);
    assertThat(w.call("PUT", path, "{}", officer).statusCode()).isEqualTo(400);
    assertThat(store.job(new TenantId(CITY), f.job().id()).orElseThrow().state())
        .isEqualTo(Job.State.OPEN);

    var closed = w.call("PUT", path, close, officer);
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(closed.body()).contains("\"state\":\"closed\"");
    assertThat(store.job(new TenantId(CITY), f.job().id()).orElseThrow().state())
        .isEqualTo(Job.State.CLOSED);
    assertThat(logged(CITY, id + "/closed"))
        .containsExactly(
            "job.change deny:role.not-allowed p-auditor",
            "job.change deny:role.not-allowed p-staff",
            "job.change allow p-officer");
    // closed, it is no longer behind: no card, and the pace check raises nothing for it
    assertThat(page("/console", "p-officer", 200)).doesNotContain("id=\"behind-" + id + "\"");
    // a closed job takes no new deadline
    var deadline =
        w.call(
            "PUT",
            "/api/v1/jobs/" + id + "/deadline",
            "{\"deadline\":\"" + clock.instant().plus(Duration.ofDays(90)) + "\"}",
            admin);
    assertThat(deadline.statusCode()).isEqualTo(409);
    assertThat(deadline.body()).startsWith("{\"code\":\"job.closed\"");

    // the job's page offers the admin the button to reopen it; the auditor has none
    String job = page("/console/jobs/" + id, "p-admin", 200);
    assertThat(job).contains("id=\"state-form\"", "name=\"state\" value=\"open\"");
    assertThat(page("/console/jobs/" + id, "p-auditor", 200)).doesNotContain("id=\"state-form\"");
    assertThat(form("/console/jobs/" + id + "/state", "p-auditor", "state", "open").getStatus())
        .isEqualTo(403);
    var reopened = form("/console/jobs/" + id + "/state", "p-admin", "state", "open");
    assertThat(reopened.getStatus()).isEqualTo(302);
    assertThat(reopened.getRedirectedUrl()).endsWith("/console/jobs/" + id + "?done=open");
    assertThat(store.job(new TenantId(CITY), f.job().id()).orElseThrow().state())
        .isEqualTo(Job.State.OPEN);
    assertThat(logged(CITY, id + "/open"))
        .containsExactly("job.change deny:role.not-allowed p-auditor", "job.change allow p-admin");
    assertThat(page("/console/jobs/" + id, "p-admin", 200))
        .contains("name=\"state\" value=\"closed\"");
    assertThat(form("/console/jobs/" + id + "/state", "p-admin", "state", "gone").getStatus())
        .isEqualTo(400);
  }

  @Test
  void aJobWithNothingDone_nearItsDeadline_showsBehind_andTheCheckRaisesItsAlert()
      throws Exception {
    Instant now = clock.instant();
    String id = "job-silent-" + (char) ('a' + JOBS.getAndIncrement());
    Job j = fx.job(CITY, id, now.plus(Duration.ofDays(3)), now.minus(Duration.ofHours(2)));
    fx.documents(j, 5, 2, now.minus(Duration.ofHours(2)));
    assertThat(page("/console", "p-officer", 200)).contains("id=\"behind-" + id + "\"");
    assertThat(page("/console/jobs/" + id, "p-officer", 200))
        .contains("id=\"behind\"", "id=\"behind-silent\"")
        .doesNotContain("has passed");
    assertThat(behindAlerts(j.id())).isZero();
    w.context.getBean(Pace.class).check();
    assertThat(behindAlerts(j.id())).isEqualTo(1);
    var progress = w.get("/api/v1/jobs/" + id + "/progress", auditor);
    assertThat(progress.body()).contains("\"status\":\"behind\"", "\"shortfallPerDay\":4");
  }
}
