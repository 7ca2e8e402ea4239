package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mamori.WebServer;
import mamori.core.UserId;
import mamori.generate.PersonGenerator;
import mamori.identity.Credentials;
import mamori.log.TransparencyLogs;
import mamori.store.StoreLocation;
import mamori.web.Chromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/*
 * Issue 14's whole story, in a real headless Chromium and the real commands, with no seeding path:
 * the city is made by `mamori tenants add`; its security officer enrols from the printed address,
 * registers a contractor (working from this host only) and a purpose, adds the contractor's first
 * admin and a staff member; the staff member enrols and imports the register with `mamori login` and
 * `mamori import persons`; the contractor's admin enrols and adds its operator from its own users
 * page; the officer creates the entrustment with the operator on its staff list and uploads the
 * signed contract; the operator enrols, signs in and reads a person. Each person uses their own
 * browser profile. Then every step is looked for in the city's log, in order. Screenshots go to
 * target/browser/5x-*.png.
 */
/** A city from zero to a contractor's operator at work, each step in the log. */
class CityFromZeroBrowserIT {
  @TempDir Path temp;

  /** Each user's authenticator secret, as read off their enrolment page. */
  private final java.util.Map<String, String> secrets = new java.util.HashMap<>();

  /** How many codes each user has used: a code is accepted once. */
  private final java.util.Map<String, Integer> used = new java.util.HashMap<>();

  private String base = "";

  @AfterEach
  void signOutOfTheCommandLine() {
    System.clearProperty(LoginCommand.CliUser.SETTING);
  }

  /** The next code of {@code user}'s authenticator not used yet: before, now, after. */
  String code(String user) {
    int n = used.merge(user, 1, Integer::sum) - 1;
    return Credentials.currentCode(
        secrets.get(user), Clock.offset(Clock.systemUTC(), Duration.ofSeconds(30L * (n - 1))));
  }

  /** Enrols {@code user} from their one-time address, choosing {@code password}. */
  void enrol(Chromium b, String address, String user, String password, String shot)
      throws Exception {
    b.open(address.substring(base.length()));
    assertThat(b.find("#enrol-user").getText()).isEqualTo(user);
    secrets.put(user, b.find("#secret").getText().replace(" ", ""));
    b.type("#password", password);
    b.type("#again", password);
    b.type("#code", code(user));
    b.shot(shot);
    b.submit("#enrol-form");
    assertThat(b.path()).as("%s enrolled: %s", user, b.text()).isEqualTo("/signin?enrolled");
  }

  void signIn(Chromium b, String user, String password) {
    b.open("/signin");
    b.type("#user", user);
    b.type("#password", password);
    b.submit("#signin");
    b.find("#code-form");
    b.type("#code", code(user));
    b.submit("#code-form");
  }

  /** Adds a user on /console/users and returns their one-time address. */
  String addUser(Chromium b, String organisation, String id, String name, String role) {
    b.open("/console/users");
    if (organisation != null) {
      b.type("#add-organisation", organisation);
    }
    b.type("#add-id", id);
    b.type("#add-name", name);
    new Select(b.find("#add-role")).selectByValue(role);
    b.submit("#add-user");
    return b.find("#enrolment-address").getText();
  }

  @Test
  void aCity_fromZero_toAContractorsOperatorAtWork_everyStepInTheLog() throws Exception {
    Path data = temp.resolve("data");
    StoreLocation store = new StoreLocation.Embedded(data);
    try (var context = WebServer.start(store, 0)) {
      base = "http://localhost:" + WebServer.port(context);

      // 1. the city, from zero: one command, two one-time addresses, no password anywhere
      CliRun made =
          CliRun.of(
              "tenants",
              "add",
              "--id",
              "kita-city",
              "--name",
              "北市",
              "--portal-url",
              base,
              "--data",
              data.toString());
      assertThat(made.exit()).as(made.err()).isZero();
      assertThat(made.out()).doesNotContainIgnoringCase("password");
      String officerAddress =
          made.lines().stream()
              .filter(l -> l.contains("kita-city-officer"))
              .map(l -> l.substring(l.indexOf("http")))
              .findFirst()
              .orElseThrow();
      String officerPassword = "北市の長いパスフレーズ 2026";
      String entryAdminAddress;
      String staffAddress;
      try (Chromium b = new Chromium(base, "ja")) {
        enrol(b, officerAddress, "kita-city-officer", officerPassword, "50-officer-enrol");
        signIn(b, "kita-city-officer", officerPassword);
        assertThat(b.path()).isEqualTo("/console");

        // 2. a contractor that works from this host only, and a purpose of the city's own
        b.open("/console/organisations");
        b.type("#org-id", "kita-entry");
        b.type("#org-name", "北入力株式会社");
        new Select(b.find("#org-kind")).selectByValue("contractor");
        b.type("#org-number", "7123456789012");
        b.type("#org-address", "北市中央一丁目1番1号");
        b.type("#org-networks", "127.0.0.0/8\n::1");
        b.submit("#add-organisation");
        assertThat(b.text()).contains("kita-entry", "北入力株式会社");
        b.open("/console/purposes");
        b.type("#purpose-id", "kita-aid");
        b.type("#purpose-name", "北市独自給付");
        b.type("#purpose-basis", "北市独自給付条例 第3条");
        b.type("#purpose-years", "5");
        new Select(b.find("#purpose-from")).selectByValue("case-closed");
        b.submit("#add-purpose");
        assertThat(b.text()).contains("kita-aid", "北市独自給付条例 第3条");
        b.shot("51-registry");

        // 3. the contractor's first admin, and a staff member of the city's own
        entryAdminAddress = addUser(b, "kita-entry", "entry-admin", "北入力 管理者", "ORG_ADMIN");
        staffAddress = addUser(b, null, "kita-staff", "北市 職員", "STAFF");
      }

      // 4. the staff member enrols, then imports the register at the command line, signed in
      String staffPassword = "職員の長いパスフレーズ 2026";
      try (Chromium b = new Chromium(base, "ja")) {
        enrol(b, staffAddress, "kita-staff", staffPassword, "52-staff-enrol");
      }
      CliLogin.useSessionIn(temp);
      Path passwordFile = temp.resolve("staff-password");
      Files.writeString(passwordFile, staffPassword + "\n", StandardCharsets.UTF_8);
      CliRun login =
          CliRun.of(
              "login",
              "--user",
              "kita-staff",
              "--password-file",
              passwordFile.toString(),
              "--code",
              code("kita-staff"),
              "--data",
              data.toString());
      assertThat(login.exit()).as(login.err()).isZero();
      Path csv = temp.resolve("register.csv");
      PersonGenerator.writeCsv(csv, 30, 14);
      CliRun imported =
          CliRun.of(
              "import",
              "persons",
              csv.toString(),
              "--tenant",
              "kita-city",
              "--data",
              data.toString());
      assertThat(imported.exit()).as(imported.err()).isZero();
      assertThat(imported.lines()).contains("imported: 30");
      assertThat(CliRun.of("logout", "--data", data.toString()).exit()).isZero();

      // 5. the contractor's admin enrols and adds its operator from its own users page
      String entryAdminPassword = "入力社の長いパスフレーズ 2026";
      String operatorAddress;
      try (Chromium b = new Chromium(base, "ja")) {
        enrol(b, entryAdminAddress, "entry-admin", entryAdminPassword, "53-admin-enrol");
        signIn(b, "entry-admin", entryAdminPassword);
        assertThat(b.path()).isEqualTo("/desk");
        operatorAddress = addUser(b, null, "entry-op", "北入力 オペレーター", "OPERATOR");
        assertThat(b.text()).contains("entry-op").doesNotContain("kita-staff");
        b.shot("54-admin-adds-operator");
      }

      // 6. the officer entrusts the work to the contractor, the operator on its staff list, and
      // uploads the signed contract
      String entrustment;
      Path pdf = temp.resolve("contract.pdf");
      Files.write(pdf, "%PDF-1.7\n北市 委託契約書\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
      try (Chromium b = new Chromium(base, "ja")) {
        signIn(b, "kita-city-officer", officerPassword);
        b.open("/console/entrustments");
        b.follow("#new-entrustment-link");
        new Select(b.find("#to")).selectByValue("kita-entry");
        b.type("#staff", "entry-op");
        b.find("#purpose-kita-aid").click();
        new Select(b.find("#mask-family_name")).selectByValue("none");
        new Select(b.find("#mask-given_name")).selectByValue("none");
        new Select(b.find("#mask-address")).selectByValue("partial");
        b.type("#dailyCap", "100");
        b.shot("55-new-entrustment");
        b.submit("#new-entrustment");
        assertThat(b.path())
            .matches("/console/entrustments/ent-[a-z0-9-]+/contract\\?done=created");
        entrustment = b.path().split("/")[3];
        assertThat(b.find("#staff-list").getText()).contains("entry-op");
        b.find("#file").sendKeys(pdf.toString());
        b.submit("#contract-form");
        assertThat(b.find("#versions").getText()).contains("1");
        b.shot("56-contract");
      }

      // 7. the operator enrols, signs in from this host, and works: lists and reads a person
      String operatorPassword = "オペレーターの長いパスフレーズ 2026";
      try (Chromium b = new Chromium(base, "ja")) {
        enrol(b, operatorAddress, "entry-op", operatorPassword, "57-operator-enrol");
        signIn(b, "entry-op", operatorPassword);
        assertThat(b.path()).isEqualTo("/desk");
        b.open("/desk/entrustments/" + entrustment + "?purpose=kita-aid&case=2026-0001");
        b.follow("#listed a");
        assertThat(b.path()).startsWith("/desk/persons/");
        // the fields of the scope, the number never: it was not entrusted
        assertThat(b.find("#fields").getText()).contains("氏").doesNotContain("個人番号");
        b.shot("58-operator-reads");
      }

      // every step in the city's log, in this order (other records may come between)
      var log = context.getBean(TransparencyLogs.class).forTenant("kita-city");
      List<String> records =
          log.records(0, log.size()).stream()
              .map(r -> r.action() + " " + r.actor() + " " + r.decision())
              .toList();
      // kept beside the screenshots: docs/operations.md ("A city set up from zero") shows this log
      Files.write(
          Path.of("target", "browser", "59-log.txt"),
          log.records(0, log.size()).stream()
              .map(r ->
                  r.action()
                      + " "
                      + r.actor()
                      + "@"
                      + r.organisation()
                      + " "
                      + r.purpose()
                      + "/"
                      + r.caseRef()
                      + " "
                      + r.decision())
              .toList());
      String setUp = UserId.commandLine(System.getProperty("user.name", "unknown")).value();
      assertThat(records)
          .containsSubsequence(
              "tenant.create " + setUp + " allow",
              "user.enrol kita-city-officer allow",
              "signin kita-city-officer allow",
              "organisation.add kita-city-officer allow",
              "purpose.add kita-city-officer allow",
              "user.add kita-city-officer allow",
              "user.enrol kita-staff allow",
              "register kita-staff allow",
              "user.enrol entry-admin allow",
              "signin entry-admin allow",
              "user.add entry-admin allow",
              "signin kita-city-officer allow",
              "entrustment.create kita-city-officer allow",
              "entrustment.contract-upload kita-city-officer allow",
              "user.enrol entry-op allow",
              "signin entry-op allow",
              "list entry-op allow",
              "read entry-op allow");
    }
  }
}
