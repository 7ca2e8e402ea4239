package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.UserId;
import mamori.identity.SecurityAlerts;
import mamori.identity.SecurityAlerts.Alert;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class AlertHandlingTest extends AlertTestBase {
  AlertHandling handling;
  String id;

  @BeforeEach
  void handlingAndAnAlert() {
    handling = new AlertHandling(alerts, users, logs, clock);
    users.add(CITY, CITY, "kita-officer-2", "Officer 2", Role.SECURITY_OFFICER);
    id = raise(CITY, "detect.harvesting", "300 persons in order");
  }

  @Test
  void theOfficer_acknowledges_loggedFirst() {
    clock.advance(Duration.ofMinutes(3));
    Alert a = handling.acknowledge(OFFICER, id);
    assertThat(a.state()).isEqualTo(SecurityAlerts.State.ACKNOWLEDGED);
    assertThat(a.acknowledgedBy()).isEqualTo("kita-officer");
    assertThat(a.acknowledgedAt()).isEqualTo(clock.instant());
    assertThat(acts(CITY)).containsExactly("alert.acknowledge " + id + " allow kita-officer");
  }

  @Test
  void theOfficer_assignsToAnotherOfficerOfTheTenant() {
    Alert a = handling.assign(OFFICER, id, new UserId("kita-officer-2"));
    assertThat(a.assignee()).isEqualTo("kita-officer-2");
    assertThat(a.state()).isEqualTo(SecurityAlerts.State.OPEN);
    assertThat(acts(CITY)).containsExactly("alert.assign " + id + " allow kita-officer");
  }

  @Test
  void anAssignee_mustBeAnActiveOfficerOfTheTenantsController() {
    for (String who :
        List.of("kita-staff", "kita-auditor", "con-officer", "minami-officer", "nobody")) {
      assertThatThrownBy(() -> handling.assign(OFFICER, id, new UserId(who)))
          .as(who)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("user: an alert is assigned to an active security officer of the tenant");
    }
    users.disable("kita-officer-2");
    assertThatThrownBy(() -> handling.assign(OFFICER, id, new UserId("kita-officer-2")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(alerts.get(CITY, id).orElseThrow().assignee()).isNull();
    assertThat(acts(CITY)).isEmpty();
  }

  @Test
  void theOfficer_closesWithAReason_andAClosedAlertIsFinal() {
    clock.advance(Duration.ofMinutes(5));
    Alert a = handling.close(OFFICER, id, "  確認済み: 業務上の一括照会  ");
    assertThat(a.state()).isEqualTo(SecurityAlerts.State.CLOSED);
    assertThat(a.closeReason()).isEqualTo("確認済み: 業務上の一括照会");
    assertThat(a.closedBy()).isEqualTo("kita-officer");
    assertThat(a.closedAt()).isEqualTo(clock.instant());
    assertThatThrownBy(() -> handling.acknowledge(OFFICER, id))
        .isInstanceOf(AlertHandling.Closed.class);
    assertThatThrownBy(() -> handling.assign(OFFICER, id, new UserId("kita-officer-2")))
        .isInstanceOf(AlertHandling.Closed.class);
    assertThatThrownBy(() -> handling.close(OFFICER, id, "again"))
        .isInstanceOf(AlertHandling.Closed.class);
    Alert after = alerts.get(CITY, id).orElseThrow();
    assertThat(after.acknowledgedAt()).isNull();
    assertThat(after.assignee()).isNull();
    assertThat(after.closeReason()).isEqualTo("確認済み: 業務上の一括照会");
    assertThat(acts(CITY)).containsExactly("alert.close " + id + " allow kita-officer");
  }

  @Test
  void aFoundPagesAlert_isNotClosedHere_butWhereItsReportIsDecided() {
    String found =
        raise(CITY, mamori.handover.FoundReports.ALERT_KIND, "A page was reported found outside");
    assertThatThrownBy(() -> handling.close(OFFICER, found, "拾得者に返却を依頼"))
        .isInstanceOf(AlertHandling.DecidedElsewhere.class)
        .hasMessageContaining("/console/found")
        .extracting(e -> ((AlertHandling.DecidedElsewhere) e).where())
        .isEqualTo(AlertHandling.FOUND_DECIDED_AT);
    assertThat(alerts.get(CITY, found).orElseThrow().open()).isTrue();
    assertThat(acts(CITY)).isEmpty();
    // it is still acknowledged and assigned here, and other alerts close as before
    assertThat(handling.acknowledge(OFFICER, found).state())
        .isEqualTo(SecurityAlerts.State.ACKNOWLEDGED);
    assertThat(handling.close(OFFICER, id, "確認済み").open()).isFalse();
  }

  @Test
  void anotherTenantsAlert_isUnknown_andNothingIsLoggedOrChanged() {
    assertThatThrownBy(() -> handling.get(OTHER_OFFICER, id))
        .isInstanceOf(AlertHandling.Unknown.class);
    assertThatThrownBy(() -> handling.acknowledge(OTHER_OFFICER, id))
        .isInstanceOf(AlertHandling.Unknown.class);
    assertThatThrownBy(() -> handling.close(OTHER_OFFICER, id, "not ours"))
        .isInstanceOf(AlertHandling.Unknown.class);
    assertThatThrownBy(() -> handling.assign(OTHER_OFFICER, id, new UserId("minami-officer")))
        .isInstanceOf(AlertHandling.Unknown.class);
    assertThat(handling.list(OTHER_OFFICER, null, null, null, null, 10).alerts()).isEmpty();
    assertThat(alerts.get(CITY, id).orElseThrow().state()).isEqualTo(SecurityAlerts.State.OPEN);
    assertThat(acts(CITY)).isEmpty();
    assertThat(acts(OTHER)).isEmpty();
  }

  @Test
  void theAuditor_reads_butNeitherAcknowledgesNorCloses_andTheRefusalIsLogged() {
    assertThat(handling.get(AUDITOR, id).id()).isEqualTo(id);
    assertThat(handling.list(AUDITOR, null, null, null, null, 10).alerts()).hasSize(1);
    assertThatThrownBy(() -> handling.acknowledge(AUDITOR, id))
        .isInstanceOf(AlertHandling.Refused.class);
    assertThatThrownBy(() -> handling.close(AUDITOR, id, "seen"))
        .isInstanceOf(AlertHandling.Refused.class);
    assertThat(alerts.get(CITY, id).orElseThrow().state()).isEqualTo(SecurityAlerts.State.OPEN);
    assertThat(acts(CITY))
        .containsExactly(
            "alert.acknowledge " + id + " deny:role.not-allowed kita-auditor",
            "alert.close " + id + " deny:role.not-allowed kita-auditor");
  }

  @Test
  void staffAndAContractorsOfficer_neitherReadNorAct() {
    for (var p : List.of(STAFF, CONTRACTOR_OFFICER)) {
      assertThatThrownBy(() -> handling.get(p, id)).isInstanceOf(AlertHandling.Refused.class);
      assertThatThrownBy(() -> handling.list(p, null, null, null, null, 10))
          .isInstanceOf(AlertHandling.Refused.class);
      assertThatThrownBy(() -> handling.acknowledge(p, id))
          .isInstanceOf(AlertHandling.Refused.class);
      assertThat(new AlertHandling.Refused("x").reason().code()).isEqualTo("role.not-allowed");
    }
    assertThat(alerts.get(CITY, id).orElseThrow().state()).isEqualTo(SecurityAlerts.State.OPEN);
  }

  @Test
  void aReason_isOneTo500PrintableCharactersWithoutANumber() {
    String max = "あ".repeat(500);
    assertThat(AlertHandling.checkReason(max)).isEqualTo(max);
    assertThat(AlertHandling.checkReason("x")).isEqualTo("x");
    assertThat(AlertHandling.checkReason("11 digits 12345678901")).endsWith("12345678901");
    for (String bad : List.of("", "   ", "あ".repeat(501), "ok\u0007", "a\nb", "rtl\u202Eevil")) {
      assertThatThrownBy(() -> handling.close(OFFICER, id, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .isNotInstanceOf(NumberText.Held.class)
          .hasMessageStartingWith("reason: ");
    }
    for (String number : List.of("番号 123456789018", "１２３４５６７８９０１８", "1234-5678-9018")) {
      assertThatThrownBy(() -> handling.close(OFFICER, id, number))
          .isInstanceOf(NumberText.Held.class)
          .hasMessageNotContaining("9018");
    }
    assertThat(alerts.get(CITY, id).orElseThrow().open()).isTrue();
    assertThat(acts(CITY)).isEmpty();
  }

  @Test
  void whenTheLogCannotRecord_nothingChanges() {
    logs.forTenant(CITY).close();
    assertThatThrownBy(() -> handling.close(OFFICER, id, "closed while the log is down"))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> handling.acknowledge(OFFICER, id))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> handling.assign(OFFICER, id, new UserId("kita-officer-2")))
        .isInstanceOf(LogUnavailableException.class);
    Alert a = alerts.get(CITY, id).orElseThrow();
    assertThat(a.open()).isTrue();
    assertThat(a.acknowledgedAt()).isNull();
    assertThat(a.assignee()).isNull();
  }

  @Test
  void aListing_filtersAndPagesNewestFirst() {
    clock.advance(Duration.ofSeconds(1));
    String b = raise(CITY, "detect.off-hours", "b");
    clock.advance(Duration.ofSeconds(1));
    String c = alerts.raise(CITY, "signin.locked", "user:x", "locked");
    clock.advance(Duration.ofSeconds(1));
    String d = raise(CITY, "detect.harvesting", "d");
    handling.acknowledge(OFFICER, b);
    handling.close(OFFICER, d, "handled");

    var first = handling.list(OFFICER, null, null, null, null, 2);
    assertThat(first.alerts()).extracting(Alert::id).containsExactly(d, c);
    var second = handling.list(OFFICER, null, null, null, first.next().orElseThrow(), 2);
    assertThat(second.alerts()).extracting(Alert::id).containsExactly(b, id);
    assertThat(second.next()).isEmpty();
    var exact = handling.list(OFFICER, null, null, null, null, 4);
    assertThat(exact.alerts()).hasSize(4);
    assertThat(exact.next()).isEmpty();

    assertThat(ids(SecurityAlerts.State.OPEN, null, null)).containsExactly(c, id);
    assertThat(ids(SecurityAlerts.State.ACKNOWLEDGED, null, null)).containsExactly(b);
    assertThat(ids(SecurityAlerts.State.CLOSED, null, null)).containsExactly(d);
    assertThat(ids(null, Severity.MEDIUM, null)).containsExactly(c);
    assertThat(ids(null, null, "detect.harvesting")).containsExactly(d, id);
    assertThat(ids(SecurityAlerts.State.OPEN, Severity.HIGH, "detect.harvesting"))
        .containsExactly(id);
    assertThatThrownBy(() -> handling.list(OFFICER, null, null, null, null, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> handling.list(OFFICER, null, null, null, null, 501))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(handling.list(OFFICER, null, null, null, null, 500).alerts()).hasSize(4);
  }

  @Test
  void aCursor_roundTrips_andAForgedOneIsRefused() {
    var c = new AlertHandling.Cursor(clock.instant(), "0a1b2c3d4e5f6071");
    assertThat(c.text()).isEqualTo(clock.instant().toEpochMilli() + "-0a1b2c3d4e5f6071");
    assertThat(AlertHandling.Cursor.parse(c.text())).isEqualTo(c);
    for (String bad : List.of("", "abc", "12-", "-ab", "12-XYZ", "1' OR '1'='1", "12-ab-cd")) {
      assertThatThrownBy(() -> AlertHandling.Cursor.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private List<String> ids(SecurityAlerts.State state, Severity severity, String kind) {
    return handling.list(OFFICER, state, severity, kind, null, 50).alerts().stream()
        .map(Alert::id)
        .toList();
  }
}
