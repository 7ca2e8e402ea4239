package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import mamori.VaultSession;
import mamori.core.Role;
import mamori.identity.ApiTokens;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori users ...} and {@code mamori tokens ...} on an embedded store. */
class IdentityCommandsTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  /** Sets up the town the users belong to, once, as a city does: mamori tenants add. */
  void town() {
    if (!java.nio.file.Files.exists(temp.resolve("data/town"))) {
      CliRun made =
          CliRun.of("tenants", "add", "--id", "demo-city", "--name", "デモ市", "--data", data());
      assertThat(made.exit()).as(made.err()).isZero();
      try {
        java.nio.file.Files.writeString(temp.resolve("data/town"), "");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * The contractor entry-co and its operator op-1, with a password and second factor, as fixtures
   * made in the store (their own admin would add op-1; that rule is tested with UserAdmin).
   */
  void addOperator() {
    town();
    try (VaultSession s = VaultSession.open(location(), temp.resolve("data/keys"))) {
      var entrustments =
          new mamori.entrustment.Entrustments(
              s.store.dataSource(),
              s.logs,
              e -> {},
              mamori.entrustment.StaffDirectory.NONE,
              Clock.systemUTC());
      if (entrustments.organisation("entry-co").isEmpty()) {
        entrustments.registerOrganisation(
            new mamori.entrustment.Organisation(
                "entry-co",
                "Entry Co",
                mamori.entrustment.Organisation.Kind.CONTRACTOR,
                "demo-city"));
      }
    }
    CliLogin.ensureUser(location(), temp, "demo-city", "entry-co", Role.OPERATOR, "op-1");
  }

  CliRun addStaff(String id, String name) {
    return CliRun.of(
        "users",
        "add",
        "--tenant",
        "demo-city",
        "--organisation",
        "demo-city",
        "--role",
        "staff",
        "--id",
        id,
        "--name",
        name,
        "--data",
        data());
  }

  @Test
  void usersAddThenList_showsTheUserWithOrganisationAndRole() {
    town();
    assertThat(addStaff("st-1", "田中 一郎").exit()).as("no one signed in").isEqualTo(2);
    loginOfficer();
    assertThat(addStaff("st-1", "田中 一郎").exit()).isEqualTo(0);
    CliRun list = CliRun.of("users", "list", "--tenant", "demo-city", "--data", data());
    assertThat(list.exit()).isEqualTo(0);
    // the tenant's first officer and admin, the signed-in officer, and the new staff member
    assertThat(list.lines())
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("st-1", "demo-city", "staff", "田中 一郎"));
    CliRun other = CliRun.of("users", "list", "--tenant", "other-city", "--data", data());
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("is not the tenant of the signed-in user officer-1");
  }

  @Test
  void usersAdd_badRoleOrTakenId_isAUsageErrorAndAddsNothing() {
    town();
    loginOfficer();
    CliRun badRole =
        CliRun.of(
            "users",
            "add",
            "--tenant",
            "demo-city",
            "--organisation",
            "demo-city",
            "--role",
            "root",
            "--id",
            "x",
            "--name",
            "X",
            "--data",
            data());
    assertThat(badRole.exit()).isEqualTo(2);
    assertThat(badRole.err()).contains("--role");
    assertThat(addStaff("st-1", "X").exit()).isZero();
    CliRun again = addStaff("st-1", "X");
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists");
    assertThat(CliRun.of("users", "list", "--tenant", "demo-city", "--data", data()).lines())
        .hasSize(4);
  }

  StoreLocation location() {
    return new StoreLocation.Embedded(temp.resolve("data"));
  }

  /** Signs {@code user} in through mamori login (the test password and factor set if missing). */
  void login(String user, String org, Role role) {
    CliLogin.login(location(), temp, temp, "demo-city", org, role, user);
  }

  void loginOperator() {
    addOperator();
    login("op-1", "entry-co", Role.OPERATOR);
  }

  void loginOfficer() {
    login("officer-1", "demo-city", Role.SECURITY_OFFICER);
  }

  @Test
  void tokensIssue_printsTheSecretOnce_forTheSignedInUser_24Hours_andListNeverShowsIt() {
    loginOperator();
    CliRun issued = CliRun.of("tokens", "issue", "--label", "laptop", "--data", data());
    assertThat(issued.exit()).as(issued.err()).isEqualTo(0);
    String secret = issued.out().strip();
    assertThat(secret).startsWith("mamori_");
    assertThat(issued.err())
        .contains("operator token", "for op-1", "shown only this once")
        .doesNotContain(secret);
    try (Store store = Store.open(location())) {
      ApiTokens tokens = new ApiTokens(store.dataSource(), Clock.systemUTC());
      assertThat(tokens.authenticate(secret))
          .hasValueSatisfying(p -> assertThat(p.userId().value()).isEqualTo("op-1"));
      ApiTokens.TokenInfo info =
          tokens.list("op-1").stream().filter(t -> t.label().equals("laptop")).findFirst().get();
      assertThat(java.time.Duration.between(info.createdAt(), info.expiresAt()))
          .as("an operator token lives 24 hours by default")
          .isEqualTo(java.time.Duration.ofHours(24));
      assertThat(info.issuedBy()).startsWith("cli:op-1/tok_");
    }
    CliRun list = CliRun.of("tokens", "list", "--data", data());
    assertThat(list.out())
        .contains("tok_", "laptop", "operator", "cli", "expires")
        .doesNotContain(secret.substring(7, 27));
  }

  @Test
  void tokensIssue_forAnotherUser_isImpossible_andNothingIsIssued() {
    addOperator();
    loginOfficer();
    CliRun forOther = CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    assertThat(forOther.exit()).isEqualTo(2);
    assertThat(forOther.out()).doesNotContain("mamori_");
    CliRun yearLong = CliRun.of("tokens", "issue", "--days", "366", "--data", data());
    assertThat(yearLong.exit()).isEqualTo(2);
    assertThat(yearLong.out()).doesNotContain("mamori_");
    try (Store store = Store.open(location())) {
      assertThat(new ApiTokens(store.dataSource(), Clock.systemUTC()).list("op-1")).isEmpty();
    }
  }

  @Test
  void operatorTokens_live24HoursUnlessTheOrganisationSays_atMost30Days() {
    loginOfficer();
    CliRun tooLong = CliRun.of("tokens", "issue", "--hours", "25", "--data", data());
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.err()).contains("at most 24 hours");
    assertThat(CliRun.of("tokens", "issue", "--hours", "24", "--data", data()).exit()).isZero();

    CliRun over = CliRun.of("tokens", "lifetime", "--hours", "721", "--data", data());
    assertThat(over.exit()).isEqualTo(2);
    assertThat(over.err()).contains("1 to 720");
    CliRun set = CliRun.of("tokens", "lifetime", "--hours", "720", "--data", data());
    assertThat(set.exit()).as(set.err()).isZero();
    assertThat(CliRun.of("tokens", "lifetime", "--data", data()).out())
        .contains("demo-city: tokens live 720 hours");
    assertThat(CliRun.of("tokens", "issue", "--hours", "720", "--data", data()).exit()).isZero();
    assertThat(CliRun.of("tokens", "issue", "--hours", "721", "--data", data()).exit())
        .isEqualTo(2);
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.lifetime"))).hasSize(1);
  }

  @Test
  void tokenLifetime_byAnOperator_isRefusedAndLogged() {
    loginOperator();
    CliRun refused =
        CliRun.of(
            "tokens", "lifetime", "--organisation", "entry-co", "--hours", "48", "--data", data());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("role.not-allowed");
    assertThat(
            CliRun.of("tokens", "lifetime", "--organisation", "entry-co", "--data", data()).out())
        .contains("entry-co: tokens live 24 hours");
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.lifetime")))
        .singleElement()
        .asString()
        .contains("role.not-allowed");
  }

  @Test
  void tokensRevoke_byIdAndByUser() {
    loginOperator();
    CliRun.of("tokens", "issue", "--data", data());
    CliRun.of("tokens", "issue", "--data", data());
    String id =
        CliRun.of("tokens", "list", "--data", data()).lines().stream()
            .filter(l -> l.contains("operator"))
            .findFirst()
            .get()
            .split(" ")[0];
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).out())
        .contains("revoked " + id);
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).exit()).isEqualTo(1);
    CliRun byOperator = CliRun.of("tokens", "revoke", "--user", "officer-1", "--data", data());
    assertThat(byOperator.exit()).isEqualTo(2);
    loginOfficer();
    assertThat(CliRun.of("tokens", "revoke", "--user", "op-1", "--data", data()).out())
        .contains("revoked 2 tokens of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).contains("revoked"));
  }

  @Test
  void endingSessionsOrResettingTheFactor_endsTheUsersTokensToo_eachLogged() {
    loginOperator();
    CliRun.of("tokens", "issue", "--data", data());
    CliRun.of("tokens", "issue", "--data", data());
    CliRun byOperator = CliRun.of("users", "end-sessions", "op-1", "--data", data());
    assertThat(byOperator.exit()).as("an operator ends no one's sessions here").isEqualTo(2);
    assertThat(byOperator.err()).contains("the refusal is logged");
    loginOfficer();
    CliRun ended = CliRun.of("users", "end-sessions", "op-1", "--data", data());
    assertThat(ended.exit()).as(ended.err()).isEqualTo(0);
    assertThat(ended.out()).contains("ended every session of op-1", "revoked 3 API tokens of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).contains("revoked"));
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.revoke"))).hasSize(3);
    assertThat(entries.lines().filter(l -> l.contains("user.end-sessions")))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("op-1@entry-co", "deny:user.not-own-organisation"));

    assertThat(CliRun.of("users", "reset-factor", "op-1", "--data", data()).out())
        .contains("removed the second factor of op-1");
  }

  @Test
  void everyTokenIssueAndRevocation_isARecordInTheUsersTenantsLog() {
    loginOperator();
    CliRun.of("tokens", "issue", "--data", data());
    CliRun.of("tokens", "issue", "--data", data());
    java.util.List<String> ids =
        CliRun.of("tokens", "list", "--data", data()).lines().stream()
            .filter(l -> l.contains("operator"))
            .map(l -> l.split(" ")[0])
            .toList();
    CliRun.of("tokens", "revoke", "--id", ids.get(0), "--data", data());
    CliRun.of("tokens", "revoke", "--id", ids.get(1), "--data", data());
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.issue")))
        .as("the login's session token and the two issued")
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).contains("op-1"));
    assertThat(entries.lines().filter(l -> l.contains("token.revoke")))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("op-1/" + ids.get(0)))
        .anySatisfy(l -> assertThat(l).contains("op-1/" + ids.get(1)));
    assertThat(entries.lines().filter(l -> l.contains("signin"))).hasSize(1);
  }

  CliRun withStdin(String input, String... args) {
    var before = System.in;
    System.setIn(
        new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void usersAdd_printsAnEnrolmentAddress_neverAPassword_andEnrolmentReplacesIt() {
    town();
    loginOfficer();
    CliRun added =
        CliRun.of(
            "users",
            "add",
            "--tenant",
            "demo-city",
            "--organisation",
            "demo-city",
            "--role",
            "auditor",
            "--id",
            "aud-1",
            "--name",
            "監査",
            "--portal-url",
            "https://m.example",
            "--data",
            data());
    assertThat(added.exit()).as(added.err()).isZero();
    assertThat(added.out())
        .contains("added aud-1", "enrolment address for aud-1, good once until")
        .containsPattern("https://m\\.example/enrol/[a-z2-9]{10}-[a-z2-9]{26}")
        .doesNotContainIgnoringCase("password");
    String first = address(added.out());
    CliRun again = CliRun.of("users", "enrolment", "aud-1", "--data", data());
    assertThat(again.exit()).isZero();
    String second = address(again.out());
    assertThat(second).isNotEqualTo(first).startsWith("http://localhost:8080/enrol/");
    try (VaultSession s =
        VaultSession.open(
            new StoreLocation.Embedded(temp.resolve("data")), temp.resolve("data/keys"))) {
      var clock = Clock.systemUTC();
      var users = new mamori.identity.Users(s.store.dataSource(), clock);
      var credentials =
          new mamori.identity.Credentials(
              s.store.dataSource(),
              s.keys,
              new mamori.identity.SecurityAlerts(s.store.dataSource(), clock),
              clock);
      var enrolments =
          new mamori.tenancy.Enrolments(
              s.store.dataSource(), s.keys, credentials, users, s.logs, clock);
      assertThat(enrolments.open(code(first))).isEmpty();
      assertThat(enrolments.open(code(second)))
          .hasValueSatisfying(p -> assertThat(p.user().id()).isEqualTo("aud-1"));
    }
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    // the tenant's two first addresses, and aud-1's two
    assertThat(entries.lines().filter(l -> l.contains("user.enrolment-issue"))).hasSize(4);
    assertThat(entries).doesNotContain(code(second).substring(11));
    assertThat(CliRun.of("users", "disable", "aud-1", "--data", data()).out())
        .contains("disabled aud-1");
    CliRun none = CliRun.of("users", "enrolment", "aud-1", "--data", data());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("disabled");
    assertThat(CliRun.of("users", "password", "aud-1", "--data", data()).exit())
        .as("no command sets a password")
        .isEqualTo(2);
  }

  static String address(String out) {
    return out.lines()
        .map(String::strip)
        .filter(l -> l.startsWith("http"))
        .findFirst()
        .orElseThrow();
  }

  static String code(String address) {
    return address.substring(address.lastIndexOf('/') + 1);
  }

  @Test
  void unlockEndSessionsAndResetFactor_byTheSignedInOfficer_areLogged_andAnUnknownUserFails() {
    addOperator();
    assertThat(CliRun.of("users", "unlock", "op-1", "--data", data()).exit())
        .as("no one signed in")
        .isEqualTo(2);
    loginOfficer();
    assertThat(CliRun.of("users", "unlock", "op-1", "--data", data()).out())
        .contains("op-1 was not locked");
    assertThat(CliRun.of("users", "end-sessions", "op-1", "--data", data()).exit()).isEqualTo(0);
    assertThat(CliRun.of("users", "reset-factor", "op-1", "--data", data()).exit()).isEqualTo(0);
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries).contains("user.unlock", "user.end-sessions", "user.reset-factor");
    CliRun nobody = CliRun.of("users", "unlock", "nobody", "--data", data());
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("no user nobody");
  }

  @Test
  void login_isRefused_forAUserWithoutASecondFactor_andKeepsNothing() throws Exception {
    addOperator();
    try (VaultSession s = VaultSession.open(location(), temp.resolve("data/keys"))) {
      var c =
          new mamori.identity.Credentials(
              s.store.dataSource(),
              s.keys,
              new mamori.identity.SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
              Clock.systemUTC());
      c.setPassword("op-1", CliLogin.PASSWORD.toCharArray());
      c.resetSecondFactor("op-1");
    }
    CliLogin.useSessionIn(temp);
    java.nio.file.Path password = temp.resolve("pw");
    java.nio.file.Files.writeString(password, CliLogin.PASSWORD);
    CliRun refused =
        CliRun.of(
            "login",
            "--user",
            "op-1",
            "--password-file",
            password.toString(),
            "--code",
            "000000",
            "--data",
            data());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).contains("set up your second factor");
    assertThat(java.nio.file.Files.exists(temp.resolve("session"))).isFalse();
  }

  @Test
  void demoCode_withoutADemo_saysWhatToRun() {
    CliRun code = CliRun.of("demo", "code", "city-staff", "--data", data());
    assertThat(code.exit()).isEqualTo(2);
    assertThat(code.err()).contains("run ./mamori demo first");
  }
}
