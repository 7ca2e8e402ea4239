package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mamori.VaultSession;
import mamori.cli.LoginCommand.CliUser;
import mamori.generate.PersonGenerator;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.TokenIssuer;
import mamori.identity.TokenKind;
import mamori.identity.Users;
import mamori.number.Masking;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line is no door beside the gate: without {@code mamori login}, or with a session that
 * has expired, was revoked or is for another store, no command that touches person data or changes
 * who may do what prints anything of a person, and each exits 2. Login is the web's sign-in: wrong
 * passwords and codes are refused and counted, and it is logged; logout revokes.
 */
class CliLoginTest {
  static final String TENANT = "demo-city";
  @TempDir Path temp;
  StoreLocation location;
  Path csv;
  String token;

  String data() {
    return temp.resolve("data").toString();
  }

  /** A tenant with persons, imported by its signed-in staff member, who then signs out. */
  @BeforeEach
  void town() throws Exception {
    location = new StoreLocation.Embedded(temp.resolve("data"));
    csv = temp.resolve("town.csv");
    PersonGenerator.writeCsv(csv, 5, 3);
    CliLogin.staff(location, temp, temp, TENANT);
    assertThat(
            CliRun.of("import", "persons", csv.toString(), "--tenant", TENANT, "--data", data())
                .exit())
        .isZero();
    token =
        CliRun.of(
                "persons",
                "find",
                "--number",
                number(),
                "--tenant",
                TENANT,
                "--purpose",
                "resident-tax",
                "--case",
                "c-1",
                "--data",
                data())
            .out()
            .strip();
    assertThat(mamori.crypto.AgencyToken.isValid(token)).isTrue();
    assertThat(CliRun.of("logout", "--data", data()).out()).contains("signed out");
  }

  String number() throws Exception {
    return Files.readAllLines(csv).get(1).split(",")[0];
  }

  /** Every command that touches person data or changes who may do what. */
  List<String[]> guarded() {
    String[] why = {"--tenant", TENANT, "--purpose", "resident-tax", "--case", "c-1"};
    List<String[]> all = new ArrayList<>();
    try {
      all.add(concat(new String[] {"persons", "find", "--number", number()}, why));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    all.add(concat(new String[] {"persons", "show", "--token", token, "--mask", "none"}, why));
    all.add(concat(new String[] {"persons", "history", "--token", token, "--mask", "none"}, why));
    all.add(concat(new String[] {"persons", "erase", "--token", token}, why));
    all.add(
        new String[] {
          "residents",
          "letters",
          "--tenant",
          TENANT,
          "--all",
          "--out",
          temp.resolve("l.pdf").toString()
        });
    all.add(
        concat(
            new String[] {
              "print", "pickup", "--person", token, "--out", temp.resolve("p.pdf").toString()
            },
            why));
    all.add(
        concat(
            new String[] {
              "print",
              "list",
              "--person",
              token,
              "--title",
              "一覧",
              "--fields",
              "family-name",
              "--out",
              temp.resolve("p.pdf").toString()
            },
            why));
    all.add(new String[] {"import", "persons", csv.toString(), "--tenant", TENANT});
    all.add(new String[] {"tokens", "issue"});
    all.add(new String[] {"tokens", "list"});
    all.add(new String[] {"tokens", "revoke", "--user", "staff-1"});
    all.add(new String[] {"tokens", "lifetime", "--hours", "720"});
    all.add(new String[] {"users", "unlock", "staff-1"});
    all.add(new String[] {"users", "end-sessions", "staff-1"});
    all.add(new String[] {"users", "reset-factor", "staff-1"});
    all.add(new String[] {"settings", "set", "--tenant", TENANT, "staff.daily-reads", "5"});
    all.add(new String[] {"keys", "rotate", "--tenant", TENANT});
    return all;
  }

  /** Each guarded command: exit 2, "sign in first" with {@code why}, nothing of a person. */
  void everyCommandIsRefused(String why) throws Exception {
    String n = number();
    for (String[] args : guarded()) {
      CliRun r = CliRun.of(concat(args, new String[] {"--data", data()}));
      String said = String.join(" ", args);
      assertThat(r.exit()).as(said + ": " + r.err()).isEqualTo(2);
      assertThat(r.out()).as(said).isEmpty();
      assertThat(r.err()).as(said).contains(why, "sign in first: mamori login");
      assertThat(r.out() + r.err()).as(said).doesNotContain(n);
      assertThat(Masking.holdsIndividualNumber(r.out() + r.err())).isFalse();
    }
    try (VaultSession s = VaultSession.open(location, temp.resolve("data/keys"))) {
      assertThat(s.vault.count(TENANT)).as("nothing was erased").isEqualTo(5);
    }
  }

  @Test
  void withoutLogin_noCommandRevealsOrChangesAnything_andEachExits2() throws Exception {
    CliLogin.useSessionIn(temp.resolve("nobody"));
    everyCommandIsRefused("not signed in");
  }

  @Test
  void anExpiredCliSession_isRefusedAsNoSession() throws Exception {
    // a CLI session issued nine hours ago, on a clock of then: it lived eight hours
    Clock then = Clock.fixed(Instant.now().minus(Duration.ofHours(9)), ZoneOffset.UTC);
    String instance;
    ApiTokens.Issued old;
    try (Store store = Store.open(location)) {
      instance = store.instance().id();
      old =
          new ApiTokens(store.dataSource(), then)
              .issue(
                  new TokenIssuer.Console("test"),
                  "staff-1",
                  TokenKind.CLI,
                  "mamori login",
                  null,
                  List.of());
    }
    assertThat(old.expiresAt()).isEqualTo(then.instant().plus(Duration.ofHours(8)));
    CliUser.write(new CliUser.Saved(instance, "staff-1", old.secret()));
    everyCommandIsRefused("the session has ended");
  }

  @Test
  void aRevokedSession_isRefused_andSoIsOneOfADisabledUser() throws Exception {
    CliLogin.staff(location, temp, temp, TENANT);
    try (Store store = Store.open(location)) {
      new ApiTokens(store.dataSource(), Clock.systemUTC()).revokeAll("staff-1");
    }
    everyCommandIsRefused("the session has ended");

    // another staff member (a code is accepted once): disabled while signed in
    CliLogin.login(location, temp, temp, TENANT, TENANT, mamori.core.Role.STAFF, "staff-2");
    try (Store store = Store.open(location)) {
      new Users(store.dataSource(), Clock.systemUTC()).disable("staff-2");
    }
    CliRun r =
        CliRun.of(
            "persons",
            "show",
            "--token",
            token,
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            data());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the session has ended");
  }

  @Test
  void aSessionOfAnotherStore_isRefused() throws Exception {
    CliLogin.staff(location, temp, temp, TENANT);
    Path other = temp.resolve("other");
    CliRun r =
        CliRun.of(
            "persons",
            "find",
            "--number",
            number(),
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            other.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the session is for another store", "sign in first");
  }

  @Test
  void anApiTokenInTheSessionFile_isNoSession() throws Exception {
    String instance;
    ApiTokens.Issued operator;
    try (Store store = Store.open(location)) {
      instance = store.instance().id();
      operator =
          new ApiTokens(store.dataSource(), Clock.systemUTC())
              .issue(new TokenIssuer.Console("test"), "staff-1", "x", Duration.ofHours(1));
    }
    CliLogin.useSessionIn(temp);
    CliUser.write(new CliUser.Saved(instance, "staff-1", operator.secret()));
    CliRun r =
        CliRun.of(
            "persons",
            "show",
            "--token",
            token,
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            data());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("the session has ended");
  }

  @Test
  void login_signsInAsTheWebDoes_logged_andTheSessionFileIsOwnerOnly() throws Exception {
    CliRun in = CliLogin.staff(location, temp, temp, TENANT);
    assertThat(in.out()).contains("signed in as staff-1 (demo-city, staff) until");
    Path file = temp.resolve("session");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).doesNotContain(CliLogin.PASSWORD);
    CliRun shown =
        CliRun.of(
            "persons",
            "show",
            "--token",
            token,
            "--fields",
            "my_number",
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            data());
    assertThat(shown.exit()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("****-****-" + number().substring(8));
    String entries = CliRun.of("log", "entries", "--tenant", TENANT, "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("signin") && l.contains("staff-1")))
        .as("this login and the one of the set-up")
        .hasSize(2);
    assertThat(entries.lines().filter(l -> l.contains(" read ") || l.contains("\tread")))
        .allSatisfy(l -> assertThat(l).contains("staff-1"));
  }

  @Test
  void login_withAWrongPasswordOrCode_isRefused_andCounted() throws Exception {
    Path session = CliLogin.useSessionIn(temp.resolve("fresh"));
    Path wrong = temp.resolve("wrong");
    Files.writeString(wrong, "not the passphrase at all");
    CliRun badPassword =
        CliRun.of(
            "login",
            "--user",
            "staff-1",
            "--password-file",
            wrong.toString(),
            "--code",
            CliLogin.nextCode(location, "staff-1"),
            "--data",
            data());
    assertThat(badPassword.exit()).isEqualTo(1);
    assertThat(badPassword.err()).contains("refused: wrong user, password or code");
    Path right = temp.resolve("right");
    Files.writeString(right, CliLogin.PASSWORD);
    String stale =
        Credentials.currentCode(
            CliLogin.SECRET, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));
    CliRun badCode =
        CliRun.of(
            "login",
            "--user",
            "staff-1",
            "--password-file",
            right.toString(),
            "--code",
            stale,
            "--data",
            data());
    assertThat(badCode.exit()).isEqualTo(1);
    assertThat(badCode.err()).contains("refused: wrong user, password or code");
    assertThat(badPassword.out() + badPassword.err() + badCode.out() + badCode.err())
        .doesNotContain(CliLogin.PASSWORD)
        .doesNotContain("not the passphrase");
    assertThat(Files.exists(session)).isFalse();
    try (VaultSession s = VaultSession.open(location, temp.resolve("data/keys"))) {
      assertThat(credentials(s).status("staff-1").failures())
          .as("both failures counted, as on the web")
          .isEqualTo(2);
    }
    CliRun nobody =
        CliRun.of(
            "login",
            "--user",
            "nobody",
            "--password-file",
            right.toString(),
            "--code",
            stale,
            "--data",
            data());
    assertThat(nobody.exit()).isEqualTo(1);
    assertThat(nobody.err()).isEqualTo(badPassword.err());
  }

  @Test
  void logout_revokesTheSession_logged_andDeletesTheFile() throws Exception {
    CliLogin.staff(location, temp, temp, TENANT);
    String secret = CliUser.read().orElseThrow().token();
    CliRun out = CliRun.of("logout", "--data", data());
    assertThat(out.out()).contains("signed out");
    assertThat(Files.exists(temp.resolve("session"))).isFalse();
    try (Store store = Store.open(location)) {
      assertThat(
              new ApiTokens(store.dataSource(), Clock.systemUTC()).authenticateCommandLine(secret))
          .isEmpty();
    }
    String entries = CliRun.of("log", "entries", "--tenant", TENANT, "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("signout"))).hasSize(2);
    assertThat(CliRun.of("logout", "--data", data()).out()).contains("not signed in");
  }

  @Test
  void theGateDecidesForTheSignedInUser_anOfficerOrAContractorGetsNoNumber() throws Exception {
    String[] show = {
      "persons",
      "show",
      "--token",
      token,
      "--fields",
      "my_number",
      "--mask",
      "none",
      "--purpose",
      "resident-tax",
      "--case",
      "c-1",
      "--data",
      data()
    };
    CliLogin.officer(location, temp, temp, TENANT);
    CliRun officer = CliRun.of(show);
    assertThat(officer.exit()).isEqualTo(2);
    assertThat(officer.err()).contains("role.not-allowed");
    CliLogin.login(location, temp, temp, TENANT, "entry-co", mamori.core.Role.OPERATOR, "op-1");
    CliRun contractor = CliRun.of(show);
    assertThat(contractor.exit()).isEqualTo(2);
    CliRun find =
        CliRun.of(
            "persons",
            "find",
            "--number",
            number(),
            "--purpose",
            "resident-tax",
            "--case",
            "c-1",
            "--data",
            data());
    assertThat(find.exit()).isEqualTo(2);
    assertThat(find.err()).contains("organisation.not-controller");
    CliRun importing =
        CliRun.of("import", "persons", csv.toString(), "--tenant", TENANT, "--data", data());
    assertThat(importing.exit()).isEqualTo(2);
    assertThat(importing.err()).contains("role.not-allowed");
    for (CliRun r : List.of(officer, contractor, find, importing)) {
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).doesNotContain(number());
    }
    String entries = CliRun.of("log", "entries", "--tenant", TENANT, "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("deny:")))
        .anySatisfy(l -> assertThat(l).contains("officer-1", "deny:role.not-allowed"))
        .anySatisfy(l -> assertThat(l).contains("op-1", "deny:organisation.not-controller"))
        .anySatisfy(l -> assertThat(l).contains("op-1", "register", "deny:role.not-allowed"));
  }

  @Test
  void aLogThatCannotRecord_changesNothing_andSignsNoOneIn() throws Exception {
    CliLogin.officer(location, temp, temp, TENANT);
    try (Store store = Store.open(location)) {
      org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
          .sql(
              "CREATE TRIGGER log_closed BEFORE INSERT ON log_bundle"
                  + " BEGIN SELECT RAISE(ABORT, 'the log is closed'); END")
          .update();
    }
    for (String[] change :
        new String[][] {
          {"tokens", "lifetime", "--hours", "48"},
          {"settings", "set", "--tenant", TENANT, "staff.daily-reads", "5"},
          {"users", "end-sessions", "staff-1"},
          {"tokens", "issue"},
          {"tokens", "revoke", "--all"}
        }) {
      CliRun r = CliRun.of(concat(change, new String[] {"--data", data()}));
      assertThat(r.exit()).as(String.join(" ", change)).isNotZero();
      assertThat(r.out()).as(String.join(" ", change)).doesNotContain("mamori_");
    }
    try (Store store = Store.open(location)) {
      ApiTokens tokens = new ApiTokens(store.dataSource(), Clock.systemUTC());
      assertThat(tokens.lifetime(TENANT)).isEqualTo(Duration.ofHours(24));
      assertThat(tokens.list("officer-1"))
          .as("only the session; the token whose issue was not logged is revoked")
          .filteredOn(t -> t.revokedAt() == null)
          .singleElement()
          .satisfies(t -> assertThat(t.kind()).isEqualTo(TokenKind.CLI));
      assertThat(tokens.list("staff-1")).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
      assertThat(
              mamori.access.StaffSettings.inForce(
                  new mamori.store.TenantSettings(store.dataSource()),
                  new mamori.core.TenantId(TENANT)))
          .contains("staff.daily-reads 1000");
    }
    Path right = temp.resolve("right");
    Files.writeString(right, CliLogin.PASSWORD);
    CliLogin.useSessionIn(temp.resolve("again"));
    CliRun login =
        CliRun.of(
            "login",
            "--user",
            "staff-1",
            "--password-file",
            right.toString(),
            "--code",
            CliLogin.nextCode(location, "staff-1"),
            "--data",
            data());
    assertThat(login.exit()).isEqualTo(2);
    assertThat(Files.exists(temp.resolve("again/session"))).isFalse();
  }

  static Credentials credentials(VaultSession s) {
    return new Credentials(
        s.store.dataSource(),
        s.keys,
        new SecurityAlerts(s.store.dataSource(), Clock.systemUTC()),
        Clock.systemUTC());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
