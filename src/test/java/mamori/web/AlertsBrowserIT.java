package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import mamori.core.AlertPolicy;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.identity.Credentials;
import mamori.identity.SecurityAlerts;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The security officer's dashboard in a real headless Chromium: an alert raised while it is open
 * (as the detection engine raises one, on another thread) appears without a reload, with its
 * severity, policy and evidence linked to the log; the officer then acknowledges and closes it with
 * a reason on the alerts page. Screenshots under target/browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsBrowserIT {
  ConsoleWorld c;
  Credentials credentials;
  SecurityAlerts alerts;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE, false);
    credentials = c.w.context.getBean(Credentials.class);
    alerts = c.w.context.getBean(SecurityAlerts.class);
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "alert-officer", Role.SECURITY_OFFICER);
    credentials.setPassword("alert-officer", ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor("alert-officer", ConsoleWorld.SECRET);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  String raise(String detail, List<Long> evidence) {
    String[] id = new String[1];
    Thread t =
        Thread.ofPlatform()
            .start(() ->
                id[0] =
                    alerts.raise(
                        ConsoleWorld.CITY,
                        new SecurityAlerts.Raised(
                            "detect.harvesting",
                            "user:con-operator",
                            detail,
                            Severity.CRITICAL,
                            evidence,
                            AlertPolicy.SUSPEND_ENTRUSTMENT,
                            "entrustment e-9 suspended")));
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return id[0];
  }

  @Test
  void anAlertRaisedWhileTheDashboardIsOpen_appearsLive_andIsAcknowledgedAndClosed()
      throws Exception {
    try (Chromium browser = new Chromium("http://localhost:" + c.w.port, "ja")) {
      browser.open("/console/alerts/stream");
      assertThat(browser.path()).isEqualTo("/signin");
      browser.find("#signin");
      browser.type("#user", "alert-officer");
      browser.type("#password", ConsoleWorld.PASSWORD);
      browser.submit("#signin");
      browser.find("#code-form");
      browser.type("#code", Credentials.currentCode(ConsoleWorld.SECRET, Clock.systemUTC()));
      browser.submit("#code-form");
      assertThat(browser.find("h1").getText()).isEqualTo("ダッシュボード");
      WebElement page = browser.driver.findElement(By.tagName("html"));
      new WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
          .until(d -> browser.find("#live-status").getText().startsWith("受信中"));
      assertThat(browser.find("#alerts-none").isDisplayed()).isTrue();
      browser.shot("alerts-01-dashboard-quiet");

      String id = raise("取引先の担当者が300人を順に照会", List.of(12L, 13L, 14L));
      WebElement row = browser.find("#alert-" + id);
      assertThat(row.getText())
          .contains("重大", "user:con-operator", "取引先の担当者が300人を順に照会", "#12", "#14")
          .contains("委託の停止 (entrustment e-9 suspended)");
      assertThat(row.findElement(By.cssSelector("a.evidence")).getAttribute("href"))
          .endsWith("/console/log?before=13");
      assertThat(browser.find("#alerts-none").isDisplayed()).isFalse();
      String second = raise("second <b>markup</b> stays text", List.of());
      assertThat(browser.find("#alert-" + second).getText())
          .contains("second <b>markup</b> stays text");
      assertThat(page.isEnabled()).as("the same document: nothing was reloaded").isTrue();
      assertThat(browser.driver.findElements(By.cssSelector("#live-alerts b"))).isEmpty();
      browser.shot("alerts-02-dashboard-live");

      browser.follow("#alert-" + id + " td a[href*='/console/alerts']");
      assertThat(browser.path()).startsWith("/console/alerts");
      browser.submit("#alert-" + id + " form.acknowledge");
      assertThat(browser.find("#alert-" + id + " td.state").getText())
          .contains("確認済み", "alert-officer が確認");
      browser.type("#alert-" + id + " form.close input[name=reason]", "番号 123456789018");
      browser.submit("#alert-" + id + " form.close");
      assertThat(browser.find("#problem").getText()).contains("個人番号");
      browser.type("#alert-" + id + " form.close input[name=reason]", "業務上の一括照会と確認");
      browser.submit("#alert-" + id + " form.close");
      assertThat(browser.find("#alert-" + id + " td.state").getText())
          .contains("終了", "alert-officer が終了: 業務上の一括照会と確認");
      browser.shot("alerts-03-closed");
      assertThat(alerts.get(ConsoleWorld.CITY, id).orElseThrow().closeReason())
          .isEqualTo("業務上の一括照会と確認");

      browser.open("/console");
      browser.find("#alert-" + second);
      assertThat(browser.driver.findElements(By.id("alert-" + id))).isEmpty();
    }
  }
}
