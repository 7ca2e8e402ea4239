package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import mamori.VaultSession;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.StaffDirectory;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori entrustments ...} on an embedded store: the same rules as the API. */
class EntrustmentsCommandTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  void user(String org, String role, String id) {
    CliRun r =
        CliRun.of(
            "users",
            "add",
            "--tenant",
            "demo-city",
            "--organisation",
            org,
            "--role",
            role,
            "--id",
            id,
            "--name",
            id,
            "--data",
            data());
    assertThat(r.exit()).as(r.err()).isZero();
  }

  @BeforeEach
  void world() {
    user("demo-city", "org-admin", "city-admin");
    user("demo-city", "security-officer", "city-officer");
    user("demo-city", "staff", "city-staff");
    try (VaultSession s =
            VaultSession.open(
                new StoreLocation.Embedded(temp.resolve("data")), temp.resolve("data/keys"));
        Entrustments e =
            new Entrustments(
                s.store.dataSource(), s.logs, x -> {}, StaffDirectory.NONE, Clock.systemUTC())) {
      e.registerOrganisation(
          new Organisation("entry-co", "入力株式会社", Organisation.Kind.CONTRACTOR, "demo-city"));
    }
    user("entry-co", "operator", "op-1");
    user("entry-co", "operator", "op-2");
  }

  CliRun create(String staff, String... more) {
    String[] base = {
      "entrustments",
      "create",
      "--as",
      "city-admin",
      "--to",
      "entry-co",
      "--staff",
      staff,
      "--purposes",
      "resident-tax",
      "--fields",
      "family_name:none,address:partial",
      "--from",
      "2025-01-01",
      "--until",
      "2035-12-31",
      "--cap",
      "100",
      "--data",
      data()
    };
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return CliRun.of(all);
  }

  @Test
  void createWithAContract_thenStaffChange_thenDownload() throws Exception {
    byte[] pdf = "%PDF-1.7\nsigned contract\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    Path file = temp.resolve("contract.pdf");
    Files.write(file, pdf);
    CliRun made = create("op-1", "--contract", file.toString());
    assertThat(made.exit()).as(made.err()).isZero();
    String id = made.lines().getFirst().split("\\s+")[0];
    assertThat(id).matches("ent(-[a-z0-9]{4}){3}");
    String sha =
        HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
    assertThat(made.out()).contains("contract v1 sha256 " + sha);

    CliRun staff =
        CliRun.of(
            "entrustments", "staff", id, "--set", "op-2", "--as", "city-officer", "--data", data());
    assertThat(staff.exit()).as(staff.err()).isZero();
    assertThat(staff.out()).contains("staff op-2");

    Path out = temp.resolve("out.pdf");
    CliRun down =
        CliRun.of(
            "entrustments",
            "contract",
            id,
            "--download",
            out.toString(),
            "--as",
            "city-officer",
            "--data",
            data());
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(pdf);

    CliRun list = CliRun.of("entrustments", "list", "--as", "city-officer", "--data", data());
    assertThat(list.exit()).isZero();
    assertThat(list.lines()).singleElement().asString().startsWith(id).contains("entry-co");

    CliRun versions =
        CliRun.of("entrustments", "contract", id, "--as", "city-officer", "--data", data());
    assertThat(versions.lines()).singleElement().asString().startsWith("v1").contains(sha);
  }

  @Test
  void refusals_exitOne_withTheirCode_andBadInput_exitsTwo() throws Exception {
    CliRun notUser = create("nobody");
    assertThat(notUser.exit()).isEqualTo(1);
    assertThat(notUser.err()).contains("staff.not-user");

    CliRun made = create("op-1");
    String id = made.lines().getFirst().split("\\s+")[0];
    CliRun byStaff =
        CliRun.of(
            "entrustments", "staff", id, "--set", "op-2", "--as", "city-staff", "--data", data());
    assertThat(byStaff.exit()).isEqualTo(1);
    assertThat(byStaff.err()).contains("approval.not-root-officer");

    Path text = temp.resolve("contract.txt");
    Files.writeString(text, "not a pdf");
    CliRun notPdf =
        CliRun.of(
            "entrustments",
            "contract",
            id,
            "--upload",
            text.toString(),
            "--as",
            "city-admin",
            "--data",
            data());
    assertThat(notPdf.exit()).isEqualTo(2);
    assertThat(notPdf.err()).contains("PDF");

    CliRun nobody = CliRun.of("entrustments", "list", "--as", "ghost", "--data", data());
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("no enabled user ghost");

    CliRun operator = CliRun.of("entrustments", "contract", id, "--as", "op-1", "--data", data());
    assertThat(operator.exit()).isEqualTo(1);
    assertThat(operator.err()).contains("contract.not-party");
  }
}
