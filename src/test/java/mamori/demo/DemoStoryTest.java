package mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.entrustment.Entrustment.Status;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.entrustment.StaffDirectory;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's story: organisations, entrustments, users and their tokens, made once and reused
 * after.
 */
class DemoStoryTest {
  @TempDir Path temp;

  record Run(DemoStory.Seeded story, Path file, long logSize) {}

  Run seed(Path data) throws Exception {
    Clock clock = Clock.systemUTC();
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(data.resolve("keys")),
                "test.example/log",
                clock)) {
      var users = new Users(store.dataSource(), clock);
      var entrustments =
          new Entrustments(
              store.dataSource(), logs, e -> {}, mamori.access.StaffOfUsers.of(users), clock);
      var keys = keys(store, data);
      var credentials = credentials(store, data);
      var tokens = new ApiTokens(store.dataSource(), clock);
      var enrolments =
          new mamori.tenancy.Enrolments(store.dataSource(), keys, credentials, users, logs, clock);
      var demo =
          new DemoStory(
              new mamori.tenancy.Tenants(
                  store.dataSource(), keys, logs, entrustments, users, enrolments, clock),
              new mamori.tenancy.UserAdmin(
                  users, credentials, tokens, entrustments, enrolments, logs, clock),
              entrustments,
              users,
              clock);
      var seeded = demo.seed();
      Path file =
          DemoCredentials.ensure(
              data, tokens, credentials, enrolments, demo, logs, seeded, clock, () -> null);
      return new Run(seeded, file, logs.forTenant(DemoStory.TENANT).size());
    }
  }

  static TenantKeys keys(Store store, Path data) {
    var root =
        RootKeys.open(new RootKeyConfig.KeyFile(data.resolve("keys/root.key")), store.dataSource());
    return new TenantKeys(store.dataSource(), root, Clock.systemUTC());
  }

  static Credentials credentials(Store store, Path data) {
    var keys = keys(store, data);
    return new Credentials(
        store.dataSource(),
        keys,
        new SecurityAlerts(store.dataSource(), Clock.systemUTC()),
        Clock.systemUTC());
  }

  @Test
  void everyDemoUser_signsInWithThePasswordAndTheCodeFromTheFile() throws Exception {
    Path data = temp.resolve("data");
    Run run = seed(data);
    var entries = DemoCredentials.read(run.file());
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      Credentials credentials = credentials(store, data);
      entries.forEach((id, e) -> {
        assertThat(e.password()).startsWith("demo-").hasSize(24);
        var passed =
            (Credentials.PasswordPassed) credentials.checkPassword(id, e.password().toCharArray());
        assertThat(
                credentials.checkCode(
                    passed, Credentials.currentCode(e.totpSecret(), Clock.systemUTC())))
            .as(id)
            .isInstanceOf(Credentials.Passed.class);
      });
    }
    assertThat(DemoCredentials.read(seed(data).file()))
        .as("kept on the next run")
        .isEqualTo(entries);
  }

  @Test
  void firstRun_seedsTheStory_entryCoActive_subCoRequested_narrower() throws Exception {
    Path data = temp.resolve("data");
    Run run = seed(data);
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(data.resolve("keys")),
                "test.example/log",
                Clock.systemUTC())) {
      var entrustments =
          new Entrustments(
              store.dataSource(), logs, e -> {}, StaffDirectory.NONE, Clock.systemUTC());
      assertThat(entrustments.organisation("demo-city").orElseThrow().kind())
          .isEqualTo(Organisation.Kind.CONTROLLER);
      assertThat(entrustments.organisation("entry-co").orElseThrow().kind())
          .isEqualTo(Organisation.Kind.CONTRACTOR);
      assertThat(entrustments.organisation("sub-co").orElseThrow().kind())
          .isEqualTo(Organisation.Kind.SUBCONTRACTOR);
      assertThat(entrustments.purposes("demo-city"))
          .extracting(p -> p.id())
          .contains("resident-tax");

      var entry = entrustments.heldBy("entry-co");
      assertThat(entry)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.status()).isEqualTo(Status.ACTIVE);
            assertThat(e.scope().fields())
                .containsEntry(Field.MY_NUMBER, Mask.PARTIAL)
                .containsEntry(Field.ADDRESS, Mask.NONE);
            assertThat(e.scope().dailyCap()).isEqualTo(10_000);
            assertThat(e.contract().missingClauses()).isEmpty();
            assertThat(e.scope().to()).isEqualTo(e.scope().from().plusYears(1));
          });
      var sub = entrustments.heldBy("sub-co");
      assertThat(sub)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.status()).isEqualTo(Status.REQUESTED);
            assertThat(e.parent()).isEqualTo(entry.get(0).id());
            assertThat(e.scope().fields()).doesNotContainKey(Field.MY_NUMBER).hasSize(4);
            assertThat(e.scope().widerThan(entry.get(0).scope())).isEmpty();
          });
      assertThat(run.story().subcontractor().id()).isEqualTo(sub.get(0).id());

      var users = new Users(store.dataSource(), Clock.systemUTC());
      Map<String, Role> roles =
          Map.ofEntries(
              Map.entry("entry-op1", Role.OPERATOR),
              Map.entry("entry-op2", Role.OPERATOR),
              Map.entry("entry-verifier", Role.OPERATOR),
              Map.entry("city-staff", Role.STAFF),
              Map.entry("city-officer", Role.SECURITY_OFFICER),
              Map.entry("city-admin", Role.ORG_ADMIN),
              Map.entry("city-auditor", Role.AUDITOR),
              Map.entry("entry-operator", Role.OPERATOR),
              Map.entry("entry-admin", Role.ORG_ADMIN),
              Map.entry("sub-admin", Role.ORG_ADMIN),
              Map.entry("sub-operator", Role.OPERATOR));
      roles.forEach((id, role) ->
          assertThat(users.find(id)).hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(role)));
      assertThat(users.find("sub-operator").orElseThrow().organisationId()).isEqualTo("sub-co");
      assertThat(users.find("entry-verifier").orElseThrow().organisationId()).isEqualTo("entry-co");

      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.file())))
          .isEqualTo("rw-------");
      var tokens = new ApiTokens(store.dataSource(), Clock.systemUTC());
      var entries = DemoCredentials.read(run.file());
      assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(roles.keySet());
      entries.forEach((id, e) ->
          assertThat(tokens.authenticate(e.token()))
              .hasValueSatisfying(p -> assertThat(p.userId().value()).isEqualTo(id)));
      assertThat(entries.get("entry-operator").organisation()).isEqualTo("entry-co");
      assertThat(entries.get("city-officer").role()).isEqualTo("security-officer");
    }
  }

  @Test
  void theTown_isSetUpAsACityIs_tenantCreateFirst_everyUserAddedAndEnrolledByAddress()
      throws Exception {
    Path data = temp.resolve("data");
    seed(data);
    try (Store store = Store.open(new StoreLocation.Embedded(data));
        var logs =
            new TransparencyLogs(
                store.dataSource(),
                SigningKeys.in(data.resolve("keys")),
                "test.example/log",
                Clock.systemUTC())) {
      var log = logs.forTenant(DemoStory.TENANT);
      var records = log.records(0, log.size());
      assertThat(records.getFirst().action()).isEqualTo("tenant.create");
      assertThat(records.stream().filter(r -> r.action().equals("user.add")))
          .hasSize(DemoStory.USERS.size() - 2);
      assertThat(records.stream().filter(r -> r.action().equals("user.enrol")))
          .hasSize(DemoStory.USERS.size())
          .allSatisfy(r -> assertThat(r.actor()).isEqualTo(r.caseRef()));
      assertThat(
              records.stream()
                  .filter(
                      r -> r.action().equals("user.add") && r.caseRef().equals("entry-operator"))
                  .map(r -> r.actor()))
          .containsExactly("entry-admin");
      assertThat(
              org.springframework.jdbc.core.simple.JdbcClient.create(store.dataSource())
                  .sql("SELECT name FROM tenant WHERE tenant_id = 'demo-city'")
                  .query(String.class)
                  .single())
          .isEqualTo("デモ市");
    }
  }

  @Test
  void secondRun_changesNothing_andKeepsTheTokens() throws Exception {
    Path data = temp.resolve("data");
    Run first = seed(data);
    String written = Files.readString(first.file());
    Run second = seed(data);
    assertThat(second.story().contractor()).isEqualTo(first.story().contractor());
    assertThat(second.story().subcontractor()).isEqualTo(first.story().subcontractor());
    assertThat(second.story().addresses()).as("nobody enrols again").isEmpty();
    assertThat(Files.readString(second.file())).isEqualTo(written);
    assertThat(second.logSize()).isEqualTo(first.logSize());
  }

  @Test
  void aRevokedToken_isReplaced_andTheFileRewritten() throws Exception {
    Path data = temp.resolve("data");
    Run first = seed(data);
    var before = DemoCredentials.read(first.file());
    try (Store store = Store.open(new StoreLocation.Embedded(data))) {
      new ApiTokens(store.dataSource(), Clock.systemUTC())
          .revoke(before.get("sub-operator").tokenId());
    }
    Run second = seed(data);
    var after = DemoCredentials.read(second.file());
    assertThat(after.get("sub-operator").tokenId())
        .isNotEqualTo(before.get("sub-operator").tokenId());
    assertThat(after.get("entry-operator")).isEqualTo(before.get("entry-operator"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second.file())))
        .isEqualTo("rw-------");
  }
}
