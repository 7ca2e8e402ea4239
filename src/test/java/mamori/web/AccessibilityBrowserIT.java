package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import mamori.access.AccessGate;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.PackageCrypto;
import mamori.entrustment.Entrustment;
import mamori.handover.Documents;
import mamori.identity.Credentials;
import mamori.log.TenantLog;
import mamori.portal.ResidentLetters;
import mamori.retention.RetentionRows;
import mamori.store.Store;
import mamori.store.TenantSettings;
import mamori.store.TestStores;
import mamori.transfer.Recipients;
import mamori.transfer.TransferSettings;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/*
 * One sweep rather than a test per page: a sign-in code is good once per user and 30 seconds, so each
 * user signs in once, its pages are checked in Japanese, the page's own language link switches to
 * English, and the same pages are checked again. Every route a page is served at is recorded, and the
 * sweep ends by comparing them with the GET routes the application maps: a page added without being
 * checked here fails the test, as does a violation. Routes that serve no HTML page (a PDF, a CSV, JSON,
 * an event stream, an image) are listed with what they serve.
 */
/**
 * Every page of the service, in Japanese and in English, checked with axe-core's WCAG 2.0, 2.1 and
 * 2.2 A and AA rules (JIS X 8341-3): the staff console, the desk, the counter, sign-in and
 * enrolment, the account page, the resident portal, the log's keys page and the error pages. Each
 * violation is printed with its rule, impact and the selectors of its elements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserIT {
  /** GET routes that serve no HTML page, with what they serve instead. */
  static final Map<String, String> NOT_PAGES =
      Map.ofEntries(
          Map.entry("/console/alerts/stream", "an event stream"),
          Map.entry("/console/entrustments/{id}/contract/{version}", "the contract's PDF"),
          Map.entry("/console/incidents/{id}/reports/{kind}/versions/{n}.pdf", "a PDF"),
          Map.entry("/console/incidents/{id}/reports/{kind}/versions/{n}.json", "JSON"),
          Map.entry("/console/packages/{id}/file", "the package file"),
          Map.entry("/console/retention/{runId}/certificate.pdf", "a PDF"),
          Map.entry("/console/retention/{runId}/tokens.csv", "a CSV"),
          Map.entry("/desk/work/tasks/{task}/regions/{field}", "a PNG of a scanned region"),
          Map.entry("/log/{tenant}/checkpoint", "the signed checkpoint, text"),
          Map.entry("/log/{tenant}/tile/{*rest}", "log tiles, binary"),
          Map.entry("/log/{tenant}/witnesses", "JSON"),
          Map.entry("/log/{tenant}/proof/consistency", "JSON"),
          Map.entry("/portal/history/entries", "JSON"),
          Map.entry("/v3/api-docs", "the OpenAPI description, JSON"),
          Map.entry("/v3/api-docs.yaml", "the OpenAPI description, YAML"));

  ConsoleWorld c;
  @Nullable String incident;
  @Nullable String packageId;
  Documents.@Nullable Printed pickup;
  Documents.@Nullable Printed papers;
  Documents.@Nullable Printed list;
  final List<String> foundReports = new ArrayList<>();
  Chromium browser;
  final List<Axe.Violation> violations = new ArrayList<>();
  final Set<String> checked = new TreeSet<>();
  final Set<String> pagesChecked = new LinkedHashSet<>();

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE, false);
    // an incident and a data-entry job, made through the pages by an officer of their own (the
    // officer of the world signs in through the browser, and a code is good once)
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "a11y-maker", mamori.core.Role.SECURITY_OFFICER);
    Credentials credentials = c.w.context.getBean(Credentials.class);
    credentials.setPassword("a11y-maker", ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor("a11y-maker", ConsoleWorld.SECRET);
    MockHttpSession maker = c.signIn("a11y-maker");
    incident =
        c.send(
                post("/console/incidents/open")
                    .session(maker)
                    .with(csrf())
                    .param("title", "a list handed to the wrong resident")
                    .param("summary", "a list of 50 applicants")
                    .param("aware", "2026-07-17T10:00")
                    .param("kind", "actor")
                    .param("value", "con-operator")
                    .param("from", "2026-07-01T00:00")
                    .param("to", "2026-07-17T10:00"))
            .getRedirectedUrl();
    assertThat(incident).startsWith("/console/incidents/inc-");
    var job =
        c.send(
            post("/console/jobs/new")
                .session(maker)
                .with(csrf())
                .param("name", "2026年度 源泉徴収票")
                .param("purpose", "withholding-slip-entry")
                .param("type", "withholding-slip")
                .param("deadline", "2099-01-31")
                .param("id", "job-a11y"));
    assertThat(job.getStatus()).as(job.getContentAsString()).isEqualTo(302);
    // a package for a recipient, made by a member of staff of their own, as ConsolePackagesIT makes
    // one
    c.w
        .context
        .getBean(Recipients.class)
        .add(
            new Who(
                new UserId("a11y-maker"),
                new OrganisationId(ConsoleWorld.CITY),
                new TenantId(ConsoleWorld.CITY)),
            true,
            mamori.core.Role.SECURITY_OFFICER,
            "benefits",
            "給付システム",
            PackageCrypto.newKeyPair().publicKey());
    new TenantSettings(c.w.context.getBean(Store.class).dataSource())
        .set(
            new TenantId(ConsoleWorld.CITY),
            TransferSettings.RELEASE_URL,
            "https://mamori.c-city.example");
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "a11y-packer", mamori.core.Role.STAFF);
    credentials.setPassword("a11y-packer", ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor("a11y-packer", ConsoleWorld.SECRET);
    var made =
        c.send(
            post("/console/packages/new")
                .session(c.signIn("a11y-packer"))
                .with(csrf())
                .param("to", "benefits")
                .param("purpose", ConsoleWorld.PURPOSE)
                .param("case", "R8-a11y")
                .param("selection", "all")
                .param("expires", "72h")
                .param(
                    "fields",
                    "my_number",
                    "family_name",
                    "given_name",
                    "family_name_kana",
                    "given_name_kana",
                    "birth_date",
                    "sex",
                    "address"));
    assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
    var m =
        java.util.regex.Pattern.compile("/console/packages/([0-9a-f]{32})/file")
            .matcher(made.getContentAsString());
    assertThat(m.find()).isTrue();
    packageId = m.group(1);
    // a proposed retention run, written as ConsoleRetentionHttpIT writes its runs
    new RetentionRows(c.w.context.getBean(Store.class).dataSource(), 22)
        .run(
            ConsoleWorld.CITY,
            "RUNA11Y1",
            java.time.LocalDate.of(2026, 12, 5),
            "proposed",
            0,
            0,
            0,
            0,
            java.time.Instant.parse("2026-12-01T00:00:00Z"),
            null);
    // the counter's papers, registered as printed as CounterHttpIT registers them: the resident's
    // pickup notice and notice, and an issuance list of two pages (INTERNAL) that the found page
    // is told about and the counter stops at
    PersonToken resident =
        new PersonToken(
            c.w
                .context
                .getBean(AccessGate.class)
                .findByNumber(
                    c.principal("city-staff"),
                    new Why(ConsoleWorld.PURPOSE, "a11y-counter"),
                    ConsoleWorld.NUMBER)
                .orElseThrow()
                .value());
    pickup = print(Documents.Kind.PICKUP, Optional.of(resident), List.of(resident), 1);
    papers = print(Documents.Kind.NOTICE, Optional.of(resident), List.of(resident), 1);
    list =
        print(
            Documents.Kind.LIST,
            Optional.empty(),
            List.of(resident, new PersonToken("DNM6-KXW2-15MX-RTE5")),
            2);
  }

  Documents.Printed print(
      Documents.Kind kind, Optional<PersonToken> p, List<PersonToken> on, int n) {
    return c.w
        .context
        .getBean(Documents.class)
        .register(
            c.principal("city-staff").who(),
            kind,
            switch (kind) {
              case PICKUP -> "マイナンバーカード交付通知書";
              case LIST -> "カード交付予定者一覧表";
              default -> "住民税決定通知書";
            },
            p,
            on,
            n,
            new Why(ConsoleWorld.PURPOSE, "R8-card"),
            "本庁舎2階プリンター",
            kind.identifies()
                ? Optional.of(Instant.now().plus(Duration.ofDays(30)))
                : Optional.empty());
  }

  @AfterAll
  void stop() {
    c.close();
  }

  @Test
  void everyPage_inJapaneseAndEnglish_breaksNoWcagRule() throws Exception {
    try (Chromium b = new Chromium("http://localhost:" + c.w.port, "ja")) {
      browser = b;
      browser.open("/signin");
      System.out.println(
          "axe-core "
              + Axe.version(browser.driver)
              + ": "
              + Axe.rules(browser.driver)
              + " rules tagged "
              + String.join(", ", Axe.TAGS));
      anonymous();
      officer();
      admin();
      enrolling();
      staff();
      operator();
      resident();
    }
    violations.forEach(System.out::println);
    Set<String> routes = pageRoutes();
    System.out.println(
        "pages checked in Japanese and English: "
            + pagesChecked.size()
            + " addresses, "
            + checked.size()
            + " routes, "
            + routes.stream().filter(checked::contains).count()
            + " of the "
            + routes.size()
            + " GET page routes mapped; violations: "
            + violations.size());
    assertThat(new TreeSet<>(routes))
        .as("every GET page route is checked (or listed in NOT_PAGES)")
        .isSubsetOf(checked);
    assertThat(violations)
        .as(() ->
            "WCAG violations:\n"
                + String.join("\n", violations.stream().map(String::valueOf).toList()))
        .isEmpty();
  }

  /** The GET routes of the application's controllers that serve pages. */
  Set<String> pageRoutes() {
    RequestMappingHandlerMapping mapping =
        c.w.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      for (String p : info.getPatternValues()) {
        if (!p.startsWith("/api/") && !p.startsWith("/error") && !NOT_PAGES.containsKey(p)) {
          routes.add(p);
        }
      }
    }
    return routes;
  }

  /** Checks each of {@code pages} (route pattern, address) in Japanese, then in English. */
  void sweep(List<String[]> pages) throws Exception {
    for (String lang : List.of("ja", "en")) {
      for (String[] page : pages) {
        browser.open(withLang(page[1], lang));
        check(page[0], lang);
      }
    }
    browser.open(withLang(pages.getFirst()[1], "ja"));
  }

  static String withLang(String path, String lang) {
    return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
  }

  void check(String route, String lang) {
    String name = lang + " " + browser.path();
    pagesChecked.add(browser.path().replaceAll("[?&]lang=..", ""));
    checked.add(route);
    violations.addAll(Axe.check(browser.driver, name));
  }

  static String[] page(String route, String path) {
    return new String[] {route, path};
  }

  static String[] page(String path) {
    return page(path, path);
  }

  void anonymous() throws Exception {
    sweep(
        List.of(
            page("/signin"),
            page("/"),
            page("/found"),
            page("/log/{tenant}/keys", "/log/" + ConsoleWorld.CITY + "/keys"),
            page("/enrol/{code}", "/enrol/no-such-address"),
            page("/portal"),
            page("/portal/activate", "/portal/activate?tenant=" + ConsoleWorld.CITY),
            page("/no-such-page-404", "/no/such/page")));
    // the sign-in page after a wrong password, in both languages, switched with its own link
    for (String lang : List.of("ja", "en")) {
      browser.open("/signin?lang=" + lang);
      browser.type("#user", "nobody");
      browser.type("#password", "not the password");
      browser.submit("#signin");
      check("/signin", lang);
    }
    // a finder's report on the public found page, with a photo of the list's QR code: the answer
    // page in both languages, and a report for the officer's pages
    java.nio.file.Path photos =
        java.nio.file.Files.createDirectories(Chromium.SHOTS.resolve("found"));
    for (String lang : List.of("ja", "en")) {
      int page = lang.equals("ja") ? 1 : 2;
      java.nio.file.Path photo = photos.resolve("page-" + page + ".png");
      java.nio.file.Files.write(photo, FoundHttpIT.qrPng(list.pages().get(page - 1).qrText()));
      browser.open("/found?lang=" + lang);
      browser.find("#photo").sendKeys(photo.toAbsolutePath().toString());
      browser.submit("#found");
      browser.find("#reported");
      check("/found", lang);
      foundReports.add("f-" + list.document().id() + "-p" + page + "-r1");
    }
  }

  /** Signs in through the pages; the code page is checked on the way in both languages. */
  void signIn(String user) throws Exception {
    browser.driver.manage().deleteAllCookies();
    browser.open("/signin?lang=ja");
    browser.type("#user", user);
    browser.type("#password", ConsoleWorld.PASSWORD);
    browser.submit("#signin");
    browser.find("#code-form");
    check("/signin/code", "ja");
    browser.follow("a[hreflang=en]");
    browser.find("#code-form");
    check("/signin/code", "en");
    browser.type("#code", Credentials.currentCode(ConsoleWorld.SECRET, Clock.systemUTC()));
    browser.submit("#code-form");
  }

  void officer() throws Exception {
    Entrustment requested = c.requested();
    signIn("city-security-officer");
    sweep(
        List.of(
            page("/console"),
            page("/console/entrustments"),
            page(
                "/console/entrustments/{id}/{change}",
                "/console/entrustments/" + requested.id() + "/approve"),
            page(
                "/console/entrustments/{id}/contract",
                "/console/entrustments/" + c.parent.id() + "/contract"),
            page("/console/log"),
            page("/console/users"),
            page("/console/alerts"),
            page("/console/incidents"),
            page("/console/organisations"),
            page("/console/purposes"),
            page("/console/retention"),
            page("/console/retention/{runId}", "/console/retention/RUNA11Y1"),
            page("/console/recipients"),
            page("/console/packages"),
            page(
                "/console/packages/{id}/report-lost",
                "/console/packages/" + packageId + "/report-lost"),
            page("/console/found"),
            page("/console/found/{id}", "/console/found/" + foundReports.getFirst()),
            page("/console/jobs"),
            page("/console/pages-out"),
            page("/console/jobs/new"),
            page("/console/jobs/{id}", "/console/jobs/job-a11y"),
            page("/console/jobs/{id}/documents", "/console/jobs/job-a11y/documents"),
            page("/console/incidents/{id}", incident),
            page("/console/incidents/{id}/reports/{kind}", incident + "/reports/preliminary"),
            page("/counter/returns"),
            page("/account"),
            page("/desk-403", "/desk")));
  }

  void admin() throws Exception {
    signIn("city-org-admin");
    sweep(List.<String[]>of(page("/console/entrustments/new")));
  }

  /** A user without a second factor is led to set up an authenticator at the first sign-in. */
  void enrolling() throws Exception {
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "a11y-new-clerk", mamori.core.Role.STAFF);
    c.w
        .context
        .getBean(Credentials.class)
        .setPassword("a11y-new-clerk", ConsoleWorld.PASSWORD.toCharArray());
    browser.driver.manage().deleteAllCookies();
    browser.open("/signin?lang=ja");
    browser.type("#user", "a11y-new-clerk");
    browser.type("#password", ConsoleWorld.PASSWORD);
    browser.submit("#signin");
    browser.find("#enrol-form");
    check("/signin/enrol", "ja");
    browser.follow("a[hreflang=en]");
    browser.find("#enrol-form");
    check("/signin/enrol", "en");
    browser.open("/signin?lang=ja");
  }

  void staff() throws Exception {
    signIn("city-staff");
    sweep(List.of(page("/console/persons"), page("/counter"), page("/console/packages/new")));
    counter();
    for (String lang : List.of("ja", "en")) {
      browser.open("/console/persons?lang=" + lang);
      new Select(browser.find("#purpose")).selectByValue(ConsoleWorld.PURPOSE);
      browser.type("#case", "R8-a11y-" + lang);
      browser.type("#number", ConsoleWorld.typed(ConsoleWorld.DIGITS));
      browser.submit("#search");
      check("/console/persons", lang);
      browser.follow("#results a");
      check("/console/persons/{token}", lang);
    }
  }

  static final String HANDOVER = "/counter/" + CounterController.ID;

  /**
   * A handover at a counter, as CounterHttpIT makes one: started with the resident's pickup notice,
   * the resident's own page scanned (green), then a page of the issuance list (the red stop). The
   * handover's page is checked at each step in both languages, the stop as its starter sees it and
   * as a second member of staff sees it, with the acknowledge button.
   */
  void counter() throws Exception {
    browser.open("/counter?lang=ja");
    browser.type("#counter-name", "本庁舎1階 3番窓口");
    browser.type("#code", pickup.pages().getFirst().qrText());
    browser.submit("#start");
    browser.find("#scan");
    String handover = browser.path().replaceAll("[?].*", "");
    assertThat(handover).matches("/counter/h-[0-9a-z]{12}");
    sweep(List.<String[]>of(page(HANDOVER, handover)));
    browser.type("#code", papers.pages().getFirst().shortCode());
    browser.submit("#scan");
    browser.find("#said");
    sweep(List.<String[]>of(page(HANDOVER, browser.path().replaceAll("&?lang=..", ""))));
    browser.type("#code", list.pages().get(1).qrText());
    browser.submit("#scan");
    browser.find("#stop-heading");
    check(HANDOVER, "ja");
    browser.follow(".stop-nav a[hreflang=en]");
    browser.find("#wait");
    check(HANDOVER, "en");
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CITY, "a11y-second", mamori.core.Role.STAFF);
    Credentials credentials = c.w.context.getBean(Credentials.class);
    credentials.setPassword("a11y-second", ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor("a11y-second", ConsoleWorld.SECRET);
    signIn("a11y-second");
    sweep(List.<String[]>of(page(HANDOVER, handover)));
    assertThat(browser.driver.findElements(By.id("acknowledge"))).isNotEmpty();
  }

  void operator() throws Exception {
    signIn("con-operator");
    sweep(
        List.of(
            page("/desk"),
            page("/desk/entrustments/{id}", "/desk/entrustments/" + c.parent.id()),
            page("/desk/work"),
            page("/desk/verify")));
    for (String lang : List.of("ja", "en")) {
      browser.open("/desk/entrustments/" + c.parent.id() + "?lang=" + lang);
      new Select(browser.find("#purpose")).selectByValue(ConsoleWorld.PURPOSE);
      browser.type("#case", "a11y-" + lang);
      browser.submit("#reason");
      check("/desk/entrustments/{id}", lang);
      browser.follow("#listed a");
      check("/desk/persons/{token}", lang);
    }
  }

  void resident() throws Exception {
    browser.driver.manage().deleteAllCookies();
    AccessGate gate = c.w.context.getBean(AccessGate.class);
    Why why = new Why(ConsoleWorld.PURPOSE, "a11y");
    AgencyToken token =
        gate.findByNumber(c.principal("city-staff"), why, ConsoleWorld.NUMBER).orElseThrow();
    gate.read(c.principal("city-staff"), token, why, Map.of());
    String person = token.value();
    ResidentLetters.Letter letter =
        c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, person);
    browser.addPasskeyAuthenticator();
    browser.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
    browser.type("#letter", letter.letterNumber());
    browser.type("#code", letter.code());
    browser.submit("#activate");
    browser.find("#label");
    check("/portal/passkey", "ja");
    browser.type("#label", "わたしのスマートフォン");
    browser.submit("#passkey-register");
    browser.find("#history");
    sweep(List.of(page("/portal/history"), page("/portal/notices")));
    assertThat(browser.driver.findElements(By.id("history"))).isNotEmpty();
  }

  /** A resident who has activated a letter for the known person and registered a passkey. */
  void residentSignedIn(Chromium b) throws Exception {
    AccessGate gate = c.w.context.getBean(AccessGate.class);
    Why why = new Why(ConsoleWorld.PURPOSE, "a11y-keys");
    AgencyToken token =
        gate.findByNumber(c.principal("city-staff"), why, ConsoleWorld.NUMBER).orElseThrow();
    gate.read(c.principal("city-staff"), token, why, Map.of());
    TenantLog log = c.log(ConsoleWorld.CITY);
    long size = log.size();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));
    ResidentLetters.Letter letter =
        c.w.context.getBean(ResidentLetters.class).issue(ConsoleWorld.CITY, token.value());
    b.addPasskeyAuthenticator();
    b.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
    b.type("#letter", letter.letterNumber());
    b.type("#code", letter.code());
    b.submit("#activate");
    b.type("#label", "わたしのスマートフォン");
    b.submit("#passkey-register");
    b.find("#history");
  }

  /** A contractor's operator of its own, signed in (a sign-in code is good once per user). */
  void operatorSignedIn(Chromium b, String id) throws Exception {
    c.w.user(ConsoleWorld.CITY, ConsoleWorld.CON, id, mamori.core.Role.OPERATOR);
    Credentials credentials = c.w.context.getBean(Credentials.class);
    credentials.setPassword(id, ConsoleWorld.PASSWORD.toCharArray());
    credentials.setSecondFactor(id, ConsoleWorld.SECRET);
    b.open("/signin");
    b.type("#user", id);
    b.type("#password", ConsoleWorld.PASSWORD);
    b.submit("#signin");
    b.type("#code", Credentials.currentCode(ConsoleWorld.SECRET, Clock.systemUTC()));
    b.submit("#code-form");
    b.find("#held-" + c.parent.id());
  }

  static void press(Chromium b, CharSequence key) {
    new Actions(b.driver).sendKeys(key).perform();
  }

  static WebElement active(Chromium b) {
    return b.driver.switchTo().activeElement();
  }

  /**
   * Whether the focused element draws a ring: an outline or a box shadow, as :focus-visible asks.
   */
  static boolean ring(Chromium b, WebElement e) {
    return Boolean.TRUE.equals(
        b.driver.executeScript(
            "const e = arguments[0], s = getComputedStyle(e);"
                + "return e.matches(':focus-visible') && ((s.outlineStyle !== 'none'"
                + " && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none');",
            e));
  }

  /** Presses Tab until {@code wanted} has the focus, each stop showing its focus ring. */
  static WebElement tabTo(Chromium b, String wanted) {
    for (int i = 0; i < 80; i++) {
      press(b, Keys.TAB);
      WebElement e = active(b);
      assertThat(ring(b, e))
          .as("a visible focus ring on " + e.getTagName() + " " + e.getText())
          .isTrue();
      if (Boolean.TRUE.equals(
          b.driver.executeScript("return arguments[0].matches(arguments[1]);", e, wanted))) {
        return e;
      }
    }
    throw new AssertionError("Tab never reached " + wanted);
  }

  /** The first Tab of a page reaches the skip link, shown on screen; Enter moves into main. */
  static void skipToMain(Chromium b) {
    press(b, Keys.TAB);
    WebElement skip = active(b);
    assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
    assertThat(skip.getRect().getX()).as("shown when focused").isGreaterThanOrEqualTo(0);
    assertThat(ring(b, skip)).isTrue();
    press(b, Keys.ENTER);
    assertThat(active(b).getTagName()).isEqualTo("main");
  }

  @Test
  void theHistory_andTheDesk_workWithTheKeyboardAlone() throws Exception {
    try (Chromium b = new Chromium("http://localhost:" + c.w.port, "ja")) {
      residentSignedIn(b);
      b.open("/portal/history");
      skipToMain(b);
      WebElement verify = tabTo(b, "td.verify button");
      press(b, Keys.ENTER);
      WebElement result = verify.findElement(By.xpath("following-sibling::span[@aria-live]"));
      new WebDriverWait(b.driver, Duration.ofSeconds(15)).until(d -> !result.getText().isEmpty());
      assertThat(result.getText()).startsWith("確認できました");
      b.shot("a11y-01-history-keyboard");
      // Shift-Tab goes back the way it came, still with a ring
      press(b, Keys.chord(Keys.SHIFT, Keys.TAB));
      assertThat(ring(b, active(b))).isTrue();
      tabTo(b, "#log-keys, #to-notices");
      press(b, Keys.ENTER);
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(d -> !b.path().startsWith("/portal/history"));
    }
    try (Chromium b = new Chromium("http://localhost:" + c.w.port, "ja")) {
      operatorSignedIn(b, "a11y-keys-operator");
      b.open("/desk");
      skipToMain(b);
      tabTo(b, "#held-" + c.parent.id() + " a.button");
      press(b, Keys.ENTER);
      WebElement purpose = b.find("#purpose");
      b.open(b.path()); // a fresh page, then the keyboard from its top
      skipToMain(b);
      tabTo(b, "#purpose");
      while (!ConsoleWorld.PURPOSE.equals(b.find("#purpose").getAttribute("value"))) {
        press(b, Keys.ARROW_DOWN);
      }
      tabTo(b, "#case");
      active(b).sendKeys("a11y-keys");
      tabTo(b, "#reason button[type=submit]");
      press(b, Keys.SPACE);
      WebElement first = b.find("#listed a");
      assertThat(purpose).isNotNull();
      tabTo(b, "#listed a");
      press(b, Keys.ENTER);
      new WebDriverWait(b.driver, Duration.ofSeconds(10))
          .until(d -> b.path().startsWith("/desk/persons/"));
      assertThat(first).isNotNull();
      b.shot("a11y-02-desk-person-keyboard");
    }
  }

  /** Elements whose text is cut: content wider than a box that hides its overflow. */
  static final String CLIPPED =
      "return [...document.querySelectorAll('body *')].filter(e => {"
          + " const s = getComputedStyle(e);"
          + " return (s.overflowX === 'hidden' || s.overflowX === 'clip')"
          + " && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim() !== ''"
          + " && !e.classList.contains('skip-link') && !e.classList.contains('visually-hidden'); }).map(e => e.tagName + '.' + e.className);";

  static void fitsAt200Percent(Chromium b, String shot) throws Exception {
    Object widths =
        b.driver.executeScript(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
    @SuppressWarnings("unchecked")
    List<Number> w = (List<Number>) widths;
    assertThat(w.get(0).longValue())
        .as(b.path() + ": no horizontal scroll at 640 CSS px (1280 px at 200%)")
        .isLessThanOrEqualTo(w.get(1).longValue());
    assertThat(b.driver.executeScript(CLIPPED))
        .as(b.path() + ": no text clipped")
        .isEqualTo(List.of());
    // the narrow layout (a table's rows as cards) is held to the same rules as the wide one
    assertThat(Axe.check(b.driver, "640px " + b.path()))
        .as(b.path() + ": WCAG violations at 640 CSS px")
        .isEmpty();
    b.shot(shot);
  }

  @Test
  void thePortal_andTheDesk_fitAt200PercentZoom() throws Exception {
    try (Chromium b = new Chromium("http://localhost:" + c.w.port, "ja")) {
      // 1280 device pixels at 200% zoom are a 640 CSS px viewport
      b.driver.manage().window().setSize(new Dimension(640, 900));
      b.open("/portal");
      fitsAt200Percent(b, "a11y-10-portal-200");
      b.open("/portal/activate?tenant=" + ConsoleWorld.CITY);
      fitsAt200Percent(b, "a11y-11-activate-200");
      residentSignedIn(b);
      // the history's rows stack into cards, each cell after its column's name
      assertThat(
              b.driver.executeScript(
                  "const td = document.querySelector('#history tbody td');"
                      + "return [getComputedStyle(td).display,"
                      + " getComputedStyle(document.querySelector('#history thead')).display,"
                      + " getComputedStyle(td, '::before').content];"))
          .isEqualTo(List.of("block", "none", "\"日時\""));
      fitsAt200Percent(b, "a11y-12-history-200");
      b.open("/portal/notices");
      fitsAt200Percent(b, "a11y-13-notices-200");
    }
    try (Chromium b = new Chromium("http://localhost:" + c.w.port, "ja")) {
      b.driver.manage().window().setSize(new Dimension(640, 900));
      operatorSignedIn(b, "a11y-zoom-operator");
      fitsAt200Percent(b, "a11y-14-desk-200");
      b.open(
          "/desk/entrustments/" + c.parent.id() + "?purpose=" + ConsoleWorld.PURPOSE + "&case=z");
      fitsAt200Percent(b, "a11y-15-desk-list-200");
      b.follow("#listed a");
      fitsAt200Percent(b, "a11y-16-desk-person-200");
    }
  }
}
