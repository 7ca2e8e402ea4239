package mamori.web;

import static mamori.web.GateWorld.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.NumberText;
import mamori.core.Role;
import mamori.entrustment.Organisation;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import mamori.identity.Credentials;
import mamori.log.TenantLog;
import mamori.number.InsecureNumberAccess;
import mamori.portal.ResidentLetters;
import mamori.store.TestStores;
import mamori.vault.PersonData;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 16's first "done when", in a real headless Chromium against the running service: the
 * controller creates a job of the built-in withholding slip and loads one slip drawn here; it
 * entrusts the job to a contractor with two operators and a verifier; operator A keys every task of
 * the slip with the keyboard alone (Tab between the fields in the part's order, Enter to submit,
 * the My Number in full-width digits), operator B keys them too with one deliberate difference; the
 * verifier sees both entries side by side and decides; the slip is accepted into the record of the
 * resident its number names; the resident signs in to the portal and finds the entry and
 * verification records in their history, each with a proof their browser checks. The region images
 * are the watermarked regions only. Screenshots under target/browser (work-*.png).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkStoryBrowserIT {
  static final String TENANT = "work-city";
  static final String CONTRACTOR = "entry-co";
  static final String JOB = "job-slips-2026";
  static final String PURPOSE = "withholding-slip-entry";
  static final String PASSWORD = "work story passphrase";
  static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
  static final int PERSONS = 5;
  static final long SEED = 16;

  /** The slip's fields in the built-in type's parts and keying order. */
  static final Map<String, List<String>> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("payer", List.of("payer_corporate_number", "payer_name"));
    PARTS.put("payee-number", List.of("payee_my_number"));
    PARTS.put(
        "payee",
        List.of(
            "payee_family_name",
            "payee_given_name",
            "payee_family_name_kana",
            "payee_given_name_kana",
            "payee_birth_date",
            "payee_address"));
    PARTS.put("amounts", List.of("payment_amount", "withheld_tax"));
    PARTS.put(
        "dependants",
        List.of(
            "dependant_1_name",
            "dependant_1_my_number",
            "dependant_2_name",
            "dependant_2_my_number"));
  }

  /** The slip's regions (the built-in type's), as x, y, width, height fractions of the page. */
  static final Map<String, double[]> REGIONS =
      Map.ofEntries(
          Map.entry("payer_corporate_number", new double[] {0.06, 0.82, 0.44, 0.04}),
          Map.entry("payer_name", new double[] {0.06, 0.87, 0.88, 0.05}),
          Map.entry("payee_my_number", new double[] {0.55, 0.08, 0.39, 0.04}),
          Map.entry("payee_family_name", new double[] {0.6, 0.175, 0.17, 0.04}),
          Map.entry("payee_given_name", new double[] {0.78, 0.175, 0.16, 0.04}),
          Map.entry("payee_family_name_kana", new double[] {0.6, 0.135, 0.17, 0.035}),
          Map.entry("payee_given_name_kana", new double[] {0.78, 0.135, 0.16, 0.035}),
          Map.entry("payee_birth_date", new double[] {0.6, 0.225, 0.34, 0.035}),
          Map.entry("payee_address", new double[] {0.06, 0.135, 0.5, 0.125}),
          Map.entry("payment_amount", new double[] {0.06, 0.3, 0.28, 0.05}),
          Map.entry("withheld_tax", new double[] {0.66, 0.3, 0.28, 0.05}));

  static final int WIDTH = 827;
  static final int HEIGHT = 1169;

  GateWorld w;
  String officer;
  PersonData resident;
  String digits;
  BufferedImage slip;
  Map<String, String> values;

  @BeforeAll
  void start() throws Exception {
    w =
        new GateWorld(
            java.nio.file.Files.createTempDirectory("mamori-work-story"), TestStores.Kind.SQLITE);
    w.tenant(TENANT, PERSONS, SEED);
    resident = GateWorld.persons(PERSONS, SEED).get(2);
    digits = resident.myNumber().digits(InsecureNumberAccess.get());
    values = slipValues(resident);
    officer = w.user(TENANT, TENANT, "work-officer", Role.SECURITY_OFFICER);
    w.organisation(CONTRACTOR, Organisation.Kind.CONTRACTOR, TENANT);
  }

  @AfterAll
  void stop() {
    if (w != null) {
      w.close();
    }
  }

  @Test
  @Order(1)
  void aSlipKeyedTwice_aDifferenceVerified_isAccepted_andTheResidentSeesTheEntriesWithProofs()
      throws Exception {
    long started = System.nanoTime();
    // the controller's job of the built-in withholding slip, and one slip loaded into it
    var created =
        w.post(
            "/api/v1/jobs",
            "{\"name\":\"2026年度 源泉徴収票\",\"purpose\":\""
                + PURPOSE
                + "\",\"type\":\"withholding-slip\",\"deadline\":\""
                + TODAY.plusDays(20)
                + "\",\"id\":\""
                + JOB
                + "\"}",
            officer);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    slip = drawSlip(values);
    var loaded =
        upload(w, officer, "/api/v1/jobs/" + JOB + "/documents", "slip-0001.png", png(slip));
    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
    assertThat(loaded.body()).contains("\"loaded\":1");

    // entrusted to the contractor: the job as the person set, ENTER and VERIFY, the slip's fields
    Map<Field, Mask> fields = new EnumMap<>(Field.class);
    for (Field f :
        List.of(
            Field.MY_NUMBER,
            Field.FAMILY_NAME,
            Field.GIVEN_NAME,
            Field.FAMILY_NAME_KANA,
            Field.GIVEN_NAME_KANA,
            Field.BIRTH_DATE,
            Field.ADDRESS)) {
      fields.put(f, Mask.NONE);
    }
    var entrusted =
        w.entrust(
            TENANT,
            null,
            CONTRACTOR,
            new Scope(
                Set.of(PURPOSE),
                fields,
                new PersonSet.Job(JOB),
                TODAY,
                TODAY.plusDays(30),
                5000,
                EnumSet.of(Action.ENTER, Action.VERIFY)));
    // the unmasked My Number needs a second person: the security officer approves it
    w.entrustments.approve(
        entrusted.id(),
        new mamori.entrustment.Caller("work-officer", TENANT, Role.SECURITY_OFFICER));
    Credentials credentials = w.context.getBean(Credentials.class);
    for (String u : List.of("op-a", "op-b", "verifier")) {
      w.user(TENANT, CONTRACTOR, u, Role.OPERATOR);
      credentials.setPassword(u, PASSWORD.toCharArray());
      credentials.setSecondFactor(u, SECRET);
    }

    // operator A keys every task of the slip, the keyboard alone
    try (Chromium a = signIn("op-a")) {
      a.open("/desk/work");
      // a failure describes the page with its numbers masked, never in full
      assertThat(a.find("h1").getText())
          .as(() -> a.path() + "\n" + NumberText.mask(a.text()))
          .isEqualTo("入力");
      assertThat(a.driver.findElements(By.cssSelector("#task")))
          .as(() -> NumberText.mask(a.text()))
          .isNotEmpty();
      WebElement first = a.find("#task");
      assertThat(first.getText().contains(digits))
          .as("the task shows the payee's number")
          .isFalse();
      assertRegionsOnly(a);
      assertWatermarked(a);
      // printed, the page holds no region and no form: only the line saying it cannot be printed
      a.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertThat(a.find("img.region").isDisplayed()).isFalse();
      assertThat(a.find("#entry").isDisplayed()).isFalse();
      assertThat(a.find(".print-only").isDisplayed()).isTrue();
      a.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      // the hidden form lost the focus: the page again (the task is still held, the view logged)
      a.open("/desk/work");
      assertThat(a.find("img.region").isDisplayed()).isTrue();
      a.shot("work-01-operator-task");
      // the number first: the slip's other parts wait until it is decided
      int tasks = keyAll(a, values, Map.of(), true);
      assertThat(tasks).isEqualTo(1);
      assertThat(a.find("#no-task").getText()).contains("いま担当できるタスクはありません");
    }

    // operator B keys them too, with one difference: the tax withheld
    try (Chromium b = signIn("op-b")) {
      b.open("/desk/work");
      int tasks = keyAll(b, values, Map.of("withheld_tax", "123,500"), false);
      assertThat(tasks)
          .as("the desk after the last task: %s", NumberText.mask(b.text()))
          .isEqualTo(PARTS.size());
      assertThat(b.find("#no-task")).isNotNull();
    }

    // operator A keys the parts the decided number opened
    try (Chromium a = signIn("op-a")) {
      a.open("/desk/work");
      int tasks = keyAll(a, values, Map.of(), true);
      assertThat(tasks)
          .as("the desk after the last task: %s", NumberText.mask(a.text()))
          .isEqualTo(PARTS.size() - 1);
      assertThat(a.find("#no-task")).isNotNull();
    }
    assertThat(documentState()).isEqualTo("open");

    // the verifier sees both entries side by side, the difference marked, and decides
    try (Chromium v = signIn("verifier")) {
      long viewsBefore = taskViews();
      v.open("/desk/verify");
      assertThat(v.find("h1").getText()).isEqualTo("照合");
      assertThat(v.find("#task-heading").getText()).contains("amounts");
      List<WebElement> differs = v.driver.findElements(By.cssSelector(".desk-field.differs"));
      assertThat(differs).hasSize(1);
      assertThat(differs.getFirst().getAttribute("id")).isEqualTo("field-withheld_tax");
      assertThat(v.find("#s1-withheld_tax").getText()).isEqualTo("123500");
      assertThat(v.find("#s2-withheld_tax").getText()).isEqualTo("123400");
      assertThat(v.find("#s1-payment_amount").getText()).isEqualTo("4800000");
      assertThat(NumberText.mask(v.text())).doesNotContain("op-a", "op-b");
      assertRegionsOnly(v);
      assertThat(taskViews() - viewsBefore)
          .as("one verifier's page, one task.view for the task and both entries")
          .isEqualTo(1);
      v.shot("work-04-verifier");
      // the first input has the focus: key the amount, Tab past the copy buttons to the tax,
      // then copy side 2 with the keyboard and submit with Enter
      assertThat(active(v)).isEqualTo("v-payment_amount");
      v.driver.switchTo().activeElement().sendKeys("4800000");
      tab(v, "copy-1-payment_amount");
      tab(v, "copy-2-payment_amount");
      tab(v, "v-withheld_tax");
      tab(v, "copy-1-withheld_tax");
      tab(v, "copy-2-withheld_tax");
      v.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
      new WebDriverWait(v.driver, Duration.ofSeconds(5))
          .until(d -> "v-withheld_tax".equals(active(v)));
      assertThat(v.find("#v-withheld_tax").getAttribute("value")).isEqualTo("123400");
      enterAndWait(v);
      assertThat(v.find("#done").getText()).contains("照合を保存");
      assertThat(v.find("#no-task")).isNotNull();
      v.shot("work-05-verified");
    }

    // accepted into the record of the resident the number names: no one new registered
    assertThat(documentState()).isEqualTo("accepted");
    JdbcClient jdbc = JdbcClient.create(w.context.getBean(mamori.store.Store.class).dataSource());
    Map<String, Object> doc =
        jdbc.sql(
                "SELECT document_id, person_id, person_token FROM work_document WHERE tenant_id = ?")
            .param(TENANT)
            .query()
            .singleRow();
    long personId = ((Number) doc.get("person_id")).longValue();
    String personToken = (String) doc.get("person_token");
    var found =
        w.vault.findByNumber(
            TENANT,
            resident.myNumber(),
            new mamori.vault.Actor(
                new mamori.core.UserId("work-officer"),
                new mamori.core.OrganisationId(TENANT),
                List.of(),
                new mamori.core.Why(PURPOSE, "check")));
    assertThat(found).isPresent();
    assertThat(w.vault.personId(TENANT, found.get())).isEqualTo(personId);
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM person_document WHERE tenant_id = ? AND person_id = ? AND"
                        + " document_id = ?")
                .params(TENANT, personId, ((Number) doc.get("document_id")).longValue())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM work_value WHERE tenant_id = ?")
                .param(TENANT)
                .query(Long.class)
                .single())
        .as("the accepted values left the work tables")
        .isZero();

    // the resident of the slip signs in to the portal and finds the entries with their proofs
    TenantLog log = w.logs.forTenant(TENANT);
    long size = log.size();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() ->
            log.checkpoint().map(n -> Long.parseLong(n.split("\n")[1]) >= size).orElse(false));
    ResidentLetters.Letter letter =
        w.context.getBean(ResidentLetters.class).issue(TENANT, personToken);
    try (Chromium r = new Chromium("http://localhost:" + w.port, "ja")) {
      r.addPasskeyAuthenticator();
      r.open("/portal/activate?tenant=" + TENANT);
      r.type("#letter", letter.letterNumber());
      r.type("#code", letter.code());
      r.submit("#activate");
      r.type("#label", "わたしのスマートフォン");
      r.submit("#passkey-register");
      WebElement table = r.find("#history");
      List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
      WebElement entered = row(rows, "入力");
      WebElement verified = row(rows, "照合");
      assertThat(entered.getText()).contains(CONTRACTOR);
      assertThat(row(rows, "入力した書類の記録への受入れ")).isNotNull();
      assertThat(row(rows, "入力作業の画面に表示")).isNotNull();
      verify(entered);
      verify(verified);
      assertThat(NumberText.holdsNumber(r.driver.getPageSource())).isFalse();
      r.shot("work-06-resident-history");
    }
    System.out.printf(
        "work story: %.1f s from the job to the resident's proofs%n",
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * The same pages over HTTP after the story, for who is not given the job: the tenant's own staff
   * are refused the desk (403); a contractor's operator with no job entrusted is told so, and
   * asking for the job by its id is refused and logged; a task of the job is 404 to them, its
   * region never served; an entry without a CSRF token is refused before anything; bad ids are 404;
   * the pages carry the strict CSP and are never stored.
   */
  @Test
  @Order(2)
  void theDeskPages_refuseWhoIsNotGivenTheJob_andServeNoRegionOutsideAHeldTask() throws Exception {
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup((WebApplicationContext) w.context)
            .apply(springSecurity())
            .build();
    w.organisation("other-co", Organisation.Kind.CONTRACTOR, TENANT);
    Credentials credentials = w.context.getBean(Credentials.class);
    w.user(TENANT, TENANT, "city-clerk", Role.STAFF);
    w.user(TENANT, "other-co", "stranger", Role.OPERATOR);
    for (String u : List.of("city-clerk", "stranger")) {
      credentials.setPassword(u, PASSWORD.toCharArray());
      credentials.setSecondFactor(u, SECRET);
    }
    MockHttpSession clerk = signIn(mvc, "city-clerk");
    MockHttpSession stranger = signIn(mvc, "stranger");
    String task =
        JdbcClient.create(w.context.getBean(mamori.store.Store.class).dataSource())
            .sql("SELECT task_id FROM work_task WHERE tenant_id = ? ORDER BY seq LIMIT 1")
            .param(TENANT)
            .query(String.class)
            .single();

    assertThat(mvc.perform(get("/desk/work").session(clerk)).andReturn().getResponse().getStatus())
        .isEqualTo(403);
    var none =
        mvc.perform(get("/desk/work").session(stranger).header("Accept-Language", "ja"))
            .andReturn()
            .getResponse();
    assertThat(none.getStatus()).isEqualTo(200);
    assertThat(none.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"no-task\"", "入力業務の委託はありません");
    assertThat(none.getHeader("Content-Security-Policy")).contains("script-src 'self'");
    var english =
        mvc.perform(get("/desk/work").param("lang", "en").session(stranger))
            .andReturn()
            .getResponse();
    assertThat(english.getContentAsString(StandardCharsets.UTF_8))
        .contains("<h1>Entry</h1>", "No data-entry job is entrusted to you");
    assertThat(none.getHeader("Cache-Control")).contains("no-store");

    TenantLog log = w.logs.forTenant(TENANT);
    long before = log.size();
    var refused =
        mvc.perform(get("/desk/work").param("job", JOB).session(stranger))
            .andReturn()
            .getResponse();
    assertThat(refused.getStatus()).isEqualTo(403);
    assertThat(log.size()).as("the refusal is logged").isGreaterThan(before);

    var region =
        mvc.perform(get("/desk/work/tasks/" + task + "/regions/payer_name").session(stranger))
            .andReturn()
            .getResponse();
    assertThat(region.getStatus()).isEqualTo(404);
    assertThat(region.getContentType()).doesNotContain("image/png");

    assertThat(
            mvc.perform(
                    post("/desk/work/tasks/" + task)
                        .session(stranger)
                        .param("job", JOB)
                        .param("v.payer_name", "x"))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("no CSRF token")
        .isEqualTo(403);
    assertThat(
            mvc.perform(
                    post("/desk/work/tasks/" + task)
                        .session(stranger)
                        .with(csrf())
                        .param("job", JOB)
                        .param("v.payer_name", "x"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/desk/verify").param("job", "NOT A JOB").session(stranger))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
    assertThat(
            mvc.perform(get("/desk/work/tasks/not-a-task/regions/payer_name").session(stranger))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  private static MockHttpSession signIn(MockMvc mvc, String user) throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(
        post("/signin")
            .session(session)
            .with(csrf())
            .param("user", user)
            .param("password", PASSWORD));
    mvc.perform(
        post("/signin/code")
            .session(session)
            .with(csrf())
            .param("code", Credentials.currentCode(SECRET, Clock.systemUTC())));
    return session;
  }

  // ---- keying

  /**
   * Keys every task the desk gives, a part at a time, with the keyboard alone: the first field has
   * the focus, Tab moves to the next in the part's order, Enter submits. Answers the tasks keyed.
   */
  private int keyAll(
      Chromium c, Map<String, String> values, Map<String, String> different, boolean shots)
      throws Exception {
    int n = 0;
    while (!c.driver.findElements(By.cssSelector("#task")).isEmpty()) {
      String part = c.find("#task-heading code").getText();
      List<String> order = PARTS.get(part);
      assertThat(order).as(part).isNotNull();
      List<String> inputs = new ArrayList<>();
      for (WebElement i : c.driver.findElements(By.cssSelector("#entry input[type=text]"))) {
        inputs.add(i.getAttribute("id"));
      }
      assertThat(inputs).containsExactlyElementsOf(order.stream().map(f -> "v-" + f).toList());
      for (int i = 0; i < order.size(); i++) {
        String field = order.get(i);
        assertThat(active(c)).as("the focus, field %d of %s", i, part).isEqualTo("v-" + field);
        String value = different.getOrDefault(field, values.getOrDefault(field, ""));
        if (field.equals("payee_my_number") && shots) {
          value = fullWidth(value);
        }
        if (!value.isEmpty()) {
          c.driver.switchTo().activeElement().sendKeys(value);
        }
        if (i < order.size() - 1) {
          c.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
      }
      if (shots && part.equals("payee")) {
        c.shot("work-02-operator-keyed");
      }
      if (shots && part.equals("payee-number")) {
        // a mistyped number first: refused beside its field, the value not echoed
        WebElement input = c.find("#v-payee_my_number");
        String typed = input.getAttribute("value");
        input.clear();
        input.sendKeys(fullWidth(digits.substring(0, 11) + ((digits.charAt(11) - '0' + 1) % 10)));
        enterAndWait(c);
        String error = c.find("#e-payee_my_number").getText();
        assertThat(error.contains("検査用数字"))
            .as(() -> "the field's error names the check digit: " + NumberText.mask(error))
            .isTrue();
        // yes or no: the page source would hold the mistyped number if the assertion failed
        String source = c.driver.getPageSource();
        assertThat(source.contains(digits.substring(0, 11)))
            .as("the page echoes the mistyped number")
            .isFalse();
        assertThat(source.contains(fullWidth(digits.substring(0, 11))))
            .as("the page echoes the mistyped number in full-width digits")
            .isFalse();
        assertThat(active(c)).isEqualTo("v-payee_my_number");
        c.shot("work-03-operator-refused");
        c.driver.switchTo().activeElement().sendKeys(typed);
      }
      enterAndWait(c);
      n++;
      assertThat(c.find("#done").getText()).contains("保存しました");
    }
    return n;
  }

  /** Presses Enter in the field that has the focus and waits for the next page. */
  private static void enterAndWait(Chromium c) {
    WebElement page = c.driver.findElement(By.tagName("html"));
    c.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    new WebDriverWait(c.driver, Duration.ofSeconds(15))
        .until(d -> {
          try {
            page.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
  }

  /** Presses Tab and checks where the focus lands. */
  private static void tab(Chromium c, String expected) {
    c.driver.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(active(c)).isEqualTo(expected);
  }

  private static String active(Chromium c) {
    String id = c.driver.switchTo().activeElement().getAttribute("id");
    return id == null ? "" : id;
  }

  private static String fullWidth(String ascii) {
    StringBuilder b = new StringBuilder();
    for (char ch : ascii.toCharArray()) {
      b.append(Character.isDigit(ch) ? (char) ('０' + (ch - '0')) : ch);
    }
    return b.toString();
  }

  // ---- what the page shows

  /** The task's region images only: one per field, of its own route; no page, no download. */
  private static void assertRegionsOnly(Chromium c) {
    List<WebElement> images = c.driver.findElements(By.tagName("img"));
    List<WebElement> fields = c.driver.findElements(By.cssSelector(".desk-field"));
    assertThat(images).hasSameSizeAs(fields);
    for (WebElement img : images) {
      assertThat(img.getAttribute("class")).contains("region");
      assertThat(img.getAttribute("src"))
          .matches(".*/desk/work/tasks/t-[a-z0-9-]+/regions/[a-z0-9_]+");
      assertThat(img.getAttribute("draggable")).isEqualTo("false");
      assertThat(img.getAttribute("alt")).endsWith("の記入欄の画像");
    }
    assertThat(
            c.driver.findElements(By.cssSelector("a[download], a[href*='/page'], a[href$='.png']")))
        .isEmpty();
    assertThat(c.driver.findElements(By.cssSelector("a[href*='/regions/']"))).isEmpty();
  }

  /**
   * The first region as the browser fetches it: never stored, not an attachment, and the slip's own
   * pixels of that region with the watermark drawn over them.
   */
  private void assertWatermarked(Chromium c) throws Exception {
    WebElement img = c.find("img.region");
    String src = img.getAttribute("src");
    String field = src.substring(src.lastIndexOf('/') + 1);
    @SuppressWarnings("unchecked")
    List<Object> got =
        (List<Object>)
            c.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                    + " let s = ''; const u = new Uint8Array(b);"
                    + " for (let i = 0; i < u.length; i++) s += String.fromCharCode(u[i]);"
                    + " done([btoa(s), r.headers.get('cache-control') || '',"
                    + " r.headers.get('content-disposition') || '', r.headers.get('content-type')]);"
                    + "}));",
                src);
    assertThat((String) got.get(1)).contains("no-store");
    assertThat((String) got.get(2)).isEqualTo("inline");
    assertThat((String) got.get(3)).isEqualTo("image/png");
    BufferedImage served =
        ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) got.get(0))));
    double[] r = REGIONS.get(field);
    assertThat(r).as(field).isNotNull();
    int x = (int) Math.floor(r[0] * WIDTH);
    int y = (int) Math.floor(r[1] * HEIGHT);
    int cw = (int) Math.ceil(r[2] * WIDTH);
    int ch = (int) Math.ceil(r[3] * HEIGHT);
    assertThat(served.getWidth()).isEqualTo(cw);
    assertThat(served.getHeight()).isEqualTo(ch);
    BufferedImage plain = slip.getSubimage(x, y, cw, ch);
    long differ = 0;
    long near = 0;
    for (int j = 0; j < ch; j++) {
      for (int i = 0; i < cw; i++) {
        int a = served.getRGB(i, j) & 0xffffff;
        int b = plain.getRGB(i, j) & 0xffffff;
        if (a != b) {
          differ++;
        }
        if (Math.abs((a & 0xff) - (b & 0xff)) < 80) {
          near++;
        }
      }
    }
    long all = (long) cw * ch;
    assertThat(differ).as("pixels the watermark changed").isGreaterThan(all / 50);
    assertThat(near).as("a faint mark over the region's own pixels").isGreaterThan(all * 8 / 10);
  }

  private static WebElement row(List<WebElement> rows, String action) {
    return rows.stream()
        .filter(tr ->
            tr.findElements(By.cssSelector("td")).size() > 3
                && tr.findElements(By.cssSelector("td")).get(3).getText().equals(action))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row of " + action));
  }

  /** Presses the row's proof button and waits for the browser's own verification to succeed. */
  /** The task.view records in the tenant's log. */
  private long taskViews() {
    TenantLog log = w.logs.forTenant(TENANT);
    long n = 0;
    for (long i = 0, size = log.size(); i < size; i++) {
      if (mamori.log.AccessRecordCodec.decode(log.entry(i).orElseThrow())
          .action()
          .equals(Action.TASK_VIEW.code())) {
        n++;
      }
    }
    return n;
  }

  private static void verify(WebElement row) {
    row.findElement(By.cssSelector("td.verify button")).click();
    WebElement result = row.findElement(By.cssSelector("td.verify [aria-live]"));
    new WebDriverWait(
            ((org.openqa.selenium.WrapsDriver) row).getWrappedDriver(), Duration.ofSeconds(10))
        .until(d -> !result.getText().isEmpty());
    assertThat(result.getText()).startsWith("確認できました");
  }

  // ---- the service

  private final Map<String, String> codesUsed = new java.util.HashMap<>();

  private Chromium signIn(String user) throws Exception {
    Chromium c = new Chromium("http://localhost:" + w.port, "ja");
    c.open("/signin");
    c.type("#user", user);
    c.type("#password", PASSWORD);
    c.submit("#signin");
    c.find("#code-form");
    // a code is taken once a user: a second sign-in within its 30-second step waits for the next
    String code = Credentials.currentCode(SECRET, Clock.systemUTC());
    while (code.equals(codesUsed.get(user))) {
      Thread.sleep(500);
      code = Credentials.currentCode(SECRET, Clock.systemUTC());
    }
    codesUsed.put(user, code);
    c.type("#code", code);
    c.submit("#code-form");
    assertThat(c.path()).as("signed in as %s", user).doesNotStartWith("/signin");
    return c;
  }

  private String documentState() {
    return JdbcClient.create(w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("SELECT state FROM work_document WHERE tenant_id = ?")
        .param(TENANT)
        .query(String.class)
        .single();
  }

  /** A multipart POST of one PNG as the part {@code file}, as the controller loads a scan. */
  static HttpResponse<String> upload(
      GateWorld w, String officer, String path, String name, byte[] file) throws Exception {
    String boundary = "----mamori-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: image/png\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return GateWorld.HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
            .header("Authorization", officer)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The one slip these stories key (this one and {@code WorkCycleOnPostgresHttpIT}): a synthetic
   * payer, {@code resident} as the payee, and amounts as a person types them, with separators.
   */
  static Map<String, String> slipValues(PersonData resident) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("payer_corporate_number", "7123456789012");
    values.put("payer_name", "株式会社みほん商事");
    values.put("payee_my_number", resident.myNumber().digits(InsecureNumberAccess.get()));
    values.put("payee_family_name", resident.familyName());
    values.put("payee_given_name", resident.givenName());
    values.put("payee_family_name_kana", resident.familyNameKana());
    values.put("payee_given_name_kana", resident.givenNameKana());
    values.put("payee_birth_date", resident.birthDate().toString());
    values.put("payee_address", resident.address());
    values.put("payment_amount", "4,800,000");
    values.put("withheld_tax", "123,400");
    return values;
  }

  /** A plain slip page: each value inside its field's region, the boxes outlined, on white. */
  static BufferedImage drawSlip(Map<String, String> values) {
    BufferedImage page = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = page.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
      g.drawString("令和8年分 給与所得の源泉徴収票", 230, 50);
      for (Map.Entry<String, double[]> e : REGIONS.entrySet()) {
        double[] r = e.getValue();
        int x = (int) (r[0] * WIDTH);
        int y = (int) (r[1] * HEIGHT);
        int w = (int) (r[2] * WIDTH);
        int h = (int) (r[3] * HEIGHT);
        g.setColor(new Color(0x99, 0x66, 0x33));
        g.drawRect(x + 1, y + 1, w - 3, h - 3);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString(values.getOrDefault(e.getKey(), ""), x + 8, y + Math.min(h - 8, 30));
      }
    } finally {
      g.dispose();
    }
    return page;
  }

  static byte[] png(BufferedImage img) throws java.io.IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
