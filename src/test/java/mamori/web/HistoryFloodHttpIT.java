package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mamori.access.PersonAccesses;
import mamori.access.RefusalBursts;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.portal.Resident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/*
 * The attack of issue 13, point 1, replayed on a real server: a contractor's operator holding a person's
 * token sends 2,010 refused reads of a field outside its scope. The first FLOOD_OVER_HTTP go through the API
 * (the gate logs each and the burst alert counts them); the rest are appended in bulk through the log's own
 * API as the gate writes them (same actor, chain, reason and time), which is what 2,000 more requests would
 * leave in the log, in a fraction of the time. A staff read sits between the two parts. Then the resident
 * (over HTTP, in a session signed in as the portal signs one in) and the staff must still see the
 * registration and the staff read on the first page, the flood as one row with its count, and a page of
 * bounded size; every record is still reachable by paging with a cursor that later records do not move.
 */
/** The resident's history after a flood of refused reads, on a real server. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HistoryFloodHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final int FLOOD = 2_010;
  static final int FLOOD_OVER_HTTP = 40;
  static final String WHY = "purpose=resident-tax&case=2026-0001";
  static final JsonMapper JSON = JsonMapper.builder().build();

  ConsoleWorld c;
  String staff;
  String operator;
  String theirs; // the operator's token of the person
  String person; // the tenant's token of the person
  String residentCookie;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(kind(), false);
    staff = c.w.bearer("city-staff");
    operator = c.w.bearer("con-operator");
  }

  @AfterAll
  void stop() {
    c.close();
  }

  HttpResponse<String> get(String path, String auth) throws Exception {
    return c.w.get(path, auth);
  }

  JsonNode json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  HttpResponse<String> asResident(String path) throws Exception {
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.w.port + path))
            .header("Cookie", residentCookie)
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static List<JsonNode> entries(JsonNode page) {
    List<JsonNode> out = new ArrayList<>();
    page.get("entries").forEach(out::add);
    return out;
  }

  @Test
  @Order(1)
  void theFlood_isRefused_loggedAndAlertedOnce() throws Exception {
    theirs =
        GateWorld.tokens(get("/api/v1/persons?" + WHY + "&limit=1", operator).body()).getFirst();
    var read = get("/api/v1/persons/" + theirs + "?" + WHY + "&fields=family_name", operator);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    TenantLog log = c.log(ConsoleWorld.CITY);
    person = c.last(ConsoleWorld.CITY).personToken();
    assertThat(get("/api/v1/persons/" + person + "?" + WHY, staff).statusCode()).isEqualTo(200);
    for (int i = 0; i < FLOOD_OVER_HTTP; i++) {
      var refused = get("/api/v1/persons/" + theirs + "?" + WHY + "&fields=birth_date", operator);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).contains("field.out-of-scope");
    }
    AccessRecord template = c.last(ConsoleWorld.CITY);
    assertThat(template.decision()).isEqualTo("deny:field.out-of-scope");
    assertThat(template.personToken()).isEqualTo(person);
    // a staff read in the middle of the flood: allowed accesses are never folded away
    assertThat(get("/api/v1/persons/" + person + "?" + WHY, staff).statusCode()).isEqualTo(200);
    Attempt same =
        new Attempt(
            new Who(
                new UserId(template.actor()),
                new OrganisationId(template.organisation()),
                new TenantId(ConsoleWorld.CITY)),
            template.chain(),
            template.why().orElseThrow(),
            Action.READ,
            Optional.of(new PersonToken(person)),
            Set.of(Field.BIRTH_DATE),
            template.time());
    List<AccessRecord> rest = new ArrayList<>();
    for (int i = FLOOD_OVER_HTTP; i < FLOOD; i++) {
      rest.add(AccessRecord.of(same, Outcome.denied(Reason.FIELD_OUT_OF_SCOPE)));
    }
    log.appendAll(rest);
    long size = log.size();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));

    List<SecurityAlerts.Alert> bursts =
        c.w.context.getBean(SecurityAlerts.class).list(ConsoleWorld.CITY, 100).stream()
            .filter(a -> a.kind().equals(RefusalBursts.KIND))
            .toList();
    assertThat(bursts)
        .as("one alert for the burst, not one per refusal")
        .singleElement()
        .satisfies(a -> {
          assertThat(a.subject()).isEqualTo("person:" + person);
          assertThat(a.detail()).contains("con-operator", "field.out-of-scope");
        });
  }

  @Test
  @Order(2)
  void theResident_stillSeesTheRegistrationAndTheStaffReads_onTheFirstPage_andTheFloodAsOneRow()
      throws Exception {
    var landing =
        GateWorld.HTTP.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + c.w.port + "/portal"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie =
        landing.headers().allValues("Set-Cookie").stream()
            .filter(h -> h.startsWith("MAMORI_SESSION="))
            .findFirst()
            .orElseThrow();
    residentCookie = cookie.substring(0, cookie.indexOf(';'));
    ResidentSessions.signInOnServer(
        c.w.context,
        residentCookie.substring("MAMORI_SESSION=".length()),
        new Resident(ConsoleWorld.CITY, "r-flood", person));

    var page = asResident("/portal/history");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    int pageBytes = html.getBytes(StandardCharsets.UTF_8).length;
    System.out.println("[history-size] " + kind() + " portal page, first page: " + pageBytes);
    assertThat(html)
        .contains("id=\"history\"", "2,010 回拒否されました", "登録", "閲覧")
        .contains("data-checkpoint=");
    assertThat(html.split("<tr ", -1).length - 1)
        .as("the rows of the first page")
        .isLessThanOrEqualTo(PersonAccesses.DEFAULT_PAGE);
    assertThat(pageBytes).as("one checkpoint per page, not one per row").isLessThan(200_000);
    int checkpoints = html.split("data-checkpoint=", -1).length - 1;
    assertThat(checkpoints).isEqualTo(1);

    var api = asResident("/portal/history/entries");
    JsonNode first = json(api);
    System.out.println(
        "[history-size] "
            + kind()
            + " resident JSON, first page: "
            + api.body().getBytes(StandardCharsets.UTF_8).length);
    List<JsonNode> rows = entries(first);
    assertThat(rows).hasSizeLessThanOrEqualTo(PersonAccesses.DEFAULT_PAGE);
    assertThat(rows).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("register"));
    assertThat(rows)
        .filteredOn(e -> e.get("actor").asString().equals("city-staff"))
        .filteredOn(e -> e.get("action").asString().equals("read"))
        .hasSize(2);
    assertThat(rows)
        .filteredOn(e -> e.get("decision").asString().equals("deny:field.out-of-scope"))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.get("count").asInt()).isEqualTo(FLOOD);
          assertThat(e.get("proof").size()).as("the newest refusal's proof").isPositive();
        });
    assertThat(first.get("vkey").asString()).isNotEmpty();
    assertThat(first.get("ownViews").asInt())
        .as("the resident's own viewings, counted")
        .isPositive();
    assertThat(rows)
        .as("the resident's own viewings are not listed")
        .noneSatisfy(e -> assertThat(e.get("organisation").asString()).isEqualTo("resident"));
  }

  @Test
  @Order(3)
  void theStaff_seeTheSamePage_andCanPageThroughEveryRecord_withCursorsThatDoNotMove()
      throws Exception {
    var r = get("/api/v1/persons/" + person + "/accesses?" + WHY, staff);
    JsonNode first = json(r);
    System.out.println(
        "[history-size] "
            + kind()
            + " staff JSON, first page: "
            + r.body().getBytes(StandardCharsets.UTF_8).length);
    List<JsonNode> rows = entries(first);
    assertThat(rows).hasSizeLessThanOrEqualTo(PersonAccesses.DEFAULT_PAGE);
    assertThat(rows).anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("register"));
    assertThat(rows)
        .filteredOn(e -> e.get("count").asInt() == FLOOD)
        .singleElement()
        .satisfies(e -> assertThat(e.get("actor").asString()).isEqualTo("con-operator"));
    // the staff read in the middle of the flood is its own row, below the folded one
    int folded = -1;
    int middle = -1;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode e = rows.get(i);
      if (e.get("count").asInt() == FLOOD) {
        folded = i;
      }
      if (e.get("actor").asString().equals("city-staff")
          && e.get("action").asString().equals("read")
          && middle < 0) {
        middle = i;
      }
    }
    assertThat(middle).isGreaterThan(folded);

    // unfolded, every record is reachable page by page, and each page is bounded
    long before = Long.MAX_VALUE;
    int records = 0;
    int pages = 0;
    long older = -1;
    long topIndex = -1;
    boolean sawRegistration = false;
    String cursor = "";
    while (true) {
      JsonNode page =
          json(
              get(
                  "/api/v1/persons/"
                      + person
                      + "/accesses?"
                      + WHY
                      + "&fold=false&limit=200"
                      + cursor,
                  staff));
      List<JsonNode> each = entries(page);
      assertThat(each).hasSizeLessThanOrEqualTo(200);
      for (JsonNode e : each) {
        assertThat(e.get("index").asLong()).as("newest first, no repeats").isLessThan(before);
        before = e.get("index").asLong();
        assertThat(e.get("count").asInt()).isEqualTo(1);
        sawRegistration |= e.get("action").asString().equals("register");
      }
      if (pages == 0) {
        topIndex = each.getFirst().get("index").asLong();
      }
      records += each.size();
      pages++;
      if (pages == 2) {
        older = page.get("older").asLong();
      }
      if (page.get("older").isNull()) {
        break;
      }
      cursor = "&before=" + page.get("older").asLong();
    }
    assertThat(sawRegistration).isTrue();
    assertThat(records).isGreaterThanOrEqualTo(FLOOD + 3);
    long newest = topIndex;
    assertThat((long) records)
        .as("every record up to the first page's newest")
        .isEqualTo(
            c.log(ConsoleWorld.CITY).indicesFor(person).stream().filter(i -> i <= newest).count());

    // a cursor names the same records however many arrive after it
    String second =
        "/api/v1/persons/" + person + "/accesses?" + WHY + "&fold=false&before=" + older;
    List<Long> then =
        entries(json(get(second, staff))).stream().map(e -> e.get("index").asLong()).toList();
    for (int i = 0; i < 3; i++) {
      get("/api/v1/persons/" + theirs + "?" + WHY + "&fields=birth_date", operator);
    }
    List<Long> now =
        entries(json(get(second, staff))).stream().map(e -> e.get("index").asLong()).toList();
    assertThat(now).isEqualTo(then);
    // the newer page of a page meets it exactly: nothing skipped, nothing twice
    long top = json(get(second, staff)).get("newer").asLong();
    assertThat(top).isEqualTo(then.getFirst());
    JsonNode newer =
        json(
            get(
                "/api/v1/persons/" + person + "/accesses?" + WHY + "&fold=false&after=" + top,
                staff));
    List<JsonNode> newerRows = entries(newer);
    assertThat(newerRows).isNotEmpty();
    long bottom = newer.get("older").asLong();
    assertThat(newerRows.getLast().get("index").asLong()).isEqualTo(bottom).isGreaterThan(top);
    String below =
        "/api/v1/persons/" + person + "/accesses?" + WHY + "&fold=false&before=" + bottom;
    assertThat(entries(json(get(below, staff))).getFirst().get("index").asLong()).isEqualTo(top);
  }

  @Test
  @Order(4)
  void badPageParameters_areA400NamingTheProblem_andChangeNothing() throws Exception {
    TenantLog log = c.log(ConsoleWorld.CITY);
    for (String bad :
        List.of(
            "before=-1",
            "before=abc",
            "after=1e3",
            "limit=0",
            "limit=201",
            "limit=1000",
            "before=99999999999999999999",
            "fold=maybe",
            "before=1&after=1",
            "before=%EF%BC%91")) {
      long size = log.size();
      var r = get("/api/v1/persons/" + person + "/accesses?" + WHY + "&" + bad, staff);
      assertThat(r.statusCode()).as(bad + ": " + r.body()).isEqualTo(400);
      assertThat(r.body()).as(bad).startsWith("{\"code\":\"page.invalid\"");
      var resident = asResident("/portal/history/entries?" + bad);
      assertThat(resident.statusCode()).as(bad).isEqualTo(400);
      assertThat(resident.body()).as(bad).startsWith("{\"code\":\"page.invalid\"");
      if (!bad.startsWith("limit")) { // the page has no limit
        var html = asResident("/portal/history?" + bad);
        assertThat(html.statusCode()).as(bad).isEqualTo(400);
        assertThat(html.body()).as(bad).contains("履歴のページはありません");
      }
      assertThat(log.size()).as(bad + " is refused before anything is logged").isEqualTo(size);
    }
  }
}
