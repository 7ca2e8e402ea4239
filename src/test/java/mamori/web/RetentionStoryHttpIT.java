package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import mamori.access.AccessGate;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.FieldSealed;
import mamori.crypto.KeyException;
import mamori.crypto.RootKey;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Purpose;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.TokenIssuer;
import mamori.log.AccessRecord;
import mamori.log.LogVerifier;
import mamori.number.InsecureNumberAccess;
import mamori.portal.Resident;
import mamori.retention.Model;
import mamori.retention.RetentionRefused;
import mamori.retention.Retentions;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.KeyRotation;
import mamori.vault.PersonData;
import mamori.vault.Revealed;
import mamori.vault.WrappedKeys;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/*
 * The story runs in one world, test by test in order, on a clock of the test's (the machine's time
 * shifted, so time goes on) that starts at 10:00 in Japan on 7 December 2026 and is moved to the day
 * after the end of the retention periods. The security officer approves on the console's run page;
 * everything read afterwards is read through the public interfaces: the API, the console's pages and
 * certificate, the resident's portal and the log.
 *
 * The backup is taken before the erasure: on SQLite a copy of the store's files, on PostgreSQL a
 * pg_dump of the test's schema. The proof that it opens nothing after the key is retired puts the
 * copy's keyset rows into a scratch store of the same kind and opens them with the service's current
 * root key; the same check made before the retirement opens them, so the test can fail.
 */
/**
 * DESIGN.md's acceptance story for issue 19, end to end with the service running: a person's
 * retention ends and the record is gone from every backup once the key is retired. Resident A's
 * resident-tax period ends and only the number goes; B's health-insurance record goes whole; C (a
 * child allowance still running) and D (held for an incident) stay; the certificate and the
 * deletion records name A and B by token; each sees the deletion in the portal; the log keeps its
 * erase records and verifies; and after the field key is retired an old copy of the store opens
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RetentionStoryHttpIT {
  static final String CITY = "ret-story-city";
  static final TenantId T = new TenantId(CITY);
  static final String TAX = "resident-tax";
  static final String NHI = "national-health-insurance";
  static final String CHILD = "child-allowance";
  static final Why WHY = new Why(TAX, "story-2034");
  static final String STAFF = "ret-staff";
  static final String OFFICER = "ret-officer";
  static final String PASSWORD = "retention story passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final LocalDate START = LocalDate.of(2026, 12, 7);

  /** The day after A's resident-tax keep_until (7 years from 11 January 2027). */
  static final LocalDate END = LocalDate.of(2034, 1, 11);

  static final HexFormat HEX = HexFormat.of();

  /** The service's clock. */
  static final NerimaCounterStoryIT.ShiftedClock CLOCK = new NerimaCounterStoryIT.ShiftedClock();

  /** A Spring source (not scanned: no annotation) that makes the test's clock the service's. */
  static class ClockSource {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  abstract TestStores.Kind kind();

  GateWorld w;
  MockMvc mvc;
  Retentions retentions;
  Store store;
  Path backup;
  final Map<String, MockHttpSession> sessions = new HashMap<>();
  final List<PersonData> people = GateWorld.persons(8, 19);
  AgencyToken a, b, c, d, e, f, g;
  long aId, bId;
  byte[] aKey, bKey;
  Model.Run run;

  /** The keyset rows and A's and B's data keys as the backup holds them. */
  Map<String, byte[]> backupKeysets;

  Map<String, byte[]> backupDataKeys;

  /** A's and B's sealed fields as the live store held them before the erasure. */
  final Map<String, byte[]> oldFields = new HashMap<>();

  /** The same, as the backup holds them. */
  Map<String, byte[]> backupFields;

  static Principal principal(String user, Role role) {
    return new Principal(new UserId(user), T, new OrganisationId(CITY), role, "test:" + user);
  }

  static final Principal STAFF_P = principal(STAFF, Role.STAFF);
  static final Principal OFFICER_P = principal(OFFICER, Role.SECURITY_OFFICER);

  @BeforeAll
  void start() throws Exception {
    moveTo(START);
    Path data = Files.createTempDirectory("mamori-retention-story");
    backup = Files.createTempDirectory("mamori-retention-backup");
    w =
        new GateWorld(
            data,
            kind(),
            List.of(ClockSource.class),
            "--mamori.retention.daily.enabled=false",
            "--mamori.keys.retire-every=off");
    mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) w.context)
            .apply(springSecurity())
            .build();
    retentions = w.context.getBean(Retentions.class);
    store = w.context.getBean(Store.class);
    w.tenant(CITY, people.size(), 19); // the import: the same persons as `people`
    Credentials credentials = w.context.getBean(Credentials.class);
    w.user(CITY, CITY, STAFF, Role.STAFF);
    w.user(CITY, CITY, OFFICER, Role.SECURITY_OFFICER);
    for (String u : List.of(STAFF, OFFICER)) {
      credentials.setPassword(u, PASSWORD.toCharArray());
      credentials.setSecondFactor(u, SECRET);
    }
    AccessGate gate = w.context.getBean(AccessGate.class);
    List<AgencyToken> t = new ArrayList<>();
    for (PersonData p : people) {
      t.add(gate.findByNumber(STAFF_P, WHY, p.myNumber()).orElseThrow());
    }
    a = t.get(0);
    b = t.get(1);
    c = t.get(2);
    d = t.get(3);
    e = t.get(4);
    f = t.get(5);
    g = t.get(6);
    aId = w.vault.personId(CITY, a);
    bId = w.vault.personId(CITY, b);
  }

  @AfterAll
  void stop() throws Exception {
    w.close();
    try (Stream<Path> files = Files.walk(backup)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static void moveTo(LocalDate day) {
    CLOCK.set(day.atTime(LocalTime.of(10, 0)).atZone(Retentions.JAPAN).toInstant());
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  @Order(1)
  void theStaffRecordTheBases_andTheOfficerHoldsD_andNoOneIsDueBeforeTheEnd() {
    LocalDate closedNhi = LocalDate.of(2026, 11, 30);
    Model.BasisReport report =
        retentions.recordBases(
            STAFF_P,
            List.of(
                closed(a, TAX, LocalDate.of(2026, 1, 31)),
                closed(b, NHI, closedNhi),
                closed(c, NHI, closedNhi),
                open(c, CHILD),
                closed(d, NHI, closedNhi),
                open(e, TAX),
                open(f, NHI),
                open(g, CHILD)));
    assertThat(report).isEqualTo(new Model.BasisReport(8, 4, 4));
    Model.Hold hold =
        retentions.placeHold(
            OFFICER_P, Model.HoldKind.INCIDENT, "incident i-19", "記録の保全（調査中）", List.of(d));
    assertThat(hold.persons()).isEqualTo(1);

    // today, and the day before A's end (B's has passed), nothing or only B is due
    assertThat(retentions.propose(STAFF_P, retentions.today())).isEmpty();
    assertThat(retentions.proposeDaily(T)).isEmpty();
    moveTo(END.minusDays(1));
    assertThat(retentions.status(OFFICER_P).dueToday()).isEqualTo(1);
    moveTo(END);
    assertThat(retentions.status(OFFICER_P).dueToday()).isEqualTo(2);
  }

  @Test
  @Order(2)
  void beforeTheErasure_aBackupIsTaken_andWouldOpenToday() throws Exception {
    Map<String, Object> rowA = personRow(store.jdbc(), a);
    Map<String, Object> rowB = personRow(store.jdbc(), b);
    aKey = (byte[]) rowA.get("data_key");
    bKey = (byte[]) rowB.get("data_key");
    oldFields.put(a.value(), (byte[]) rowA.get("fields"));
    oldFields.put(b.value(), (byte[]) rowB.get("fields"));
    takeBackup();
    assertThat(backupDataKeys.get(a.value())).isEqualTo(aKey);
    assertThat(backupDataKeys.get(b.value())).isEqualTo(bKey);
    assertThat(backupFields).containsExactlyInAnyOrderEntriesOf(oldFields);
    assertThat(backupKeysets).containsKeys("field", "index", "token");
    // the proof below can fail: with today's root key the backup's keysets and data keys open
    try (Scratch s = scratch()) {
      assertThat(s.opens("field")).isTrue();
      s.keys.personKey(CITY, aId, aKey);
      s.keys.personKey(CITY, bId, bKey);
    }
  }

  @Test
  @Order(3)
  void theDailyRoundProposes_theStaffCannotApprove_theOfficerDoes_andTheRunErases()
      throws Exception {
    run = retentions.proposeDaily(T).orElseThrow();
    assertThat(run.persons()).isEqualTo(2);
    assertThat(run.asOf()).isEqualTo(END);
    assertThat(run.proposedBy()).isEqualTo(Retentions.DAILY);
    assertThat(run.everyoneOf()).as("no purpose loses every person").isEmpty();
    Map<String, Model.RunPerson> listed = listed();
    assertThat(listed).containsOnlyKeys(a.value(), b.value());
    assertThat(listed.get(a.value()).disposal()).isEqualTo(Purpose.Disposal.NUMBER);
    assertThat(listed.get(b.value()).disposal()).isEqualTo(Purpose.Disposal.RECORD);

    // a staff member cannot approve: refused and logged
    long before = w.logs.forTenant(CITY).size();
    assertThatThrownBy(() -> retentions.approve(STAFF_P, run.id(), Model.Confirmation.NONE))
        .isInstanceOfSatisfying(
            RetentionRefused.class, x -> assertThat(x.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED));
    AccessRecord refused = last();
    assertThat(w.logs.forTenant(CITY).size()).isEqualTo(before + 1);
    assertThat(refused.actor()).isEqualTo(STAFF);
    assertThat(refused.action()).isEqualTo("retention.approve");
    assertThat(refused.decision()).isEqualTo("deny:role.not-allowed");

    // the officer sees the run on the console with its approve form, and approves there
    MockHttpServletResponse page = send(get("/console/retention/" + run.id()), OFFICER);
    assertThat(page.getStatus()).isEqualTo(200);
    assertThat(page.getContentAsString()).contains("id=\"approve\"", a.value(), b.value());
    int posted =
        send(post("/console/retention/" + run.id() + "/approve").with(csrf()), OFFICER).getStatus();
    assertThat(posted).isEqualTo(302);
    assertThat(retentions.run(OFFICER_P, run.id()).state()).isEqualTo(Model.RunState.APPROVED);

    Model.Run done = retentions.run(OFFICER_P, run.id(), Model.Progress.NONE);
    assertThat(done.state()).isEqualTo(Model.RunState.DONE);
    assertThat(done.numberOnly()).isEqualTo(1);
    assertThat(done.whole()).isEqualTo(1);
    assertThat(done.kept()).isZero();
    assertThat(retentions.proposeDaily(T)).as("nothing is due again").isEmpty();
    // in the live store: B's key and fields are gone; A's fields are sealed again under a fresh
    // data key, and the blind index of A's number is dropped
    Map<String, Object> liveA = personRow(store.jdbc(), a);
    Map<String, Object> liveB = personRow(store.jdbc(), b);
    assertThat(liveB.get("data_key")).isNull();
    assertThat(liveB.get("fields")).isNull();
    assertThat(liveA.get("number_index")).isNull();
    assertThat((byte[]) liveA.get("data_key")).isNotNull().isNotEqualTo(aKey);
    assertThat((byte[]) liveA.get("fields")).isNotNull().isNotEqualTo(oldFields.get(a.value()));
  }

  @Test
  @Order(4)
  void aLosesOnlyTheNumber_bIsGone_cAndDAreUntouched_throughTheApiAndTheConsole() throws Exception {
    String staff = bearer(STAFF);
    String why = "?purpose=" + TAX + "&case=story-2034";
    HttpResponse<String> ra =
        w.get(
            "/api/v1/persons/"
                + a.value()
                + why
                + "&fields=family_name&fields=given_name&fields=address&fields=my_number",
            staff);
    assertThat(ra.statusCode()).as(ra.body()).isEqualTo(200);
    assertThat(ra.body())
        .contains(
            "\"family_name\":\"佐藤\"",
            "\"given_name\":\"花子0\"",
            "\"address\":\"兵庫県尼崎市七松町1丁目\"",
            "\"my_number\":\"" + Revealed.NUMBER_ERASED + "\"");
    HttpResponse<String> rb = w.get("/api/v1/persons/" + b.value() + why, staff);
    assertThat(rb.statusCode()).as(rb.body()).isEqualTo(404);
    assertThat(rb.body()).startsWith("{\"code\":\"person.not-found\"").doesNotContain("花子1");
    for (AgencyToken kept : List.of(c, d)) {
      HttpResponse<String> r =
          w.get("/api/v1/persons/" + kept.value() + why + "&fields=given_name", staff);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("\"given_name\":\"花子" + (kept == c ? 2 : 3) + "\"");
    }
    // a find by A's number finds nothing; C's still finds C
    assertThat(search(people.get(0))).doesNotContain(a.value(), "花子0");
    assertThat(search(people.get(2))).contains(c.value());
    // C and D keep their numbers (checked without the digits ever being printed)
    AccessGate gate = w.context.getBean(AccessGate.class);
    for (int i : new int[] {2, 3}) {
      Revealed r =
          gate.read(
              STAFF_P,
              i == 2 ? c : d,
              WHY,
              Map.of(mamori.core.Field.MY_NUMBER, mamori.core.Mask.NONE));
      assertThat(
              r.get(mamori.core.Field.MY_NUMBER)
                  .orElseThrow()
                  .equals(people.get(i).myNumber().digits(InsecureNumberAccess.get())))
          .isTrue();
    }
  }

  @Test
  @Order(5)
  void theCertificateAndTheDeletionRecords_nameAAndBByToken_andHoldNoNumber() throws Exception {
    MockHttpServletResponse pdf =
        send(get("/console/retention/" + run.id() + "/certificate.pdf"), OFFICER);
    assertThat(pdf.getStatus()).isEqualTo(200);
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    String hash = pdf.getHeader("X-Tokens-SHA256");
    try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("廃棄証明書", run.id(), a.value(), b.value());
      assertThat(text).doesNotContain(c.value(), d.value());
      assertThat(hash == null ? text : text.replace(hash, ""))
          .doesNotContainPattern("[0-9]{12}")
          .doesNotContain("花子");
      assertThat(holdsANumber(text)).isFalse();
    }
    // the run's page: the deletion records, by token
    String page = send(get("/console/retention/" + run.id()), OFFICER).getContentAsString();
    assertThat(page).contains(a.value(), b.value()).doesNotContain(c.value(), d.value());
    assertThat(holdsANumber(page)).isFalse();
    Map<String, Model.RunPerson> records = listed();
    assertThat(records.values()).allSatisfy(p -> assertThat(p.state()).isEqualTo("erased"));
    assertThat(retentions.deletions(OFFICER_P, a))
        .singleElement()
        .satisfies(x -> assertThat(x.disposal()).isEqualTo(Purpose.Disposal.NUMBER));
    assertThat(retentions.deletions(OFFICER_P, b))
        .singleElement()
        .satisfies(x -> assertThat(x.disposal()).isEqualTo(Purpose.Disposal.RECORD));
    assertThat(retentions.deletions(OFFICER_P, c)).isEmpty();
    assertThat(retentions.deletions(OFFICER_P, d)).isEmpty();
  }

  @Test
  @Order(6)
  void eachResidentSeesTheirDeletion_andTheErasureInTheirHistory() throws Exception {
    String day = "令和16年1月11日";
    String ja = history(a, "ja");
    assertThat(ja)
        .contains("id=\"deletions\"", day + "、事務「")
        .contains("のためのあなたの記録から個人番号のみを削除しました")
        .doesNotContain("のためのあなたの記録を削除しました")
        .contains("消去");
    assertThat(holdsANumber(ja)).isFalse();
    assertThat(history(a, "en")).contains("Only the number was deleted from your record for ");
    String bHistory = history(b, "ja");
    assertThat(bHistory)
        .contains("id=\"deletions\"", day + "、事務「", "のためのあなたの記録を削除しました")
        .doesNotContain("個人番号のみを削除しました");
    assertThat(history(c, "ja")).doesNotContain("id=\"deletions\"");
    assertThat(history(d, "ja")).doesNotContain("id=\"deletions\"");
  }

  @Test
  @Order(7)
  void theLogKeepsItsEraseRecords_tokensOnly_andVerifies() {
    var log = w.logs.forTenant(CITY);
    List<AccessRecord> all = log.records(0, log.size());
    List<AccessRecord> erased = all.stream().filter(r -> r.action().equals("erase")).toList();
    assertThat(erased)
        .extracting(AccessRecord::personToken)
        .containsExactlyInAnyOrder(a.value(), b.value());
    assertThat(erased)
        .allSatisfy(r -> {
          assertThat(r.actor()).isEqualTo(OFFICER);
          assertThat(r.caseRef()).isEqualTo("retention-run-" + run.id());
          assertThat(r.decision()).isEqualTo(AccessRecord.ALLOW);
          assertThat(r.purpose()).isEqualTo(r.personToken().equals(a.value()) ? TAX : NHI);
        });
    for (AccessRecord r : all) {
      String text = String.join("|", r.actor(), r.purpose(), r.caseRef(), r.personToken());
      assertThat(text.matches(".*[0-9]{12}.*")).as("a log record holds a 12-digit run").isFalse();
    }
    assertThat(LogVerifier.verify(w.logs, CITY, x -> {}).ok()).isTrue();
  }

  @Test
  @Order(8)
  void afterTheKeyIsRetired_theOldBackupOpensNothing_andTheLiveStillReveal() throws Exception {
    TenantKeys keys = w.context.getBean(TenantKeys.class);
    KeyRotation rotation =
        new KeyRotation(
            store.dataSource(),
            keys,
            w.logs,
            CLOCK,
            w.context.getBeanProvider(WrappedKeys.class).orderedStream().toList(),
            w.context.getBeanProvider(FieldSealed.class).orderedStream().toList());
    Actor officer =
        new Actor(
            new UserId(OFFICER),
            new OrganisationId(CITY),
            List.of(),
            new Why("key-management", "r"));
    int old = keys.primaryFieldKeyId(CITY);
    rotation.rotate(CITY, officer);
    KeyRotation.Retired retired = rotation.retire(CITY, Optional.of(old), officer, n -> {});
    assertThat(retired.keyId()).isEqualTo(old);
    assertThat(keys.fieldKeys(CITY)).extracting(TenantKeys.KeyInfo::id).doesNotContain(old);

    try (Scratch s = scratch()) {
      for (String purpose : backupKeysets.keySet()) {
        assertThat(s.opens(purpose)).as("the backup's " + purpose + " keyset").isFalse();
      }
      assertThatThrownBy(() -> s.keys.personKey(CITY, aId, aKey)).isInstanceOf(KeyException.class);
    }
    // the old data keys do not unwrap with the service's own keys either
    assertThatThrownBy(() -> keys.personKey(CITY, aId, aKey)).isInstanceOf(KeyException.class);
    assertThatThrownBy(() -> keys.personKey(CITY, bId, bKey)).isInstanceOf(KeyException.class);

    // the live persons still reveal: C, D, and A's remaining fields
    String staff = bearer(STAFF);
    String why = "?purpose=" + TAX + "&case=story-2034&fields=given_name";
    assertThat(w.get("/api/v1/persons/" + a.value() + why, staff).body())
        .contains("\"given_name\":\"花子0\"");
    assertThat(w.get("/api/v1/persons/" + c.value() + why, staff).body())
        .contains("\"given_name\":\"花子2\"");
    assertThat(w.get("/api/v1/persons/" + d.value() + why, staff).body())
        .contains("\"given_name\":\"花子3\"");
    assertThat(LogVerifier.verify(w.logs, CITY, x -> {}).ok()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------

  static Model.BasisEntry closed(AgencyToken t, String purpose, LocalDate day) {
    return new Model.BasisEntry(t, purpose, Optional.of(day));
  }

  static Model.BasisEntry open(AgencyToken t, String purpose) {
    return new Model.BasisEntry(t, purpose, Optional.empty());
  }

  Map<String, Model.RunPerson> listed() {
    Map<String, Model.RunPerson> out = new TreeMap<>();
    retentions
        .records(OFFICER_P, run.id(), Long.MIN_VALUE, 100)
        .persons()
        .forEach(p -> out.put(p.token().value(), p));
    return out;
  }

  AccessRecord last() {
    var log = w.logs.forTenant(CITY);
    return log.records(log.size() - 1, log.size()).getFirst();
  }

  /** A bearer token issued now (the clock has moved years since the users were added). */
  String bearer(String user) {
    return "Bearer "
        + w.context
            .getBean(ApiTokens.class)
            .issue(new TokenIssuer.Console("test"), user, "http", Duration.ofDays(1))
            .secret();
  }

  /** {@code user}'s console session, signed in with both factors on the service's clock. */
  MockHttpSession session(String user) {
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
                        .param("code", Credentials.currentCode(SECRET, CLOCK)))
                .andExpect(status().is3xxRedirection());
            return s;
          } catch (Exception x) {
            throw new IllegalStateException("cannot sign " + u + " in", x);
          }
        });
  }

  MockHttpServletResponse send(
      org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
      String user)
      throws Exception {
    return send(request.session(session(user)));
  }

  MockHttpServletResponse send(RequestBuilder request) throws Exception {
    MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
    r.setCharacterEncoding("UTF-8");
    return r;
  }

  /** The staff's console search by a person's number; the page's text. */
  String search(PersonData p) throws Exception {
    MockHttpServletResponse r =
        send(
            post("/console/persons/search")
                .with(csrf())
                .param("purpose", TAX)
                .param("case", "story-2034")
                .param("number", p.myNumber().digits(InsecureNumberAccess.get())),
            STAFF);
    assertThat(r.getStatus()).isEqualTo(200);
    String html = r.getContentAsString();
    assertThat(holdsANumber(html)).isFalse();
    return html;
  }

  /** The resident's portal history, signed in as the portal signs a resident in. */
  String history(AgencyToken t, String language) throws Exception {
    MockHttpServletResponse r =
        send(
            get("/portal/history")
                .header("Accept-Language", language)
                .with(
                    authentication(
                        ResidentSessions.signedIn(
                            new Resident(
                                CITY,
                                "r-" + Integer.toUnsignedString(t.value().hashCode()),
                                t.value())))));
    String html = r.getContentAsString();
    assertThat(r.getStatus())
        .as(() -> NumberText.mask(html.replaceAll("(?s).*<main", "")))
        .isEqualTo(200);
    return html;
  }

  /**
   * Whether {@code text} holds the number of any person of the story (as it is, or as a chain of
   * digits in any spelling): the check never prints the digits it looks for.
   */
  boolean holdsANumber(String text) {
    List<String> chains = NumberText.chains(text);
    for (PersonData p : people) {
      String digits = p.myNumber().digits(InsecureNumberAccess.get());
      if (text.contains(digits) || chains.stream().anyMatch(x -> x.contains(digits))) {
        return true;
      }
    }
    return false;
  }

  static Map<String, Object> personRow(JdbcClient jdbc, AgencyToken t) {
    return jdbc.sql(
            "SELECT person_id, data_key, fields, number_index FROM person WHERE tenant_id = ? AND"
                + " token = ?")
        .params(CITY, t.value())
        .query()
        .singleRow();
  }

  // ---------------------------------------------------------------------------------------------
  // the backup

  /**
   * On SQLite a copy of the store's files (the database and its WAL as they lie); on PostgreSQL a
   * {@code pg_dump} of the test's schema. Reads the keyset rows and A's and B's data keys back out
   * of the copy.
   */
  void takeBackup() throws Exception {
    backupKeysets = new TreeMap<>();
    backupDataKeys = new HashMap<>();
    backupFields = new HashMap<>();
    switch (kind()) {
      case SQLITE -> {
        Path db =
            Path.of(
                store
                    .jdbc()
                    .sql("PRAGMA database_list")
                    .query((rs, i) -> rs.getString(3))
                    .list()
                    .getFirst());
        try (Stream<Path> files = Files.list(db.getParent())) {
          for (Path file : files.toList()) {
            if (file.getFileName().toString().startsWith(db.getFileName().toString())) {
              Files.copy(file, backup.resolve(file.getFileName()));
            }
          }
        }
        try (Store copy = Store.open(new StoreLocation.Embedded(backup))) {
          copy.jdbc()
              .sql("SELECT purpose, keyset FROM tenant_keyset WHERE tenant_id = ?")
              .params(CITY)
              .query(rs -> {
                backupKeysets.put(rs.getString(1), rs.getBytes(2));
              });
          for (AgencyToken t : List.of(a, b)) {
            Map<String, Object> row = personRow(copy.jdbc(), t);
            backupDataKeys.put(t.value(), (byte[]) row.get("data_key"));
            backupFields.put(t.value(), (byte[]) row.get("fields"));
          }
        }
      }
      case POSTGRESQL -> {
        String dump = pgDump();
        for (Map<String, String> row : copyRows(dump, "tenant_keyset")) {
          if (row.get("tenant_id").equals(CITY)) {
            backupKeysets.put(row.get("purpose"), bytea(row.get("keyset")));
          }
        }
        for (Map<String, String> row : copyRows(dump, "person")) {
          if (row.get("tenant_id").equals(CITY)
              && (row.get("token").equals(a.value()) || row.get("token").equals(b.value()))) {
            backupDataKeys.put(row.get("token"), bytea(row.get("data_key")));
            backupFields.put(row.get("token"), bytea(row.get("fields")));
          }
        }
      }
    }
  }

  String pgDump() throws Exception {
    String schema = store.jdbc().sql("SELECT current_schema()").query(String.class).single();
    Path out = backup.resolve("dump.sql");
    Process p =
        new ProcessBuilder(
                "pg_dump",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-d",
                "test",
                "-n",
                schema,
                "-f",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("pg_dump: " + said).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The rows of a dump's COPY block of {@code table}, each by column name. */
  static List<Map<String, String>> copyRows(String dump, String table) {
    List<Map<String, String>> rows = new ArrayList<>();
    boolean in = false;
    List<String> columns = List.of();
    for (String line : dump.split("\n")) {
      if (!in && line.startsWith("COPY ") && line.contains("." + table + " (")) {
        in = true;
        columns = List.of(line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(",\\s*"));
        continue;
      }
      if (in && line.equals("\\.")) {
        break;
      }
      if (in) {
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
          row.put(columns.get(i), cells[i]);
        }
        rows.add(row);
      }
    }
    assertThat(rows).as("the dump's rows of " + table).isNotEmpty();
    return rows;
  }

  static byte[] bytea(String cell) {
    assertThat(cell).startsWith("\\\\x");
    return HEX.parseHex(cell.substring(3));
  }

  /** A scratch store of the same kind holding only the backup's keyset rows. */
  Scratch scratch() {
    StoreLocation at = TestStores.fresh(kind());
    Store s = Store.open(at);
    long now = CLOCK.millis();
    for (var k : backupKeysets.entrySet()) {
      s.jdbc()
          .sql(
              "INSERT INTO tenant_keyset (tenant_id, purpose, keyset, version, created_at,"
                  + " updated_at) VALUES (?, ?, ?, 1, ?, ?)")
          .params(CITY, k.getKey(), k.getValue(), now, now)
          .update();
    }
    return new Scratch(
        at, s, new TenantKeys(s.dataSource(), w.context.getBean(RootKey.class), CLOCK));
  }

  /** The backup's keysets in a store of their own, opened with the service's current root key. */
  record Scratch(StoreLocation at, Store store, TenantKeys keys) implements AutoCloseable {
    boolean opens(String purpose) {
      try {
        switch (purpose) {
          case "field" -> keys.fieldAead(CITY);
          case "index" -> keys.indexPrf(CITY);
          default -> keys.tokenPrf(CITY);
        }
        return true;
      } catch (KeyException x) {
        return false;
      }
    }

    @Override
    public void close() {
      store.close();
      TestStores.drop(at);
    }
  }
}
