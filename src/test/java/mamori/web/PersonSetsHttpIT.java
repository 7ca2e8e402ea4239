package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.log.TenantLog;
import mamori.number.InsecureNumberAccess;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Person sets end to end (issue 14 point 5): the tenant's staff tag persons and make lists, a
 * contractor over {@code tag:ward=kita} lists and reads only the kita persons, a page at a time,
 * and is refused {@code person.out-of-scope} (logged) for a person no longer in its set; a
 * contractor over {@code list:ID} sees the list's members; a contractor cannot build its own set.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersonSetsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String WHY = "purpose=resident-tax&case=s-1";
  static final String TENANT = "set-city";
  static final long SEED = 41;
  static final Pattern NEXT = Pattern.compile("\"next\":\"([^\"]+)\"");

  GateWorld w;
  String staff, officer, kitaOp, listOp;
  List<String> own = List.of();

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-sets"), kind());
    w.tenant(TENANT, 6, SEED);
    w.organisation("kita-co", Organisation.Kind.CONTRACTOR, TENANT);
    w.organisation("list-co", Organisation.Kind.CONTRACTOR, TENANT);
    w.entrust(TENANT, null, "kita-co", over(PersonSet.parse("tag:ward=kita")));
    w.entrust(TENANT, null, "list-co", over(PersonSet.parse("list:s-list")));
    staff = w.user(TENANT, TENANT, "s-staff", Role.STAFF);
    officer = w.user(TENANT, TENANT, "s-officer", Role.SECURITY_OFFICER);
    kitaOp = w.user(TENANT, "kita-co", "kita-op", Role.OPERATOR);
    listOp = w.user(TENANT, "list-co", "list-op", Role.OPERATOR);
    own = GateWorld.tokens(w.get("/api/v1/persons?" + WHY, staff).body());
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static Scope over(PersonSet persons) {
    return new Scope(
        Set.of("resident-tax"),
        fields(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE),
        persons,
        TODAY,
        TODAY.plusDays(30),
        1000,
        EnumSet.of(Action.READ));
  }

  HttpResponse<String> delete(String path, String auth) throws Exception {
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
            .DELETE()
            .header("Authorization", auth)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  String lastEntry() {
    TenantLog log = w.logs.forTenant(TENANT);
    return new String(log.entry(log.size() - 1).orElseThrow(), StandardCharsets.UTF_8);
  }

  /** Every token of a listing, walked page by page with {@code limit}; each page's cursor. */
  List<String> walk(String auth, int limit) throws Exception {
    List<String> seen = new ArrayList<>();
    String after = null;
    for (int pages = 0; pages < 100; pages++) {
      HttpResponse<String> r =
          w.get(
              "/api/v1/persons?"
                  + WHY
                  + "&limit="
                  + limit
                  + (after == null ? "" : "&after=" + after),
              auth);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      seen.addAll(GateWorld.tokens(r.body()));
      Matcher m = NEXT.matcher(r.body());
      if (!m.find()) {
        return seen;
      }
      after = m.group(1);
    }
    throw new AssertionError("the listing never ended");
  }

  @Test
  @Order(1)
  void theStaffTag_kitaAndMinami_andEachTagIsLoggedFirst() throws Exception {
    assertThat(own).hasSize(6);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r =
          w.post("/api/v1/persons/" + own.get(i) + "/tags", "{\"tag\":\"ward=kita\"}", staff);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(lastEntry()).contains("person.tag", own.get(i)).doesNotContain("kita");
    }
    assertThat(
            w.post("/api/v1/persons/" + own.get(3) + "/tags", "{\"tag\":\"ward=minami\"}", officer)
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> bad =
        w.post("/api/v1/persons/" + own.get(3) + "/tags", "{\"tag\":\"=\"}", staff);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).startsWith("{\"code\":\"request.invalid\"");
    HttpResponse<String> number =
        w.post("/api/v1/persons/" + own.get(3) + "/tags", "{\"tag\":\"n=123456789012\"}", staff);
    assertThat(number.statusCode()).isEqualTo(400);
    assertThat(number.body()).startsWith("{\"code\":\"text.holds-number\"");
    assertThat(
            w.post("/api/v1/persons/0000-A000-0000-0000/tags", "{\"tag\":\"ward=kita\"}", staff)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  @Order(2)
  void theKitaContractor_listsOnlyKitaPersons_pageByPage_eachOnce() throws Exception {
    List<String> seen = walk(kitaOp, 1);
    assertThat(seen).hasSize(3).doesNotHaveDuplicates();
    assertThat(seen).doesNotContainAnyElementsOf(own); // its own tokens, not the tenant's
    assertThat(new HashSet<>(walk(kitaOp, 2))).isEqualTo(new HashSet<>(seen));
    assertThat(walk(kitaOp, 100)).hasSize(3);
    for (String t : seen) {
      HttpResponse<String> r = w.get("/api/v1/persons/" + t + "?" + WHY, kitaOp);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }
  }

  @Test
  @Order(3)
  void aKitaPersonMovedToMinami_isRefusedOutOfScope_andTheRefusalIsLogged() throws Exception {
    List<String> seen = walk(kitaOp, 10);
    // the staff move person 0 from kita to minami
    HttpResponse<String> removed =
        delete("/api/v1/persons/" + own.get(0) + "/tags?tag=ward%3Dkita", staff);
    assertThat(removed.statusCode()).isEqualTo(200);
    assertThat(removed.body()).isEqualTo("{\"removed\":true}");
    assertThat(lastEntry()).contains("person.untag");
    w.post("/api/v1/persons/" + own.get(0) + "/tags", "{\"tag\":\"ward=minami\"}", staff);

    List<String> refused = new ArrayList<>();
    for (String t : seen) {
      HttpResponse<String> r = w.get("/api/v1/persons/" + t + "?" + WHY, kitaOp);
      if (r.statusCode() == 403) {
        assertThat(r.body()).startsWith("{\"code\":\"person.out-of-scope\"");
        assertThat(lastEntry()).contains("deny:person.out-of-scope", own.get(0), "kita-op");
        refused.add(t);
      } else {
        assertThat(r.statusCode()).isEqualTo(200);
      }
    }
    assertThat(refused).hasSize(1);
    assertThat(walk(kitaOp, 1)).hasSize(2).doesNotContain(refused.getFirst());
  }

  @Test
  @Order(4)
  void aCursor_ofAnotherOrganisation_orForged_isRefused400() throws Exception {
    HttpResponse<String> first = w.get("/api/v1/persons?" + WHY + "&limit=1", kitaOp);
    Matcher m = NEXT.matcher(first.body());
    assertThat(m.find()).as(first.body()).isTrue();
    String cursor = m.group(1);
    long logged = w.logs.forTenant(TENANT).size();

    for (String[] attempt :
        new String[][] {
          {cursor, listOp}, {cursor, staff}, {"forged", kitaOp}, {cursor + "A", kitaOp}
        }) {
      HttpResponse<String> r =
          w.get("/api/v1/persons?" + WHY + "&limit=1&after=" + attempt[0], attempt[1]);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      assertThat(r.body()).startsWith("{\"code\":\"cursor.invalid\"");
    }
    assertThat(w.logs.forTenant(TENANT).size())
        .as("nothing listed, nothing logged")
        .isEqualTo(logged);
    assertThat(w.get("/api/v1/persons?" + WHY + "&limit=1&after=" + cursor, kitaOp).statusCode())
        .isEqualTo(200);
  }

  @Test
  @Order(5)
  void aList_ofTokensOrNumbers_isTheListContractorsSet() throws Exception {
    // nobody on the list yet: the list contractor sees no one
    assertThat(walk(listOp, 10)).isEmpty();
    List<PersonData> persons = GateWorld.persons(6, SEED);
    String n4 = persons.get(4).myNumber().digits(InsecureNumberAccess.get());
    String n5 = persons.get(5).myNumber().digits(InsecureNumberAccess.get());
    String unknown =
        GateWorld.persons(1, 999).getFirst().myNumber().digits(InsecureNumberAccess.get());
    HttpResponse<String> made =
        w.post(
            "/api/v1/person-lists",
            "{\"id\":\"s-list\",\"name\":\"北区の対象者\",\"numbers\":[\"%s\",\"%s\",\"%s\"]}"
                .formatted(n4, unknown, n5),
            staff); // a list from numbers is the working staff's (an officer lists tokens)
    assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
    assertThat(made.body())
        .isEqualTo("{\"id\":\"s-list\",\"members\":2,\"unknown\":{\"count\":1,\"lines\":[2]}}");
    assertThat(NumberText.holdsNumber(made.body())).isFalse();
    assertThat(lastEntry()).contains("list.create", "s-list");
    assertThat(NumberText.holdsNumber(lastEntry())).isFalse();

    Actor finder =
        new Actor(
            new UserId("t"), new OrganisationId(TENANT), List.of(), new Why("resident-tax", "t"));
    String p4 =
        w.vault.findByNumber(TENANT, persons.get(4).myNumber(), finder).orElseThrow().value();
    List<String> listed = walk(listOp, 1);
    assertThat(listed).hasSize(2);
    for (String t : listed) {
      assertThat(w.get("/api/v1/persons/" + t + "?" + WHY, listOp).statusCode()).isEqualTo(200);
    }
    assertThat(own).contains(p4);

    HttpResponse<String> again =
        w.post(
            "/api/v1/person-lists",
            "{\"id\":\"s-list\",\"name\":\"again\",\"tokens\":[\"%s\"]}".formatted(own.get(0)),
            staff);
    assertThat(again.statusCode()).isEqualTo(400);
    HttpResponse<String> both =
        w.post(
            "/api/v1/person-lists",
            "{\"id\":\"s-2\",\"name\":\"x\",\"tokens\":[\"%s\"],\"numbers\":[\"%s\"]}"
                .formatted(own.get(0), n4),
            staff);
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(NumberText.holdsNumber(both.body())).isFalse();

    for (String malformed :
        new String[] {
          "{\"name\":\"x\",\"tokens\":[\"%s\"]}".formatted(own.get(0)),
          "{\"id\":\"s-3\",\"tokens\":[\"%s\"]}".formatted(own.get(0)),
          "{\"id\":\"s-3\",\"name\":\"x\"}",
          "{\"id\":\"s-3\",\"name\":\"x\",\"tokens\":[]}",
          "{\"id\":\"s-3\",\"name\":\"x\",\"tokens\":[null]}",
          "{\"id\":\"s-3\",\"name\":\"x\",\"tokens\":[\"%s\"]}".formatted(n4)
        }) {
      HttpResponse<String> r = w.post("/api/v1/person-lists", malformed, staff);
      assertThat(r.statusCode()).as(malformed).isEqualTo(400);
      assertThat(r.body()).startsWith("{\"code\":\"request.invalid\"");
      assertThat(NumberText.holdsNumber(r.body())).isFalse();
    }
    HttpResponse<String> lists = w.get("/api/v1/person-lists", staff);
    assertThat(lists.statusCode()).isEqualTo(200);
    assertThat(lists.body())
        .contains("\"id\":\"s-list\"", "\"size\":2", "\"createdBy\":\"s-staff\"");
  }

  @Test
  @Order(6)
  void aContractor_cannotTagOrMakeAList_refusedAndLogged() throws Exception {
    String its = walk(kitaOp, 10).getFirst();
    long tags = tagRows();

    HttpResponse<String> tag =
        w.post("/api/v1/persons/" + its + "/tags", "{\"tag\":\"ward=kita\"}", kitaOp);
    assertThat(tag.statusCode()).isEqualTo(403);
    assertThat(tag.body()).startsWith("{\"code\":\"organisation.not-controller\"");
    assertThat(lastEntry()).contains("person.tag", "deny:organisation.not-controller", "kita-op");

    HttpResponse<String> widen =
        w.post("/api/v1/persons/" + own.get(5) + "/tags", "{\"tag\":\"ward=kita\"}", kitaOp);
    assertThat(widen.statusCode()).isEqualTo(403);

    HttpResponse<String> list =
        w.post(
            "/api/v1/person-lists",
            "{\"id\":\"mine\",\"name\":\"mine\",\"tokens\":[\"%s\"]}".formatted(its),
            listOp);
    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(lastEntry()).contains("list.create", "deny:organisation.not-controller");
    assertThat(w.get("/api/v1/person-lists", listOp).statusCode()).isEqualTo(403);
    assertThat(
            delete("/api/v1/persons/" + own.get(1) + "/tags?tag=ward%3Dkita", kitaOp).statusCode())
        .isEqualTo(403);
    assertThat(tagRows()).isEqualTo(tags);
    assertThat(walk(kitaOp, 10)).hasSize(2);
  }

  long tagRows() {
    return org.springframework.jdbc.core.simple.JdbcClient.create(
            w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("SELECT COUNT(*) FROM person_tag")
        .query(Long.class)
        .single();
  }
}
