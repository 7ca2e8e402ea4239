package mamori.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mamori.core.Field;
import mamori.core.Why;
import mamori.crypto.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two writers of one tenant's log on one store, as the service and a command run beside it (a
 * sign-in, an import) are: each append lands, in one tree, whoever wrote last.
 */
@ParameterizedClass
@EnumSource(mamori.store.TestStores.Kind.class)
class TwoWritersTest extends LogTestBase {
  static AccessRecord record(String user) {
    return TestRecords.read(
        user,
        "demo-city",
        List.of(),
        new Why("resident-tax", "2026-0001"),
        "DNM6-AAAA-BBBB-RTE5",
        Set.of(Field.FAMILY_NAME),
        Instant.parse("2026-12-06T00:00:00Z"));
  }

  @Test
  void anAppendAfterAnotherWriters_landsOnTopOfIt_andTheLogVerifies() {
    String tenant = TestRecords.TENANT.value();
    try (TransparencyLogs other =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), ORIGIN_PREFIX, Clock.systemUTC())) {
      assertThat(logs.forTenant(tenant).append(record("service-1"))).isZero();
      assertThat(other.forTenant(tenant).append(record("command-1"))).isEqualTo(1);
      assertThat(other.forTenant(tenant).append(record("command-2"))).isEqualTo(2);
      // the service's writer last read size 1; its next append goes on top of size 3, not refused
      assertThat(logs.forTenant(tenant).append(record("service-2"))).isEqualTo(3);
      assertThat(other.forTenant(tenant).append(record("command-3"))).isEqualTo(4);
    }
    TenantLog log = reopenLogs().forTenant(tenant);
    assertThat(log.size()).isEqualTo(5);
    assertThat(log.records(0, 5).stream().map(AccessRecord::actor))
        .containsExactly("service-1", "command-1", "command-2", "service-2", "command-3");
    assertThat(LogVerifier.verify(logs, tenant, n -> {}).ok()).isTrue();
  }

  @Test
  void writersTakingTurns_payForOneRefusedTryEach_thenHoldTheLogWhileTheyAppend() {
    String tenant = TestRecords.TENANT.value();
    TenantLog service = logs.forTenant(tenant);
    try (TransparencyLogs other =
        new TransparencyLogs(
            store.dataSource(), SigningKeys.in(keyFolder), ORIGIN_PREFIX, Clock.systemUTC())) {
      TenantLog command = other.forTenant(tenant);
      for (int i = 0; i < 10; i++) {
        assertThat(service.append(record("service-" + i))).isEqualTo(2L * i);
        assertThat(command.append(record("command-" + i))).isEqualTo(2L * i + 1);
      }
      // each writer's first batch after the other's was refused once; within the next second every
      // batch held the log in the store instead of trying first
      assertThat(service.refusedTries()).isEqualTo(1);
      assertThat(command.refusedTries()).isEqualTo(1);
    }
    TenantLog log = reopenLogs().forTenant(tenant);
    assertThat(log.size()).isEqualTo(20);
    assertThat(LogVerifier.verify(logs, tenant, n -> {}).ok()).isTrue();
  }
}
