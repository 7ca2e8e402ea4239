package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.transfer.Recipients;
import mamori.transfer.TransferSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code POST /api/v1/packages} and the download of its file: made by the staff member, kept in the
 * owner-only package folder, downloaded by its maker and the security officer only; bad input is a
 * 400 with its reason and leaves nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagesHttpIT {
  static final String TENANT = "pkg-city";
  static final String FIELDS =
      "[\"my_number\",\"family_name\",\"given_name\",\"family_name_kana\",\"given_name_kana\","
          + "\"birth_date\",\"sex\",\"address\"]";
  static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f]{32})\"");

  GateWorld w;
  Path data;
  String staff, other, officer;

  @BeforeAll
  void start() throws Exception {
    data = Files.createTempDirectory("mamori-packages");
    w = new GateWorld(data, TestStores.Kind.SQLITE);
    w.tenant(TENANT, 12, 7);
    staff = w.user(TENANT, TENANT, "p-staff", Role.STAFF);
    other = w.user(TENANT, TENANT, "p-other", Role.STAFF);
    officer = w.user(TENANT, TENANT, "p-officer", Role.SECURITY_OFFICER);
    w.context
        .getBean(Recipients.class)
        .add(
            new Who(new UserId("p-officer"), new OrganisationId(TENANT), new TenantId(TENANT)),
            true,
            Role.SECURITY_OFFICER,
            "benefits",
            "給付システム",
            PackageCrypto.newKeyPair().publicKey());
    new TenantSettings(w.context.getBean(mamori.store.Store.class).dataSource())
        .set(new TenantId(TENANT), TransferSettings.RELEASE_URL, "https://mamori.pkg-city.example");
  }

  @AfterAll
  void stop() {
    w.close();
  }

  String body(String selection) {
    return "{\"to\":\"benefits\",\"purpose\":\"resident-tax\",\"case\":\"R8-9\","
        + selection
        + ",\"fields\":"
        + FIELDS
        + ",\"expires\":\"72h\"}";
  }

  @Test
  void aPackage_isMade_andDownloadedByItsMakerAndTheOfficerOnly() throws Exception {
    HttpResponse<String> made = w.post("/api/v1/packages", body("\"all\":true"), staff);

    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(made.body()).contains("\"persons\":12");
    Matcher m = ID.matcher(made.body());
    assertThat(m.find()).isTrue();
    String id = m.group(1);
    assertThat(made.headers().firstValue("Location")).contains("/api/v1/packages/" + id + "/file");
    Path file = w.context.getBean(mamori.transfer.PackageFolder.class).file(id);
    assertThat(file).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");

    HttpResponse<byte[]> mine = w.getBytes("/api/v1/packages/" + id + "/file", staff);
    assertThat(mine.statusCode()).isEqualTo(200);
    assertThat(mine.body()).isEqualTo(Files.readAllBytes(file));
    assertThat(made.body())
        .contains(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(mine.body())));
    assertThat(w.getBytes("/api/v1/packages/" + id + "/file", officer).statusCode()).isEqualTo(200);
    assertThat(w.getBytes("/api/v1/packages/" + id + "/file", other).statusCode()).isEqualTo(404);
    assertThat(w.getBytes("/api/v1/packages/" + "0".repeat(32) + "/file", staff).statusCode())
        .isEqualTo(404);
  }

  @Test
  void badInput_is400WithItsReason_andLeavesNothing() throws Exception {
    long before = packagesIn();
    HttpResponse<String> both =
        w.post("/api/v1/packages", body("\"all\":true,\"job\":\"j1\""), staff);
    assertThat(both.statusCode()).isEqualTo(400);
    assertThat(both.body()).contains("\"field\":\"persons\"");
    HttpResponse<String> fields =
        w.post("/api/v1/packages", body("\"all\":true").replace(FIELDS, "[\"my_number\"]"), staff);
    assertThat(fields.statusCode()).isEqualTo(400);
    assertThat(fields.body()).contains("package.fields");
    HttpResponse<String> expiry =
        w.post("/api/v1/packages", body("\"all\":true").replace("72h", "40d"), staff);
    assertThat(expiry.statusCode()).isEqualTo(400);
    HttpResponse<String> unknown =
        w.post("/api/v1/packages", body("\"all\":true").replace("benefits", "nobody"), staff);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("recipient.unknown");
    HttpResponse<String> auditor =
        w.post(
            "/api/v1/packages",
            body("\"all\":true"),
            w.user(TENANT, TENANT, "p-auditor", Role.AUDITOR));
    assertThat(auditor.statusCode()).isEqualTo(403);
    assertThat(auditor.body()).contains("role.not-allowed");
    assertThat(packagesIn()).isEqualTo(before);
  }

  long packagesIn() throws Exception {
    Path folder = w.context.getBean(mamori.transfer.PackageFolder.class).folder();
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (var files = Files.list(folder)) {
      return files.count();
    }
  }
}
