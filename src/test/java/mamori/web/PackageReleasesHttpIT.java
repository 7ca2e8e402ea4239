package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.crypto.TenantKeys;
import mamori.store.Store;
import mamori.transfer.PackageSigner;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over HTTP on a running service, as another system calls it without signing in: the release
 * protocol of docs/package-format.md with a real recipient key, its refusals with their statuses
 * and {"error", "message"} bodies, the bounds, and report-lost by the officer's token.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PackageReleasesHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  static final String TENANT = "p-city";
  static final JsonMapper JSON = JsonMapper.builder().build();
  GateWorld w;
  String officer, staff;
  final PackageCrypto.KeyPair key = PackageCrypto.newKeyPair();

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(java.nio.file.Files.createTempDirectory("mamori-packages"), kind());
    w.tenant(TENANT, 2, 5);
    officer = w.user(TENANT, TENANT, "p-officer", Role.SECURITY_OFFICER);
    staff = w.user(TENANT, TENANT, "p-staff", Role.STAFF);
    w.context
        .getBean(Recipients.class)
        .add(
            new Who(new UserId("p-officer"), new OrganisationId(TENANT), new TenantId(TENANT)),
            true,
            Role.SECURITY_OFFICER,
            "tax-office",
            "税務署",
            key.publicKey());
  }

  @AfterAll
  void stop() {
    w.close();
  }

  /** A package row as Packages.create leaves it, complete or still being written. */
  String made(boolean complete) {
    String id;
    do {
      id = HexFormat.of().formatHex(PackageCrypto.random(16));
    } while (mamori.core.NumberText.holdsNumber(id));
    TenantKeys keys = w.context.getBean(TenantKeys.class);
    long now = w.context.getBean(Clock.class).millis();
    JdbcClient.create(w.context.getBean(Store.class).dataSource())
        .sql(
            "INSERT INTO transfer_package (tenant_id, package_id, recipient_id, fingerprint,"
                + " purpose_id, case_ref, selection, fields, mode, persons, state, release_share,"
                + " created_by, created_at, expires_at, completed_at) VALUES (?, ?, 'tax-office',"
                + " ?, 'resident-tax', 'R8-7', 'all', 'name', 'online', 2, ?, ?, 'p-staff', ?, ?,"
                + " ?)")
        .params(
            TENANT,
            id,
            PackageCrypto.fingerprint(key.publicKey()),
            complete ? "created" : "writing",
            keys.sealSecret(TENANT, Releases.shareLabel(id), PackageCrypto.random(32)),
            now,
            now + Duration.ofHours(72).toMillis(),
            complete ? now : null)
        .update();
    return id;
  }

  static JsonNode json(HttpResponse<String> r) {
    return JSON.readTree(r.body());
  }

  static PackageCrypto.Sealed sealed(JsonNode n) {
    return new PackageCrypto.Sealed(
        Base64.getDecoder().decode(n.path("enc").asString()),
        Base64.getDecoder().decode(n.path("ct").asString()));
  }

  static byte[] label(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }

  static byte[] concat(byte[]... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  String answer(String id) throws Exception {
    HttpResponse<String> c = w.post("/api/v1/packages/" + id + "/challenge", "{}", null);
    assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
    byte[] bytes =
        PackageCrypto.open(
            key.privateKey(),
            concat(label("mamori-package/1 challenge"), HexFormat.of().parseHex(id)),
            sealed(json(c).path("challenge")));
    return "{\"answer\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
  }

  @Test
  void theRecipient_withoutSignIn_getsTheSignedShare_andReportsOpening() throws Exception {
    String id = made(true);
    String answer = answer(id);
    HttpResponse<String> released = w.post("/api/v1/packages/" + id + "/release", answer, null);
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    JsonNode r = json(released);
    byte[] pid = HexFormat.of().parseHex(id);
    PackageCrypto.Sealed share = sealed(r.path("share"));
    assertThat(
            PackageCrypto.open(
                key.privateKey(), concat(label("mamori-package/1 release share"), pid), share))
        .hasSize(32);
    byte[] signingKey = w.context.getBean(PackageSigner.class).publicKey(new TenantId(TENANT));
    assertThat(
            PackageCrypto.verify(
                signingKey,
                concat(label("mamori-package/1 release\n"), pid, share.enc(), share.ct()),
                Base64.getDecoder().decode(r.path("signature").asString())))
        .isTrue();
    assertThat(json(w.get("/api/v1/packages/" + id + "/status", null)).path("state").asString())
        .isEqualTo("released");
    HttpResponse<String> opened = w.post("/api/v1/packages/" + id + "/opened", answer, null);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    HttpResponse<String> status = w.get("/api/v1/packages/" + id + "/status", null);
    assertThat(json(status).path("state").asString()).isEqualTo("opened");
    assertThat(status.body()).doesNotContain("share", "enc", "ct\"");
    assertThat(w.logged(TENANT))
        .extracting(a -> a.action() + " " + a.caseRef() + " " + a.decision())
        .contains(
            "package.release package:" + id + " allow", "package.open package:" + id + " allow");
  }

  @Test
  void refusals_answerTheirStatusAndCode_andAreLogged() throws Exception {
    String id = made(true);
    answer(id);
    HttpResponse<String> wrong =
        w.post(
            "/api/v1/packages/" + id + "/release",
            "{\"answer\":\"" + Base64.getEncoder().encodeToString(new byte[32]) + "\"}",
            null);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(json(wrong).path("error").asString()).isEqualTo("package.answer-wrong");
    assertThat(json(wrong).has("message")).isTrue();

    HttpResponse<String> unknown =
        w.post("/api/v1/packages/" + "ab".repeat(16) + "/challenge", "{}", null);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).path("error").asString()).isEqualTo("package.unknown");
    HttpResponse<String> malformed = w.post("/api/v1/packages/NOT-AN-ID/challenge", "{}", null);
    assertThat(malformed.statusCode()).isEqualTo(404);
    assertThat(json(malformed).path("error").asString()).isEqualTo("package.unknown");
    HttpResponse<String> notJson = w.post("/api/v1/packages/" + id + "/release", "answer", null);
    assertThat(notJson.statusCode()).isEqualTo(400);

    String writing = made(false);
    HttpResponse<String> incomplete =
        w.post("/api/v1/packages/" + writing + "/challenge", "{}", null);
    assertThat(incomplete.statusCode()).isEqualTo(409);
    assertThat(json(incomplete).path("error").asString()).isEqualTo("package.incomplete");
    assertThat(
            json(w.get("/api/v1/packages/" + writing + "/status", null)).path("state").asString())
        .isEqualTo("incomplete");
    assertThat(w.logged(TENANT))
        .extracting(a -> a.action() + " " + a.caseRef() + " " + a.decision())
        .contains(
            "package.release package:" + id + " deny:package.answer-wrong",
            "package.release package:" + writing + " deny:package.incomplete");
  }

  @Test
  void aBodyTooLarge_isRefusedBeforeItIsRead() throws Exception {
    String id = made(true);
    HttpResponse<String> large =
        w.post(
            "/api/v1/packages/" + id + "/release",
            "{\"answer\":\"" + "A".repeat(8 * 1024) + "\"}",
            null);
    assertThat(large.statusCode()).isEqualTo(413);
  }

  @Test
  void reportLost_byTheOfficer_killsThePackage_byStaffIsRefused() throws Exception {
    String id = made(true);
    String answer = answer(id);
    String body = "{\"reason\":\"bag lost after dinner\"}";
    HttpResponse<String> byStaff = w.post("/api/v1/packages/" + id + "/report-lost", body, staff);
    assertThat(byStaff.statusCode()).isEqualTo(403);
    assertThat(byStaff.body()).contains("role.not-allowed");
    HttpResponse<String> anonymous = w.post("/api/v1/packages/" + id + "/report-lost", body, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);

    HttpResponse<String> lost = w.post("/api/v1/packages/" + id + "/report-lost", body, officer);
    assertThat(lost.statusCode()).as(lost.body()).isEqualTo(200);
    assertThat(json(lost).path("killed").asBoolean()).isTrue();
    HttpResponse<String> release = w.post("/api/v1/packages/" + id + "/release", answer, null);
    assertThat(release.statusCode()).isEqualTo(410);
    assertThat(json(release).path("error").asString()).isEqualTo("package.lost");
    assertThat(json(w.get("/api/v1/packages/" + id + "/status", null)).path("state").asString())
        .isEqualTo("lost");

    HttpResponse<String> list = w.get("/api/v1/packages", officer);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(id, "\"state\":\"lost\"", "税務署");
    assertThat(w.get("/api/v1/packages", staff).statusCode()).isEqualTo(403);
    assertThat(w.logged(TENANT))
        .extracting(a -> a.action() + " " + a.decision() + " " + a.actor())
        .contains(
            "package.report-lost deny:role.not-allowed p-staff",
            "package.report-lost allow p-officer");
  }
}
