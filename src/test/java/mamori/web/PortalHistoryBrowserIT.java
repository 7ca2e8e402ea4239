package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.access.PersonAccesses;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
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

/**
 * The resident's history after a flood, in a real headless Chromium: the staff read the record 60
 * times, a contractor's operator reads it once and is then refused 2,010 times; the resident signs
 * in with a passkey and finds the flood as one row with its count, pages back to the registration
 * with the page's links, verifies a row of each page against the page's one checkpoint, and opens
 * the folded row's refusals one by one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalHistoryBrowserIT {
  static final int STAFF_READS = 60;
  static final int FLOOD = 2_010;
  static final int FLOOD_THROUGH_GATE = 25;
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
  void aFloodedHistory_showsTheFloodAsOneRow_andPagesBackToTheRegistration() throws Exception {
    AccessGate gate = c.w.context.getBean(AccessGate.class);
    Why why = new Why(ConsoleWorld.PURPOSE, "2026-0042");
    Principal operator = c.principal("con-operator");
    AgencyToken theirs = gate.persons(operator, why, 1).getFirst();
    Map<Field, Mask> outOfScope = Map.of(Field.BIRTH_DATE, Mask.NONE);
    gate.read(operator, theirs, why, Map.of(Field.FAMILY_NAME, Mask.NONE));
    String person = c.last(ConsoleWorld.CITY).personToken();
    Principal staff = c.principal("city-staff");
    for (int i = 0; i < STAFF_READS; i++) {
      gate.read(staff, new AgencyToken(person), why, Map.of());
    }
    for (int i = 0; i < FLOOD_THROUGH_GATE; i++) {
      assertThatThrownBy(() -> gate.read(operator, theirs, why, outOfScope))
          .isInstanceOf(AccessException.class);
    }
    AccessRecord template = c.last(ConsoleWorld.CITY);
    Attempt same =
        new Attempt(
            new Who(
                new UserId(template.actor()),
                new OrganisationId(template.organisation()),
                new TenantId(ConsoleWorld.CITY)),
            template.chain(),
            template.why().orElseThrow(),
            Action.READ,
            Optional.of(new PersonToken(person)),
            Set.of(Field.BIRTH_DATE),
            template.time());
    List<AccessRecord> rest = new ArrayList<>();
    for (int i = FLOOD_THROUGH_GATE; i < FLOOD; i++) {
      rest.add(AccessRecord.of(same, Outcome.denied(Reason.FIELD_OUT_OF_SCOPE)));
    }
    TenantLog log = c.log(ConsoleWorld.CITY);
    log.appendAll(rest);
    long size = log.size();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));
    ResidentLetters.Letter letter =
        c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, person);

    try (Chromium browser = new Chromium("http://localhost:" + c.w.port, "ja")) {
      browser.addPasskeyAuthenticator();
      browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
      browser.type("#letter", letter.letterNumber());
      browser.type("#code", letter.code());
      browser.submit("#activate");
      browser.type("#label", "わたしのスマートフォン");
      browser.submit("#passkey-register");
      WebElement table = browser.find("#history");
      assertThat(browser.path()).isEqualTo("/portal/history");
      List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
      assertThat(rows).hasSizeLessThanOrEqualTo(PersonAccesses.DEFAULT_PAGE);
      WebElement flood =
          rows.stream()
              .filter(r -> !r.findElements(By.cssSelector(".folded")).isEmpty())
              .findFirst()
              .orElseThrow();
      assertThat(flood.getText()).contains("2,010 回拒否されました", ConsoleWorld.CON);
      assertThat(rows).filteredOn(r -> r.getText().contains("回拒否されました")).hasSize(1);
      assertThat(browser.driver.findElements(By.cssSelector("#newest"))).isEmpty();
      verify(flood);
      browser.shot("30-history-flood-folded");

      // the staff's 60 reads fill the rest of the first page; the registration is one page back
      assertThat(table.getText()).doesNotContain("登録");
      browser.follow("#older");
      assertThat(browser.path()).startsWith("/portal/history?before=");
      WebElement older = browser.find("#history");
      WebElement registration =
          older.findElements(By.cssSelector("tbody tr")).stream()
              .filter(r -> r.getText().contains("登録"))
              .findFirst()
              .orElseThrow();
      verify(registration);
      assertThat(browser.find("#newer").getAttribute("href")).contains("after=");
      assertThat(browser.find("#newest").getAttribute("href")).endsWith("/portal/history");
      browser.shot("31-history-older-page");
      browser.follow("#newer");
      assertThat(browser.find("#history").getText()).contains("2,010 回拒否されました");

      // the folded row opens as its refusals, one per row
      browser.follow("#history tbody tr:has(.folded) a.each");
      assertThat(browser.path()).contains("fold=false");
      List<WebElement> each = browser.find("#history").findElements(By.cssSelector("tbody tr"));
      assertThat(each).hasSize(PersonAccesses.DEFAULT_PAGE);
      assertThat(each).allSatisfy(r -> assertThat(r.getAttribute("class")).contains("denied"));
      assertThat(browser.driver.findElements(By.cssSelector(".folded"))).isEmpty();
      assertThat(browser.find("#older").getAttribute("href")).contains("fold=false");
      browser.shot("32-history-unfolded");
    }
  }

  /** Presses the row's "確認" and waits for the browser's own verification to succeed. */
  private static void verify(WebElement row) {
    row.findElement(By.cssSelector("td.verify button")).click();
    WebElement result = row.findElement(By.cssSelector("td.verify [aria-live]"));
    new WebDriverWait(
            ((org.openqa.selenium.WrapsDriver) row).getWrappedDriver(), Duration.ofSeconds(10))
        .until(d -> !result.getText().isEmpty());
    assertThat(result.getText()).startsWith("確認できました");
  }
}
