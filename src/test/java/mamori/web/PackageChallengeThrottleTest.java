package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.PackageCrypto;
import mamori.crypto.RootKeyConfig;
import mamori.crypto.RootKeys;
import mamori.crypto.SigningKeys;
import mamori.crypto.TenantKeys;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import mamori.transfer.PackageSigner;
import mamori.transfer.Recipients;
import mamori.transfer.Releases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Challenges asked cost a client address something even when each is answered: past the limit in
 * the window an address is answered 429 request.throttled, and another address is not.
 */
class PackageChallengeThrottleTest {
  static final String TENANT = "kita-city";
  static final Who OFFICER =
      new Who(new UserId("kita-officer"), new OrganisationId(TENANT), new TenantId(TENANT));

  @TempDir Path keyFolder;
  final TestClock clock = new TestClock(Instant.parse("2026-12-06T09:00:00Z"));
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  PackageReleaseController controller;
  String id;

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    var root =
        RootKeys.open(new RootKeyConfig.KeyFile(keyFolder.resolve("root.key")), store.dataSource());
    TenantKeys keys = new TenantKeys(store.dataSource(), root, clock);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    AdminLog admin = new AdminLog(logs, clock);
    var recipientKey = PackageCrypto.newKeyPair();
    new Recipients(store.dataSource(), admin, clock)
        .add(OFFICER, true, Role.SECURITY_OFFICER, "benefit-sys", "給付", recipientKey.publicKey());
    Releases releases =
        new Releases(
            store.dataSource(), keys, new PackageSigner(SigningKeys.in(keyFolder)), admin, clock);
    controller = new PackageReleaseController(releases, clock);
    id = "ab" + HexFormat.of().formatHex(PackageCrypto.random(15));
    long now = clock.millis();
    JdbcClient.create(store.dataSource())
        .sql(
            "INSERT INTO transfer_package (tenant_id, package_id, recipient_id, fingerprint,"
                + " purpose_id, case_ref, selection, fields, mode, persons, state, release_share,"
                + " created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                + " 'online', 0, 'created', ?, ?, ?, ?)")
        .params(
            TENANT,
            id,
            "benefit-sys",
            PackageCrypto.fingerprint(recipientKey.publicKey()),
            "benefit",
            "R8-0001",
            "all",
            "name,address",
            keys.sealSecret(TENANT, Releases.shareLabel(id), PackageCrypto.random(32)),
            "kita-staff",
            now,
            now + Duration.ofHours(72).toMillis())
        .update();
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  static MockHttpServletRequest from(String address) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(address);
    return request;
  }

  @Test
  void challengesAsked_areCountedPerAddress_withTheirOwnLimit() {
    for (int i = 0; i < PackageReleaseController.CHALLENGE_LIMIT; i++) {
      assertThat(controller.challenge(id, from("198.51.100.7")).getStatusCode())
          .isEqualTo(HttpStatus.OK);
    }
    var refused = controller.challenge(id, from("198.51.100.7"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.getBody()).containsEntry("error", "request.throttled");
    assertThat(controller.challenge(id, from("198.51.100.8")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    clock.advance(PackageReleaseController.CHALLENGE_WINDOW.plusSeconds(1));
    assertThat(controller.challenge(id, from("198.51.100.7")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }
}
