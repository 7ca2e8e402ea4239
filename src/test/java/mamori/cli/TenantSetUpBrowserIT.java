package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import mamori.WebServer;
import mamori.identity.Credentials;
import mamori.log.TransparencyLogs;
import mamori.store.StoreLocation;
import mamori.web.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * A city set up from zero, in a real headless Chromium: {@code mamori tenants add} prints the
 * security officer's one-time address; the officer opens it, chooses a password, sets up an
 * authenticator, signs in, and adds a staff member from the console, who gets an address of their
 * own; the used address no longer opens. Screenshots go to target/browser/4x-*.png.
 */
class TenantSetUpBrowserIT {
  @TempDir Path temp;

  @Test
  void theOfficer_enrolsFromThePrintedAddress_signsIn_andAddsAStaffMember() throws Exception {
    Path data = temp.resolve("data");
    try (var context = WebServer.start(new StoreLocation.Embedded(data), 0)) {
      String base = "http://localhost:" + WebServer.port(context);
      CliRun made =
          CliRun.of(
              "tenants",
              "add",
              "--id",
              "kita-city",
              "--name",
              "北市",
              "--portal-url",
              base,
              "--data",
              data.toString());
      assertThat(made.exit()).as(made.err()).isZero();
      String address =
          made.lines().stream()
              .filter(l -> l.contains("kita-city-officer"))
              .map(l -> l.substring(l.indexOf("http")))
              .findFirst()
              .orElseThrow();
      String password = "北市の長いパスフレーズ 2026";

      try (Chromium browser = new Chromium(base, "ja")) {
        browser.open(address.substring(base.length()));
        assertThat(browser.find("#enrol-user").getText()).isEqualTo("kita-city-officer");
        assertThat(browser.find("#enrol-organisation").getText()).isEqualTo("北市");
        assertThat(browser.find("#enrol-role").getText()).isEqualTo("セキュリティ責任者");
        browser.shot("40-enrol");
        String secret = browser.find("#secret").getText().replace(" ", "");
        browser.type("#password", password);
        browser.type("#again", password);
        // the code of the step before: the sign-in below, with the code of now, is not a replay
        browser.type(
            "#code",
            Credentials.currentCode(
                secret, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30))));
        browser.submit("#enrol-form");
        assertThat(browser.path()).isEqualTo("/signin?enrolled");
        assertThat(browser.find("#notice").getText()).contains("アカウントを設定しました");

        browser.type("#user", "kita-city-officer");
        browser.type("#password", password);
        browser.submit("#signin");
        browser.find("#code-form");
        browser.type("#code", Credentials.currentCode(secret, Clock.systemUTC()));
        browser.submit("#code-form");
        assertThat(browser.path()).isEqualTo("/console");
        browser.shot("41-console");

        browser.open("/console/users");
        browser.type("#add-id", "kita-staff");
        browser.type("#add-name", "北市 職員");
        new Select(browser.find("#add-role")).selectByValue("STAFF");
        browser.submit("#add-user");
        assertThat(browser.find("#enrolment-address").getText())
            .matches(java.util.regex.Pattern.quote(base) + "/enrol/[a-z2-9]{10}-[a-z2-9]{26}");
        assertThat(browser.text()).contains("kita-staff");
        browser.shot("42-added");

        browser.open(address.substring(base.length()));
        assertThat(browser.find("#unusable").getText()).contains("使用済み");
      }

      var log = context.getBean(TransparencyLogs.class).forTenant("kita-city");
      // set up at the server's command line, before anyone of the city exists: cli:<account>
      String setUp =
          mamori.core.UserId.commandLine(System.getProperty("user.name", "unknown")).value();
      assertThat(log.records(0, log.size()).stream().map(r -> r.action() + " " + r.actor()))
          .containsExactly(
              "tenant.create " + setUp,
              "user.enrolment-issue " + setUp,
              "user.enrolment-issue " + setUp,
              "user.enrol kita-city-officer",
              "signin kita-city-officer",
              "user.add kita-city-officer",
              "user.enrolment-issue kita-city-officer");
    }
  }
}
