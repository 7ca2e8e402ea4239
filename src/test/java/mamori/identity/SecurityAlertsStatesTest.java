package mamori.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The handling columns of an alert and the listings over them, on both stores. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class SecurityAlertsStatesTest extends IdentityTestBase {

  String raise(SecurityAlerts alerts, String tenant, String kind, Severity severity) {
    return alerts.raise(
        tenant,
        new SecurityAlerts.Raised(
            kind, "user:u", "d", severity, List.of(1L), AlertPolicy.NOTIFY, ""));
  }

  @Test
  void acknowledgeAssignAndClose_changeOnlyAnOpenAlertOfTheTenant() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    String id = raise(alerts, "t1", "k", Severity.LOW);
    assertThat(alerts.get("t1", id).orElseThrow().state()).isEqualTo(SecurityAlerts.State.OPEN);
    assertThat(alerts.acknowledge("t2", id, "x")).isFalse();
    assertThat(alerts.assign("t2", id, "x")).isFalse();
    assertThat(alerts.close("t2", id, "x", "r")).isFalse();
    clock.advance(Duration.ofMinutes(1));
    assertThat(alerts.acknowledge("t1", id, "o1")).isTrue();
    assertThat(alerts.assign("t1", id, "o2")).isTrue();
    SecurityAlerts.Alert a = alerts.get("t1", id).orElseThrow();
    assertThat(a.state()).isEqualTo(SecurityAlerts.State.ACKNOWLEDGED);
    assertThat(a.acknowledgedAt()).isEqualTo(clock.instant());
    assertThat(a.acknowledgedBy()).isEqualTo("o1");
    assertThat(a.assignee()).isEqualTo("o2");
    clock.advance(Duration.ofMinutes(1));
    assertThat(alerts.close("t1", id, "o1", "done")).isTrue();
    SecurityAlerts.Alert c = alerts.get("t1", id).orElseThrow();
    assertThat(c.state()).isEqualTo(SecurityAlerts.State.CLOSED);
    assertThat(c.closedAt()).isEqualTo(clock.instant());
    assertThat(c.closeReason()).isEqualTo("done");
    assertThat(alerts.acknowledge("t1", id, "o3")).isFalse();
    assertThat(alerts.assign("t1", id, "o3")).isFalse();
    assertThat(alerts.close("t1", id, "o3", "again")).isFalse();
    assertThat(alerts.get("t1", id).orElseThrow().acknowledgedBy()).isEqualTo("o1");
  }

  @Test
  void aPage_filtersByStateSeverityAndKind_andContinuesAfterACursor() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    String a = raise(alerts, "t1", "k1", Severity.LOW);
    clock.advance(Duration.ofSeconds(1));
    String b = raise(alerts, "t1", "k2", Severity.HIGH);
    String b2 = raise(alerts, "t1", "k2", Severity.HIGH);
    clock.advance(Duration.ofSeconds(1));
    String c = raise(alerts, "t1", "k1", Severity.HIGH);
    raise(alerts, "t2", "k1", Severity.HIGH);
    alerts.acknowledge("t1", b, "o");
    alerts.close("t1", c, "o", "r");
    assertThat(ids(alerts, null, null, null, null, null, 10)).hasSize(4).startsWith(c).endsWith(a);
    assertThat(ids(alerts, SecurityAlerts.State.OPEN, null, null, null, null, 10))
        .containsExactly(b2, a);
    assertThat(ids(alerts, SecurityAlerts.State.ACKNOWLEDGED, null, null, null, null, 10))
        .containsExactly(b);
    assertThat(ids(alerts, SecurityAlerts.State.CLOSED, null, null, null, null, 10))
        .containsExactly(c);
    assertThat(ids(alerts, null, Severity.LOW, null, null, null, 10)).containsExactly(a);
    assertThat(ids(alerts, null, null, "k2", null, null, 10)).containsExactlyInAnyOrder(b, b2);
    // the same millisecond: the id breaks the tie, and the page after the first goes on from it
    String first = b.compareTo(b2) > 0 ? b : b2;
    String second = first.equals(b) ? b2 : b;
    Instant at = alerts.get("t1", b).orElseThrow().raisedAt();
    assertThat(ids(alerts, null, null, null, at, first, 10)).containsExactly(second, a);
    assertThat(ids(alerts, null, null, null, at, first, 1)).containsExactly(second);
    assertThat(ids(alerts, null, null, null, at, null, 10)).hasSize(4);
  }

  @Test
  void raisedSince_isOldestFirstFromTheMoment_inclusive() {
    SecurityAlerts alerts = new SecurityAlerts(store.dataSource(), clock);
    raise(alerts, "t1", "k", Severity.LOW);
    clock.advance(Duration.ofSeconds(1));
    Instant from = clock.instant();
    String b = raise(alerts, "t1", "k", Severity.LOW);
    clock.advance(Duration.ofSeconds(1));
    String c = raise(alerts, "t1", "k", Severity.LOW);
    raise(alerts, "t2", "k", Severity.LOW);
    assertThat(alerts.raisedSince("t1", from, 10))
        .extracting(SecurityAlerts.Alert::id)
        .containsExactly(b, c);
    assertThat(alerts.raisedSince("t1", from, 1))
        .extracting(SecurityAlerts.Alert::id)
        .containsExactly(b);
    assertThat(alerts.raisedSince("t1", from.plusMillis(1), 10))
        .extracting(SecurityAlerts.Alert::id)
        .containsExactly(c);
  }

  @Test
  void aStatesCode_roundTrips() {
    for (SecurityAlerts.State s : SecurityAlerts.State.values()) {
      assertThat(SecurityAlerts.State.ofCode(s.code())).contains(s);
    }
    assertThat(SecurityAlerts.State.OPEN.code()).isEqualTo("open");
    assertThat(SecurityAlerts.State.ofCode("OPEN")).isEmpty();
    assertThat(SecurityAlerts.State.ofCode("")).isEmpty();
  }

  private static List<String> ids(
      SecurityAlerts alerts,
      SecurityAlerts.State state,
      Severity severity,
      String kind,
      Instant beforeAt,
      String before,
      int limit) {
    return alerts
        .page("t1", new SecurityAlerts.Query(state, severity, kind, beforeAt, before, limit))
        .stream()
        .map(SecurityAlerts.Alert::id)
        .toList();
  }
}
