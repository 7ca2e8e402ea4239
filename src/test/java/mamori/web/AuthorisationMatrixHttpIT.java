package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every endpoint × every role × every relation to the tenant's data (its own staff, its contractor,
 * the contractor's approved subcontractor, another tenant): denied (403 or 404 with a JSON code)
 * unless the table below allows it (200).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthorisationMatrixHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  enum Relation {
    OWN,
    CONTRACTOR,
    SUBCONTRACTOR,
    OTHER_TENANT
  }

  enum Endpoint {
    LIST_PERSONS,
    READ_PERSON,
    PERSON_ACCESSES,
    LIST_ENTRUSTMENTS,
    CREATE_ENTRUSTMENT,
    APPROVE,
    SUSPEND,
    REVOKE,
    // issue 14 point 5: the controller's person sets
    LIST_PERSON_LISTS,
    CREATE_PERSON_LIST,
    TAG_PERSON,
    UNTAG_PERSON
  }

  static final Set<Role> SET_BUILDERS = Set.of(Role.STAFF, Role.SECURITY_OFFICER);

  static final Set<Role> WORKING = Set.of(Role.STAFF, Role.OPERATOR);
  static final Set<Relation> OF_THE_TENANT =
      Set.of(Relation.OWN, Relation.CONTRACTOR, Relation.SUBCONTRACTOR);

  /** The explicit allowances; everything else must be refused. */
  static boolean allowed(Endpoint e, Relation rel, Role role) {
    return switch (e) {
      // another tenant's staff list their own tenant's persons (checked to hold none of this
      // tenant's)
      case LIST_PERSONS -> WORKING.contains(role);
      case READ_PERSON -> WORKING.contains(role) && OF_THE_TENANT.contains(rel);
      case PERSON_ACCESSES -> rel == Relation.OWN && (role == Role.STAFF || role == Role.AUDITOR);
      // each organisation sees only what it gives and holds (checked for the other tenant)
      case LIST_ENTRUSTMENTS ->
          Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role);
      case CREATE_ENTRUSTMENT, SUSPEND, REVOKE ->
          rel == Relation.OWN && (role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER);
      case APPROVE -> rel == Relation.OWN && role == Role.SECURITY_OFFICER;
      // another tenant's staff see and make their own tenant's lists (checked to hold none of this
      // tenant's); a contractor never builds a set
      case LIST_PERSON_LISTS, CREATE_PERSON_LIST ->
          (rel == Relation.OWN || rel == Relation.OTHER_TENANT) && SET_BUILDERS.contains(role);
      case TAG_PERSON, UNTAG_PERSON -> rel == Relation.OWN && SET_BUILDERS.contains(role);
    };
  }

  static final String WHY = "purpose=resident-tax&case=m-1";
  static GateWorld w;
  static Entrustment parent;
  static final Map<Relation, String> org =
      new EnumMap<>(
          Map.of(
              Relation.OWN,
              "m-city",
              Relation.CONTRACTOR,
              "m-con",
              Relation.SUBCONTRACTOR,
              "m-sub",
              Relation.OTHER_TENANT,
              "o-city"));
  static final Map<Relation, String> token = new EnumMap<>(Relation.class);
  static final Map<String, String> bearer = new java.util.HashMap<>();

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-gate"), kind());
    w.tenant("m-city", 3, 7);
    w.tenant("o-city", 3, 8);
    w.organisation("m-con", Organisation.Kind.CONTRACTOR, "m-city");
    w.organisation("m-sub", Organisation.Kind.SUBCONTRACTOR, "m-city");
    parent =
        w.entrust(
            "m-city",
            null,
            "m-con",
            scope(fields(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.NONE), TODAY, 1000));
    Entrustment child =
        w.entrust(
            "m-con",
            parent.id(),
            "m-sub",
            scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 1000));
    for (Relation rel : Relation.values()) {
      String tenant = rel == Relation.OTHER_TENANT ? "o-city" : "m-city";
      for (Role role : Role.values()) {
        bearer.put(
            rel + "/" + role,
            w.user(
                tenant,
                org.get(rel),
                (org.get(rel) + "-" + role).toLowerCase().replace('_', '-'),
                role));
      }
    }
    w.post(
        "/api/v1/entrustments/" + child.id() + "/approve", "", bearer.get("OWN/SECURITY_OFFICER"));
    for (Relation rel : List.of(Relation.OWN, Relation.CONTRACTOR, Relation.SUBCONTRACTOR)) {
      token.put(
          rel,
          GateWorld.tokens(
                  w.get("/api/v1/persons?" + WHY + "&limit=1", bearer.get(rel + "/OPERATOR"))
                      .body())
              .getFirst());
    }
    token.put(Relation.OTHER_TENANT, token.get(Relation.OWN));
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static HttpResponse<String> call(Endpoint e, Relation rel, String auth) throws Exception {
    return switch (e) {
      case LIST_PERSONS -> w.get("/api/v1/persons?" + WHY, auth);
      case READ_PERSON -> w.get("/api/v1/persons/" + token.get(rel) + "?" + WHY, auth);
      case PERSON_ACCESSES -> w.get("/api/v1/persons/" + token.get(rel) + "/accesses?" + WHY, auth);
      case LIST_ENTRUSTMENTS -> w.get("/api/v1/entrustments", auth);
      case CREATE_ENTRUSTMENT ->
          w.post(
              "/api/v1/entrustments",
              """
              {"to":"m-con","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":["山田"],
              "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true},
              "scope":{"purposes":["resident-tax"],"fields":{"family_name":"partial"},"from":"%s","to":"%s",
              "dailyCap":10,"actions":["read"]}}\
              """
                  .formatted(TODAY, TODAY.plusDays(1)),
              auth);
      case APPROVE ->
          w.post(
              "/api/v1/entrustments/"
                  + w.entrust(
                          "m-con",
                          parent.id(),
                          "m-sub",
                          scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5))
                      .id()
                  + "/approve",
              "",
              auth);
      case SUSPEND -> w.post("/api/v1/entrustments/" + fresh().id() + "/suspend", "", auth);
      case REVOKE -> w.post("/api/v1/entrustments/" + fresh().id() + "/revoke", "", auth);
      case LIST_PERSON_LISTS -> w.get("/api/v1/person-lists", auth);
      case CREATE_PERSON_LIST ->
          w.post(
              "/api/v1/person-lists",
              "{\"id\":\"m-list-%d\",\"name\":\"m\",\"tokens\":[\"%s\"]}"
                  .formatted(++lists, token.get(Relation.OWN)),
              auth);
      case TAG_PERSON ->
          w.post(
              "/api/v1/persons/" + token.get(Relation.OWN) + "/tags",
              "{\"tag\":\"ward=kita\"}",
              auth);
      case UNTAG_PERSON ->
          delete("/api/v1/persons/" + token.get(Relation.OWN) + "/tags?tag=ward%3Dkita", auth);
    };
  }

  static int lists;

  static HttpResponse<String> delete(String path, String auth) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + w.port + path))
            .DELETE();
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return GateWorld.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Entrustment fresh() {
    return w.entrust(
        "m-city", null, "m-con", scope(fields(Field.FAMILY_NAME, Mask.PARTIAL), TODAY, 5));
  }

  @Test
  void everyEndpoint_forEveryRoleAndRelation_isDeniedUnlessExplicitlyAllowed() throws Exception {
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (Endpoint e : Endpoint.values()) {
      for (Relation rel : Relation.values()) {
        for (Role role : Role.values()) {
          cells++;
          HttpResponse<String> r = call(e, rel, bearer.get(rel + "/" + role));
          boolean allow = allowed(e, rel, role);
          boolean ok =
              allow
                  ? r.statusCode() / 100 == 2
                  : (r.statusCode() == 403 || r.statusCode() == 404)
                      && r.body().startsWith("{\"code\":\"");
          if (ok && allow && rel == Relation.OTHER_TENANT) {
            ok = !r.body().contains(token.get(Relation.OWN)) && !r.body().contains(parent.id());
          }
          if (!ok) {
            wrong.add(e + " " + rel + " " + role + " -> " + r.statusCode() + " " + r.body());
          }
        }
      }
    }
    assertThat(cells).isEqualTo(12 * 4 * 5);
    assertThat(wrong).isEmpty();
  }

  @Test
  void withoutCredentials_everyEndpointIs401() throws Exception {
    for (Endpoint e : Endpoint.values()) {
      assertThat(call(e, Relation.OWN, null).statusCode()).as(e.name()).isEqualTo(401);
    }
  }
}
