package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Organisation;
import mamori.handover.Documents;
import mamori.handover.FoundReports;
import mamori.handover.PageScans;
import mamori.handover.Printing;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.portal.ResidentLetters;
import mamori.store.TestStores;
import mamori.vault.Actor;
import mamori.vault.PersonData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/*
 * The papers are printed through the service's own Printing bean, written to files, and read back
 * only from those files: every page rendered and its QR code decoded (PageScans: PDFBox, ZXing), its
 * short code read from the page's text. Nothing the browser is given comes from the Printout's
 * labels. The service runs on a clock of the test's, which follows the machine's time from 10:00 in
 * Japan today, so the print, the counter and the portal's date agree, and the last test can move it
 * to the next morning for the count-back of internal pages.
 *
 * The tests run in order and share the world: the story, then the page found outside (the list's page
 * 1, typed, and page 2, photographed), then the next morning.
 */
/**
 * Issue 18's "done when", in a real headless Chromium against the running service on SQLite: the
 * case of Nerima. A resident collects his papers at the counter; his own pages pass green; a page
 * of the 「カード発行一覧表」 of fifty other applicants, slipped among them, stops the handover with a red
 * screen; a second staff member acknowledges it from their own sign-in; the handover is finished
 * and logged; the security officer finds the alert on the dashboard; and the resident's portal says
 * what was handed over, where and when. A stranger who finds a page of the list reports it on the
 * public page, by its code and by a photo of its QR code, and the officer decides it. The next
 * morning the page that never came back is on the officer's dashboard. Screenshots under
 * target/browser (nerima-*.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NerimaCounterStoryIT {
  static final String TENANT = "nerima";
  static final TenantId NERIMA = new TenantId(TENANT);
  static final String CITY = "練馬区";
  static final String COUNTER = "練馬区役所 本庁舎1階 2番窓口";
  static final String PRINTER = "本庁舎2階プリンター";
  static final String LIST_TITLE = "カード発行一覧表";
  static final Why WHY = new Why("resident-tax", "card-R8-12");
  static final String STAFF = "counter-staff";
  static final String CHIEF = "counter-chief";
  static final String OFFICER = "nerima-officer";
  static final String PASSWORD = "nerima counter passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  static final List<String> FAMILY = List.of("石川", "小林", "中村", "山本", "渡辺", "松本");

  /** A printed short code: five groups of four, once the page text's spacing is taken out. */
  static final Pattern SHORT = Pattern.compile("[0-9A-Z]{4}(?:-[0-9A-Z]{4}){4}");

  static final Pattern HANDOVER = Pattern.compile("^/counter/(h-[0-9a-z]{12})");

  /** The service's times on staff pages (Pages.time) and the dashboard's stream cursor. */
  static final Pattern SERVICE_TIMES =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}|data-since=\"\\d+\"");

  /** The service's clock: the machine's time, moved to start at 10:00 in Japan today. */
  static final ShiftedClock CLOCK = new ShiftedClock();

  /** A Spring source (not scanned: no annotation) that makes the test's clock the service's. */
  static class TestClockSource {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  /** A page as read back from its PDF: its QR code's text and the short code printed on it. */
  record Paper(String file, int page, String qr, String shortCode, String document) {}

  GateWorld w;
  Path papers;
  final List<PersonData> people = new ArrayList<>();
  String resident;
  List<AgencyToken> listed;
  Paper pickup;
  final List<Paper> own = new ArrayList<>();
  final List<Paper> list = new ArrayList<>();
  String listDocument;

  @BeforeAll
  void start() throws Exception {
    LocalDate today = LocalDate.now(JAPAN);
    CLOCK.set(today.atTime(10, 0).atZone(JAPAN).toInstant());
    w =
        new GateWorld(
            Files.createTempDirectory("mamori-nerima"),
            TestStores.Kind.SQLITE,
            List.of(TestClockSource.class));
    papers = Files.createTempDirectory("mamori-nerima-papers");
    w.entrustments.registerOrganisation(Organisation.controller(TENANT, CITY));
    w.entrustments.seedPurposes(TENANT);
    Random rng = new Random(18);
    for (int n = 0; n < 60; n++) {
      StringBuilder base = new StringBuilder(11);
      for (int i = 0; i < 11; i++) {
        base.append((char) ('0' + rng.nextInt(10)));
      }
      people.add(
          new PersonData(
              IndividualNumber.withCheckDigit(base),
              FAMILY.get(n % FAMILY.size()),
              "花子" + n,
              "ネリマ",
              "ハナコ",
              LocalDate.of(1970 + n % 30, 1 + n % 12, 1 + n % 28),
              n % 2 == 0 ? "2" : "1",
              "176-0012",
              "東京都練馬区豊玉北" + (1 + n % 6) + "丁目" + (n + 1) + "番",
              "N" + n,
              ""));
    }
    w.vault.register(
        TENANT,
        new Actor(new UserId("importer"), new OrganisationId(TENANT), List.of(), WHY),
        people);
    Credentials credentials = w.context.getBean(Credentials.class);
    for (var u :
        List.of(
            new Object[] {STAFF, Role.STAFF},
            new Object[] {CHIEF, Role.STAFF},
            new Object[] {OFFICER, Role.SECURITY_OFFICER})) {
      String id = (String) u[0];
      w.user(TENANT, TENANT, id, (Role) u[1]);
      credentials.setPassword(id, PASSWORD.toCharArray());
      credentials.setSecondFactor(id, SECRET);
    }

    // the papers, printed as the counter's staff member
    Principal staff =
        new Principal(
            new UserId(STAFF), NERIMA, new OrganisationId(TENANT), Role.STAFF, "test:" + STAFF);
    List<AgencyToken> tokens = w.context.getBean(AccessGate.class).persons(staff, WHY, 60);
    assertThat(tokens).hasSize(60);
    resident = tokens.getFirst().value();
    listed = tokens.subList(1, 51);
    Printing printing = w.context.getBean(Printing.class);
    Printing.Press press = Printing.Press.on(PRINTER);
    printing
        .pickup(staff, tokens.getFirst(), WHY, Optional.empty(), press)
        .write(papers.resolve("pickup.pdf"));
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 40; i++) {
      text.append("第").append(i).append("項　マイナンバーカードの受け取りについてのご案内です。窓口で本人確認書類をご提示ください。\n");
    }
    printing
        .notice(staff, tokens.getFirst(), WHY, "マイナンバーカードの受け取りについて", text.toString(), press)
        .write(papers.resolve("notice.pdf"));
    printing
        .list(
            staff,
            listed,
            WHY,
            LIST_TITLE,
            List.of(Field.FAMILY_NAME, Field.GIVEN_NAME, Field.ADDRESS),
            press)
        .write(papers.resolve("list.pdf"));

    // read back from the files alone
    List<Paper> pickups = read("pickup.pdf");
    List<Paper> notices = read("notice.pdf");
    assertThat(pickups).hasSize(1);
    assertThat(notices).as("a notice of two pages").hasSize(2);
    pickup = pickups.getFirst();
    own.addAll(pickups);
    own.addAll(notices);
    list.addAll(read("list.pdf"));
    assertThat(list).as("fifty persons, 25 a page").hasSize(2);
    listDocument = list.getFirst().document();
    for (Paper p : own) {
      assertThat(p.qr()).as("a resident's page names a handle, never INTERNAL").contains("/R-");
    }
    for (Paper p : list) {
      assertThat(p.qr()).contains("/INTERNAL/");
      assertThat(p.document()).isEqualTo(listDocument);
    }
  }

  @AfterAll
  void stop() throws IOException {
    w.close();
    try (var files = Files.walk(papers)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  @Test
  @Order(1)
  void theResidentsPagesPass_theListStops_aSecondStaffMemberAcknowledges_andThePortalTells()
      throws Exception {
    Documents documents = w.context.getBean(Documents.class);
    String id;
    try (Chromium desk = browser()) {
      signIn(desk, STAFF);
      desk.open("/counter");
      clean(desk);
      desk.type("#counter-name", COUNTER);
      // the resident's pickup notice, typed from the paper as a person types it
      desk.type("#code", typed(pickup.shortCode()));
      desk.submit("#start");
      Matcher m = HANDOVER.matcher(desk.path());
      assertThat(m.find()).as(desk.path()).isTrue();
      id = m.group(1);
      assertThat(desk.find("#counter-name").getText()).isEqualTo(COUNTER);
      assertThat(desk.find("#resident").getText()).isEqualTo(Pages.shortToken(resident));
      assertThat(desk.driver.getPageSource()).doesNotContain(resident);

      // his own pages, scanned: the scanner types the QR code's text and Enter
      for (int i = 0; i < own.size(); i++) {
        scan(desk, own.get(i).qr());
        assertThat(desk.path()).isEqualTo("/counter/" + id + "?said=own");
        assertThat(desk.find("#said").getText()).isEqualTo("緑：ご本人のページです。");
        assertThat(desk.driver.findElements(By.cssSelector("#pages li.own"))).hasSize(i + 1);
        clean(desk);
      }
      assertThat(desk.find("#finish button").getText()).isEqualTo("3枚を交付する");
      desk.shot("nerima-01-green");

      // a page of the issuance list among them: the red stop
      scan(desk, list.get(1).qr());
      assertThat(desk.path()).startsWith("/counter/" + id);
      assertThat(desk.find("body").getAttribute("class")).contains("stop-screen");
      assertThat(desk.find("#stop section[role=alert]")).isNotNull();
      assertThat(desk.find("#stop-heading").getText()).isEqualTo("止めてください：このページは交付できません");
      assertThat(desk.find("#stop-what").getText()).contains("内部資料");
      assertThat(desk.find("#stop").getText())
          .contains(LIST_TITLE, "一覧表（内部資料）", listDocument, "2ページ中2ページ目", PRINTER, STAFF);
      assertThat(desk.find("#wait").getText()).contains(id);
      assertThat(desk.driver.findElements(By.id("code"))).as("nothing to scan into").isEmpty();
      assertThat(desk.driver.findElements(By.id("acknowledge")))
          .as("not by the one at the counter")
          .isEmpty();
      clean(desk);
      desk.shot("nerima-02-stop");

      AccessRecord refused = last(Action.HANDOVER.code());
      assertThat(refused.decision()).isEqualTo("deny:" + Reason.HANDOVER_INTERNAL_PAGE.code());
      assertThat(refused.personToken()).isEqualTo(resident);
      assertThat(refused.caseRef()).contains("handover:" + id, listDocument, "page 2");

      // while stopped nothing more is taken: the scan form kept from before the stop is refused
      desk.open("/counter");
      WebElement page = desk.find("html");
      desk.driver.executeScript(
          "const f = document.getElementById('start');"
              + " f.action = arguments[0];"
              + " document.getElementById('code').value = arguments[1];"
              + " f.submit();",
          "/counter/" + id + "/scan",
          own.get(1).qr());
      new WebDriverWait(desk.driver, Duration.ofSeconds(15))
          .until(ExpectedConditions.stalenessOf(page));
      assertThat(desk.find("#error").getText()).isEqualTo("別の職員が確認するまで交付は停止しています。");
      assertThat(desk.find("#stop-heading")).isNotNull();
      assertThat(countScans(documents, id)).as("the refused scan is not recorded").isEqualTo(4);

      // a second staff member, signed in on their own, acknowledges
      try (Chromium chief = browser()) {
        signIn(chief, CHIEF);
        chief.open("/counter");
        clean(chief);
        assertThat(chief.find("#stopped-" + id).getText()).contains(COUNTER, STAFF);
        chief.follow("#stopped-" + id + " a");
        assertThat(chief.find("#stop-heading")).isNotNull();
        WebElement acknowledge = chief.find("#acknowledge button");
        assertThat(chief.driver.switchTo().activeElement()).isEqualTo(acknowledge);
        chief.shot("nerima-03-acknowledge");
        chief.submit("#acknowledge");
        assertThat(chief.path()).isEqualTo("/counter?said=acknowledged");
        assertThat(chief.find("#said").getText()).isNotEmpty();
        clean(chief);
      }
      AccessRecord acknowledged = last(Action.HANDOVER_ACKNOWLEDGE.code());
      assertThat(acknowledged.actor()).isEqualTo(CHIEF);
      assertThat(acknowledged.allowed()).isTrue();

      // the first browser reloads and goes on: the list's page is set aside, never handed
      desk.open("/counter/" + id);
      assertThat(desk.find("#state").getText()).isEqualTo("読み取り中");
      assertThat(desk.find("#pages li.set-aside").getText()).contains(LIST_TITLE);
      assertThat(desk.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("code");
      scan(desk, own.get(2).qr());
      assertThat(desk.find("#said").getText()).isEqualTo("このページは読み取り済みです。変更はありません。");
      assertThat(desk.find("#finish button").getText()).isEqualTo("3枚を交付する");
      desk.submit("#finish");
      assertThat(desk.path()).isEqualTo("/counter/" + id + "?said=finished");
      assertThat(desk.find("#finished").getText()).contains(COUNTER, "3枚を交付しました");
      assertThat(desk.driver.findElements(By.id("code"))).isEmpty();
      clean(desk);
      desk.shot("nerima-04-finished");
    }
    AccessRecord handed = last(Action.HANDOVER.code());
    assertThat(handed.allowed()).isTrue();
    assertThat(handed.personToken()).isEqualTo(resident);
    assertThat(handed.caseRef()).isEqualTo("handover:" + id + " pages 3");
    assertThat(handed.fields()).isEmpty();

    // the officer's dashboard and alert list show the stop
    SecurityAlerts.Alert alert =
        w.context.getBean(SecurityAlerts.class).list(TENANT, 100).stream()
            .filter(a -> a.kind().equals(Reason.HANDOVER_INTERNAL_PAGE.code()))
            .filter(a -> a.subject().equals("handover:" + id))
            .findFirst()
            .orElseThrow();
    assertThat(alert.detail()).contains(listDocument, LIST_TITLE, PRINTER).doesNotContain(resident);
    try (Chromium officer = browser()) {
      signIn(officer, OFFICER);
      officer.open("/console");
      clean(officer);
      WebElement row = officer.find("#alert-" + alert.id());
      assertThat(row.getText()).contains("窓口で内部資料を停止", "handover:" + id);
      assertThat(officer.find("#count-pages-out").getText())
          .as("printed today: not yet missing")
          .isEqualTo("0");
      officer.shot("nerima-05-dashboard");
      officer.open("/console/alerts");
      clean(officer);
      assertThat(officer.find("#alert-" + alert.id()).getText())
          .contains("窓口で内部資料を停止", "handover:" + id);
    }

    // the resident, in the portal for the first time, sees what was handed over
    ResidentLetters.Letter letter =
        w.context.getBean(ResidentLetters.class).issue(TENANT, resident);
    try (Chromium home = browser()) {
      home.addPasskeyAuthenticator();
      home.open("/portal/activate?tenant=" + TENANT);
      home.type("#letter", letter.letterNumber());
      home.type("#code", letter.code());
      home.submit("#activate");
      home.type("#label", "わたしのスマートフォン");
      home.submit("#passkey-register");
      home.find("#history");
      LocalDate day = LocalDate.ofInstant(CLOCK.instant(), JAPAN);
      String expected =
          "令和"
              + (day.getYear() - 2018)
              + "年"
              + day.getMonthValue()
              + "月"
              + day.getDayOfMonth()
              + "日に"
              + CITY
              + "の"
              + COUNTER
              + "で3枚の書類をお渡ししました。";
      List<WebElement> lines = home.driver.findElements(By.cssSelector("#history .handed"));
      assertThat(lines).extracting(WebElement::getText).containsExactly(expected);
      assertThat(NumberText.holdsNumber(home.driver.getPageSource())).isFalse();
      home.shot("nerima-06-portal");
    }
  }

  @Test
  @Order(2)
  void aPageOfTheListFoundOutside_isReportedByItsCodeAndByAPhoto_andTheOfficerDecides()
      throws Exception {
    FoundReports found = w.context.getBean(FoundReports.class);
    SecurityAlerts alerts = w.context.getBean(SecurityAlerts.class);
    Set<String> onTheList = new HashSet<>();
    listed.forEach(t -> onTheList.add(t.value()));

    try (Chromium stranger = browser()) {
      // typed from the paper: the list's page 1
      stranger.open("/found");
      clean(stranger);
      stranger.type("#code", list.getFirst().shortCode());
      stranger.submit("#found");
      assertThat(stranger.find("#office").getText()).isEqualTo(CITY);
      assertThat(stranger.find("#meant").getText()).isEqualTo("窓口の内部資料で、外部に出てはならないものです。");
      noName(stranger);
      stranger.shot("nerima-07-found");

      // a photo of page 2's QR code
      Path photo = papers.resolve("found-page-2.png");
      try (PDDocument doc = Loader.loadPDF(papers.resolve("list.pdf").toFile())) {
        BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(1, 150, ImageType.RGB);
        ImageIO.write(image, "png", photo.toFile());
      }
      stranger.open("/found");
      stranger.find("#photo").sendKeys(photo.toAbsolutePath().toString());
      stranger.submit("#found");
      assertThat(stranger.find("#office").getText()).isEqualTo(CITY);
      assertThat(stranger.find("#meant").getText()).isEqualTo("窓口の内部資料で、外部に出てはならないものです。");
      noName(stranger);
    }

    List<FoundReports.Report> open = found.open(NERIMA, 10);
    FoundReports.Report first = open.stream().filter(r -> r.page() == 1).findFirst().orElseThrow();
    FoundReports.Report second = open.stream().filter(r -> r.page() == 2).findFirst().orElseThrow();
    for (FoundReports.Report r : List.of(first, second)) {
      assertThat(r.document().id()).isEqualTo(listDocument);
      assertThat(r.persons()).isEqualTo(50);
      assertThat(found.persons(r, java.util.Optional.empty(), 100).persons())
          .extracting(PersonToken::value)
          .as("everyone the page exposes")
          .containsExactlyInAnyOrderElementsOf(onTheList);
      SecurityAlerts.Alert a = alerts.get(TENANT, r.alertId().orElseThrow()).orElseThrow();
      assertThat(a.kind()).isEqualTo(FoundReports.ALERT_KIND);
      assertThat(a.open()).isTrue();
      assertThat(a.detail()).contains(listDocument, "INTERNAL", "Persons on it (50)");
      // the alert's detail names them by token, as many as fit, and counts the rest
      long named = onTheList.stream().filter(a.detail()::contains).count();
      assertThat(named).isPositive();
      if (named < 50) {
        assertThat(a.detail()).contains("and " + (50 - named) + " more");
      }
    }

    try (Chromium officer = browser()) {
      signIn(officer, OFFICER);
      officer.open("/console/found");
      clean(officer);
      WebElement report = officer.find("#report-" + first.id());
      assertThat(report.getText()).contains(listDocument, LIST_TITLE, PRINTER, STAFF);
      officer.shot("nerima-08-found-console");
      // every person the page exposes, on the report's own page
      officer.follow("#persons-" + first.id());
      List<WebElement> chips = officer.driver.findElements(By.cssSelector("#persons code.chip"));
      assertThat(chips)
          .extracting(c -> c.getAttribute("title"))
          .containsExactlyInAnyOrderElementsOf(onTheList);
      officer.open("/console/found");
      new Select(officer.find("#decision-" + first.id()))
          .selectByValue(FoundReports.Decision.INCIDENT_OPENED.code());
      officer.type("#note-" + first.id(), "拾得者から電話で連絡あり。郵送で回収し、事案として調査を開始した。");
      officer.submit("#decide-" + first.id());
      assertThat(officer.find("#done").getText()).contains(first.id());
      assertThat(officer.find("#decided-" + first.id()).getText())
          .contains("事案として対応を開始した", OFFICER);
      assertThat(officer.driver.findElements(By.id("report-" + first.id()))).isEmpty();
      assertThat(officer.find("#report-" + second.id())).isNotNull();
      clean(officer);
    }
    FoundReports.Report decided = found.get(NERIMA, first.id()).orElseThrow();
    assertThat(decided.open()).isFalse();
    assertThat(decided.decision()).contains(FoundReports.Decision.INCIDENT_OPENED);
    assertThat(decided.note()).contains("拾得者から電話で連絡あり。郵送で回収し、事案として調査を開始した。");
    assertThat(decided.decidedBy()).contains(new UserId(OFFICER));
    assertThat(alerts.get(TENANT, first.alertId().orElseThrow()).orElseThrow().open())
        .as("the decision closes its alert")
        .isFalse();
    assertThat(last(Action.FOUND_DECIDE.code()).caseRef()).contains(first.id());
  }

  @Test
  @Order(3)
  void theNextMorning_theListsPageThatNeverCameBack_isOnTheOfficersDashboard() throws Exception {
    // the day it was printed, page 1 is filed back at the returns page; page 2 never comes back
    try (Chromium desk = browser()) {
      signIn(desk, STAFF);
      desk.open("/counter/returns");
      clean(desk);
      assertThat(desk.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("code");
      scan(desk, list.getFirst().qr());
      assertThat(desk.find("#returned").getText()).contains(LIST_TITLE);
      clean(desk);
    }

    CLOCK.set(
        LocalDate.ofInstant(CLOCK.instant(), JAPAN)
            .plusDays(1)
            .atTime(8, 30)
            .atZone(JAPAN)
            .toInstant());
    try (Chromium officer = browser()) {
      signIn(officer, OFFICER);
      officer.open("/console");
      clean(officer);
      assertThat(officer.find("#count-pages-out").getText()).isEqualTo("1");
      WebElement out = officer.find("#out-" + listDocument + "-2");
      assertThat(out.getText()).contains(LIST_TITLE, "2 / 2", PRINTER, STAFF);
      assertThat(officer.driver.findElements(By.id("out-" + listDocument + "-1")))
          .as("filed")
          .isEmpty();
      officer.shot("nerima-09-next-morning");
    }
  }

  // --- helpers

  private Chromium browser() throws IOException {
    return new Chromium("http://localhost:" + w.port, "ja");
  }

  /**
   * Signs {@code user} in through the pages, password then the current code on the service's clock;
   * the clock first moves on past the step of any code used before (each is good once).
   */
  private void signIn(Chromium b, String user) {
    CLOCK.advance(Duration.ofSeconds(31));
    b.open("/signin");
    b.type("#user", user);
    b.type("#password", PASSWORD);
    b.submit("#signin");
    b.find("#code-form");
    b.type("#code", Credentials.currentCode(SECRET, CLOCK));
    b.submit("#code-form");
  }

  /** Types {@code text} and Enter into the focused field, as a USB scanner does. */
  private static void scan(Chromium b, String text) {
    WebElement page = b.find("html");
    WebElement focused = b.driver.switchTo().activeElement();
    assertThat(focused.getAttribute("id")).as("the scan field has the focus").isEqualTo("code");
    focused.sendKeys(text + Keys.ENTER);
    new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
  }

  /** A short code as a person types it from paper: lower case, spaces for hyphens. */
  private static String typed(String shortCode) {
    return shortCode.toLowerCase(Locale.ROOT).replace('-', ' ');
  }

  /**
   * The page holds no number: apart from the service's own times (a date and a time to the minute
   * is twelve digits to the detector), no chain of twelve digits, and none of the persons' numbers
   * in any form.
   */
  private void clean(Chromium b) {
    String source = b.driver.getPageSource();
    assertThat(NumberText.holdsNumber(SERVICE_TIMES.matcher(source).replaceAll("")))
        .as("a twelve-digit run on %s", b.path())
        .isFalse();
    String digits = source.replaceAll("[^0-9]", "");
    for (PersonData p : people) {
      assertThat(digits.contains(p.myNumber().digits(InsecureNumberAccess.get())))
          .as("a person's number on %s", b.path())
          .isFalse();
    }
  }

  /** The public page names no one: no name of anyone, no token, no number at all. */
  private void noName(Chromium b) {
    String source = b.driver.getPageSource();
    assertThat(NumberText.holdsNumber(source)).isFalse();
    assertThat(source).doesNotContain("花子", resident);
    for (String family : FAMILY) {
      assertThat(source).doesNotContain(family);
    }
    for (AgencyToken t : listed) {
      assertThat(source).doesNotContain(t.value());
    }
  }

  /** The newest record of the tenant's log whose action is {@code action}. */
  private AccessRecord last(String action) {
    List<AccessRecord> records = w.logged(TENANT);
    for (int i = records.size() - 1; i >= 0; i--) {
      if (records.get(i).action().equals(action)) {
        return records.get(i);
      }
    }
    throw new AssertionError("no " + action + " record");
  }

  private int countScans(Documents documents, String handover) {
    var counter = w.context.getBean(mamori.handover.Counter.class);
    return counter.scans(counter.find(NERIMA, handover).orElseThrow()).size();
  }

  /**
   * Every page of a printed PDF, read back as a counter would: its QR code and its printed code.
   */
  private List<Paper> read(String file) throws IOException {
    Documents documents = w.context.getBean(Documents.class);
    List<Paper> out = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(papers.resolve(file).toFile())) {
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        String qr = PageScans.qr(doc, i);
        String text = PageScans.text(doc, i);
        assertThat(NumberText.holdsNumber(text)).as("%s page %d", file, i + 1).isFalse();
        Matcher m = SHORT.matcher(text.replaceAll("\\s", ""));
        assertThat(m.find()).as("the short code printed on %s page %d", file, i + 1).isTrue();
        String shortCode = m.group();
        assertThat(qr).startsWith("MAMORI-PAGE/1/" + TENANT + "/");
        assertThat(qr.replace("-", "")).contains(shortCode.replace("-", ""));
        Documents.Found f = (Documents.Found) documents.resolve(Optional.of(NERIMA), qr);
        assertThat(f.page()).isEqualTo(i + 1);
        assertThat(documents.resolve(Optional.of(NERIMA), shortCode))
            .as("the printed code names the same page")
            .isEqualTo(f);
        out.add(new Paper(file, i + 1, qr, shortCode, f.document().id()));
      }
    }
    return out;
  }

  /** The machine's time moved by a shift the test sets: time goes on, from where the test says. */
  static final class ShiftedClock extends Clock {
    private volatile Duration shift = Duration.ZERO;

    /** Moves the clock so that it reads {@code at} now. */
    void set(Instant at) {
      shift = Duration.between(Instant.now(), at);
    }

    void advance(Duration d) {
      shift = shift.plus(d);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
