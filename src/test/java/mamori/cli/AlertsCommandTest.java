package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori alerts ...} on an embedded store, as the signed-in officer, staff or nobody. */
class AlertsCommandTest {
  @TempDir Path temp;
  StoreLocation location;

  String data() {
    return temp.resolve("data").toString();
  }

  @BeforeEach
  void signIn() {
    location = new StoreLocation.Embedded(temp.resolve("data"));
    CliLogin.officer(location, temp, temp, "demo-city");
  }

  String raise(String tenant) {
    try (Store store = Store.open(location)) {
      return new SecurityAlerts(store.dataSource(), Clock.systemUTC())
          .raise(tenant, "detect.harvesting", "user:op-1", "300 persons in order");
    }
  }

  @Test
  void theOfficer_listsAcknowledgesAndCloses_andAClosedAlertIsFinal() {
    String id = raise("demo-city");
    String other = raise("other-city");
    CliRun list = CliRun.of("alerts", "list", "--tenant", "demo-city", "--data", data());
    assertThat(list.exit()).as(list.err()).isZero();
    assertThat(list.out())
        .contains(id, "open", "detect.harvesting", "user:op-1")
        .doesNotContain(other);
    assertThat(CliRun.of("alerts", "acknowledge", id, "--data", data()).out())
        .contains(id, "acknowledged");
    CliRun number =
        CliRun.of("alerts", "close", id, "--reason", "番号 123456789018", "--data", data());
    assertThat(number.exit()).isEqualTo(2);
    assertThat(number.err()).contains("My Number").doesNotContain("123456789018");
    CliRun close = CliRun.of("alerts", "close", id, "--reason", "業務上の照会と確認", "--data", data());
    assertThat(close.exit()).as(close.err()).isZero();
    assertThat(close.out()).contains("state      closed", "業務上の照会と確認");
    CliRun again = CliRun.of("alerts", "acknowledge", id, "--data", data());
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("the alert is closed");
    assertThat(
            CliRun.of(
                    "alerts", "list", "--tenant", "demo-city", "--state", "open", "--data", data())
                .out())
        .contains("no alerts");
    CliRun unknown = CliRun.of("alerts", "show", other, "--data", data());
    assertThat(unknown.exit()).isEqualTo(1);
    assertThat(unknown.err()).contains("no such alert");
    assertThat(CliRun.of("alerts", "list", "--tenant", "other-city", "--data", data()).exit())
        .isEqualTo(2);
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains(id)))
        .anySatisfy(l -> assertThat(l).contains("alert.acknowledge"))
        .anySatisfy(l -> assertThat(l).contains("alert.close"));
  }

  @Test
  void theWebhooksSecret_isPrintedOnce_andStaffMayNotSetIt() {
    CliRun hook =
        CliRun.of(
            "alerts",
            "webhook",
            "--tenant",
            "demo-city",
            "https://siem.example/hook",
            "--data",
            data());
    assertThat(hook.exit()).as(hook.err()).isZero();
    assertThat(hook.out()).containsPattern("whsec_[0-9a-f]{64}");
    assertThat(
            CliRun.of("alerts", "webhook", "--tenant", "demo-city", "ftp://x", "--data", data())
                .exit())
        .isEqualTo(2);
    assertThat(
            CliRun.of(
                    "alerts", "mail", "--tenant", "demo-city", "soc@demo.example", "--data", data())
                .exit())
        .isZero();
    CliLogin.staff(location, temp, temp, "demo-city");
    CliRun staff =
        CliRun.of(
            "alerts",
            "webhook",
            "--tenant",
            "demo-city",
            "https://evil.example/",
            "--data",
            data());
    assertThat(staff.exit()).isEqualTo(2);
    assertThat(staff.err()).contains("role.not-allowed");
    assertThat(CliRun.of("alerts", "list", "--tenant", "demo-city", "--data", data()).exit())
        .isEqualTo(2);
  }
}
