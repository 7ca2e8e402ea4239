package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori settings ...} on an embedded store. */
class SettingsCommandTest {
  @TempDir Path temp;

  String data() {
    return temp.resolve("data").toString();
  }

  /** Settings are set by the tenant's own security officer, signed in through mamori login. */
  @org.junit.jupiter.api.BeforeEach
  void signIn() {
    CliLogin.officer(
        new mamori.store.StoreLocation.Embedded(temp.resolve("data")), temp, temp, "demo-city");
  }

  @Test
  void set_byStaffOrByNoOne_isRefused_andTheOfficersChangeIsLoggedFirst() {
    CliLogin.useSessionIn(temp.resolve("nowhere"));
    CliRun nobody =
        CliRun.of(
            "settings", "set", "--tenant", "demo-city", "staff.daily-reads", "5", "--data", data());
    assertThat(nobody.exit()).isEqualTo(2);
    assertThat(nobody.err()).contains("sign in first");
    CliLogin.staff(
        new mamori.store.StoreLocation.Embedded(temp.resolve("data")), temp, temp, "demo-city");
    CliRun staff =
        CliRun.of(
            "settings", "set", "--tenant", "demo-city", "staff.daily-reads", "5", "--data", data());
    assertThat(staff.exit()).isEqualTo(2);
    assertThat(staff.err()).contains("role.not-allowed");
    assertThat(CliRun.of("settings", "show", "--tenant", "demo-city", "--data", data()).lines())
        .contains("staff.daily-reads 1000");
    CliLogin.officer(
        new mamori.store.StoreLocation.Embedded(temp.resolve("data")), temp, temp, "demo-city");
    assertThat(
            CliRun.of(
                    "settings",
                    "set",
                    "--tenant",
                    "demo-city",
                    "staff.daily-reads",
                    "5",
                    "--data",
                    data())
                .exit())
        .isZero();
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("setting.set")))
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("staff-1", "role.not-allowed"))
        .anySatisfy(l -> assertThat(l).contains("officer-1", "staff.daily-reads=5"));
  }

  @Test
  void show_givesTheDefaults_thenWhatWasSet() {
    CliRun before = CliRun.of("settings", "show", "--tenant", "demo-city", "--data", data());
    assertThat(before.exit()).isEqualTo(0);
    assertThat(before.lines())
        .startsWith("staff.daily-reads 1000", "staff.alert-reads 200")
        .contains("detect.harvesting.policy suspend-entrustment", "detect.refusals.actor 10")
        .contains("work.quota.hourly 300", "work.quota.daily 2000", "work.warn-days 5")
        .contains("transfer.release-url (unset)")
        .hasSize(
            2
                + mamori.detect.DetectSettings.DEFAULTS.size()
                + mamori.work.WorkSettings.NAMES.size()
                + mamori.transfer.TransferSettings.NAMES.size());

    CliRun set =
        CliRun.of(
            "settings",
            "set",
            "--tenant",
            "demo-city",
            "staff.daily-reads",
            "300",
            "--data",
            data());
    assertThat(set.exit()).isEqualTo(0);
    assertThat(set.err()).contains("staff.daily-reads of demo-city set to 300");

    CliRun detect =
        CliRun.of(
            "settings",
            "set",
            "--tenant",
            "demo-city",
            "detect.harvesting.persons",
            "40",
            "--data",
            data());
    assertThat(detect.exit()).as(detect.err()).isEqualTo(0);

    CliRun release =
        CliRun.of(
            "settings",
            "set",
            "--tenant",
            "demo-city",
            "transfer.release-url",
            "https://mamori.demo-city.example/",
            "--data",
            data());
    assertThat(release.exit()).as(release.err()).isEqualTo(0);

    assertThat(CliRun.of("settings", "show", "--tenant", "demo-city", "--data", data()).lines())
        .startsWith("staff.daily-reads 300", "staff.alert-reads 200")
        .contains("detect.harvesting.persons 40")
        .contains("transfer.release-url https://mamori.demo-city.example");
    assertThat(CliRun.of("settings", "show", "--tenant", "other-city", "--data", data()).lines())
        .as("a setting is the tenant's own")
        .startsWith("staff.daily-reads 1000", "staff.alert-reads 200")
        .contains("detect.harvesting.persons 100");
  }

  @Test
  void anUnknownNameOrABadValue_isAUsageError_andChangesNothing() {
    for (String[] bad :
        new String[][] {
          {"staff.daily-read", "5"},
          {"staff.daily-reads", "0"},
          {"staff.daily-reads", "-3"},
          {"staff.daily-reads", "1000001"},
          {"staff.daily-reads", "１０"},
          {"staff.alert-reads", "many"},
          {"staff.alert-reads", "5\n"},
          {"detect.harvesting.persons", "1"},
          {"detect.harvesting.policy", "ban"},
          {"detect.volume.nothing", "3"},
          {"transfer.release-url", "http://mamori.example"},
          {"transfer.release-url", "https://mamori.example/?x=1"},
          {"transfer.release-url", "ftp://mamori.example"}
        }) {
      CliRun run =
          CliRun.of("settings", "set", "--tenant", "demo-city", bad[0], bad[1], "--data", data());
      assertThat(run.exit()).as(String.join(" ", bad)).isEqualTo(2);
      assertThat(run.err())
          .containsAnyOf(
              "no such setting",
              "whole number from 1 to 1000000",
              "no such detection setting",
              "detect.harvesting.persons is a whole number from 2 to 1000000",
              "detect.harvesting.policy is notify, suspend-entrustment or suspend-user",
              "transfer.release-url is an https:// address");
    }
    CliRun badTenant = CliRun.of("settings", "show", "--tenant", "Demo City", "--data", data());
    assertThat(badTenant.exit()).isEqualTo(2);
    assertThat(CliRun.of("settings", "show", "--tenant", "demo-city", "--data", data()).lines())
        .startsWith("staff.daily-reads 1000", "staff.alert-reads 200")
        .contains("detect.harvesting.persons 100", "detect.harvesting.policy suspend-entrustment");
  }
}
