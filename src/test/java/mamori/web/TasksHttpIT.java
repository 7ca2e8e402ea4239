package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.DocumentKey;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Caller;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Purpose;
import mamori.entrustment.Scope;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.Regions;
import mamori.work.TaskId;
import mamori.work.WorkDocument;
import mamori.work.WorkStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The task routes through HTTP on one service (SQLite): a withholding slip keyed by two operators,
 * a disagreement decided by a verifier, the region as a watermarked PNG never cached, and the
 * refusals in the API's error shape.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasksHttpIT {
  static final String TENANT = "tk-city";
  static final String CON = "tk-con";
  static final String PURPOSE = "withholding-slip-entry";
  static final JobId JOB = new JobId("job-tk-http");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String NUMBER =
      IndividualNumber.withCheckDigit("31415926535").digits(InsecureNumberAccess.get());

  GateWorld w;
  String opA;
  String opB;
  String ver;
  String clerk;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-tasks"),
            mamori.store.TestStores.Kind.SQLITE);
    w.tenant(TENANT, 0, 1);
    w.organisation(CON, Organisation.Kind.CONTRACTOR, TENANT);
    w.entrustments.registerPurpose(
        new Purpose(
            TENANT,
            PURPOSE,
            "源泉徴収票の入力",
            "所得税法第226条",
            new Purpose.Retention(7, Purpose.Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE)));
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (Field f :
        List.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.GIVEN_NAME_KANA,
            Field.BIRTH_DATE,
            Field.ADDRESS)) {
      fields.put(f, Mask.NONE);
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    Entrustment e =
        w.entrust(
            TENANT,
            null,
            CON,
            new Scope(
                Set.of(PURPOSE),
                fields,
                new PersonSet.Job(JOB.value()),
                today.minusDays(1),
                today.plusDays(30),
                10_000,
                EnumSet.of(Action.ENTER, Action.VERIFY)));
    if (e.status() != Entrustment.Status.ACTIVE) {
      w.entrustments.approve(e.id(), new Caller("officer", TENANT, Role.SECURITY_OFFICER));
    }
    opA = w.user(TENANT, CON, "tk-op-a", Role.OPERATOR);
    opB = w.user(TENANT, CON, "tk-op-b", Role.OPERATOR);
    ver = w.user(TENANT, CON, "tk-ver", Role.OPERATOR);
    clerk = w.user(TENANT, TENANT, "tk-clerk", Role.STAFF);
    WorkStore work = w.context.getBean(WorkStore.class);
    TenantKeys keys = w.context.getBean(TenantKeys.class);
    Instant now = Instant.now();
    TenantId t = new TenantId(TENANT);
    work.insertJob(
        new Job(
            t,
            JOB,
            "slips",
            PURPOSE,
            "withholding-slip",
            1,
            now.plusSeconds(86_400 * 30),
            Job.State.OPEN,
            new UserId("tk-clerk"),
            now));
    long id = 7_000_001L;
    DocumentKey key = keys.newDocumentKey(TENANT, id);
    Map<String, byte[]> regions = new LinkedHashMap<>();
    for (String f : values().values().stream().flatMap(m -> m.keySet().stream()).toList()) {
      regions.put(f, key.seal(Regions.part(f), png()));
    }
    List<WorkStore.NewTask> tasks = new ArrayList<>();
    int i = 0;
    for (String part : values().keySet()) {
      tasks.add(new WorkStore.NewTask(TaskId.random(), part, ++i));
    }
    work.insertDocument(
        new WorkDocument(
            t,
            id,
            JOB,
            1,
            "slip-1.png",
            1,
            key.wrapped(),
            WorkDocument.State.OPEN,
            Optional.empty(),
            Optional.empty(),
            now,
            Optional.empty()),
        List.of(),
        regions,
        tasks);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  static byte[] png() {
    var img = new java.awt.image.BufferedImage(60, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
    var out = new java.io.ByteArrayOutputStream();
    try {
      javax.imageio.ImageIO.write(img, "png", out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The built-in withholding slip's parts with a value for each field. */
  static Map<String, Map<String, String>> values() {
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    m.put("payer", Map.of("payer_corporate_number", "7123456789012", "payer_name", "株式会社見本"));
    m.put("payee-number", Map.of("payee_my_number", NUMBER));
    m.put(
        "payee",
        Map.of(
            "payee_family_name", "見本",
            "payee_given_name", "太郎",
            "payee_family_name_kana", "ミホン",
            "payee_given_name_kana", "タロウ",
            "payee_birth_date", "1975-05-05",
            "payee_address", "東京都千代田区一丁目"));
    m.put("amounts", Map.of("payment_amount", "5000000", "withheld_tax", "120000"));
    m.put(
        "dependants",
        Map.of(
            "dependant_1_name",
            "",
            "dependant_1_my_number",
            "",
            "dependant_2_name",
            "",
            "dependant_2_my_number",
            ""));
    return m;
  }

  static String body(Map<String, String> values) {
    return JSON.writeValueAsString(Map.of("values", values));
  }

  JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  @Test
  void aSlipIsKeyedTwice_verified_andAccepted_throughHttp() throws Exception {
    // the first operator's first task, its region and a refused entry
    HttpResponse<String> first = w.get("/api/v1/tasks/next?job=" + JOB.value(), opA);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode task = json(first);
    assertThat(task.get("mode").asString()).isEqualTo("enter");
    assertThat(task.get("job").asString()).isEqualTo(JOB.value());
    String id = task.get("task").asString();
    JsonNode field = task.get("fields").get(0);
    assertThat(field.get("region").asString())
        .isEqualTo("/api/v1/tasks/" + id + "/regions/" + field.get("id").asString());
    HttpResponse<byte[]> region = w.getBytes(field.get("region").asString(), opA);
    assertThat(region.statusCode()).isEqualTo(200);
    assertThat(region.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(region.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(region.headers().firstValue("Content-Disposition")).contains("inline");
    assertThat(w.getBytes(field.get("region").asString(), opB).statusCode()).isEqualTo(409);

    String part = task.get("part").asString();
    Map<String, String> bad = new LinkedHashMap<>(values().get(part));
    String firstField = bad.keySet().iterator().next();
    bad.put(firstField, "\u0007");
    HttpResponse<String> invalid = w.post("/api/v1/tasks/" + id + "/entries", body(bad), opA);
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(json(invalid).get("code").asString()).isEqualTo("entry.invalid");
    assertThat(json(invalid).get("message").asString()).contains(firstField);
    // another operator on a task they do not hold
    assertThat(
            w.post("/api/v1/tasks/" + id + "/entries", body(values().get(part)), opB).statusCode())
        .isEqualTo(409);

    // a page asking one mode: no verification waits (nothing is held), and no other mode exists
    assertThat(w.get("/api/v1/tasks/next?job=" + JOB.value() + "&mode=verify", ver).statusCode())
        .isEqualTo(204);
    HttpResponse<String> anyMode =
        w.get("/api/v1/tasks/next?job=" + JOB.value() + "&mode=any", ver);
    assertThat(anyMode.statusCode()).isEqualTo(400);
    assertThat(json(anyMode).get("code").asString()).isEqualTo("request.invalid");
    assertThat(json(anyMode).get("field").asString()).as("the parameter named").isEqualTo("mode");

    // both operators key every task (the number first: the other parts wait until it is
    // decided); the second differs on the amounts
    keyAll(opA, values(), id);
    Map<String, Map<String, String>> other = new LinkedHashMap<>(values());
    other.put("amounts", Map.of("payment_amount", "5,000,001円", "withheld_tax", "120000"));
    keyAll(opB, other, null);
    keyAll(opA, values(), null);
    assertThat(w.get("/api/v1/tasks/next?job=" + JOB.value(), opA).statusCode()).isEqualTo(204);

    HttpResponse<String> v = w.get("/api/v1/tasks/next?job=" + JOB.value(), ver);
    assertThat(v.statusCode()).as(v.body()).isEqualTo(200);
    assertThat(json(v).get("mode").asString()).isEqualTo("verify");
    String vid = json(v).get("task").asString();
    // an operator who keyed a side may not see the verification
    assertThat(w.get("/api/v1/tasks/" + vid + "/verification", opA).statusCode()).isEqualTo(409);
    HttpResponse<String> both = w.get("/api/v1/tasks/" + vid + "/verification", ver);
    assertThat(both.statusCode()).as(both.body()).isEqualTo(200);
    assertThat(json(both).get("entries").get(0).get("values").get("payment_amount").asString())
        .isEqualTo("5000001");
    assertThat(json(both).get("entries").get(1).get("values").get("payment_amount").asString())
        .isEqualTo("5000000");
    HttpResponse<String> decided =
        w.post("/api/v1/tasks/" + vid + "/verification", body(values().get("amounts")), ver);
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(json(decided).get("state").asString()).isEqualTo("done");
    assertThat(json(decided).get("side").asInt()).isEqualTo(3);

    WorkStore work = w.context.getBean(WorkStore.class);
    assertThat(work.document(new TenantId(TENANT), 7_000_001L).orElseThrow().state())
        .isEqualTo(WorkDocument.State.ACCEPTED);
    assertThat(w.logged(TENANT))
        .anyMatch(r -> r.action().equals("document.accept"))
        .anyMatch(r -> r.action().equals("register"));
  }

  void keyAll(
      String auth,
      Map<String, Map<String, String>> values,
      @org.jspecify.annotations.Nullable String held)
      throws Exception {
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> r = w.get("/api/v1/tasks/next?job=" + JOB.value(), auth);
      if (r.statusCode() == 204) {
        return;
      }
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode t = json(r);
      String id = t.get("task").asString();
      if (held != null && i == 0) {
        assertThat(id).isEqualTo(held); // the task held is given again first
      }
      HttpResponse<String> e =
          w.post(
              "/api/v1/tasks/" + id + "/entries", body(values.get(t.get("part").asString())), auth);
      assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
    }
    throw new AssertionError("the queue did not run dry");
  }

  @Test
  void refusals_answerTheApiErrorShape() throws Exception {
    HttpResponse<String> unknown = w.get("/api/v1/tasks/t-zzzz-zzzz-zzzz/verification", opA);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("code").asString()).isEqualTo("task.unknown");
    HttpResponse<String> job = w.get("/api/v1/tasks/next?job=job-none", opA);
    assertThat(job.statusCode()).isEqualTo(404);
    assertThat(json(job).get("code").asString()).isEqualTo("job.unknown");
    HttpResponse<String> staff = w.get("/api/v1/tasks/next?job=" + JOB.value(), clerk);
    assertThat(staff.statusCode()).isEqualTo(403);
    assertThat(json(staff).get("code").asString()).isEqualTo("chain.none");
  }
}
