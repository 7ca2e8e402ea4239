package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.SigningKeys;
import mamori.entrustment.Entrustments;
import mamori.entrustment.StaffDirectory;
import mamori.identity.SecurityAlerts;
import mamori.identity.Users;
import mamori.log.TransparencyLogs;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TenantSettings;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class NetworkSightingsTest {
  static final TenantId TENANT = new TenantId("net-city");
  static final UserId OP = new UserId("net-op");
  static final OrganisationId ORG = new OrganisationId("net-co");

  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  StoreLocation location;
  Store store;
  TransparencyLogs logs;
  SecurityAlerts alerts;
  Users users;
  final TestClock clock = new TestClock(Instant.parse("2026-04-01T01:00:00Z"));
  final List<AlertRaised> published = new ArrayList<>();
  NetworkSightings sightings;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    logs =
        new TransparencyLogs(store.dataSource(), SigningKeys.in(keys), "test.example/log", clock);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    users = new Users(store.dataSource(), clock);
    Entrustments entrustments =
        new Entrustments(store.dataSource(), logs, e -> {}, StaffDirectory.NONE, clock);
    sightings =
        new NetworkSightings(
            store.dataSource(),
            alerts,
            new Responder(entrustments, users, logs, clock),
            new CachedSettings(new TenantSettings(store.dataSource()), clock),
            published::add,
            clock);
  }

  @AfterEach
  void close() {
    logs.close();
    store.close();
    TestStores.drop(location);
  }

  static InetAddress ip(String s) throws Exception {
    return InetAddress.getByName(s);
  }

  List<SecurityAlerts.Alert> alerts() {
    return alerts.list(TENANT.value(), 100).stream()
        .filter(a -> a.kind().equals("detect.new-network"))
        .toList();
  }

  @Test
  void networks_areAddressesCutToTheirPrefix() throws Exception {
    assertThat(NetworkSightings.network(ip("192.0.2.77"))).isEqualTo("192.0.2.0/24");
    assertThat(NetworkSightings.network(ip("2001:db8:1:2::5"))).isEqualTo("2001:db8:1::/48");
    assertThat(NetworkSightings.network(ip("::1"))).isEqualTo("0:0:0::/48");
  }

  @Test
  void aNewUsersNetworks_onTheirFirstDay_raiseNothing_aLaterNewOneDoes() throws Exception {
    sightings.seen(TENANT, OP, ORG, ip("192.0.2.1"));
    clock.advance(Duration.ofHours(23).plusMinutes(59));
    sightings.seen(TENANT, OP, ORG, ip("198.51.100.1"));
    assertThat(alerts()).isEmpty();
    clock.advance(Duration.ofMinutes(1));
    // a known network, another address in it: nothing
    sightings.seen(TENANT, OP, ORG, ip("192.0.2.200"));
    assertThat(alerts()).isEmpty();
    sightings.seen(TENANT, OP, ORG, ip("203.0.113.9"));
    List<SecurityAlerts.Alert> a = alerts();
    assertThat(a).hasSize(1);
    assertThat(a.getFirst().subject()).isEqualTo("user:net-op");
    assertThat(a.getFirst().severity()).isEqualTo(Severity.MEDIUM);
    assertThat(a.getFirst().detail())
        .isEqualTo("net-op of net-co worked from a new network 203.0.113.0/24");
    assertThat(published).hasSize(1);
    // seen again: known now
    clock.advance(Duration.ofHours(2));
    sightings.seen(TENANT, OP, ORG, ip("203.0.113.10"));
    assertThat(alerts()).hasSize(1);
  }

  @Test
  void aNetworkKnownFromTheStore_raisesNothingAfterARestart() throws Exception {
    sightings.seen(TENANT, OP, ORG, ip("192.0.2.1"));
    clock.advance(Duration.ofDays(3));
    NetworkSightings restarted =
        new NetworkSightings(
            store.dataSource(),
            alerts,
            new Responder(
                new Entrustments(store.dataSource(), logs, e -> {}, StaffDirectory.NONE, clock),
                users,
                logs,
                clock),
            new CachedSettings(new TenantSettings(store.dataSource()), clock),
            published::add,
            clock);
    restarted.seen(TENANT, OP, ORG, ip("192.0.2.9"));
    assertThat(alerts()).isEmpty();
  }

  @Test
  void theSuspendUserPolicy_disablesTheUserOnANewNetwork() throws Exception {
    users.add(TENANT.value(), ORG.value(), OP.value(), "Operator", Role.OPERATOR);
    new TenantSettings(store.dataSource()).set(TENANT, "detect.new-network.policy", "suspend-user");
    new TenantSettings(store.dataSource()).set(TENANT, "detect.new-network.after-hours", "0");
    sightings.seen(TENANT, OP, ORG, ip("192.0.2.1"));
    sightings.seen(TENANT, OP, ORG, ip("2001:db8::1"));
    SecurityAlerts.Alert a = alerts().getFirst();
    assertThat(a.policy()).isEqualTo(AlertPolicy.SUSPEND_USER);
    assertThat(a.taken()).isEqualTo("user net-op disabled and their sessions ended");
    assertThat(users.find(OP.value()).orElseThrow().disabled()).isTrue();
  }
}
