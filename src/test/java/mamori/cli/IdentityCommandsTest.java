package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import mamori.VaultSession;
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

  /** Sets up the town the users belong to, once. */
  void town() {
    if (!java.nio.file.Files.exists(temp.resolve("data/town"))) {
      assertThat(
              CliRun.of("tenants", "add", "--id", "demo-city", "--name", "デモ市", "--data", data())
                  .exit())
          .isZero();
      try {
        java.nio.file.Files.writeString(temp.resolve("data/town"), "");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  CliRun addOperator() {
    town();
    CliRun added =
        CliRun.of(
            "users",
            "add",
            "--tenant",
            "demo-city",
            "--organisation",
            "demo-city",
            "--role",
            "staff",
            "--id",
            "op-1",
            "--name",
            "田中 一郎",
            "--data",
            data());
    if (added.exit() == 0) {
      try (VaultSession s =
          VaultSession.open(
              new StoreLocation.Embedded(temp.resolve("data")), temp.resolve("data/keys"))) {
        new mamori.identity.Credentials(
                s.store.dataSource(),
                s.keys,
                new mamori.identity.SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
                Clock.systemUTC())
            .setSecondFactor("op-1", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP");
      }
    }
    return added;
  }

  @Test
  void usersAddThenList_showsTheUserWithOrganisationAndRole() {
    assertThat(addOperator().exit()).isEqualTo(0);
    CliRun list = CliRun.of("users", "list", "--tenant", "demo-city", "--data", data());
    assertThat(list.exit()).isEqualTo(0);
    assertThat(list.lines())
        .hasSize(3)
        .anySatisfy(l -> assertThat(l).contains("op-1", "demo-city", "staff", "田中 一郎"));
    assertThat(CliRun.of("users", "list", "--tenant", "other-city", "--data", data()).out())
        .contains("no users");
  }

  @Test
  void usersAdd_badRoleOrTakenId_isAUsageErrorAndAddsNothing() {
    town();
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
    addOperator();
    CliRun again = addOperator();
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("exists");
    assertThat(CliRun.of("users", "list", "--tenant", "demo-city", "--data", data()).lines())
        .hasSize(3);
  }

  @Test
  void tokensIssue_printsTheSecretOnce_whichAuthenticates_andListNeverShowsIt() {
    addOperator();
    CliRun issued =
        CliRun.of(
            "tokens", "issue", "--user", "op-1", "--days", "7", "--label", "laptop", "--data",
            data());
    assertThat(issued.exit()).isEqualTo(0);
    String secret = issued.out().strip();
    assertThat(secret).startsWith("mamori_");
    assertThat(issued.err()).contains("shown only this once").doesNotContain(secret);
    try (Store store = Store.open(new StoreLocation.Embedded(temp.resolve("data")))) {
      assertThat(new ApiTokens(store.dataSource(), Clock.systemUTC()).authenticate(secret))
          .hasValueSatisfying(p -> assertThat(p.userId().value()).isEqualTo("op-1"));
    }
    CliRun list = CliRun.of("tokens", "list", "--user", "op-1", "--data", data());
    assertThat(list.out())
        .contains("tok_", "laptop", "expires")
        .doesNotContain(secret.substring(7, 27));
  }

  @Test
  void tokensRevoke_byIdAndByUser() {
    addOperator();
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    String id =
        CliRun.of("tokens", "list", "--user", "op-1", "--data", data())
            .lines()
            .get(0)
            .split(" ")[0];
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).out())
        .contains("revoked " + id);
    assertThat(CliRun.of("tokens", "revoke", "--id", id, "--data", data()).exit()).isEqualTo(1);
    assertThat(CliRun.of("tokens", "revoke", "--user", "op-1", "--data", data()).out())
        .contains("revoked 1 token of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("revoked"));
  }

  @Test
  void endingSessionsOrResettingTheFactor_endsTheUsersTokensToo_eachLogged() {
    addOperator();
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    CliRun ended = CliRun.of("users", "end-sessions", "op-1", "--data", data());
    assertThat(ended.exit()).isEqualTo(0);
    assertThat(ended.out()).contains("ended every session of op-1", "revoked 2 API tokens of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("revoked"));
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.revoke"))).hasSize(2);

    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    assertThat(CliRun.of("users", "reset-factor", "op-1", "--data", data()).out())
        .contains("revoked 1 API token of op-1");
    assertThat(CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines())
        .hasSize(3)
        .allSatisfy(l -> assertThat(l).contains("revoked"));
  }

  @Test
  void everyTokenIssueAndRevocation_isARecordInTheUsersTenantsLog() {
    addOperator();
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    CliRun.of("tokens", "issue", "--user", "op-1", "--data", data());
    java.util.List<String> ids =
        CliRun.of("tokens", "list", "--user", "op-1", "--data", data()).lines().stream()
            .map(l -> l.split(" ")[0])
            .toList();
    CliRun.of("tokens", "revoke", "--id", ids.get(0), "--data", data());
    CliRun.of("tokens", "revoke", "--user", "op-1", "--data", data());
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("token.issue"))).hasSize(2);
    assertThat(entries.lines().filter(l -> l.contains("token.revoke")))
        .as("one record per token revoked, by id or by user")
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("op-1/" + ids.get(0)))
        .anySatisfy(l -> assertThat(l).contains("op-1/" + ids.get(1)));
    assertThat(entries).contains("console");
  }

  @Test
  void tokensIssue_forAnUnknownUserOrTooManyDays_isRefused() {
    assertThat(CliRun.of("tokens", "issue", "--user", "nobody", "--data", data()).err())
        .contains("no user nobody");
    addOperator();
    CliRun tooLong =
        CliRun.of("tokens", "issue", "--user", "op-1", "--days", "400", "--data", data());
    assertThat(tooLong.exit()).isEqualTo(2);
    assertThat(tooLong.out()).doesNotContain("mamori_");
    assertThat(CliRun.of("tokens", "revoke", "--data", data()).exit())
        .as("--id or --user is needed")
        .isEqualTo(2);
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
  void unlockEndSessionsAndResetFactor_areLogged_andAnUnknownUserFails() {
    addOperator();
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
  void tokensIssue_isRefused_forAUserWithoutASecondFactor() {
    town();
    assertThat(
            CliRun.of(
                    "users",
                    "add",
                    "--tenant",
                    "demo-city",
                    "--organisation",
                    "demo-city",
                    "--role",
                    "staff",
                    "--id",
                    "fresh",
                    "--name",
                    "New",
                    "--data",
                    data())
                .exit())
        .isZero();
    CliRun refused = CliRun.of("tokens", "issue", "--user", "fresh", "--data", data());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("has not set up a second factor");
    assertThat(CliRun.of("tokens", "list", "--user", "fresh", "--data", data()).out())
        .doesNotContain("tok_");
  }

  @Test
  void demoCode_withoutADemo_saysWhatToRun() {
    CliRun code = CliRun.of("demo", "code", "city-staff", "--data", data());
    assertThat(code.exit()).isEqualTo(2);
    assertThat(code.err()).contains("run ./mamori demo first");
  }
}
