package mamori.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.crypto.SigningKeys;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registering and revoking the recipients a tenant sends packages to. */
class RecipientsTest {
  static final String TENANT = "kita-city";
  static final Who OFFICER =
      new Who(new UserId("kita-officer"), new OrganisationId(TENANT), new TenantId(TENANT));
  static final Who STAFF =
      new Who(new UserId("kita-staff"), new OrganisationId(TENANT), new TenantId(TENANT));

  @TempDir Path keyFolder;
  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  Recipients recipients;
  final TestClock clock = new TestClock(Instant.parse("2026-12-06T09:00:00Z"));
  final byte[] key = PackageCrypto.newKeyPair().publicKey();

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    logs =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), "test.example/log", clock);
    recipients = new Recipients(store.dataSource(), new AdminLog(logs, clock), clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  @Test
  void theOfficerAdds_withTheKeysFingerprintAndWords_loggedFirst_andRevokes() {
    Recipients.Recipient r =
        recipients.add(OFFICER, true, Role.SECURITY_OFFICER, "benefits", " 給付システム ", key);
    assertThat(r.name()).isEqualTo("給付システム");
    assertThat(r.fingerprint()).isEqualTo(PackageCrypto.fingerprint(key));
    assertThat(r.words()).isEqualTo(FingerprintWords.of(r.fingerprint()));
    assertThat(r.state()).isEqualTo(Recipients.State.ACTIVE);
    assertThat(recipients.find(new TenantId(TENANT), "benefits").orElseThrow().publicKey())
        .isEqualTo(key);
    recipients.revoke(OFFICER, true, Role.ORG_ADMIN, "benefits");
    Recipients.Recipient revoked = recipients.find(new TenantId(TENANT), "benefits").orElseThrow();
    assertThat(revoked.state()).isEqualTo(Recipients.State.REVOKED);
    assertThat(revoked.revokedAt()).contains(clock.instant());
    assertThat(recipients.list(new TenantId(TENANT))).hasSize(1);
    assertThat(records())
        .extracting(a -> a.action() + " " + a.decision())
        .containsExactly("recipient.add allow", "recipient.revoke allow");
  }

  @Test
  void idsLikeAMyNumber_badNamesAndKeys_areRefused_andNothingIsLoggedOrStored() {
    for (String id : new String[] {"1234-5678-9012", "100000000001", "Benefits", "-x", ""}) {
      assertThatThrownBy(() -> recipients.add(OFFICER, true, Role.SECURITY_OFFICER, id, "N", key))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a recipient id");
    }
    assertThatThrownBy(
            () -> recipients.add(OFFICER, true, Role.SECURITY_OFFICER, "b", "番号 123456789018", key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("My Number");
    assertThatThrownBy(
            () -> recipients.add(OFFICER, true, Role.SECURITY_OFFICER, "b", "a\u0007", key))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> recipients.add(OFFICER, true, Role.SECURITY_OFFICER, "b", "N", new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not 31");
    assertThat(recipients.list(new TenantId(TENANT))).isEmpty();
    assertThat(records()).isEmpty();
    assertThat(TenantId.isValid("benefits-2")).isTrue();
    assertThat(TenantId.isValid("1234-5678-9012")).isFalse();
  }

  @Test
  void staffAndContractors_mayNotAddOrRevoke_andTheirAttemptIsLogged() {
    assertThatThrownBy(() -> recipients.add(STAFF, true, Role.STAFF, "benefits", "N", key))
        .isInstanceOf(PackageRefused.class)
        .extracting(e -> ((PackageRefused) e).reason())
        .isEqualTo(Reason.ROLE_NOT_ALLOWED);
    assertThatThrownBy(
            () -> recipients.add(OFFICER, false, Role.SECURITY_OFFICER, "benefits", "N", key))
        .isInstanceOf(PackageRefused.class);
    assertThatThrownBy(() -> recipients.revoke(OFFICER, true, Role.SECURITY_OFFICER, "none"))
        .isInstanceOf(PackageRefused.class)
        .extracting(e -> ((PackageRefused) e).reason())
        .isEqualTo(Reason.RECIPIENT_UNKNOWN);
    assertThat(recipients.list(new TenantId(TENANT))).isEmpty();
    assertThat(records())
        .extracting(a -> a.action() + " " + a.decision())
        .containsExactly(
            "recipient.add deny:role.not-allowed",
            "recipient.add deny:role.not-allowed",
            "recipient.revoke deny:recipient.unknown");
  }

  private java.util.List<AccessRecord> records() {
    var log = logs.forTenant(TENANT);
    return log.records(0, log.size()).stream()
        .filter(r -> r.action().startsWith("recipient."))
        .toList();
  }
}
