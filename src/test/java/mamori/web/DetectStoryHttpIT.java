package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.portal.Resident;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed incidents replayed through the real gate and log, with the detection engine running in
 * the service: a subcontractor's refused attempts, a bulk read after an improper approval, and a
 * contractor's operator harvesting the register, whose entrustment the policy suspends; and a
 * resident's flag. Each ends in an incident the security officer opens from its alerts through the
 * API, with its affected persons counted, its four triggers and its deadlines (the expected dates
 * computed here from an explicit calendar, not the service's).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DetectStoryHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String TENANT = "watch-city";
  static final String WHY = "purpose=resident-tax&case=2026-0015";
  GateWorld w;
  Entrustment parent;
  Entrustment child;
  String officer, harvestOp, subOp;

  /** The seed's bulk read: 462,000 items. */
  static final int SEED_BULK = 462_000;

  /**
   * How many persons the bulk read appends: a hundredth of the seed's in {@code ./mamori test},
   * enough for every alert and trigger the story checks (the volume floor is 200 reads, harvesting
   * 100 persons, the incident's trigger 100 persons); the seed's own 462,000 in the heavy run
   * ({@code DetectStoryAtScale*}), which proves the log, the engine and the incident at that scale.
   */
  int bulk() {
    return SEED_BULK / 100;
  }

  static final int BATCH = 42_000;
  static final ZoneId JST = ZoneId.of("Asia/Tokyo");
  static final JsonMapper JSON = JsonMapper.builder().build();
  List<String> bulkAlerts = List.of();
  String capAlert = "";
  @Nullable JsonNode capOnly;
  SecurityAlerts.@Nullable Alert capAlertRecord;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-detect"),
            kind(),
            "--mamori.detect.enabled=true",
            "--mamori.detect.interval-ms=200");
    w.tenant(TENANT, 300, 15);
    w.organisation("harvest-co", Organisation.Kind.CONTRACTOR, TENANT);
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, TENANT);
    parent =
        w.entrust(
            TENANT, null, "harvest-co", scope(fields(Field.FAMILY_NAME, Mask.NONE), TODAY, 5000));
    child =
        w.entrust(
            "harvest-co",
            parent.id(),
            "sub-co",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 40));
    officer = w.user(TENANT, TENANT, "watch-officer", Role.SECURITY_OFFICER);
    harvestOp = w.user(TENANT, "harvest-co", "harvest-op", Role.OPERATOR);
    subOp = w.user(TENANT, "sub-co", "sub-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  /** The first alert of {@code kind} about {@code subject}, waited for up to a minute. */
  Optional<SecurityAlerts.Alert> awaitAlert(String kind, String subject) throws Exception {
    SecurityAlerts alerts = w.context.getBean(SecurityAlerts.class);
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      Optional<SecurityAlerts.Alert> a =
          alerts.list(TENANT, 1000).stream()
              .filter(x -> x.kind().equals(kind) && x.subject().equals(subject))
              .findFirst();
      if (a.isPresent()) {
        return a;
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  AccessRecord record(long index) {
    return w.logs.forTenant(TENANT).records(index, index + 1).getFirst();
  }

  @Test
  @Order(1)
  void aSubcontractorsBurstOfUnapprovedAttempts_raisesTheRefusalAlert() throws Exception {
    for (int i = 0; i < 10; i++) {
      assertThat(w.get("/api/v1/persons?" + WHY, subOp).statusCode()).isEqualTo(403);
    }
    SecurityAlerts.Alert a = awaitAlert("detect.refusals", "user:sub-op").orElseThrow();
    assertThat(a.evidence()).hasSize(10);
    assertThat(a.evidence())
        .allSatisfy(i -> assertThat(record(i).decision()).isEqualTo("deny:chain.not-approved"));
    assertThat(a.severity()).isEqualTo(mamori.core.Severity.HIGH);
    assertThat(a.detail()).contains("chain.not-approved");
  }

  @Test
  @Order(2)
  void aBulkReadAfterAnImproperApproval_raisesTheVolumeAlert() throws Exception {
    assertThat(w.post("/api/v1/entrustments/" + child.id() + "/approve", "", officer).statusCode())
        .isEqualTo(200);
    String token =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=1", subOp).body()).getFirst();
    // 90% of the daily cap of 40 is 36 reads
    for (int i = 0; i < 36; i++) {
      var r = w.get("/api/v1/persons/" + token + "?" + WHY, subOp);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    SecurityAlerts.Alert a =
        awaitAlert("detect.volume-cap", "entrustment:" + child.id()).orElseThrow();
    assertThat(a.detail()).contains("36 reads today", "daily cap of 40");
    AccessRecord httpRead = record(a.evidence().getFirst());
    assertThat(httpRead.actor()).isEqualTo("sub-op");
    // opened before the bulk read, so it counts the 36 reads of one person; judged in
    // theCapNearAlone_isNotMisuse
    capOnly = open(List.of(a.id()));
    capAlertRecord = a;

    // the seed's bulk read (462,000 items at scale) through the improperly approved chain, appended
    // as the gate records an allowed read: so many reads cannot go through HTTP in test time. The
    // gate would refuse past the cap of 40; the story is of a chain whose cap allowed it. The
    // first person is the one already read over HTTP, so the subcontractor read bulk() persons.
    TenantLog log = w.logs.forTenant(TENANT);
    Who who = new Who(new UserId("sub-op"), new OrganisationId("sub-co"), new TenantId(TENANT));
    Why why = Why.typed(httpRead.purpose(), httpRead.caseRef());
    long started = System.nanoTime();
    List<AccessRecord> batch = new ArrayList<>(BATCH);
    int bulk = bulk();
    for (int i = 0; i < bulk; i++) {
      PersonToken person =
          new PersonToken(i == 0 ? httpRead.personToken() : "bulk-" + Integer.toHexString(i));
      batch.add(
          AccessRecord.of(
              new Attempt(
                  who,
                  httpRead.chain(),
                  why,
                  Action.READ,
                  Optional.of(person),
                  Set.of(Field.FAMILY_NAME),
                  Instant.now()),
              Outcome.allowed(Map.of(Field.FAMILY_NAME, Mask.PARTIAL))));
      if (batch.size() == BATCH) {
        log.appendAll(batch);
        batch = new ArrayList<>(BATCH);
      }
    }
    log.appendAll(batch);
    long appended = System.nanoTime();
    SecurityAlerts.Alert volume = awaitAlert("detect.volume", "user:sub-op").orElseThrow();
    SecurityAlerts.Alert harvest = awaitAlert("detect.harvesting", "user:sub-op").orElseThrow();
    System.out.printf(
        "[detect-story] %s: %,d reads appended in %d ms, both alerts %d ms later%n",
        kind(), bulk, (appended - started) / 1_000_000, (System.nanoTime() - appended) / 1_000_000);
    // awaitAlert waits a minute at most: both alerts came within a minute of the last append
    bulkAlerts = List.of(volume.id(), harvest.id());
    capAlert = a.id();
  }

  @Test
  @Order(3)
  void theSubcontractorsIncident_countsEveryPersonRead_overHundredAndUnjustPurpose_60Days()
      throws Exception {
    SecurityAlerts.Alert refusals = awaitAlert("detect.refusals", "user:sub-op").orElseThrow();
    List<String> ids = new ArrayList<>(List.of(refusals.id(), capAlert));
    ids.addAll(bulkAlerts);
    long started = System.nanoTime();
    JsonNode i = open(ids);
    System.out.printf(
        "[detect-story] %s: incident of %,d persons opened in %d ms%n",
        kind(), i.get("affected").asLong(), (System.nanoTime() - started) / 1_000_000);
    // the first alert is the refusals', so the suspect is the subcontractor's operator from the
    // first refused attempt on: the refused attempts revealed nothing, the bulk reads did
    assertThat(i.get("suspect").get("kind").asString()).isEqualTo("actor");
    assertThat(i.get("suspect").get("value").asString()).isEqualTo("sub-op");
    assertThat(i.get("affected").asLong()).isEqualTo(bulk());
    assertThat(i.get("classification").get("log").get("denied").asLong()).isEqualTo(10);
    assertThat(i.get("alerts")).hasSize(4);
    // holds under today's words and under the intended explicit signals: harvesting is misuse
    assertClassification(i, true, true);
    assertThat(i.get("classification").get("unjustPurpose").get("reason").asString())
        .contains("detect.harvesting");
    assertThat(i.get("classification").get("overHundred").get("reason").asString())
        .startsWith(bulk() + " persons are affected");
    assertDeadlines(i, refusals, true);
  }

  @Test
  @Order(4)
  void aContractorOperatorHarvestingTheRegister_isAlertedWithinAMinute_andSuspended()
      throws Exception {
    TenantLog log = w.logs.forTenant(TENANT);
    long start = log.size();
    List<String> tokens =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=300", harvestOp).body());
    assertThat(tokens).hasSize(300);
    int read = 0;
    int refused = 0;
    for (String t : tokens) {
      var r = w.get("/api/v1/persons/" + t + "?" + WHY, harvestOp);
      if (r.statusCode() == 200) {
        read++;
      } else {
        assertThat(r.body()).contains("chain.suspended");
        refused++;
      }
    }
    SecurityAlerts.Alert a = awaitAlert("detect.harvesting", "user:harvest-op").orElseThrow();
    Instant trigger = record(a.evidence().getLast()).time();
    assertThat(Duration.between(trigger, a.raisedAt())).isLessThan(Duration.ofSeconds(60));
    assertThat(a.policy()).isEqualTo(mamori.core.AlertPolicy.SUSPEND_ENTRUSTMENT);
    assertThat(a.taken()).isEqualTo("entrustment " + parent.id() + " suspended");
    assertThat(
            w.entrustments.all(TENANT).stream()
                .filter(e -> e.id().equals(parent.id()))
                .findFirst()
                .orElseThrow()
                .status())
        .isEqualTo(Entrustment.Status.SUSPENDED);
    // the suspension is an administrative act of the system, in the log (read from this test's
    // start: decoding the bulk records before it would cost seconds)
    assertThat(log.records(start, log.size()))
        .anySatisfy(r -> {
          assertThat(r.actor()).isEqualTo("mamori.detect");
          assertThat(r.action()).isEqualTo("entrustment.suspend");
          assertThat(r.allowed()).isTrue();
        });
    // and from then on every read is refused
    var after = w.get("/api/v1/persons/" + tokens.getFirst() + "?" + WHY, harvestOp);
    assertThat(after.statusCode()).isEqualTo(403);
    assertThat(after.body()).contains("chain.suspended");
    assertThat(read).isGreaterThanOrEqualTo(50);
    assertThat(read + refused).isEqualTo(300);

    // the incident from the alert counts exactly the persons read before the suspension; the
    // refused reads after it (and the one above) revealed nothing and are counted as denied
    JsonNode i = open(List.of(a.id()));
    assertThat(i.get("suspect").get("kind").asString()).isEqualTo("actor");
    assertThat(i.get("suspect").get("value").asString()).isEqualTo("harvest-op");
    assertThat(i.get("affected").asLong()).isEqualTo(read);
    assertThat(i.get("classification").get("log").get("denied").asLong()).isEqualTo(refused + 1);
    // harvesting signals misuse under today's words and the intended explicit signals alike
    assertClassification(i, true, read > 100);
    assertThat(i.get("classification").get("overHundred").get("reason").asString())
        .startsWith(read + " persons are affected");
    assertDeadlines(i, a, true);
  }

  @Test
  @Order(5)
  void aResidentsFlag_opensAnIncidentOnTheActorOfThatAccess_countingTheirDay() throws Exception {
    String staff = w.user(TENANT, TENANT, "watch-staff", Role.STAFF);
    List<String> tokens =
        GateWorld.tokens(w.get("/api/v1/persons?" + WHY + "&limit=3", staff).body());
    assertThat(tokens).hasSize(3);
    TenantLog log = w.logs.forTenant(TENANT);
    long before = log.size();
    for (String t : tokens) {
      var r = w.get("/api/v1/persons/" + t + "?" + WHY, staff);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
    List<AccessRecord> mine = log.records(before, log.size());
    List<Long> reads = new ArrayList<>();
    for (int k = 0; k < mine.size(); k++) {
      if (mine.get(k).actor().equals("watch-staff") && mine.get(k).action().equals("read")) {
        reads.add(before + k);
      }
    }
    assertThat(reads).hasSize(3);
    // the second person's resident does not recognise the read of their record
    long flagged = reads.get(1);
    String session = residentSession(new Resident(TENANT, "r-flagging", tokens.get(1)));
    HttpResponse<String> history = asResident(session, "GET", "/portal/history", "");
    assertThat(history.statusCode()).isEqualTo(200);
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(history.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> flag =
        asResident(
            session, "POST", "/portal/history/" + flagged + "/flag", "_csrf=" + csrf.group(1));
    assertThat(flag.statusCode()).as(flag.body()).isEqualTo(302);
    SecurityAlerts.Alert a = awaitAlert("access.flagged", "log:" + flagged).orElseThrow();
    assertThat(a.evidence()).containsExactly(flagged);

    JsonNode i = open(List.of(a.id()));
    // the suspect is the flagged access's actor, from their first access in the 24 hours before it
    // (the listing that came before the reads): all three persons read are in the window
    assertThat(i.get("suspect").get("kind").asString()).isEqualTo("actor");
    assertThat(i.get("suspect").get("value").asString()).isEqualTo("watch-staff");
    java.time.Instant from = java.time.Instant.parse(i.get("suspect").get("from").asString());
    assertThat(from).isBeforeOrEqualTo(record(reads.getFirst()).time());
    assertThat(from).isAfter(record(reads.getFirst()).time().minusSeconds(60));
    assertThat(i.get("affected").asLong()).isEqualTo(3);
    JsonNode page =
        JSON.readTree(
            w.get("/api/v1/incidents/" + i.get("id").asString() + "/affected", officer).body());
    List<String> persons = new ArrayList<>();
    page.get("persons").forEach(p -> persons.add(p.get("token").asString()));
    assertThat(persons).containsExactlyInAnyOrderElementsOf(tokens);
    // a resident's flag says the access was unexpected, not that it was misuse: no unjust purpose
    // until the officer judges so, and the final report is due in 30 days. Holds today
    // (access.flagged holds none of MISUSE_WORDS) and under the intended explicit signals, which
    // name detection rules' misuse findings, not a resident's flag.
    assertClassification(i, false, false);
    assertThat(i.get("classification").get("unjustPurpose").get("reason").asString())
        .startsWith("no misuse rule raised the alerts");
    assertDeadlines(i, a, false);
  }

  /**
   * Nearing the cap alone is heavy but legitimate work: an incident opened from that alert alone
   * (before the bulk read) does not hold unjust purpose, so its final report is due in 30 days.
   * DEPENDS on the intended misuse signals (the volume rule's cap-near finding no longer signals
   * misuse): today's Incidents.MISUSE_WORDS matches "volume", so this fails until that is merged.
   */
  @Test
  @Order(6)
  void theCapNearAlone_isNotMisuse() {
    JsonNode i = java.util.Objects.requireNonNull(capOnly);
    assertThat(i.get("suspect").get("kind").asString()).isEqualTo("entrustment");
    assertThat(i.get("suspect").get("value").asString()).isEqualTo(child.id());
    assertThat(i.get("affected").asLong()).isEqualTo(1);
    assertClassification(i, false, false);
    assertDeadlines(i, java.util.Objects.requireNonNull(capAlertRecord), false);
  }

  /** Opens an incident from {@code alertIds} as the security officer. */
  JsonNode open(List<String> alertIds) throws Exception {
    String body =
        "{\"alerts\":["
            + String.join(",", alertIds.stream().map(x -> "\"" + x + "\"").toList())
            + "]}";
    HttpResponse<String> r = w.post("/api/v1/incidents", body, officer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode i = JSON.readTree(r.body());
    assertThat(i.get("status").asString()).isEqualTo("open");
    return i;
  }

  /** The four triggers and reportable: (1) always, (3) never without the officer's word. */
  static void assertClassification(JsonNode i, boolean unjust, boolean overHundred) {
    JsonNode c = i.get("classification");
    assertThat(c.get("useWork").get("holds").asBoolean()).isTrue();
    assertThat(c.get("unjustPurpose").get("holds").asBoolean()).isEqualTo(unjust);
    assertThat(c.get("network").get("holds").asBoolean()).isFalse();
    assertThat(c.get("overHundred").get("holds").asBoolean()).isEqualTo(overHundred);
    assertThat(c.get("exemption").get("applies").asBoolean()).isFalse();
    assertThat(c.get("reportable").asBoolean()).isTrue();
  }

  /**
   * Awareness is the first alert's time; the preliminary report is due at 23:59:59 JST of the third
   * business day after that day in Japan, the final at the end of the 30th (60th with unjust
   * purpose) calendar day, both computed here from {@link #closed}, not from the service's
   * calendar.
   */
  static void assertDeadlines(JsonNode i, SecurityAlerts.Alert first, boolean unjust) {
    assertThat(Instant.parse(i.get("awareAt").asString())).isEqualTo(first.raisedAt());
    LocalDate aware = first.raisedAt().atZone(JST).toLocalDate();
    LocalDate preliminary = aware;
    for (int n = 0; n < 3; ) {
      preliminary = preliminary.plusDays(1);
      if (!closed(preliminary)) {
        n++;
      }
    }
    JsonNode d = i.get("deadlines");
    assertThat(d).hasSize(2);
    assertThat(d.get(0).get("kind").asString()).isEqualTo("preliminary");
    assertThat(d.get(0).get("due").asString()).isEqualTo(endOf(preliminary));
    assertThat(d.get(0).get("state").asString()).isEqualTo("due");
    assertThat(d.get(1).get("kind").asString()).isEqualTo("final");
    assertThat(d.get(1).get("due").asString()).isEqualTo(endOf(aware.plusDays(unjust ? 60 : 30)));
  }

  static String endOf(LocalDate day) {
    return day.atTime(23, 59, 59).atZone(JST).toInstant().toString();
  }

  /** Japan's public holidays (Cabinet Office list) of the years these tests may run in. */
  static final Set<LocalDate> HOLIDAYS =
      Stream.of(
              "2026-01-01",
              "2026-01-12",
              "2026-02-11",
              "2026-02-23",
              "2026-03-20",
              "2026-04-29",
              "2026-05-03",
              "2026-05-04",
              "2026-05-05",
              "2026-05-06",
              "2026-07-20",
              "2026-08-11",
              "2026-09-21",
              "2026-09-22",
              "2026-09-23",
              "2026-10-12",
              "2026-11-03",
              "2026-11-23",
              "2027-01-01",
              "2027-01-11",
              "2027-02-11",
              "2027-02-23",
              "2027-03-21",
              "2027-03-22",
              "2027-04-29",
              "2027-05-03",
              "2027-05-04",
              "2027-05-05",
              "2027-07-19",
              "2027-08-11",
              "2027-09-20",
              "2027-09-23",
              "2027-10-11",
              "2027-11-03",
              "2027-11-23",
              "2028-01-01",
              "2028-01-10",
              "2028-02-11",
              "2028-02-23",
              "2028-03-20",
              "2028-04-29",
              "2028-05-03",
              "2028-05-04",
              "2028-05-05",
              "2028-07-17",
              "2028-08-11",
              "2028-09-18",
              "2028-09-22",
              "2028-10-09",
              "2028-11-03",
              "2028-11-23")
          .map(LocalDate::parse)
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** A day the office is closed: a weekend, a public holiday, 29 December to 3 January. */
  static boolean closed(LocalDate d) {
    assertThat(d.getYear()).as("extend HOLIDAYS to this year").isBetween(2026, 2028);
    return d.getDayOfWeek().getValue() >= 6
        || HOLIDAYS.contains(d)
        || (d.getMonthValue() == 12 && d.getDayOfMonth() >= 29)
        || (d.getMonthValue() == 1 && d.getDayOfMonth() <= 3);
  }

  /** A portal session signed in as {@code r}: its cookie. */
  String residentSession(Resident r) throws Exception {
    var landing =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + "/portal"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        landing.headers().allValues("Set-Cookie").stream()
            .filter(h -> h.startsWith("MAMORI_SESSION="))
            .findFirst()
            .orElseThrow();
    String session = cookie.substring(0, cookie.indexOf(';'));
    ResidentSessions.signInOnServer(w.context, session.substring("MAMORI_SESSION=".length()), r);
    return session;
  }

  HttpResponse<String> asResident(String session, String method, String path, String form)
      throws Exception {
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
            .header("Cookie", session)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .method(
                method,
                form.isEmpty()
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
