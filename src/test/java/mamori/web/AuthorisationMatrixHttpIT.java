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
    // issue 14: organisations and purposes
    LIST_ORGANISATIONS,
    ADD_ORGANISATION,
    CHANGE_ORGANISATION,
    LIST_PURPOSES,
    ADD_PURPOSE,
    CHANGE_PURPOSE,
    // issue 14
    ENTRUSTMENT_TREE,
    CHANGE_STAFF,
    UPLOAD_CONTRACT,
    DOWNLOAD_CONTRACT,
    LIST_USERS,
    ADD_CITY_USER,
    ADD_CONTRACTOR_USER,
    DISABLE_CONTRACTOR_USER,
    NEW_ENROLMENT,
    RESET_FACTOR,
    // issue 14 point 5: the controller's person sets
    LIST_PERSON_LISTS,
    CREATE_PERSON_LIST,
    TAG_PERSON,
    UNTAG_PERSON,
    // issue 15: a city's own detection rules
    GET_DETECT_RULES,
    PUT_DETECT_RULES,
    // issue 15: incidents
    LIST_INCIDENTS,
    OPEN_INCIDENT,
    GET_INCIDENT,
    INCIDENT_AFFECTED,
    RECOMPUTE_INCIDENT,
    CLASSIFY_INCIDENT,
    CLOSE_INCIDENT,
    // issue 15: an incident's reports, notices and evidence
    INCIDENT_REPORT,
    SAVE_INCIDENT_REPORT,
    INCIDENT_REPORT_PDF,
    SUBMIT_INCIDENT_REPORT,
    NOTIFY_AFFECTED,
    NOTICE_COUNTS,
    INCIDENT_LETTERS,
    INCIDENT_EVIDENCE,
    // issue 15: alerts reach people
    LIST_ALERTS,
    READ_ALERT,
    ACKNOWLEDGE_ALERT,
    ASSIGN_ALERT,
    CLOSE_ALERT,
    ALERT_EVIDENCE,
    // issue 16: the desk's task routes, on the task job-m gives the contractor's operator
    TASK_NEXT,
    TASK_REGION,
    TASK_ENTRY,
    TASK_VERIFICATION,
    TASK_VERIFY,
    // issue 16: jobs, their documents and document types
    LIST_JOBS,
    CREATE_JOB,
    GET_JOB,
    ADD_DOCUMENTS,
    LIST_JOB_TYPES,
    LOAD_JOB_TYPE,
    // issue 16 point 5: a job's progress and the controller's remedies
    JOB_PROGRESS,
    SET_JOB_DEADLINE,
    SET_JOB_QUOTA,
    // closing (and reopening) a job
    SET_JOB_STATE
  }

  /** The tenant's own officer and auditor read alerts. */
  static final Set<Role> ALERT_READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  static final Set<Role> SET_BUILDERS = Set.of(Role.STAFF, Role.SECURITY_OFFICER);
  static final Set<Role> INCIDENT_READERS = Set.of(Role.SECURITY_OFFICER, Role.AUDITOR);

  static final Set<Role> JOB_ADMINS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);
  static final Set<Role> JOB_READERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN, Role.AUDITOR);

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
      // a tenant's admins, officers and auditors list its organisations (the other tenant its
      // own, checked to hold none of this tenant's); a contractor's admin its own and its subs
      case LIST_ORGANISATIONS ->
          isStaff(rel)
              ? Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role)
              : role == Role.ORG_ADMIN;
      // a tenant's admin or officer registers contractors for its own tenant; a contractor's (or
      // subcontractor's) admin registers subcontractors tied to its own organisation
      case ADD_ORGANISATION ->
          isStaff(rel)
              ? role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER
              : role == Role.ORG_ADMIN;
      // m-con's address: the tenant's admin or officer, or m-con's own admin
      case CHANGE_ORGANISATION ->
          rel == Relation.OWN
              ? role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER
              : rel == Relation.CONTRACTOR && role == Role.ORG_ADMIN;
      case LIST_PURPOSES -> true;
      case ADD_PURPOSE, CHANGE_PURPOSE ->
          isStaff(rel) && (role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER);
      // the whole tree for the tenant's own, the held part for a contractor, the other tenant's
      // own (empty) tree for the other tenant
      case ENTRUSTMENT_TREE ->
          Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role);
      // the entrusting body (the tenant) changes the list and uploads the contract, not the holder
      case CHANGE_STAFF, UPLOAD_CONTRACT ->
          rel == Relation.OWN && (role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER);
      // the parties: the admins of both organisations, the tenant's officer and auditor
      case DOWNLOAD_CONTRACT ->
          (rel == Relation.OWN
                  && Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role))
              || (rel == Relation.CONTRACTOR && role == Role.ORG_ADMIN);
      // each sees its own tenant's users only (checked for the other tenant)
      case LIST_USERS -> Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role);
      case ADD_CITY_USER ->
          rel == Relation.OWN && (role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER);
      // only the contractor's own admin manages its users
      // the tenant's own security officer only, on a user of its tenant
      case RESET_FACTOR -> rel == Relation.OWN && role == Role.SECURITY_OFFICER;
      case ADD_CONTRACTOR_USER, DISABLE_CONTRACTOR_USER, NEW_ENROLMENT ->
          rel == Relation.CONTRACTOR && role == Role.ORG_ADMIN;
      // another tenant's staff see and make their own tenant's lists (checked to hold none of this
      // tenant's); a contractor never builds a set
      case LIST_PERSON_LISTS, CREATE_PERSON_LIST ->
          (rel == Relation.OWN || rel == Relation.OTHER_TENANT) && SET_BUILDERS.contains(role);
      case TAG_PERSON, UNTAG_PERSON -> rel == Relation.OWN && SET_BUILDERS.contains(role);
      // the tenant's own officer and auditors read its rules (the other tenant its own), only the
      // officer loads them
      case GET_DETECT_RULES ->
          isStaff(rel) && (role == Role.SECURITY_OFFICER || role == Role.AUDITOR);
      case PUT_DETECT_RULES -> isStaff(rel) && role == Role.SECURITY_OFFICER;
      // the tenant's own officer and auditors read its incidents (another tenant's its own, none
      // of this tenant's); only the officer acts
      case LIST_INCIDENTS -> isStaff(rel) && INCIDENT_READERS.contains(role);
      case OPEN_INCIDENT -> isStaff(rel) && role == Role.SECURITY_OFFICER;
      case GET_INCIDENT, INCIDENT_AFFECTED ->
          rel == Relation.OWN && INCIDENT_READERS.contains(role);
      case RECOMPUTE_INCIDENT, CLASSIFY_INCIDENT, CLOSE_INCIDENT ->
          rel == Relation.OWN && role == Role.SECURITY_OFFICER;
      // the tenant's security officer acts on an incident, its auditor reads; another tenant's
      // officer finds no such incident
      case INCIDENT_REPORT, INCIDENT_REPORT_PDF, NOTICE_COUNTS, INCIDENT_EVIDENCE ->
          rel == Relation.OWN && (role == Role.SECURITY_OFFICER || role == Role.AUDITOR);
      case SAVE_INCIDENT_REPORT, SUBMIT_INCIDENT_REPORT, NOTIFY_AFFECTED ->
          rel == Relation.OWN && role == Role.SECURITY_OFFICER;
      // the letters print names and addresses, which the gate reveals to the tenant's staff only
      case INCIDENT_LETTERS -> rel == Relation.OWN && role == Role.STAFF;
      // the other tenant's officer and auditor list their own tenant's alerts (checked to hold none
      // of this tenant's); a contractor's users never see alerts
      case LIST_ALERTS -> isStaff(rel) && ALERT_READERS.contains(role);
      case READ_ALERT, ALERT_EVIDENCE -> rel == Relation.OWN && ALERT_READERS.contains(role);
      case ACKNOWLEDGE_ALERT, ASSIGN_ALERT, CLOSE_ALERT ->
          rel == Relation.OWN && role == Role.SECURITY_OFFICER;
      // desk work is given by an entrustment of a job: job-m's gives it to the contractor's
      // operator alone, who is given a task, sees its regions and keys it; the tenant's own staff,
      // the contractor's others, its subcontractor and the other tenant never. Nobody verifies a
      // task with one entry (the operator is refused task.state, a 409)
      case TASK_NEXT, TASK_REGION, TASK_ENTRY ->
          rel == Relation.CONTRACTOR && role == Role.OPERATOR;
      case TASK_VERIFICATION, TASK_VERIFY -> false;
      // the tenant's own officer, admin and auditor read its jobs and types (the other tenant its
      // own); the officer and the admin create jobs and load types, for their own tenant only; a
      // contractor never sees a job's administration
      case LIST_JOBS, LIST_JOB_TYPES -> isStaff(rel) && JOB_READERS.contains(role);
      case CREATE_JOB, LOAD_JOB_TYPE -> isStaff(rel) && JOB_ADMINS.contains(role);
      case GET_JOB -> rel == Relation.OWN && JOB_READERS.contains(role);
      case ADD_DOCUMENTS -> rel == Relation.OWN && JOB_ADMINS.contains(role);
      // the controller's own admin, officer and auditor read a job; admin and officer change it
      case JOB_PROGRESS ->
          rel == Relation.OWN
              && Set.of(Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR).contains(role);
      case SET_JOB_DEADLINE, SET_JOB_QUOTA, SET_JOB_STATE ->
          rel == Relation.OWN && (role == Role.ORG_ADMIN || role == Role.SECURITY_OFFICER);
    };
  }

  /** The tenant's own staff: this tenant's, or the other tenant's for its own tenant. */
  static boolean isStaff(Relation rel) {
    return rel == Relation.OWN || rel == Relation.OTHER_TENANT;
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
    var uploaded =
        w.postBytes(
            "/api/v1/entrustments/" + parent.id() + "/contract",
            "application/pdf",
            PDF,
            bearer.get("OWN/ORG_ADMIN"));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    // an incident affecting the tenant's person, with a saved preliminary report to submit
    mamori.incident.IncidentSeeds.incident(
        w.context.getBean(mamori.store.Store.class).dataSource(),
        "m-city",
        "i-m",
        List.of(token.get(Relation.OWN)),
        List.of(w.logs.forTenant("m-city").indicesFor(token.get(Relation.OWN))),
        java.time.Instant.now());
    var saved =
        w.post(INCIDENT_PATH + "/reports/preliminary", REPORT, bearer.get("OWN/SECURITY_OFFICER"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    var job =
        w.post(
            "/api/v1/jobs",
            NEW_JOB.replace("}", ",\"id\":\"job-m\"}"),
            bearer.get("OWN/SECURITY_OFFICER"));
    assertThat(job.statusCode()).as(job.body()).isEqualTo(200);
    job();
    deskWork();
  }

  /** The task the contractor's operator holds on job-m: its routes. */
  static String taskPath;

  /** A field of the held task's part, whose region the operator sees. */
  static String taskField;

  /** Valid values of every field of the held task's part. */
  static String taskValues;

  /**
   * A real job for the desk's routes: job-m with one document loaded, entrusted (persons job:job-m,
   * enter and verify, every payee field and My Number in scope) to the contractor with its operator
   * alone on the staff list; the operator is given a task, whose routes the matrix then calls.
   */
  static void deskWork() throws Exception {
    var loaded =
        postFiles("/api/v1/jobs/job-m/documents", SCAN, bearer.get("OWN/SECURITY_OFFICER"));
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    Entrustment e =
        w.entrustments.create(
            null,
            "m-con",
            new mamori.entrustment.Contract(
                true, true, List.of("m-con-operator"), true, true, true, "", null),
            new mamori.entrustment.Scope(
                Set.of("withholding-slip-entry"),
                fields(
                    Field.MY_NUMBER,
                    Mask.NONE,
                    Field.FAMILY_NAME,
                    Mask.NONE,
                    Field.GIVEN_NAME,
                    Mask.NONE,
                    Field.FAMILY_NAME_KANA,
                    Mask.NONE,
                    Field.GIVEN_NAME_KANA,
                    Mask.NONE,
                    Field.BIRTH_DATE,
                    Mask.NONE,
                    Field.ADDRESS,
                    Mask.NONE),
                new mamori.entrustment.PersonSet.Job("job-m"),
                TODAY,
                TODAY.plusDays(30),
                1000,
                java.util.EnumSet.of(mamori.core.Action.ENTER, mamori.core.Action.VERIFY)),
            new mamori.entrustment.Caller("admin-of-m-city", "m-city", Role.ORG_ADMIN));
    if (e.status() != Entrustment.Status.ACTIVE) {
      var approved =
          w.post(
              "/api/v1/entrustments/" + e.id() + "/approve",
              "",
              bearer.get("OWN/SECURITY_OFFICER"));
      assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }
    var given = w.get("/api/v1/tasks/next?job=job-m", bearer.get("CONTRACTOR/OPERATOR"));
    assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
    var task = tools.jackson.databind.json.JsonMapper.builder().build().readTree(given.body());
    taskPath = "/api/v1/tasks/" + task.get("task").asString();
    var values = new java.util.LinkedHashMap<String, String>();
    for (var f : task.get("fields")) {
      String id = f.get("id").asString();
      taskField = taskField == null ? id : taskField;
      values.put(id, valid(f.get("check").asString()));
    }
    taskValues =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .writeValueAsString(Map.of("values", values));
  }

  /** A value that passes {@code check}. */
  static String valid(String check) {
    return switch (check) {
      case "individual-number" ->
          "12345678901" + mamori.number.IndividualNumber.checkDigit("12345678901");
      case "corporate-number" -> "7123456789012";
      case "kana" -> "ヤマダ";
      case "date" -> "1980-04-01";
      case "amount" -> "4250000";
      case "postal-code" -> "100-0001";
      default -> "山田";
    };
  }

  static final String JOB = "job-m-matrix";
  static Entrustment jobEntrustment;

  /** A job of the tenant with one document, and the entrustment that gives it to its contractor. */
  static void job() {
    mamori.work.WorkFixtures fx =
        new mamori.work.WorkFixtures(w.context.getBean(mamori.work.WorkStore.class));
    java.time.Instant now = java.time.Instant.now();
    mamori.work.Job j = fx.job("m-city", JOB, now.plus(java.time.Duration.ofDays(30)), now);
    fx.documents(j, 1, 2, now);
    jobEntrustment =
        w.entrust(
            "m-city",
            null,
            "m-con",
            new mamori.entrustment.Scope(
                Set.of("resident-tax"),
                fields(Field.FAMILY_NAME, Mask.NONE),
                new mamori.entrustment.PersonSet.Job(JOB),
                TODAY,
                TODAY.plusDays(30),
                1000,
                java.util.EnumSet.of(mamori.core.Action.ENTER, mamori.core.Action.VERIFY)));
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
              {"to":"m-con","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":["m-con-operator"],
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
      case LIST_ORGANISATIONS -> w.get("/api/v1/organisations", auth);
      case ADD_ORGANISATION ->
          w.post(
              "/api/v1/organisations",
              """
              {"id":"m-new-%d","name":"新規","kind":"%s","corporateNumber":"7123456789012",
              "address":"東京都","networks":["127.0.0.0/8"]%s}\
              """
                  .formatted(
                      ++fresh,
                      isStaff(rel) ? "contractor" : "subcontractor",
                      isStaff(rel) ? "" : ",\"parent\":\"" + org.get(rel) + "\""),
              auth);
      case CHANGE_ORGANISATION ->
          w.call("PATCH", "/api/v1/organisations/m-con", "{\"address\":\"東京都港区\"}", auth);
      case LIST_PURPOSES -> w.get("/api/v1/purposes", auth);
      case ADD_PURPOSE ->
          w.post(
              "/api/v1/purposes",
              """
              {"id":"m-purpose-%d","name":"独自","legalBasis":"条例","retentionYears":5,
              "retentionFrom":"case-closed"}\
              """
                  .formatted(++fresh),
              auth);
      case CHANGE_PURPOSE ->
          w.post("/api/v1/purposes/resident-tax", "{\"retentionYears\":7}", auth);
      case ENTRUSTMENT_TREE -> w.get("/api/v1/entrustments/tree", auth);
      case CHANGE_STAFF ->
          w.post(
              "/api/v1/entrustments/" + parent.id() + "/staff",
              "{\"staff\":[\"m-con-operator\"]}",
              auth);
      case UPLOAD_CONTRACT ->
          w.postBytes(
              "/api/v1/entrustments/" + parent.id() + "/contract", "application/pdf", PDF, auth);
      case DOWNLOAD_CONTRACT -> w.get("/api/v1/entrustments/" + parent.id() + "/contract", auth);
      case LIST_USERS -> w.get("/api/v1/users", auth);
      case ADD_CITY_USER -> w.post("/api/v1/users", newUser("m-city", "staff"), auth);
      case ADD_CONTRACTOR_USER -> w.post("/api/v1/users", newUser("m-con", "operator"), auth);
      case DISABLE_CONTRACTOR_USER -> w.post("/api/v1/users/" + target() + "/disable", "", auth);
      case NEW_ENROLMENT -> w.post("/api/v1/users/" + target() + "/enrolment", "", auth);
      case RESET_FACTOR -> w.post("/api/v1/users/" + target() + "/reset-factor", "", auth);
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
      case GET_DETECT_RULES -> w.get("/api/v1/detect/rules", auth);
      case PUT_DETECT_RULES -> putYaml("/api/v1/detect/rules", RULES, auth);
      case LIST_INCIDENTS -> w.get("/api/v1/incidents", auth);
      case OPEN_INCIDENT -> w.post("/api/v1/incidents", INCIDENT, auth);
      case GET_INCIDENT -> w.get("/api/v1/incidents/" + incident(), auth);
      case INCIDENT_AFFECTED -> w.get("/api/v1/incidents/" + incident() + "/affected", auth);
      case RECOMPUTE_INCIDENT -> w.post("/api/v1/incidents/" + incident() + "/affected", "", auth);
      case CLASSIFY_INCIDENT ->
          w.post("/api/v1/incidents/" + incident() + "/classification", "{}", auth);
      case CLOSE_INCIDENT ->
          w.post("/api/v1/incidents/" + incident() + "/close", "{\"reason\":\"done\"}", auth);
      case INCIDENT_REPORT -> w.get(INCIDENT_PATH + "/reports/final", auth);
      case SAVE_INCIDENT_REPORT -> w.post(INCIDENT_PATH + "/reports/final", REPORT, auth);
      case INCIDENT_REPORT_PDF ->
          asText(w.getBytes(INCIDENT_PATH + "/reports/preliminary/versions/1.pdf", auth));
      case SUBMIT_INCIDENT_REPORT ->
          w.post(INCIDENT_PATH + "/reports/preliminary/versions/1/submit", "", auth);
      case NOTIFY_AFFECTED -> w.post(INCIDENT_PATH + "/notices", "", auth);
      case NOTICE_COUNTS -> w.get(INCIDENT_PATH + "/notices", auth);
      case INCIDENT_LETTERS -> asText(w.getBytes(INCIDENT_PATH + "/letters.pdf", auth));
      case INCIDENT_EVIDENCE -> w.get(INCIDENT_PATH + "/evidence?uncosigned=true", auth);
      case LIST_ALERTS -> w.get("/api/v1/alerts", auth);
      case READ_ALERT -> w.get("/api/v1/alerts/" + alert(), auth);
      case ALERT_EVIDENCE -> w.get("/api/v1/alerts/" + alert() + "/evidence", auth);
      case JOB_PROGRESS -> w.get("/api/v1/jobs/" + JOB + "/progress", auth);
      case SET_JOB_DEADLINE ->
          w.call(
              "PUT",
              "/api/v1/jobs/" + JOB + "/deadline",
              "{\"deadline\":\""
                  + java.time.Instant.now().plus(java.time.Duration.ofDays(40))
                  + "\"}",
              auth);
      case SET_JOB_QUOTA ->
          w.call(
              "PUT",
              "/api/v1/jobs/" + JOB + "/quotas/" + jobEntrustment.id(),
              "{\"hourly\":10,\"daily\":60}",
              auth);
      case ACKNOWLEDGE_ALERT -> w.post("/api/v1/alerts/" + alert() + "/acknowledge", "", auth);
      case ASSIGN_ALERT ->
          w.post(
              "/api/v1/alerts/" + alert() + "/assign",
              "{\"user\":\"m-city-security-officer\"}",
              auth);
      case CLOSE_ALERT ->
          w.post("/api/v1/alerts/" + alert() + "/close", "{\"reason\":\"checked\"}", auth);
      case TASK_NEXT -> w.get("/api/v1/tasks/next?job=job-m", auth);
      case TASK_REGION -> w.get(taskPath + "/regions/" + taskField, auth);
      case TASK_ENTRY -> w.post(taskPath + "/entries", taskValues, auth);
      case TASK_VERIFICATION -> w.get(taskPath + "/verification", auth);
      case TASK_VERIFY -> w.post(taskPath + "/verification", taskValues, auth);
      case SET_JOB_STATE ->
          w.call("PUT", "/api/v1/jobs/" + JOB + "/state", "{\"state\":\"closed\"}", auth);
      case LIST_JOBS -> w.get("/api/v1/jobs", auth);
      case CREATE_JOB -> w.post("/api/v1/jobs", NEW_JOB, auth);
      case GET_JOB -> w.get("/api/v1/jobs/job-m", auth);
      case ADD_DOCUMENTS -> postFiles("/api/v1/jobs/job-m/documents", SCAN, auth);
      case LIST_JOB_TYPES -> w.get("/api/v1/job-types", auth);
      case LOAD_JOB_TYPE -> postYaml("/api/v1/job-types", JOB_TYPE, auth);
    };
  }

  static final String INCIDENT_PATH = "/api/v1/incidents/i-m";

  static final String NEW_JOB =
      "{\"name\":\"slips\",\"purpose\":\"withholding-slip-entry\",\"type\":\"withholding-slip\","
          + "\"deadline\":\"2099-01-31\"}";

  static final String JOB_TYPE = mamori.work.WorkFixtures.typeFile("matrix-form");

  /** A one-page scan, small. */
  static final byte[] SCAN = scan();

  static byte[] scan() {
    var img = new java.awt.image.BufferedImage(60, 85, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A multipart POST of one file as part 'file'. */
  static HttpResponse<String> postFiles(String path, byte[] file, String auth) throws Exception {
    String boundary = "matrix-boundary-7";
    var body = new java.io.ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    body.writeBytes(file);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return w.postBytes(path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), auth);
  }

  static HttpResponse<String> postYaml(String path, String yaml, String auth) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + w.port + path))
            .header("Content-Type", "application/yaml")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(yaml));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return GateWorld.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A complete report body: the path gives its incident and kind. */
  static final String REPORT =
      """
      {"reporter":{"name":"m-city"},"dates":{"awareAt":"2026-12-01T00:00:00Z"},"triggers":["system"],
      "items":{"overview":"概要","personalItems":"氏","persons":1,"cause":"原因","secondaryHarm":"なし",
      "responseToPersons":"通知","publicAnnouncement":"未公表","recurrence":"対策"}}\
      """;

  /** A binary answer as text: the body when it is an error, else a marker. */
  static HttpResponse<String> asText(HttpResponse<byte[]> r) {
    String body =
        r.statusCode() / 100 == 2
            ? "%PDF"
            : new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    return new HttpResponse<>() {
      public int statusCode() {
        return r.statusCode();
      }

      public java.net.http.HttpRequest request() {
        return r.request();
      }

      public java.util.Optional<HttpResponse<String>> previousResponse() {
        return java.util.Optional.empty();
      }

      public java.net.http.HttpHeaders headers() {
        return r.headers();
      }

      public String body() {
        return body;
      }

      public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
        return r.sslSession();
      }

      public java.net.URI uri() {
        return r.uri();
      }

      public java.net.http.HttpClient.Version version() {
        return r.version();
      }
    };
  }

  /** A fresh open alert of m-city, raised as the detection engine raises one. */
  static String alert() {
    return w.context
        .getBean(mamori.identity.SecurityAlerts.class)
        .raise("m-city", "detect.matrix", "user:m-con-operator", "a matrix alert");
  }

  /** A number for the ids of organisations and purposes each call registers afresh. */
  static int fresh;

  static final byte[] PDF =
      "%PDF-1.4\nmatrix\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  static int made;

  static String newUser(String organisation, String role) {
    return """
    {"organisation":"%s","id":"m-new-%d","name":"新人","role":"%s"}\
    """
        .formatted(organisation, ++made, role);
  }

  /** A fresh operator of the contractor, without a password. */
  static String target() {
    String id = "m-con-target-" + ++made;
    w.user("m-city", "m-con", id, Role.OPERATOR);
    return id;
  }

  static int lists;

  static final String RULES =
      """
      title: Prints
      id: prints
      level: low
      logsource: {product: mamori, service: access}
      detection:
        selection:
          action: print
        condition: selection
      """;

  static HttpResponse<String> putYaml(String path, String yaml, String auth) throws Exception {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + w.port + path))
            .header("Content-Type", "application/yaml")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(yaml));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return GateWorld.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static final String INCIDENT =
      "{\"title\":\"a magazine called\",\"awareAt\":\"2026-07-17T10:00:00+09:00\"}";

  /** A fresh open incident of m-city, opened by its officer. */
  static String incident() throws Exception {
    HttpResponse<String> r =
        w.post("/api/v1/incidents", INCIDENT, bearer.get("OWN/SECURITY_OFFICER"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return tools.jackson.databind.json.JsonMapper.builder()
        .build()
        .readTree(r.body())
        .get("id")
        .asString();
  }

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
                  : (r.statusCode() == 403
                          || r.statusCode() == 404
                          || (r.statusCode() == 409 && verifiesTheHeldTask(e, rel, role)))
                      && r.body().startsWith("{\"code\":\"");
          if (ok
              && allow
              && e == Endpoint.ENTRUSTMENT_TREE
              && (rel == Relation.CONTRACTOR || rel == Relation.SUBCONTRACTOR)) {
            // a contractor's part never holds what the tenant entrusted to no one of its chain
            ok = !r.body().contains("\"part\":\"tenant\"");
          }
          if (ok && allow && rel == Relation.OTHER_TENANT) {
            ok =
                !r.body().contains(token.get(Relation.OWN))
                    && !r.body().contains(parent.id())
                    && !r.body().contains("m-con");
          }
          if (!ok) {
            wrong.add(e + " " + rel + " " + role + " -> " + r.statusCode() + " " + r.body());
          }
        }
      }
    }
    assertThat(cells).isEqualTo(66 * 4 * 5);
    assertThat(wrong).isEmpty();
  }

  /**
   * The contractor's operator asking to verify the task it keyed: refused as task.state (409), the
   * task waiting for its second entry, not for a verifier.
   */
  static boolean verifiesTheHeldTask(Endpoint e, Relation rel, Role role) {
    return (e == Endpoint.TASK_VERIFICATION || e == Endpoint.TASK_VERIFY)
        && rel == Relation.CONTRACTOR
        && role == Role.OPERATOR;
  }

  @Test
  void withoutCredentials_everyEndpointIs401() throws Exception {
    for (Endpoint e : Endpoint.values()) {
      assertThat(call(e, Relation.OWN, null).statusCode()).as(e.name()).isEqualTo(401);
    }
  }
}
