package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.handover.Documents;
import mamori.handover.FoundReports;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/*
 * The found page is checked over real HTTP against the running service, since its throttle is a
 * servlet filter in front of Spring Security (MockMvc would skip it): a GET gives the session cookie
 * and the form's CSRF token, and each report is a multipart POST as a browser sends it. The console's
 * pages are checked through MockMvc with the signed-in sessions of the ConsoleWorld. One test, in order,
 * because the flood at its end leaves the loopback address throttled for the hour.
 */
/**
 * {@code /found} open to anyone (a typed code, a photo of the QR code, crafted uploads and typed
 * attacks, the flood), the officer's alert and {@code /console/found}, {@code /counter/returns} and
 * the dashboard's card of internal pages not accounted for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FoundHttpIT {
  static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  static final List<PersonToken> PERSONS =
      List.of(
          new PersonToken("DNM6-KXW2-15MX-RTE5"),
          new PersonToken("QP4A-7HJK-M2NX-8WEZ"),
          new PersonToken("ZT90-AB12-CD34-EF56"));

  ConsoleWorld c;
  Documents documents;
  String cookie = "";
  String token = "";

  @BeforeAll
  void start() throws Exception {
    c = new ConsoleWorld(TestStores.Kind.SQLITE);
    documents = c.w.context.getBean(Documents.class);
  }

  @AfterAll
  void stop() {
    c.close();
  }

  Documents.Printed list(int pages) {
    return documents.register(
        new Who(
            new UserId("city-staff"),
            new OrganisationId(ConsoleWorld.CITY),
            new TenantId(ConsoleWorld.CITY)),
        Documents.Kind.LIST,
        "カード発行一覧表",
        Optional.empty(),
        PERSONS,
        pages,
        new Why("resident-tax", "card-2026-12"),
        "本庁舎2階プリンター",
        Optional.empty());
  }

  MockHttpServletResponse send(org.springframework.test.web.servlet.RequestBuilder r)
      throws Exception {
    return c.send(r);
  }

  /** GET /found: the page, and the session cookie and CSRF token of the next report. */
  HttpResponse<String> open() throws Exception {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(uri("/found")).header("Accept-Language", "en").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    page.headers().firstValue("Set-Cookie").ifPresent(v -> cookie = v.substring(0, v.indexOf(';')));
    Matcher m = CSRF.matcher(page.body());
    if (m.find()) {
      token = m.group(1);
    }
    return page;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + c.w.port + path);
  }

  /** A report as the browser's form sends it: the code, and a file when {@code photo} is given. */
  HttpResponse<String> report(String code, byte[] photo, String type) throws Exception {
    String boundary = "----mamori" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "_csrf", null, null, token.getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "code", null, null, code.getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "photo", photo.length == 0 ? "" : "page.png", type, photo);
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    return HTTP.send(
        HttpRequest.newBuilder(uri("/found"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", cookie)
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void part(
      ByteArrayOutputStream out,
      String boundary,
      String name,
      String filename,
      String type,
      byte[] value) {
    StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
    head.append("Content-Disposition: form-data; name=\"").append(name).append('"');
    if (filename != null) {
      head.append("; filename=\"").append(filename).append('"');
    }
    head.append("\r\n");
    if (type != null) {
      head.append("Content-Type: ").append(type).append("\r\n");
    }
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(value);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  HttpResponse<String> typed(String code) throws Exception {
    return report(code, new byte[0], "application/octet-stream");
  }

  static byte[] qrPng(String text) throws Exception {
    BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 480, 480);
    BufferedImage image =
        new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < m.getHeight(); y++) {
      for (int x = 0; x < m.getWidth(); x++) {
        image.setRGB(x, y, m.get(x, y) ? 0xff000000 : 0xffffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  static byte[] blankPng() throws Exception {
    BufferedImage image = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /**
   * A PNG of {@code width} x {@code height} grey pixels, all black: a few kilobytes of zlib that
   * would inflate to width x height bytes (a decompression bomb when both are large).
   */
  static byte[] bombPng(int width, int height) {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0);
    ihdr.put((byte) 0);
    chunk(png, "IHDR", ihdr.array());
    Deflater deflater = new Deflater(9);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    byte[] row = new byte[width + 1];
    byte[] buffer = new byte[64 * 1024];
    // at most 2,000 rows are deflated: enough to make the file a valid start of the picture
    for (int y = 0; y < Math.min(height, 2_000); y++) {
      deflater.setInput(row);
      while (!deflater.needsInput()) {
        idat.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      idat.write(buffer, 0, deflater.deflate(buffer));
    }
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  @Test
  void
      aFinderReportsByCodeAndPhoto_craftedInputChangesNothing_theFloodIsStopped_andTheOfficerDecides()
          throws Exception {
    Documents.Printed list = list(2);
    String id = list.document().id();

    // the page, open without sign-in, in English when asked
    HttpResponse<String> page = open();
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"found\"", "enctype=\"multipart/form-data\"")
        .doesNotContain("??");
    assertThat(token).isNotEmpty();
    assertThat(page.headers().firstValue("Content-Security-Policy")).contains(WebSecurity.CSP);

    // a typed code: the office, never whose page it is
    HttpResponse<String> typed =
        typed(list.pages().get(0).shortCode().toLowerCase(java.util.Locale.ROOT));
    assertThat(typed.statusCode()).as(typed.body()).isEqualTo(200);
    assertThat(typed.body())
        .contains("id=\"office\">c-city<", "internal document", "do not copy")
        .doesNotContain("??")
        .doesNotContain("DNM6", "RTE5", "カード発行", "city-staff", id, "本庁舎");

    // a photo of the second page's QR code
    HttpResponse<String> photo = report("", qrPng(list.pages().get(1).qrText()), "image/png");
    assertThat(photo.statusCode()).as(photo.body()).isEqualTo(200);
    assertThat(photo.body()).contains("id=\"office\">c-city<").doesNotContain("DNM6", id);

    // crafted uploads: not an image, a huge picture in a small file, a bomb, no QR code, a QR code
    // of something else
    HttpResponse<String> text =
        report("", "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8), "image/png");
    assertThat(text.statusCode()).isEqualTo(400);
    assertThat(text.body()).contains("must be a JPEG or PNG");
    HttpResponse<String> huge = report("", bombPng(20_000, 20_000), "image/png");
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(huge.body()).contains("too large");
    HttpResponse<String> bomb = report("", bombPng(6_000, 5_000), "image/png");
    assertThat(bomb.statusCode()).isEqualTo(413);
    HttpResponse<String> blank = report("", blankPng(), "image/png");
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(blank.body()).contains("No QR code could be read");
    HttpResponse<String> other = report("", qrPng("https://example.com/win"), "image/png");
    assertThat(other.statusCode()).isEqualTo(404);

    // typed attacks: markup, control and full-width characters, a typo, a number
    HttpResponse<String> markup = typed("<script>alert(1)</script>");
    assertThat(markup.statusCode()).isEqualTo(404);
    assertThat(markup.body()).doesNotContain("<script>alert(1)");
    String code = list.pages().get(0).shortCode();
    assertThat(typed(code.substring(0, 5) + "\u0000\u001b[2J" + code.substring(5)).statusCode())
        .isEqualTo(404);
    StringBuilder wide = new StringBuilder();
    for (char ch : code.toCharArray()) {
      wide.append(ch == '-' ? '－' : (char) (ch + 0xFEE0));
    }
    assertThat(typed(wide.toString()).statusCode()).isEqualTo(200);
    String typo = (code.charAt(0) == 'A' ? 'B' : 'A') + code.substring(1);
    HttpResponse<String> mistyped = typed(typo);
    assertThat(mistyped.statusCode()).isEqualTo(400);
    assertThat(mistyped.body()).contains("mistyped", typo);
    HttpResponse<String> number = typed("1234-5678-9018");
    assertThat(number.statusCode()).isEqualTo(404);
    assertThat(number.body()).doesNotContain("5678");

    // without the form's CSRF token nothing is reported
    String kept = token;
    token = "forged";
    assertThat(typed(code).statusCode()).isEqualTo(403);
    token = kept;

    // the officer sees the alert and the reports, with every person on them
    MockHttpServletResponse alerts =
        send(
            get("/console/alerts")
                .with(c.as("city-security-officer"))
                .header("Accept-Language", "en"));
    assertThat(alerts.getContentAsString())
        .contains("document:" + id, "Page found outside", "DNM6-KXW2-15MX-RTE5");
    MockHttpServletResponse found =
        send(
            get("/console/found")
                .with(c.as("city-security-officer"))
                .header("Accept-Language", "en"));
    assertThat(found.getStatus()).isEqualTo(200);
    String p1 = "f-" + id + "-p1-r1";
    String p2 = "f-" + id + "-p2-r1";
    assertThat(found.getContentAsString())
        .contains("id=\"report-" + p1 + "\"", "id=\"report-" + p2 + "\"", "id=\"nav-found\"")
        .contains("id=\"persons-" + p1 + "\"", "See the 3 persons on it")
        .doesNotContain("??");
    // the persons on a report, a page at a time, on the report's own page
    MockHttpServletResponse persons =
        send(
            get("/console/found/" + p1)
                .with(c.as("city-security-officer"))
                .header("Accept-Language", "en"));
    assertThat(persons.getStatus()).isEqualTo(200);
    assertThat(persons.getContentAsString())
        .contains("DNM6-…-RTE5", "title=\"QP4A-7HJK-M2NX-8WEZ\"", "Persons on it (3)")
        .doesNotContain("id=\"next\"", "??");
    assertThat(
            send(get("/console/found/" + p1)
                    .param("after", "DNM6-KXW2-15MX-RTE5")
                    .with(c.as("city-org-admin")))
                .getContentAsString())
        .contains("title=\"ZT90-AB12-CD34-EF56\"")
        .doesNotContain("title=\"DNM6-KXW2-15MX-RTE5\"");
    assertThat(send(get("/console/found").with(c.as("city-staff"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/console/found").with(c.as("con-admin"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/console/found/" + p1).with(c.as("city-staff"))).getStatus())
        .isEqualTo(403);
    assertThat(send(get("/console/found/" + p1).with(c.as("other-officer"))).getStatus())
        .isEqualTo(404);
    assertThat(
            send(get("/console/found/" + p1)
                    .param("after", "a b")
                    .with(c.as("city-security-officer")))
                .getStatus())
        .isEqualTo(404);

    // the found page's alert is not closed on the alerts page: its report is decided instead
    String alertId =
        c.w
            .context
            .getBean(FoundReports.class)
            .get(new TenantId(ConsoleWorld.CITY), p1)
            .orElseThrow()
            .alertId()
            .orElseThrow();
    assertThat(alerts.getContentAsString())
        .contains("class=\"decide-found\" href=\"/console/found\"")
        .doesNotContain("/console/alerts/" + alertId + "/close");
    MockHttpServletResponse closing =
        send(
            post("/console/alerts/" + alertId + "/close")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("reason", "拾得者に連絡済み"));
    assertThat(closing.getRedirectedUrl()).isEqualTo("/console/alerts?problem=found");
    assertThat(
            send(get(closing.getRedirectedUrl())
                    .with(c.as("city-security-officer"))
                    .header("Accept-Language", "en"))
                .getContentAsString())
        .contains("closes when its report is decided");
    assertThat(
            c.w
                .context
                .getBean(mamori.identity.SecurityAlerts.class)
                .get(ConsoleWorld.CITY, alertId)
                .orElseThrow()
                .open())
        .isTrue();
    // the officer's dashboard counts the open reports and links to them; staff see no count
    assertThat(
            send(get("/console")
                    .with(c.as("city-security-officer"))
                    .header("Accept-Language", "en"))
                .getContentAsString())
        .contains("id=\"found-open\"", "Open found-page reports: 2", "href=\"/console/found\"");
    assertThat(send(get("/console").with(c.as("city-staff"))).getContentAsString())
        .doesNotContain("id=\"found-open\"");
    MockHttpServletResponse empty =
        send(
            post("/console/found/" + p1 + "/decide")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("decision", "not-a-leak")
                .param("note", " "));
    assertThat(empty.getStatus()).isEqualTo(400);
    MockHttpServletResponse numbered =
        send(
            post("/console/found/" + p1 + "/decide")
                .with(c.as("city-security-officer"))
                .with(csrf())
                .param("decision", "not-a-leak")
                .param("note", "1234 5678 9018"));
    assertThat(numbered.getStatus()).isEqualTo(400);
    assertThat(numbered.getContentAsString()).doesNotContain("5678");
    assertThat(
            send(post("/console/found/" + p1 + "/decide")
                    .with(c.as("city-staff"))
                    .with(csrf())
                    .param("decision", "not-a-leak")
                    .param("note", "ok"))
                .getStatus())
        .isEqualTo(403);
    MockHttpServletResponse decided =
        send(
            post("/console/found/" + p1 + "/decide")
                .with(c.as("city-org-admin"))
                .with(csrf())
                .param("decision", "returned-by-finder")
                .param("note", "拾得者が窓口に持参"));
    assertThat(decided.getStatus()).isEqualTo(302);
    assertThat(c.w.context.getBean(FoundReports.class).get(new TenantId(ConsoleWorld.CITY), p1))
        .hasValueSatisfying(r -> assertThat(r.open()).isFalse());
    assertThat(
            send(get("/console").with(c.as("city-org-admin")).header("Accept-Language", "en"))
                .getContentAsString())
        .contains("Open found-page reports: 1");

    // the flood: twenty reports an hour from one address, then 429 before anything is read
    int status = 0;
    for (int i = 0; i < 25 && status != 429; i++) {
      status = typed("ZZZZ-ZZZZ-001A-BCDE-FGH" + (char) ('0' + i % 10)).statusCode();
    }
    assertThat(status).isEqualTo(429);
    HttpResponse<String> throttled = report("", qrPng(list.pages().get(1).qrText()), "image/png");
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.body()).contains("Too many reports", "id=\"throttled\"");
    assertThat(throttled.headers().firstValue("Retry-After")).contains("3600");
    assertThat(open().statusCode()).isEqualTo(200);
  }

  @Test
  void staffCheckPagesIn_atTheCounter_andTheDashboardCountsThoseNotBack() throws Exception {
    Documents.Printed list = list(3);
    String id = list.document().id();
    // printed yesterday (the unit test moves a clock; here the rows are moved back a day)
    JdbcClient.create(c.w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("UPDATE handover_page SET printed_at = printed_at - ? WHERE document_id = ?")
        .params(Duration.ofDays(1).toMillis(), id)
        .update();

    MockHttpServletResponse form =
        send(get("/counter/returns").with(c.as("city-staff")).header("Accept-Language", "en"));
    assertThat(form.getStatus()).isEqualTo(200);
    assertThat(form.getContentAsString())
        .contains("id=\"return\"", "name=\"as\"", "autofocus")
        .doesNotContain("??");
    MockHttpServletResponse shredded =
        send(
            post("/counter/returns")
                .with(c.as("city-staff"))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("as", "shredded")
                .param("code", list.pages().get(0).qrText()));
    assertThat(shredded.getStatus()).isEqualTo(200);
    assertThat(shredded.getContentAsString()).contains("Shredded:", "page 1 of 3", id);
    MockHttpServletResponse again =
        send(
            post("/counter/returns")
                .with(c.as("city-staff"))
                .with(csrf())
                .header("Accept-Language", "en")
                .param("as", "filed")
                .param("code", list.pages().get(0).shortCode()));
    assertThat(again.getStatus()).isEqualTo(409);
    assertThat(again.getContentAsString()).contains("shredded already");
    MockHttpServletResponse unchosen =
        send(
            post("/counter/returns")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("code", list.pages().get(1).shortCode()));
    assertThat(unchosen.getStatus()).isEqualTo(400);
    MockHttpServletResponse markup =
        send(
            post("/counter/returns")
                .with(c.as("city-staff"))
                .with(csrf())
                .param("as", "filed")
                .param("code", "<script>alert(1)</script>"));
    assertThat(markup.getStatus()).isEqualTo(404);
    assertThat(markup.getContentAsString()).doesNotContain("<script>alert(1)");
    assertThat(send(get("/counter/returns").with(c.as("city-auditor"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/counter/returns").with(c.as("con-operator"))).getStatus()).isEqualTo(403);
    assertThat(send(get("/counter/returns")).getStatus()).isEqualTo(302);

    // the officer's dashboard lists pages 2 and 3 with their printer and who printed them
    MockHttpServletResponse dashboard =
        send(get("/console").with(c.as("city-security-officer")).header("Accept-Language", "en"));
    assertThat(dashboard.getStatus()).isEqualTo(200);
    assertThat(dashboard.getContentAsString())
        .contains(
            "Internal pages not accounted for",
            "id=\"out-" + id + "-2\"",
            "id=\"out-" + id + "-3\"")
        .doesNotContain("id=\"out-" + id + "-1\"")
        .contains("本庁舎2階プリンター", "city-staff")
        .doesNotContain("??");
    assertThat(send(get("/console").with(c.as("city-org-admin"))).getContentAsString())
        .contains("id=\"pages-out\"");
    assertThat(send(get("/console").with(c.as("city-staff"))).getContentAsString())
        .doesNotContain("id=\"pages-out\"");

    // a bad month: the card lists the first fifty, and /console/pages-out every page, 100 a page
    Documents.Printed big = list(130);
    JdbcClient.create(c.w.context.getBean(mamori.store.Store.class).dataSource())
        .sql("UPDATE handover_page SET printed_at = printed_at - ? WHERE document_id = ?")
        .params(Duration.ofDays(1).toMillis(), big.document().id())
        .update();
    String card =
        send(get("/console").with(c.as("city-security-officer")).header("Accept-Language", "en"))
            .getContentAsString();
    assertThat(card).contains("id=\"pages-out-more\"", "href=\"/console/pages-out\"");
    List<String> listed = new java.util.ArrayList<>();
    String next = null;
    int pages = 0;
    do {
      var request = get("/console/pages-out").with(c.as("city-org-admin"));
      if (next != null) {
        request.param("after", next);
      }
      MockHttpServletResponse out = send(request.header("Accept-Language", "en"));
      assertThat(out.getStatus()).isEqualTo(200);
      String body = out.getContentAsString();
      assertThat(body).contains("132 internal pages printed before").doesNotContain("??");
      Matcher rows = Pattern.compile("id=\"out-([0-9A-Z]{8}-[0-9]+)\"").matcher(body);
      while (rows.find()) {
        listed.add(rows.group(1));
      }
      Matcher more = Pattern.compile("after=([0-9A-Z-]+)\" id=\"next\"").matcher(body);
      next = more.find() ? more.group(1) : null;
      pages++;
    } while (next != null && pages < 5);
    assertThat(pages).isEqualTo(2);
    assertThat(listed).hasSize(132).doesNotHaveDuplicates();
    assertThat(listed.subList(0, 2)).containsExactly(id + "-2", id + "-3");
    assertThat(listed.getLast()).isEqualTo(big.document().id() + "-130");
    assertThat(send(get("/console/pages-out").with(c.as("city-staff"))).getStatus()).isEqualTo(403);
    assertThat(
            send(get("/console/pages-out")
                    .param("after", "<script>")
                    .with(c.as("city-security-officer")))
                .getStatus())
        .isEqualTo(404);
  }
}
