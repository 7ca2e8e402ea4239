package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HexFormat;
import mamori.VaultSession;
import mamori.core.Role;
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

  StoreLocation location() {
    return new StoreLocation.Embedded(temp.resolve("data"));
  }

  /** Who the next commands act as: {@code mamori login} of that user (made with the world). */
  String signedIn = "";

  void as(String user) {
    if (!user.equals(signedIn)) {
      Role role = ROLES.get(user);
      CliLogin.login(
          location(),
          temp,
          temp,
          "demo-city",
          user.startsWith("op-") ? "entry-co" : "demo-city",
          role,
          user);
      signedIn = user;
    }
  }

  static final java.util.Map<String, Role> ROLES =
      java.util.Map.of(
          "city-admin", Role.ORG_ADMIN,
          "city-officer", Role.SECURITY_OFFICER,
          "city-staff", Role.STAFF,
          "op-1", Role.OPERATOR,
          "op-2", Role.OPERATOR);

  void user(String org, Role role, String id) {
    CliLogin.ensureUser(location(), temp, "demo-city", org, role, id);
  }

  @org.junit.jupiter.api.AfterEach
  void signOut() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
  }

  @BeforeEach
  void world() {
    user("demo-city", Role.ORG_ADMIN, "city-admin");
    user("demo-city", Role.SECURITY_OFFICER, "city-officer");
    user("demo-city", Role.STAFF, "city-staff");
    try (VaultSession s =
            VaultSession.open(
                new StoreLocation.Embedded(temp.resolve("data")), temp.resolve("data/keys"));
        Entrustments e =
            new Entrustments(
                s.store.dataSource(), s.logs, x -> {}, StaffDirectory.NONE, Clock.systemUTC())) {
      e.registerOrganisation(
          new Organisation("entry-co", "入力株式会社", Organisation.Kind.CONTRACTOR, "demo-city"));
    }
    user("entry-co", Role.OPERATOR, "op-1");
    user("entry-co", Role.OPERATOR, "op-2");
  }

  CliRun create(String staff, String... more) {
    as("city-admin");
    String[] base = {
      "entrustments",
      "create",
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

    as("city-officer");
    CliRun staff = CliRun.of("entrustments", "staff", id, "--set", "op-2", "--data", data());
    assertThat(staff.exit()).as(staff.err()).isZero();
    assertThat(staff.out()).contains("staff op-2");

    Path out = temp.resolve("out.pdf");
    as("city-officer");
    CliRun down =
        CliRun.of("entrustments", "contract", id, "--download", out.toString(), "--data", data());
    assertThat(down.exit()).as(down.err()).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(pdf);

    as("city-officer");
    CliRun list = CliRun.of("entrustments", "list", "--data", data());
    assertThat(list.exit()).isZero();
    assertThat(list.lines()).singleElement().asString().startsWith(id).contains("entry-co");

    as("city-officer");
    CliRun versions = CliRun.of("entrustments", "contract", id, "--data", data());
    assertThat(versions.lines()).singleElement().asString().startsWith("v1").contains(sha);
  }

  @Test
  void refusals_exitOne_withTheirCode_andBadInput_exitsTwo() throws Exception {
    CliRun notUser = create("nobody");
    assertThat(notUser.exit()).isEqualTo(1);
    assertThat(notUser.err()).contains("staff.not-user");
    CliRun made = create("op-1");
    String id = made.lines().getFirst().split("\\s+")[0];
    as("city-staff");
    CliRun byStaff = CliRun.of("entrustments", "staff", id, "--set", "op-2", "--data", data());
    assertThat(byStaff.exit()).isEqualTo(1);
    assertThat(byStaff.err()).contains("approval.not-root-officer");

    Path text = temp.resolve("contract.txt");
    Files.writeString(text, "not a pdf");
    as("city-admin");
    CliRun notPdf =
        CliRun.of("entrustments", "contract", id, "--upload", text.toString(), "--data", data());
    assertThat(notPdf.exit()).isEqualTo(2);
    assertThat(notPdf.err()).contains("PDF");

    // signed out, nothing is listed or changed
    assertThat(CliRun.of("logout", "--data", data()).exit()).isZero();
    signedIn = "";
    CliRun nobody = CliRun.of("entrustments", "list", "--data", data());
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("mamori login");
    assertThat(nobody.out()).isEmpty();

    as("op-1");
    CliRun operator = CliRun.of("entrustments", "contract", id, "--data", data());
    assertThat(operator.exit()).isEqualTo(1);
    assertThat(operator.err()).contains("contract.not-party");
  }
}
