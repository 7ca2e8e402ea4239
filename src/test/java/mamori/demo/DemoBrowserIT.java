package mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import mamori.WebServer;
import mamori.identity.Credentials;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.StoreLocation;
import mamori.vault.Vault;
import mamori.web.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's demo walk-through, as a newcomer follows it after {@code ./mamori demo}, in a real
 * headless Chromium: the city's security officer approves the subcontractor, the subcontractor's
 * operator works on the first resident, and that resident activates with the letter in
 * demo-credentials.json, registers a passkey, sees the subcontractor's access with its chain and
 * verifies its proof. Screenshots go to target/browser/3x-*.png.
 */
class DemoBrowserIT {
  @TempDir Path temp;

  @Test
  void theDemoStory_fromApprovalToTheResidentsVerifiedProof() throws Exception {
    Path data = temp.resolve("data");
    StringWriter err = new StringWriter();
    DemoTown.prepare(data, 60, new PrintWriter(err));
    try (var context = WebServer.start(new StoreLocation.Embedded(data), 0)) {
      // as mamori demo does: the town is set up first, then its register is imported
      DemoStory demo = DemoStory.found(context, Clock.systemUTC());
      DemoTown.importResidents(context.getBean(Vault.class), data, new PrintWriter(err));
      Path file = DemoStory.tell(demo, context, data, Clock.systemUTC(), new PrintWriter(err));
      var users = DemoCredentials.read(file);
      var letter = DemoCredentials.resident(file);
      assertThat(letter).isNotNull();
      String base = "http://localhost:" + WebServer.port(context);

      try (Chromium browser = new Chromium(base, "ja")) {
        signIn(browser, "city-officer", users.get("city-officer"));
        browser.open("/console/entrustments");
        browser.find("a[href$='/approve']");
        browser.shot("30-demo-officer-chain");
        browser.follow("a[href$='/approve']");
        browser.find("#confirm input[name=confirm]").click();
        browser.submit("#confirm");
        browser.shot("31-demo-approved");
        assertThat(browser.text()).doesNotContain("承認待ち 1");
        browser.follow("#signout");

        signIn(browser, "sub-operator", users.get("sub-operator"));
        assertThat(browser.path()).isEqualTo("/desk");
        browser.follow("[id^=held-] a.button");
        new Select(browser.find("#purpose")).selectByValue(DemoStory.PURPOSE);
        browser.type("#case", "R8-再委託-001");
        browser.submit("#reason");
        browser.follow("#listed a");
        browser.shot("32-demo-subcontractor-works");
        assertThat(browser.text()).doesNotContainPattern("\\d{12}");
      }

      // the counter: the demo resident's own papers pass, the issuance list's page 2 stops the
      // handover until a second staff member acknowledges, and the handover is recorded
      java.util.Map<String, String> codes = codes(data);
      String handover;
      try (Chromium counter = new Chromium(base, "ja");
          Chromium chief = new Chromium(base, "ja")) {
        signIn(counter, "city-staff", users.get("city-staff"));
        counter.open("/counter");
        counter.type("#counter-name", "デモ市役所 本庁舎1階 2番窓口");
        counter.type("#code", codes.get("pickup-notice.pdf 1").toLowerCase(java.util.Locale.ROOT));
        counter.submit("#start");
        handover = counter.find("#handover-id").getText();
        for (int page = 1; codes.containsKey("card-papers.pdf " + page); page++) {
          counter.type("#code", codes.get("card-papers.pdf " + page));
          counter.submit("#scan");
          assertThat(counter.find("#pages li:last-child").getText()).contains("ご本人のもの");
        }
        counter.type("#code", codes.get("issuance-list.pdf 2"));
        counter.submit("#scan");
        assertThat(counter.find("#stop-heading").getText()).contains("止めてください");
        assertThat(counter.find("#stop-title").getText()).isEqualTo("カード発行一覧表");
        counter.shot("34-demo-counter-stop");

        // the officer signed in a moment ago, and a code is good once: the admin is the second
        signIn(chief, "city-admin", users.get("city-admin"));
        chief.open("/counter");
        chief.follow("#stopped-" + handover + " a");
        chief.submit("#acknowledge");

        counter.open("/counter/" + handover);
        counter.submit("#finish");
        assertThat(counter.find("#state").getText()).isEqualTo("交付済み");
        counter.shot("35-demo-counter-handed");
      }
      // the list's page 2 never came back: from the next morning it is on the officer's list
      var unaccounted =
          context
              .getBean(mamori.handover.Returns.class)
              .unaccounted(
                  new mamori.core.TenantId(DemoStory.TENANT),
                  java.time.Instant.now().plus(Duration.ofDays(1)),
                  10)
              .pages();
      assertThat(unaccounted).singleElement().satisfies(u -> assertThat(u.page()).isEqualTo(2));

      TenantLog log = context.getBean(TransparencyLogs.class).forTenant(DemoStory.TENANT);
      long size = log.size();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() ->
              log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));

      try (Chromium resident = new Chromium(base, "ja")) {
        resident.addPasskeyAuthenticator();
        resident.driver.get(letter.activate());
        resident.type("#letter", letter.letter());
        resident.type("#code", letter.code());
        resident.submit("#activate");
        resident.submit("#passkey-register");
        WebElement row =
            resident.find("#history").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("再委託株式会社"))
                .findFirst()
                .orElseThrow();
        assertThat(row.getText()).contains("デモ市 → 入力株式会社 → 再委託株式会社", "閲覧");
        row.findElement(By.cssSelector("td.verify button")).click();
        WebElement result = row.findElement(By.cssSelector("td.verify [aria-live]"));
        new WebDriverWait(resident.driver, Duration.ofSeconds(10))
            .until(d -> !result.getText().isEmpty());
        assertThat(result.getText()).startsWith("確認できました");
        resident.shot("33-demo-resident-verified");
        assertThat(resident.find("#history").getText())
            .contains("デモ市役所 本庁舎1階 2番窓口", "枚の書類をお渡ししました");
      }
    }
  }

  /** The demo's printed codes by "file page" ({@code card-papers.pdf 1}), from its codes file. */
  static java.util.Map<String, String> codes(Path data) throws java.io.IOException {
    java.util.Map<String, String> codes = new java.util.HashMap<>();
    for (String line :
        java.nio.file.Files.readAllLines(
            data.resolve(DemoHandover.FOLDER).resolve(DemoHandover.CODES))) {
      String[] parts = line.split("\\s+");
      if (parts.length >= 4 && parts[1].equals("page")) {
        codes.put(parts[0] + " " + parts[2].substring(0, parts[2].indexOf('/')), parts[3]);
      }
    }
    return codes;
  }

  static void signIn(Chromium browser, String user, DemoCredentials.Entry entry) {
    browser.open("/signin");
    browser.type("#user", user);
    browser.type("#password", entry.password());
    browser.submit("#signin");
    browser.find("#code-form");
    browser.type("#code", Credentials.currentCode(entry.totpSecret(), Clock.systemUTC()));
    browser.submit("#code-form");
    browser.find("h1");
  }
}
