package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class SecurityAlertsTest extends IdentityTestBase {

  @Test
  void aRaisedAlert_keepsItsSeverityEvidenceAndPolicy() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    String id =
        alerts.raise(
            "t1",
            new SecurityAlerts.Raised(
                "detect.harvesting",
                "user:op-1",
                "300 persons in order",
                Severity.HIGH,
                List.of(3L, 7L, 12L),
                AlertPolicy.SUSPEND_ENTRUSTMENT,
                "entrustment e-1 suspended"));

    SecurityAlerts.Alert a = alerts.get("t1", id).orElseThrow();
    assertThat(a.kind()).isEqualTo("detect.harvesting");
    assertThat(a.severity()).isEqualTo(Severity.HIGH);
    assertThat(a.evidence()).containsExactly(3L, 7L, 12L);
    assertThat(a.policy()).isEqualTo(AlertPolicy.SUSPEND_ENTRUSTMENT);
    assertThat(a.taken()).isEqualTo("entrustment e-1 suspended");
    assertThat(a.open()).isTrue();
    assertThat(a.acknowledgedAt()).isNull();
    assertThat(alerts.get("t2", id)).isEmpty();
  }

  @Test
  void theOldRaise_isMediumNotifyWithoutEvidence() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    String id = alerts.raise("t1", "signin.locked", "user:u1", "locked");
    SecurityAlerts.Alert a = alerts.list("t1", 10).getFirst();
    assertThat(a.id()).isEqualTo(id);
    assertThat(a.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(a.policy()).isEqualTo(AlertPolicy.NOTIFY);
    assertThat(a.evidence()).isEmpty();
  }

  @Test
  void evidence_keepsTheOldestThatFit() {
    List<Long> many = LongStream.range(1_000_000, 1_002_000).boxed().toList();
    String text = SecurityAlerts.evidenceText(many);
    assertThat(text.length()).isLessThanOrEqualTo(4000);
    assertThat(SecurityAlerts.evidenceOf(text)).startsWith(1_000_000L, 1_000_001L);
    assertThat(SecurityAlerts.evidenceOf(text)).hasSize(500);
  }

  @Test
  void ids_neverHoldTwelveDigitsInARow() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    for (int i = 0; i < 20_000; i++) {
      String id = alerts.newId();
      assertThat(id).matches("[0-9a-f]{16}");
      assertThat(mamori.core.NumberText.holdsNumber(id)).as(id).isFalse();
    }
  }
}
