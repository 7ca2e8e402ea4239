package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Role;
import mamori.core.Why;
import mamori.identity.Credentials;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TestRecords;
import mamori.log.verify.Checkpoint;
import mamori.log.verify.Note;
import mamori.log.verify.TilePath;
import mamori.store.TestClock;
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
 * Over HTTP, the log's entry bundles (C2SP tlog-tiles {@code tile/entries/N[.p/W]}): served to the
 * tenant's own auditors only, by bearer token or console session, byte for byte as C2SP lays out
 * the entries, never beyond the latest checkpoint; one {@code log.audit} record per audit session.
 * The service's clock stands still, so a checkpoint is signed only when the test moves it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LogBundlesHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String CITY = "lb-city";
  static final String OTHER = "lb-other";
  static final String CON = "lb-con";
  static final String PASSWORD = "log bundles passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final TestClock clock = new TestClock(Instant.parse("2026-04-01T00:00:00Z"));

  static class ClockSource {
    @Bean
    @Primary
    java.time.Clock testClock() {
      return clock;
    }
  }

  GateWorld w;
  MockMvc mvc;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            Files.createTempDirectory("mamori-lb"),
            kind(),
            List.of(ClockSource.class),
            "--mamori.detect.enabled=false");
    mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) w.context)
            .apply(springSecurity())
            .build();
    w.tenant(CITY, 3, 31);
    w.tenant(OTHER, 1, 32);
    w.organisation(CON, mamori.entrustment.Organisation.Kind.CONTRACTOR, CITY);
    w.user(CITY, CITY, "lb-auditor", Role.AUDITOR);
    w.user(CITY, CITY, "lb-staff", Role.STAFF);
    w.user(CITY, CITY, "lb-officer", Role.SECURITY_OFFICER);
    w.user(CITY, CITY, "lb-admin", Role.ORG_ADMIN);
    w.user(CITY, CON, "lb-operator", Role.OPERATOR);
    w.user(OTHER, OTHER, "lb-other-auditor", Role.AUDITOR);
    TenantLog log = w.logs.forTenant(CITY);
    for (int i = 0; i < 600; i++) {
      log.append(
          TestRecords.read(
              "u",
              CITY,
              List.of(),
              new Why("resident-tax", "c"),
              "T-" + i,
              Set.of(Field.FAMILY_NAME),
              clock.instant()));
    }
    checkpointEverything();
  }

  @AfterAll
  void stop() {
    w.close();
  }

  /**
   * Moves the clock past the checkpoint interval and appends once, until a checkpoint covers the
   * whole log (a record the service writes meanwhile waits for the next turn).
   */
  void checkpointEverything() throws Exception {
    TenantLog log = w.logs.forTenant(CITY);
    for (int turn = 0; turn < 20; turn++) {
      clock.advance(Duration.ofSeconds(2));
      log.append(
          TestRecords.read(
              "u",
              CITY,
              List.of(),
              new Why("resident-tax", "c"),
              "T-tick",
              Set.of(Field.FAMILY_NAME),
              clock.instant()));
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < deadline) {
        if (checkpointSize() == log.size()) {
          return;
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("no checkpoint covers the log of " + CITY);
  }

  long checkpointSize() throws Exception {
    return Checkpoint.parse(
            Note.parse(w.logs.forTenant(CITY).publishedCheckpoint().orElseThrow()).text())
        .size();
  }

  HttpResponse<byte[]> bundle(String tenant, String path, String auth) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + w.port + "/log/" + tenant + "/" + path));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return GateWorld.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The C2SP layout of entries {@code from} to {@code to}, built from the log's own entries. */
  byte[] layout(long from, long to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long i = from; i < to; i++) {
      byte[] e = w.logs.forTenant(CITY).entry(i).orElseThrow();
      out.write(e.length >>> 8);
      out.write(e.length & 0xff);
      out.writeBytes(e);
    }
    return out.toByteArray();
  }

  List<AccessRecord> audits(String tenant) {
    return w.logged(tenant).stream().filter(r -> r.action().equals("log.audit")).toList();
  }

  @Test
  void theTenantsAuditor_getsFullAndPartialBundles_asC2spLaysThemOut() throws Exception {
    String auditor = w.bearer("lb-auditor");
    HttpResponse<byte[]> full = bundle(CITY, "tile/entries/001", auditor);
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(full.body()).isEqualTo(layout(256, 512));
    assertThat(full.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
    assertThat(full.headers().firstValue("Cache-Control"))
        .hasValue("max-age=31536000, private, immutable");

    HttpResponse<byte[]> partial = bundle(CITY, "tile/entries/000.p/10", auditor);
    assertThat(partial.statusCode()).isEqualTo(200);
    assertThat(partial.body()).isEqualTo(layout(0, 10));
    assertThat(partial.headers().firstValue("Cache-Control")).hasValue("no-store");

    long size = checkpointSize();
    TilePath last = TilePath.entryBundleContaining(size - 1, size);
    HttpResponse<byte[]> tail = bundle(CITY, last.toString(), auditor);
    assertThat(tail.statusCode()).isEqualTo(200);
    assertThat(tail.body()).isEqualTo(layout(last.index() * 256, size));
  }

  @Test
  void everyoneElse_isRefused_anonymous401_signedIn403() throws Exception {
    String path = "tile/entries/000";
    HttpResponse<byte[]> anonymous = bundle(CITY, path, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(bundle(CITY, path, "Bearer mamori_not-a-token").statusCode()).isEqualTo(401);
    for (String user : List.of("lb-staff", "lb-officer", "lb-admin", "lb-operator")) {
      HttpResponse<byte[]> r = bundle(CITY, path, w.bearer(user));
      assertThat(r.statusCode()).as(user).isEqualTo(403);
      assertThat(new String(r.body()))
          .isEqualTo(
              "entry bundles hold personal data and are served to the tenant's auditors only\n");
    }
    // another tenant's auditor, at this tenant's log and at a log that does not exist
    assertThat(bundle(CITY, path, w.bearer("lb-other-auditor")).statusCode()).isEqualTo(403);
    assertThat(bundle("lb-nowhere", path, w.bearer("lb-other-auditor")).statusCode())
        .isEqualTo(403);
    // the other tenant's auditor reads their own log
    assertThat(bundle(OTHER, "tile/entries/000.p/1", w.bearer("lb-other-auditor")).statusCode())
        .isEqualTo(200);
    // other methods are refused whoever asks
    var put =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + w.port + "/log/" + CITY + "/" + path))
                .header("Authorization", w.bearer("lb-auditor"))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isIn(403, 405);
  }

  @Test
  void refusals_ofTheTenantsUsers_areLoggedOncePerSession_othersNowhere() throws Exception {
    long before =
        audits(CITY).stream().filter(r -> r.actor().equals("lb-staff") && !r.allowed()).count();
    int otherBefore = audits(OTHER).size();
    clock.advance(LogAudits.SESSION.plusMinutes(1));
    for (int i = 0; i < 5; i++) {
      assertThat(bundle(CITY, "tile/entries/000", w.bearer("lb-staff")).statusCode())
          .isEqualTo(403);
      assertThat(bundle(CITY, "tile/entries/000", w.bearer("lb-other-auditor")).statusCode())
          .isEqualTo(403);
    }
    List<AccessRecord> refused =
        audits(CITY).stream().filter(r -> r.actor().equals("lb-staff") && !r.allowed()).toList();
    assertThat(refused).hasSize((int) before + 1);
    assertThat(refused.getLast().decision()).isEqualTo("deny:role.not-allowed");
    assertThat(audits(OTHER)).hasSize(otherBefore);
    assertThat(audits(CITY)).noneMatch(r -> r.actor().equals("lb-other-auditor"));
  }

  @Test
  void beyondTheCheckpoint_nothingIsServed_evenWhenTheEntriesAreDurable() throws Exception {
    checkpointEverything();
    long size = checkpointSize();
    TenantLog log = w.logs.forTenant(CITY);
    // the clock stands still: these are durable, but no checkpoint covers them yet
    long first = log.size();
    for (int i = 0; i < 300; i++) {
      log.append(
          TestRecords.read(
              "u",
              CITY,
              List.of(),
              new Why("resident-tax", "c"),
              "B-" + i,
              Set.of(Field.FAMILY_NAME),
              clock.instant()));
    }
    assertThat(checkpointSize()).isEqualTo(size);
    assertThat(log.size()).isEqualTo(first + 300);
    String auditor = w.bearer("lb-auditor");
    TilePath past =
        TilePath.entryBundle(size / 256, (int) Math.min(256, first + 300 - size / 256 * 256));
    HttpResponse<byte[]> r = bundle(CITY, past.toString(), auditor);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(new String(r.body()))
        .isEqualTo("no such entry bundle within the latest checkpoint\n");
    assertThat(
            bundle(CITY, "tile/entries/" + String.format("%03d", size / 256 + 1), auditor)
                .statusCode())
        .isEqualTo(404);
    checkpointEverything();
    assertThat(bundle(CITY, past.toString(), auditor).statusCode()).isEqualTo(200);
  }

  @Test
  void malformedPaths_are400_andHugeIndexes404() throws Exception {
    String auditor = w.bearer("lb-auditor");
    for (String bad :
        List.of(
            "tile/entries/0001",
            "tile/entries/1",
            "tile/entries/000.p/0",
            "tile/entries/000.p/256",
            "tile/entries/000.p/010",
            "tile/entries/x000/001",
            "tile/entries/000/extra",
            "tile/entries/x999/x999/x999/x999/x999/x999/x999/999",
            "tile/entries/-01")) {
      assertThat(bundle(CITY, bad, auditor).statusCode()).as(bad).isEqualTo(400);
    }
    for (String huge :
        List.of(
            "tile/entries/x009/x223/x372/x036/x854/x775/807",
            "tile/entries/x036/x028/x797/x018/x963/967.p/255",
            "tile/entries/x999/x999/x999/x999/x999/999")) {
      assertThat(bundle(CITY, huge, auditor).statusCode()).as(huge).isEqualTo(404);
    }
  }

  @Test
  void anAuditSession_writesOneRecord_notOnePerBundle() throws Exception {
    clock.advance(LogAudits.SESSION.plusMinutes(1));
    String auditor = w.bearer("lb-auditor");
    int before = audits(CITY).size();
    // the size the auditor may read when the session opens (its own record comes after it): the
    // token's issue is checkpointed first, so no checkpoint is signed between this and the bundle
    checkpointEverything();
    long size = checkpointSize();
    for (int i = 0; i < 3; i++) {
      for (String p : List.of("tile/entries/000", "tile/entries/001", "tile/entries/000.p/7")) {
        assertThat(bundle(CITY, p, auditor).statusCode()).isEqualTo(200);
      }
      clock.advance(Duration.ofMinutes(20));
    }
    List<AccessRecord> written = audits(CITY).subList(before, audits(CITY).size());
    assertThat(written)
        .singleElement()
        .satisfies(r -> {
          assertThat(r.actor()).isEqualTo("lb-auditor");
          assertThat(r.allowed()).isTrue();
          assertThat(r.caseRef()).isEqualTo("log audit to size " + size);
          assertThat(r.personToken()).isEmpty();
        });
    // an hour without a bundle ends the session: the next bundle opens another
    clock.advance(LogAudits.SESSION.plusSeconds(1));
    assertThat(bundle(CITY, "tile/entries/000", auditor).statusCode()).isEqualTo(200);
    assertThat(audits(CITY)).hasSize(before + 2);
  }

  @Test
  void aConsoleSession_ofTheAuditor_readsBundles_ofTheOfficer_isRefused() throws Exception {
    MockHttpSession auditor = signIn("lb-auditor");
    var ok = mvc.perform(get("/log/" + CITY + "/tile/entries/000").session(auditor)).andReturn();
    assertThat(ok.getResponse().getStatus()).isEqualTo(200);
    assertThat(ok.getResponse().getContentAsByteArray()).isEqualTo(layout(0, 256));
    MockHttpSession officer = signIn("lb-officer");
    assertThat(
            mvc.perform(get("/log/" + CITY + "/tile/entries/000").session(officer))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    // a session that passed the password but not the code reads nothing
    MockHttpSession half = new MockHttpSession();
    mvc.perform(
        post("/signin")
            .session(half)
            .with(csrf())
            .param("user", "lb-staff")
            .param("password", PASSWORD));
    assertThat(
            mvc.perform(get("/log/" + CITY + "/tile/entries/000").session(half))
                .andReturn()
                .getResponse()
                .getStatus())
        .isIn(401, 403);
  }

  MockHttpSession signIn(String user) throws Exception {
    Credentials credentials = w.context.getBean(Credentials.class);
    credentials.setPassword(user, PASSWORD.toCharArray());
    credentials.setSecondFactor(user, SECRET);
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/signin")
            .session(session)
            .with(csrf())
            .param("user", user)
            .param("password", PASSWORD));
    // each sign-in uses a code of its own time step: a code is accepted once
    clock.advance(Duration.ofSeconds(30));
    mvc.perform(
        post("/signin/code")
            .session(session)
            .with(csrf())
            .param("code", Credentials.currentCode(SECRET, clock)));
    return session;
  }
}
