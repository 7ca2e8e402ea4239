package mamori.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static mamori.web.GateWorld.TODAY;
import static mamori.web.GateWorld.fields;
import static mamori.web.GateWorld.scope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Organisation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bounded input on a running service: bodies refused before they are read, malformed entrustment
 * bodies answered 400 naming the field, lists, free text and waiting requests bounded, CSRF kept on
 * pages whatever the Authorization header says, and X-Forwarded-For believed from configured
 * proxies only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BoundsHttpIT {
  abstract mamori.store.TestStores.Kind kind();

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
  private static final long GIB = 1L << 30;

  /** How much a streamed body would send at most (without a limit, all of it is read). */
  private static final long STREAM = 256L << 20;

  GateWorld w;
  Entrustment parent;
  String officer;
  String entryAdmin;
  String staff;

  @BeforeAll
  void start() throws Exception {
    w = new GateWorld(Files.createTempDirectory("mamori-bounds"), kind());
    w.tenant("demo-city", 3, 1);
    w.organisation("entry-co", Organisation.Kind.CONTRACTOR, "demo-city");
    w.organisation("sub-co", Organisation.Kind.SUBCONTRACTOR, "demo-city");
    parent =
        w.entrust(
            "demo-city",
            null,
            "entry-co",
            scope(fields(Field.FAMILY_NAME, Mask.NONE, Field.ADDRESS, Mask.PARTIAL), TODAY, 100));
    officer = w.user("demo-city", "demo-city", "city-officer", Role.SECURITY_OFFICER);
    entryAdmin = w.user("demo-city", "entry-co", "entry-admin", Role.ORG_ADMIN);
    staff = w.user("demo-city", "demo-city", "city-staff", Role.STAFF);
    w.user("demo-city", "entry-co", "entry-op", Role.OPERATOR);
    w.user("demo-city", "sub-co", "sub-op", Role.OPERATOR);
  }

  @AfterAll
  void stop() {
    w.close();
  }

  // ---- bodies ----

  /** A raw HTTP/1.1 exchange: the head (with Connection: close), then as much body as given. */
  private String exchange(String head, byte[] body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", w.port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      return statusAndBody(s.getInputStream());
    }
  }

  /** The answer's head and its body (by its Content-Length), without waiting for the close. */
  private static String statusAndBody(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(text);
    if (length.find()) {
      return text + new String(in.readNBytes(Integer.parseInt(length.group(1))), UTF_8);
    }
    if (!text.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
      return text;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (!body.toString(UTF_8).endsWith("\r\n0\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      body.write(b);
    }
    return text + body.toString(UTF_8);
  }

  /**
   * The headers of an anonymous visitor who loaded the sign-in page: its session cookie and CSRF
   * token, as any browser (or an attacker) gets them, so that the CSRF check would let a body be
   * read.
   */
  private String anonymous() throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    URI page = URI.create("http://127.0.0.1:" + w.port + "/signin");
    Matcher m =
        CSRF.matcher(
            client
                .send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(m.find()).isTrue();
    StringBuilder cookie = new StringBuilder();
    for (java.net.HttpCookie c : cookies.getCookieStore().get(page)) {
      cookie
          .append(cookie.isEmpty() ? "" : "; ")
          .append(c.getName())
          .append('=')
          .append(c.getValue());
    }
    return "Cookie: " + cookie + "\r\nX-CSRF-TOKEN: " + m.group(1) + "\r\n";
  }

  /** The Authorization header, or an anonymous session's headers when there is no token. */
  private String who(String auth) throws Exception {
    return auth == null ? anonymous() : "Authorization: " + auth + "\r\n";
  }

  private String declaredHead(String path, String type, long length, String auth) throws Exception {
    return "POST "
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
        + type
        + "\r\nContent-Length: "
        + length
        + "\r\n"
        + who(auth)
        + "Connection: close\r\n\r\n";
  }

  @Test
  @Order(1)
  void aDeclaredGibibyte_isRefusedWith413AtOnce_onAnonymousApiAndFormEndpoints() throws Exception {
    List<String[]> targets =
        List.of(
            new String[] {"/portal/signin", "application/json", null},
            new String[] {"/signin/passkey", "application/json", null},
            new String[] {"/api/v1/entrustments", "application/json", officer},
            new String[] {"/signin", "application/x-www-form-urlencoded", null},
            new String[] {"/witness/add-checkpoint", "text/plain", null});
    for (String[] t : targets) {
      long started = System.nanoTime();
      String answer =
          exchange(declaredHead(t[0], t[1], GIB, t[2]), "{\"a\":".getBytes(StandardCharsets.UTF_8));
      assertThat(answer).as(t[0]).startsWith("HTTP/1.1 413");
      assertThat(answer).as(t[0]).contains("{\"code\":\"request.too-large\"");
      assertThat(answer)
          .as("the refusal carries the security headers too")
          .contains("Content-Security-Policy: default-src 'none'", "X-Frame-Options: DENY");
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .as("%s is refused without waiting for the body", t[0])
          .isLessThan(Duration.ofSeconds(5));
    }
    assertThat(w.get("/api/v1/status", null).statusCode()).isEqualTo(200);
  }

  @Test
  @Order(2)
  void aBodyOneByteOverTheLimit_is413_andOneAtTheLimitIsRead() throws Exception {
    byte[] over = new byte[BodyLimit.DEFAULT_LIMIT + 1];
    java.util.Arrays.fill(over, (byte) ' ');
    String answer =
        exchange(
            declaredHead("/api/v1/entrustments", "application/json", over.length, officer), over);
    assertThat(answer).startsWith("HTTP/1.1 413");
    byte[] at = new byte[BodyLimit.DEFAULT_LIMIT];
    java.util.Arrays.fill(at, (byte) ' ');
    answer =
        exchange(declaredHead("/api/v1/entrustments", "application/json", at.length, officer), at);
    assertThat(answer)
        .as("within the limit the body is read (and, all blanks, is no JSON object)")
        .startsWith("HTTP/1.1 400");
  }

  /**
   * A chunked body streamed without end: the server answers 413 once the limit is passed and
   * closes, so the sender gets nowhere near the 256 MiB it meant to send, and the heap stays as it
   * was.
   */
  @Test
  @Order(3)
  void aStreamedChunkedBody_isCutOffAtTheLimit_whileTheServerKeepsServing() throws Exception {
    long heapBefore = usedHeapAfterGc();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<long[]>> streams = new ArrayList<>();
      for (String[] t :
          List.of(
              new String[] {"/portal/signin", null},
              new String[] {"/api/v1/entrustments", officer},
              new String[] {"/signin/passkey", null},
              new String[] {"/api/v1/entrustments", officer})) {
        streams.add(pool.submit(() -> streamChunked(t[0], t[1])));
      }
      for (Future<long[]> f : streams) {
        long[] result = f.get(60, TimeUnit.SECONDS);
        assertThat(result[0]).as("status").isEqualTo(413);
        assertThat(result[1])
            .as("bytes the sender got out before the server cut it off")
            .isLessThan(64L << 20);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(w.get("/api/v1/status", null).statusCode()).isEqualTo(200);
    assertThat(usedHeapAfterGc() - heapBefore)
        .as("four streamed bodies left the heap as it was")
        .isLessThan(64L << 20);
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    Runtime r = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return r.totalMemory() - r.freeMemory();
  }

  /** Streams 8 KiB chunks until the server answers; returns its status and the bytes sent. */
  private long[] streamChunked(String path, String auth) throws Exception {
    try (Socket s = new Socket("127.0.0.1", w.port)) {
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
              + "Transfer-Encoding: chunked\r\n"
              + who(auth)
              + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      AtomicBoolean answered = new AtomicBoolean();
      AtomicLong sent = new AtomicLong();
      Thread writer =
          Thread.ofVirtual()
              .start(() -> {
                byte[] chunk = new byte[8192];
                java.util.Arrays.fill(chunk, (byte) 'a');
                byte[] size = "2000\r\n".getBytes(StandardCharsets.US_ASCII);
                byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
                try {
                  while (!answered.get() && sent.get() < STREAM) {
                    out.write(size);
                    out.write(chunk);
                    out.write(end);
                    sent.addAndGet(chunk.length);
                  }
                } catch (IOException e) {
                  // the server closed the connection: the end of this stream
                }
              });
      InputStream in = s.getInputStream();
      byte[] line = new byte[12];
      int read = in.readNBytes(line, 0, line.length);
      answered.set(true);
      writer.join(Duration.ofSeconds(30));
      String status = new String(line, 0, read, StandardCharsets.US_ASCII);
      assertThat(status).startsWith("HTTP/1.1 ");
      return new long[] {Long.parseLong(status.substring(9, 12)), sent.get()};
    }
  }

  @Test
  @Order(4)
  void aSmallChunkedBody_isReadAsUsual_andAChunkedFormIsRefused() throws Exception {
    String json = "{\"to\":";
    String head =
        "POST /api/v1/entrustments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nAuthorization: "
            + officer
            + "\r\nConnection: close\r\n\r\n";
    String chunked = Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n";
    String answer = exchange(head, chunked.getBytes(StandardCharsets.US_ASCII));
    assertThat(answer).startsWith("HTTP/1.1 400").contains("\"field\":\"body\"");
    String form = "user=a&password=b";
    answer =
        exchange(
            "POST /signin HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
            (Integer.toHexString(form.length()) + "\r\n" + form + "\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    assertThat(answer).startsWith("HTTP/1.1 411").contains("request.length-required");
  }

  // ---- entrustment bodies ----

  private static final String GOOD =
      """
      {"to":"entry-co","contract":{"confidentiality":true,"noTakingOffPremises":true,"staff":%s,
      "inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true,"complianceReports":"%s"},
      "scope":{"purposes":["resident-tax"],"fields":{"family_name":"%s"},"from":"%s","to":"%s",
      "dailyCap":%s,"actions":["%s"]}}\
      """;

  private static String body(
      String staff, String reports, String mask, String from, String cap, String action) {
    return GOOD.formatted(staff, reports, mask, from, TODAY.plusDays(5), cap, action);
  }

  private static String good() {
    return body("[\"entry-op\"]", "monthly", "partial", TODAY.toString(), "10", "read");
  }

  private void assertInvalid(String json, String field) throws Exception {
    long logBefore = w.logs.forTenant("demo-city").size();
    int given = w.entrustments.givenBy("demo-city").size();
    HttpResponse<String> r = w.post("/api/v1/entrustments", json, officer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body())
        .as(json.length() > 300 ? json.substring(0, 300) : json)
        .startsWith("{\"code\":\"request.invalid\"")
        .contains("\"field\":\"" + field + "\"")
        .contains("\"message\":\"" + field);
    assertThat(w.logs.forTenant("demo-city").size()).isEqualTo(logBefore);
    assertThat(w.entrustments.givenBy("demo-city")).hasSize(given);
  }

  @Test
  @Order(10)
  void malformedEntrustmentBodies_are400NamingTheField_andStoreNothing() throws Exception {
    HttpResponse<String> ok = w.post("/api/v1/entrustments", good(), officer);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);

    assertInvalid(good().replace(TODAY.toString(), "2026-13-45"), "scope.from");
    assertInvalid(good().replace(TODAY.plusDays(5).toString(), "tomorrow"), "scope.to");
    assertInvalid(good().replace("\"dailyCap\":10", "\"dailyCap\":\"ten\""), "scope.dailyCap");
    assertInvalid(
        good().replace("\"confidentiality\":true", "\"confidentiality\":\"yes\""),
        "contract.confidentiality");
    assertInvalid(
        good().replace("\"staff\":[\"entry-op\"]", "\"staff\":\"entry-op\""), "contract.staff");
    assertInvalid(good().replace("\"partial\"", "\"blurred\""), "scope.fields");
    assertInvalid(good().replace("\"family_name\"", "\"shoe_size\""), "scope.fields");
    assertInvalid(good().replace("[\"read\"]", "[\"delete\"]"), "scope.actions");
    assertInvalid(good().replace("\"to\":\"entry-co\",", ""), "to");
    assertInvalid(
        good().substring(0, good().indexOf(",\n\"scope\"")).replace("\n", "") + "}", "scope");
    assertInvalid(good().replace("\"from\":\"" + TODAY + "\",", ""), "scope.from");
    assertInvalid(good().replace("\"purposes\":[\"resident-tax\"],", ""), "scope.purposes");
    assertInvalid(good().replace("\"fields\":{\"family_name\":\"partial\"},", ""), "scope.fields");
    assertInvalid(good().substring(0, 40), "body");
    assertInvalid("", "body");
    assertInvalid("[]", "body");
  }

  @Test
  @Order(11)
  void freeTextAndListsAreBounded_andRefusedWithTheReason() throws Exception {
    assertInvalid(
        body("[\"entry-op\"]", "x".repeat(1001), "partial", TODAY.toString(), "10", "read"),
        "contract");
    List<String> many = Collections.nCopies(1001, "\"s\"");
    assertInvalid(
        body("[" + String.join(",", many) + "]", "", "partial", TODAY.toString(), "10", "read"),
        "contract.staff");
    // at the bounds it is taken
    List<String> thousand = Collections.nCopies(1000, "\"entry-op\"");
    HttpResponse<String> r =
        w.post(
            "/api/v1/entrustments",
            body(
                "[" + String.join(",", thousand) + "]",
                "x".repeat(1000),
                "partial",
                TODAY.toString(),
                "10",
                "read"),
            officer);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
  }

  @Test
  @Order(12)
  void aMistypedParameter_is400NamingIt_inTheApisShape() throws Exception {
    HttpResponse<String> r =
        w.get("/api/v1/persons?purpose=resident-tax&case=2026-0001&limit=abc", staff);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body())
        .startsWith("{\"code\":\"request.invalid\"")
        .contains("\"field\":\"limit\"")
        .doesNotContain("abc");
    r = w.get("/api/v1/persons?purpose=resident-tax&limit=5", staff);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"case\"");
    HttpResponse<String> listed =
        w.get("/api/v1/persons?purpose=resident-tax&case=2026-0001", staff);
    assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
    String token = GateWorld.tokens(listed.body()).getFirst();
    r =
        w.get(
            "/api/v1/persons/" + token + "?purpose=resident-tax&case=2026-0001&fields=shoe_size",
            staff);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("\"field\":\"fields\"").doesNotContain("shoe_size");
  }

  /** A contractor can keep 20 requests waiting for the officer; the 21st is refused. */
  @Test
  @Order(13)
  void waitingReEntrustmentRequests_areBoundedPerOrganisation() throws Exception {
    String request =
        """
        {"parent":"%s","to":"sub-co","contract":{"confidentiality":true,"noTakingOffPremises":true,
        "staff":["sub-op"],"inspectionRight":true,"noUseOutsidePurpose":true,"returnOrDisposal":true},
        "scope":{"purposes":["resident-tax"],"fields":{"family_name":"partial"},"from":"%s","to":"%s",
        "dailyCap":5,"actions":["read"]}}\
        """
            .formatted(parent.id(), TODAY, TODAY.plusDays(3));
    List<String> made = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r = w.post("/api/v1/entrustments", request, entryAdmin);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains("\"status\":\"requested\"");
      Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(r.body());
      assertThat(m.find()).isTrue();
      made.add(m.group(1));
    }
    int given = w.entrustments.givenBy("entry-co").size();
    HttpResponse<String> refused = w.post("/api/v1/entrustments", request, entryAdmin);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).startsWith("{\"code\":\"entrustment.pending-limit\"");
    assertThat(w.entrustments.givenBy("entry-co")).hasSize(given);
    // one decided (here withdrawn by its giver) frees a place
    HttpResponse<String> revoked =
        w.post("/api/v1/entrustments/" + made.getFirst() + "/revoke", "", entryAdmin);
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(w.post("/api/v1/entrustments", request, entryAdmin).statusCode()).isEqualTo(200);
  }

  // ---- CSRF ----

  /** Whether the page refused the post for want of a CSRF token (403) rather than handling it. */
  @Test
  @Order(20)
  void aBearerHeader_doesNotSwitchCsrfOffOnPages() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    for (String path : List.of("/signin", "/portal/signout", "/console/alerts/x/close")) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.port + path))
                  .header("Authorization", "Bearer anything")
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("user=nobody&password=wrong"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(403);
    }
    // the API stays exempt: a bearer call needs no CSRF token (a bad token is 401, not 403)
    assertThat(w.post("/api/v1/entrustments", good(), "Bearer mamori_nonsense").statusCode())
        .isEqualTo(401);
  }

  // ---- forwarded addresses ----

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** Failed password sign-ins to {@code port}, each claiming to come from {@code from(i)}. */
  private static List<Integer> failedSignIns(
      int port, int count, java.util.function.IntFunction<String> from) throws Exception {
    HttpClient client = browser();
    String page =
        client
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("the sign-in page carries a CSRF token").isTrue();
    String form = "user=nobody&password=wrong&_csrf=" + m.group(1);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      statuses.add(
          client
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/signin"))
                      .header("Content-Type", "application/x-www-form-urlencoded")
                      .header("X-Forwarded-For", from.apply(i))
                      .POST(HttpRequest.BodyPublishers.ofString(form))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode());
    }
    return statuses;
  }

  @Test
  @Order(30)
  void withNoTrustedProxy_aRotatedForwardedFor_doesNotDodgeTheSignInThrottle() throws Exception {
    List<Integer> statuses =
        failedSignIns(w.port, SignInThrottle.LIMIT + 1, i -> "203.0.113." + (i + 1));
    assertThat(statuses.subList(0, SignInThrottle.LIMIT)).doesNotContain(429);
    assertThat(statuses.getLast())
        .as("all came from this test's one address, whatever the header said")
        .isEqualTo(429);
  }

  @Test
  @Order(31)
  void aConfiguredProxy_isBelieved_andTheThrottleCountsTheClientItNames() throws Exception {
    try (GateWorld proxied =
        new GateWorld(
            Files.createTempDirectory("mamori-proxied"),
            kind(),
            "--mamori.web.trusted-proxies=127.0.0.1/32, ::1")) {
      List<Integer> rotated =
          failedSignIns(proxied.port, SignInThrottle.LIMIT + 1, i -> "198.51.100." + (i + 1));
      assertThat(rotated).as("each named client failed once").doesNotContain(429);
      List<Integer> one =
          failedSignIns(proxied.port, SignInThrottle.LIMIT + 1, i -> "198.51.100.200");
      assertThat(one.getLast()).as("one named client, over the limit").isEqualTo(429);
      assertThat(failedSignIns(proxied.port, 1, i -> "10.1.1.1, 198.51.100.201"))
          .as("the client is the rightmost address that is not a trusted proxy")
          .containsExactly(401);
      assertThat(failedSignIns(proxied.port, 1, i -> "198.51.100.201, 198.51.100.200"))
          .as("an address the client wrote itself, to the left, is not believed")
          .containsExactly(429);
    }
  }
}
