package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import mamori.access.AccessGate;
import mamori.core.Role;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Caller;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.TenantLog;
import mamori.portal.ResidentLetters;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * The resident's story in a real headless Chromium with a virtual passkey authenticator: the city
 * approves the subcontractor, the subcontractor reads the resident's record, the resident activates
 * with the letter's code, registers a passkey, sees the subcontractor's access with its chain,
 * verifies its proof in the browser, flags it to the security officer, signs out and signs back in
 * with the passkey.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {
  ConsoleWorld c;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE, false);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @Test
  void aResidentWhoTypesTheirMyNumberForTheLetterNumber_neverGetsItBack() throws Exception {
    String d = ConsoleWorld.DIGITS;
    try (Chromium browser = new Chromium("http://localhost:" + c.w.port, "ja")) {
      for (String typed :
          List.of(d, d.substring(0, 4) + " " + d.substring(4, 8) + " " + d.substring(8), wide(d))) {
        browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
        browser.type("#letter", typed);
        browser.type("#code", "ABCD-EFGH-JKMN-PQRS");
        browser.submit("#activate");
        assertThat(browser.find("#error").getText()).contains("マイナンバー");
        assertThat(browser.find("#letter").getAttribute("value")).isEmpty();
        assertThat(mamori.core.NumberText.holdsNumber(browser.driver.getPageSource()))
            .as("the page holds the number typed")
            .isFalse();
      }
    }
  }

  private static String wide(String digits) {
    StringBuilder b = new StringBuilder();
    digits.chars().forEach(ch -> b.append((char) ('\uFF10' + (ch - '0'))));
    return b.toString();
  }

  @Test
  void aResident_activates_seesTheSubcontractorsAccess_verifiesIt_andFlagsIt() throws Exception {
    AccessGate gate = c.w.context.getBean(AccessGate.class);
    AgencyToken person =
        gate.findByNumber(
                c.principal("city-staff"),
                new Why(ConsoleWorld.PURPOSE, "letters"),
                ConsoleWorld.NUMBER)
            .orElseThrow();
    c.w.entrustments.approve(
        c.child.id(),
        new Caller("city-security-officer", ConsoleWorld.CITY, Role.SECURITY_OFFICER));
    Principal sub = c.principal("sub-operator");
    for (AgencyToken theirs : gate.persons(sub, new Why(ConsoleWorld.PURPOSE, "再委託-1"), 100)) {
      gate.read(sub, theirs, new Why(ConsoleWorld.PURPOSE, "再委託-1"), java.util.Map.of());
    }
    TenantLog log = c.log(ConsoleWorld.CITY);
    long size = log.size();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));
    ResidentLetters.Letter letter =
        c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, person.value());

    try (Chromium browser = new Chromium("http://localhost:" + c.w.port, "ja")) {
      VirtualAuthenticator authenticator = browser.addPasskeyAuthenticator();
      browser.open("/portal");
      browser.shot("20-portal");
      browser.follow("#activate-link");
      browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
      browser.type("#letter", letter.letterNumber());
      browser.type("#code", "1111-1111-1111-1111");
      browser.submit("#activate");
      assertThat(browser.find("#error").getText()).contains("入力に誤り");
      browser.type("#code", letter.code().toLowerCase());
      browser.shot("21-activate");
      browser.submit("#activate");
      browser.find("#passkey-register");
      browser.shot("22-passkey");
      browser.type("#label", "わたしのスマートフォン");
      browser.submit("#passkey-register");
      WebElement table = browser.find("#history");
      assertThat(browser.path()).isEqualTo("/portal/history");
      assertThat(browser.find("#own-views").getText())
          .as("this viewing, logged before the read")
          .contains("1 回");
      assertThat(table.getText()).doesNotContain("アクセス履歴の表示");
      WebElement row =
          table.findElements(By.cssSelector("tbody tr")).stream()
              .filter(r -> r.getText().contains(ConsoleWorld.SUB))
              .findFirst()
              .orElseThrow();
      assertThat(row.getText())
          .contains(
              ConsoleWorld.CITY + " → " + ConsoleWorld.CON + " → " + ConsoleWorld.SUB,
              "個人住民税の賦課",
              "閲覧",
              "氏");
      row.findElement(By.cssSelector("td.verify button")).click();
      WebElement result = row.findElement(By.cssSelector("td.verify [aria-live]"));
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> !result.getText().isEmpty());
      assertThat(result.getText()).startsWith("確認できました");
      browser.shot("23-history-verified");
      String id = row.getAttribute("id");
      row.findElement(By.cssSelector("form button")).click();
      assertThat(browser.find("#flagged").getText()).contains("セキュリティ責任者に伝えました");
      assertThat(c.w.context.getBean(SecurityAlerts.class).list(ConsoleWorld.CITY, 50))
          .anyMatch(a ->
              a.kind().equals("access.flagged")
                  && a.subject().equals("log:" + id.substring("entry-".length())));
      browser.follow("#signout");
      browser.follow("#passkey-signin button");
      browser.find("#history");
      assertThat(browser.path()).isEqualTo("/portal/history");
      browser.shot("24-signed-in-again");
      // another person's log entry (index 0 is the first resident the city registered) cannot be
      // flagged,
      // and the session cookie opens no API call
      String fetch =
          "const done = arguments[arguments.length - 1];"
              + "const t = document.querySelector('meta[name=_csrf]').content;"
              + "const h = document.querySelector('meta[name=_csrf_header]').content;"
              + "fetch(arguments[0], {method: arguments[1], headers: {[h]: t}}).then(r => done(r.status));";
      assertThat(browser.driver.executeAsyncScript(fetch, "/portal/history/0/flag", "POST"))
          .isEqualTo(404L);
      assertThat(
              browser.driver.executeAsyncScript(
                  fetch,
                  "/api/v1/persons/" + person.value() + "/accesses?purpose=resident-tax&case=x",
                  "GET"))
          .as("a resident session opens no API call")
          .isEqualTo(403L);
      List<String> others =
          browser.driver.findElements(By.cssSelector("tbody tr")).stream()
              .map(WebElement::getText)
              .filter(t -> t.contains("other"))
              .toList();
      assertThat(others).isEmpty();
      // a new letter (a lost phone): activating it changes nothing until its passkey is made
      ResidentLetters.Letter second =
          c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, person.value());
      String resident = residentOf(person.value());
      List<String> before = passkeysOf(resident);
      assertThat(before).hasSize(1);
      signOut(browser);
      activate(browser, second);
      browser.open("/portal");
      browser.find("#passkey-signin button").click();
      browser.find("#history");
      assertThat(browser.path())
          .as("an activation whose passkey was never made leaves the earlier passkey working")
          .isEqualTo("/portal/history");
      assertThat(passkeysOf(resident)).isEqualTo(before);
      signOut(browser);
      authenticator.removeAllCredentials(); // the phone is lost now: a new one registers
      activate(browser, second);
      browser.type("#label", "新しいスマートフォン");
      browser.submit("#passkey-register");
      browser.find("#history");
      assertThat(browser.path())
          .as("the letter was still good: it is used up only now")
          .isEqualTo("/portal/history");
      assertThat(passkeysOf(resident))
          .as("the earlier passkey goes once the new one is registered")
          .hasSize(1)
          .doesNotContainAnyElementsOf(before);
      signOut(browser);
      browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
      browser.type("#letter", second.letterNumber());
      browser.type("#code", second.code());
      browser.submit("#activate");
      assertThat(browser.find("#error").isDisplayed()).as("used up").isTrue();
      // a cloned passkey: its signature counter did not go up since its last use (though above the
      // one at registration), and the sign-in is refused and alerted
      for (int i = 0; i < 2; i++) {
        browser.open("/portal");
        browser.find("#passkey-signin button").click();
        browser.find("#history");
        signOut(browser);
      }
      List<String> registered = passkeysOf(resident);
      Credential kept =
          authenticator.getCredentials().stream()
              .filter(k -> registered.contains(java.util.HexFormat.of().formatHex(k.getId())))
              .findFirst()
              .orElseThrow();
      assertThat(kept.getSignCount()).as("the authenticator counts").isPositive();
      authenticator.removeAllCredentials();
      authenticator.addCredential(
          Credential.createResidentCredential(
              kept.getId(), kept.getRpId(), kept.getPrivateKey(), kept.getUserHandle(), 0));
      browser.open("/portal");
      browser.find("#passkey-signin button").click();
      WebElement refused = browser.find("#passkey-signin [aria-live]");
      new WebDriverWait(browser.driver, Duration.ofSeconds(10))
          .until(d -> refused.getText().contains("使えませんでした"));
      assertThat(browser.path()).isEqualTo("/portal");
      assertThat(c.w.context.getBean(SecurityAlerts.class).list(ConsoleWorld.CITY, 50))
          .anyMatch(a ->
              a.kind().equals("passkey.counter") && a.subject().equals("resident:" + resident));
    }
  }

  private static void signOut(Chromium browser) {
    browser.follow("#signout");
    // signed out: the sign-out's redirect has landed before the next page is opened
    browser.find("#notice");
  }

  private static void activate(Chromium browser, ResidentLetters.Letter letter) {
    browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
    browser.type("#letter", letter.letterNumber());
    browser.type("#code", letter.code());
    browser.submit("#activate");
    browser.find("#passkey-register");
  }

  private String residentOf(String personToken) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(
            c.w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("SELECT resident_id FROM resident_account WHERE person_token = ?")
        .param(personToken)
        .query(String.class)
        .single();
  }

  /** The ids of a resident's passkeys, hex. */
  private List<String> passkeysOf(String residentId) {
    return org.springframework.jdbc.core.simple.JdbcClient.create(
            c.w.context.getBean(mamori.store.Store.class).dataSource())
        .sql(
            "SELECT c.credential_id FROM passkey_credential c JOIN passkey_user u"
                + " ON u.user_handle = c.user_handle WHERE u.owner_id = ?")
        .param(residentId)
        .query((rs, n) -> java.util.HexFormat.of().formatHex(rs.getBytes(1)))
        .list();
  }
}
