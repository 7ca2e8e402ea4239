package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.identity.Credentials;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages in a real headless Chromium against the running service: sign-in with a TOTP code and
 * with first-time enrolment, a reveal with purpose and case, an approval, and a contractor's
 * limited view. Each test signs in a different user (a code is accepted once) and saves screenshots
 * under target/browser.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  ConsoleWorld c;
  Credentials credentials;
  Chromium browser;

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE, false);
    credentials = c.w.context.getBean(Credentials.class);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @BeforeEach
  void openBrowser() throws Exception {
    browser = new Chromium("http://localhost:" + c.w.port, "ja");
  }

  @AfterEach
  void closeBrowser() throws Exception {
    browser.close();
  }

  void signIn(String user, String secret, String shot) throws Exception {
    browser.open("/signin");
    browser.type("#user", user);
    browser.type("#password", ConsoleWorld.PASSWORD);
    browser.submit("#signin");
    browser.find("#code-form");
    browser.shot(shot + "-code");
    browser.type("#code", Credentials.currentCode(secret, Clock.systemUTC()));
    browser.submit("#code-form");
  }

  /** A city user with a password and the world's authenticator secret, for a test of its own. */
  void enrolled(String id, Role role) {
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, id, role);
    credentials.setPassword(id, ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor(id, ConsoleWorld.SECRET);
  }

  @Test
  void signInWithTotp_opensTheDashboard_withAStrictSessionCookie() throws Exception {
    browser.open("/console");
    assertThat(browser.path()).isEqualTo("/signin");
    browser.find("#signin");
    browser.shot("01-signin");
    browser.type("#user", "city-security-officer");
    browser.type("#password", "not the password");
    browser.submit("#signin");
    assertThat(browser.find("#error").getText()).contains("ユーザーIDまたはパスワードが違います");
    signIn("city-security-officer", ConsoleWorld.SECRET, "02-signin");
    assertThat(browser.find("h1").getText()).isEqualTo("ダッシュボード");
    assertThat(browser.path()).isEqualTo("/console");
    browser.shot("03-dashboard");
    Cookie session = browser.driver.manage().getCookieNamed("MAMORI_SESSION");
    assertThat(session).isNotNull();
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Strict");
    browser.follow("#lang-switch-en, a[hreflang=en]");
    assertThat(browser.find("h1").getText()).isEqualTo("Dashboard");
    browser.follow("#signout");
    assertThat(browser.find("#notice").getText()).contains("signed out");
    browser.open("/console");
    assertThat(browser.path()).isEqualTo("/signin");
  }

  @Test
  void firstSignIn_enrolsTheAuthenticatorFromThePage() throws Exception {
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "new-clerk", Role.STAFF);
    credentials.setPassword("new-clerk", ConsoleWorld.PASSWORD.toCharArray());
    browser.open("/signin");
    browser.type("#user", "new-clerk");
    browser.type("#password", ConsoleWorld.PASSWORD);
    browser.submit("#signin");
    String secret = browser.find("#secret").getText().replace(" ", "");
    assertThat(browser.find("img.qr").getAttribute("naturalWidth")).isNotEqualTo("0");
    browser.shot("04-enrol");
    browser.type("#code", Credentials.currentCode(secret, Clock.systemUTC()));
    browser.submit("#enrol-form");
    assertThat(browser.find("h1").getText()).isEqualTo("ダッシュボード");
  }

  @Test
  void aRevealWithPurposeAndCase_showsTheFields_andIsLogged() throws Exception {
    signIn("city-staff", ConsoleWorld.SECRET, "05-staff");
    browser.open("/console/persons");
    new Select(browser.find("#purpose")).selectByValue(ConsoleWorld.PURPOSE);
    browser.type("#case", "R8-税-0042");
    browser.type("#number", ConsoleWorld.typed(ConsoleWorld.DIGITS));
    browser.submit("#search");
    browser.follow("#results a");
    assertThat(browser.find("#fields").getText()).doesNotContain(ConsoleWorld.DIGITS);
    browser.shot("06-person-masked");
    long before = c.log(ConsoleWorld.CITY).size();
    browser.submit("#reveal");
    String fields = browser.find("#fields").getText();
    assertThat(fields).contains(ConsoleWorld.SCRIPT).as("markup is shown as text");
    assertThat(browser.driver.findElements(By.tagName("script"))).isEmpty();
    browser.shot("07-person-revealed");
    assertThat(c.log(ConsoleWorld.CITY).size()).isGreaterThan(before);
    assertThat(c.last(ConsoleWorld.CITY).caseRef()).isEqualTo("R8-税-0042");
  }

  @Test
  void anApproval_isConfirmed_andTheChainShowsIt() throws Exception {
    Entrustment requested = c.requested();
    enrolled("officer-2", Role.SECURITY_OFFICER);
    signIn("officer-2", ConsoleWorld.SECRET, "08-officer");
    browser.open("/console/entrustments");
    browser.follow("#node-" + requested.id() + " a[href$='/approve']");
    browser.shot("09-approve-confirm");
    browser.find("#confirm input[name=confirm]").click();
    browser.submit("#confirm");
    assertThat(browser.find("#node-" + requested.id()).getText()).contains("有効", "officer-2");
    browser.shot("10-approved");
    assertThat(
            c.w.entrustments.entrustment(ConsoleWorld.CITY, requested.id()).orElseThrow().status())
        .isEqualTo(Entrustment.Status.ACTIVE);
  }

  @Test
  void aGrantOfTheClearNumber_isRequested_andItsRequesterCannotApproveIt() throws Exception {
    enrolled("officer-3", Role.SECURITY_OFFICER);
    enrolled("officer-4", Role.SECURITY_OFFICER);
    Entrustment requested =
        c.w.entrustments.create(
            null,
            ConsoleWorld.CON,
            c.w.contractFor(ConsoleWorld.CON),
            GateWorld.scope(
                GateWorld.fields(
                    mamori.core.Field.MY_NUMBER,
                    mamori.core.Mask.NONE,
                    mamori.core.Field.BANK_ACCOUNT,
                    mamori.core.Mask.NONE),
                GateWorld.TODAY,
                5),
            new mamori.entrustment.Caller("officer-3", ConsoleWorld.CITY, Role.SECURITY_OFFICER));
    assertThat(requested.status()).isEqualTo(Entrustment.Status.REQUESTED);
    signIn("officer-3", ConsoleWorld.SECRET, "26-own-request");
    browser.open("/console/entrustments");
    browser.follow("#node-" + requested.id() + " a[href$='/approve']");
    browser.find("#confirm input[name=confirm]").click();
    browser.submit("#confirm");
    assertThat(browser.find("#refusal").getText()).contains("申請した本人");
    browser.shot("26-own-request-refused");
    assertThat(
            c.w.entrustments.entrustment(ConsoleWorld.CITY, requested.id()).orElseThrow().status())
        .isEqualTo(Entrustment.Status.REQUESTED);
    browser.driver.manage().deleteAllCookies();
    signIn("officer-4", ConsoleWorld.SECRET, "27-second-officer");
    browser.open("/console/entrustments");
    browser.follow("#node-" + requested.id() + " a[href$='/approve']");
    browser.find("#confirm input[name=confirm]").click();
    browser.submit("#confirm");
    assertThat(browser.find("#node-" + requested.id()).getText()).contains("有効", "officer-4");
  }

  @Test
  void aContractorOperator_seesOnlyTheirEntrustmentsAndFields_andNoDownload() throws Exception {
    signIn("con-operator", ConsoleWorld.SECRET, "11-contractor");
    assertThat(browser.path()).isEqualTo("/desk");
    String desk = browser.text();
    assertThat(desk).contains(ConsoleWorld.CON).doesNotContain(ConsoleWorld.OTHER);
    browser.shot("12-desk");
    browser.follow("#held-" + c.parent.id() + " a.button");
    new Select(browser.find("#purpose")).selectByValue(ConsoleWorld.PURPOSE);
    browser.type("#case", "入力-7");
    browser.submit("#reason");
    browser.follow("#listed a");
    String person = browser.text();
    assertThat(person).doesNotContain(ConsoleWorld.DIGITS);
    List<String> links =
        browser.driver.findElements(By.cssSelector("a[download], a[href$='.csv']")).stream()
            .map(e -> e.getAttribute("href"))
            .toList();
    assertThat(links).isEmpty();
    browser.shot("13-desk-person");
    browser.open("/console");
    assertThat(browser.text()).contains("このページを開く権限がありません");
  }

  @Test
  void aPasskey_addedFromTheAccountPage_takesThePlaceOfTheCode() throws Exception {
    enrolled("passkey-clerk", Role.STAFF);
    browser.addPasskeyAuthenticator();
    signIn("passkey-clerk", ConsoleWorld.SECRET, "14-passkey-clerk");
    browser.follow("#account-link");
    assertThat(browser.find("#passkey-count").getText()).contains("0");
    browser.type("#passkey-label", "職員PC");
    browser.submit("#passkey-register");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> browser.path().startsWith("/account?passkey"));
    assertThat(browser.find("#passkey-count").getText()).contains("1");
    browser.shot("15-account-passkey");
    browser.follow("#signout");
    browser.open("/signin");
    browser.type("#user", "passkey-clerk");
    browser.type("#password", ConsoleWorld.PASSWORD);
    browser.submit("#signin");
    browser.follow("#passkey-factor button");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(10))
        .until(d -> browser.path().equals("/console"));
    assertThat(browser.find("h1").getText()).isEqualTo("ダッシュボード");
    assertThat(browser.path()).isEqualTo("/console");
  }

  /**
   * Issue 14: the officer uploads the signed contract through the page (a real multipart form with
   * its CSRF token) and sets the staff list; both are in the log.
   */
  @Test
  void theOfficer_uploadsTheContract_andSetsTheStaffList_onTheContractPage() throws Exception {
    enrolled("officer-9", Role.SECURITY_OFFICER);
    Entrustment e = c.fresh();
    java.nio.file.Path pdf = java.nio.file.Files.createTempFile("contract", ".pdf");
    java.nio.file.Files.writeString(pdf, "%PDF-1.4\nsigned\n%%EOF\n");
    signIn("officer-9", ConsoleWorld.SECRET, "30-contract");
    browser.open("/console/entrustments/" + e.id() + "/contract");
    browser.find("#no-versions");
    browser.find("#file").sendKeys(pdf.toString());
    browser.submit("#contract-form");
    assertThat(browser.find("#done").getText()).contains("契約書を登録しました");
    assertThat(browser.find("#versions").getText()).contains("officer-9");
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("entrustment.contract-upload");
    browser.type("#staff", "con-operator");
    browser.submit("#staff-form");
    assertThat(browser.find("#done").getText()).contains("従事者名簿を変更しました");
    assertThat(browser.find("#staff-list").getText()).isEqualTo("con-operator");
    assertThat(c.last(ConsoleWorld.CITY).action()).isEqualTo("entrustment.staff-change");
    browser.shot("31-contract-page");
  }
}
