package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mamori.core.TenantId;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SIEM's webhook against a receiver of the test's own (the JDK's HTTP server) that checks the
 * signature as docs/security.md tells a SIEM to; a receiver that hangs costs at most the timeouts
 * and the post is retried.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
@Tag("timed") // it times itself: run alone, in the one-fork execution (docs/testing.md)
class AlertWebhookTest extends AlertTestBase {
  record Received(String timestamp, String signature, String alert, String body) {}

  HttpServer receiver;
  final List<Received> received = new CopyOnWriteArrayList<>();
  final AtomicBoolean hang = new AtomicBoolean();
  final CountDownLatch release = new CountDownLatch(1);
  AlertDelivery delivery;
  String url;

  @BeforeEach
  void startReceiver() throws Exception {
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    receiver.createContext(
        "/siem",
        ex -> {
          String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          if (hang.get()) {
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          received.add(
              new Received(
                  ex.getRequestHeaders().getFirst("X-Mamori-Timestamp"),
                  ex.getRequestHeaders().getFirst("X-Mamori-Signature"),
                  ex.getRequestHeaders().getFirst("X-Mamori-Alert"),
                  body));
          ex.sendResponseHeaders(204, -1);
          ex.close();
        });
    receiver.start();
    url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/siem";
    delivery =
        new AlertDelivery(
            store.dataSource(),
            alerts,
            new AlertChannels(settings, keys, true),
            new AlertMail(
                new AlertMail.Settings(null, 25, "m@x.example", null, null, false, Duration.ZERO)),
            Duration.ofMillis(500),
            Duration.ofMillis(700),
            new AlertDelivery.Settings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                "http://localhost:8080"),
            clock);
  }

  @AfterEach
  void stopReceiver() {
    release.countDown();
    receiver.stop(0);
    delivery.close();
  }

  /** The SIEM's check, written from the documentation, not from Mamori's code. */
  static boolean verifies(String secret, Received r) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] expected =
        mac.doFinal((r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8));
    return r.signature().startsWith("v1=")
        && MessageDigest.isEqual(expected, HexFormat.of().parseHex(r.signature().substring(3)));
  }

  @Test
  void anAlert_isPostedAsJson_signedWithTheSecret_whichIsKeptSealed() throws Exception {
    String secret = new AlertChannels(settings, keys, true).setWebhook(new TenantId(CITY), url);
    assertThat(secret).matches("whsec_[0-9a-f]{64}");
    String stored = settings.get(new TenantId(CITY), "alerts.webhook.secret").orElseThrow();
    assertThat(stored).startsWith("sealed:v1:").doesNotContain(secret.substring(6, 20));
    String id = raise(CITY, "detect.harvesting", "one was 123456789018");

    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 1, 0));

    assertThat(received).hasSize(1);
    Received r = received.getFirst();
    assertThat(r.alert()).isEqualTo(id);
    assertThat(r.timestamp()).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
    assertThat(verifies(secret, r)).isTrue();
    assertThat(verifies("whsec_" + "0".repeat(64), r)).isFalse();
    assertThat(verifies(secret, new Received(r.timestamp(), r.signature(), id, r.body() + " ")))
        .isFalse();
    assertThat(r.body())
        .isEqualTo(
            "{\"tenant\":\"kita-city\",\"id\":\""
                + id
                + "\",\"kind\":\"detect.harvesting\",\"severity\":\"high\","
                + "\"subject\":\"user:op-1\",\"detail\":\"one was ********9018\","
                + "\"raisedAt\":\"2026-04-01T09:00:00Z\",\"evidence\":[3,7],"
                + "\"policy\":\"suspend-entrustment\",\"taken\":\"entrustment e-1 suspended\"}");
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 0, 0));
    assertThat(received).hasSize(1);
  }

  @Test
  void aWebhookThatHangs_costsAtMostItsTimeouts_andIsRetried() throws Exception {
    String secret = new AlertChannels(settings, keys, true).setWebhook(new TenantId(CITY), url);
    raise(CITY, "detect.harvesting", "a");
    raise(CITY, "detect.harvesting", "b");
    hang.set(true);

    long started = System.nanoTime();
    AlertDelivery.Round round = delivery.runOnce();
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(round).isEqualTo(new AlertDelivery.Round(2, 0, 1));
    assertThat(took).as("one read timeout (700 ms), the other post not tried").isLessThan(2_000);
    var outbox = new AlertOutbox(store.dataSource());
    assertThat(outbox.all(CITY))
        .extracting(AlertOutbox.Delivery::lastError)
        .contains(AlertWebhook.NOT_REACHED);

    hang.set(false);
    release.countDown();
    clock.advance(Duration.ofSeconds(10));
    assertThat(delivery.runOnce().delivered()).isEqualTo(2);
    assertThat(outbox.all(CITY)).allMatch(AlertOutbox.Delivery::delivered);
    assertThat(received.stream().filter(r -> !r.timestamp().isEmpty()).toList())
        .allSatisfy(r -> assertThat(verifies(secret, r)).isTrue());
  }

  @Test
  void aWebhookUrl_mayNotPointInward_unlessTheOperatorAllowsPrivateRanges() {
    AlertChannels channels = new AlertChannels(settings, keys);
    for (String bad :
        List.of(
            "http://127.0.0.1:8080/",
            "http://127.255.0.9/",
            "http://localhost/",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.5/",
            "http://172.16.0.1/",
            "http://172.31.255.255/",
            "http://192.168.1.1/",
            "http://0.0.0.0/",
            "http://0.1.2.3/",
            "http://224.0.0.1/",
            "http://[::1]/",
            "http://[::]/",
            "http://[fe80::1]/",
            "http://[fc00::1]/",
            "http://[fdff::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://[ff02::1]/")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> channels.setWebhook(new TenantId(CITY), bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("loopback, link-local, private or metadata");
    }
    assertThat(settings.get(new TenantId(CITY), "alerts.webhook.url")).isEmpty();
    for (String fine :
        List.of(
            "https://172.15.255.255/",
            "https://172.32.0.1/",
            "https://11.0.0.1/",
            "https://192.169.0.1/",
            "https://[fe00::1]/",
            "https://[2001:db8::1]/",
            "https://siem.invalid/hook")) {
      assertThat(channels.setWebhook(new TenantId(CITY), fine)).as(fine).startsWith("whsec_");
    }
    AlertChannels onPremises = new AlertChannels(settings, keys, true);
    assertThat(onPremises.setWebhook(new TenantId(CITY), "http://10.0.0.5/siem"))
        .startsWith("whsec_");
    assertThat(settings.get(new TenantId(CITY), "alerts.webhook.url"))
        .contains("http://10.0.0.5/siem");
  }

  @Test
  void aWebhookSetWhilePrivateWasAllowed_isCheckedAgainBeforeEachPost_andSaysOnlyNotReached()
      throws Exception {
    new AlertChannels(settings, keys, true).setWebhook(new TenantId(CITY), url);
    AlertDelivery strict =
        new AlertDelivery(
            store.dataSource(),
            alerts,
            new AlertChannels(settings, keys),
            new AlertMail(
                new AlertMail.Settings(null, 25, "m@x.example", null, null, false, Duration.ZERO)),
            Duration.ofMillis(500),
            Duration.ofMillis(700),
            new AlertDelivery.Settings(
                Duration.ofSeconds(2),
                Duration.ofSeconds(10),
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                "http://localhost:8080"),
            clock);
    try {
      raise(CITY, "detect.harvesting", "a");
      assertThat(strict.runOnce()).isEqualTo(new AlertDelivery.Round(1, 0, 1));
      assertThat(received).isEmpty();
      assertThat(new AlertOutbox(store.dataSource()).all(CITY))
          .extracting(AlertOutbox.Delivery::lastError)
          .containsExactly("not reached");
    } finally {
      strict.close();
    }
  }

  @Test
  void aNameThatDoesNotResolve_isNotPostedTo() {
    new AlertChannels(settings, keys).setWebhook(new TenantId(CITY), "https://siem.invalid/hook");
    raise(CITY, "detect.harvesting", "a");
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 0, 1));
    assertThat(new AlertOutbox(store.dataSource()).all(CITY))
        .extracting(AlertOutbox.Delivery::lastError)
        .containsExactly("not reached");
  }

  @Test
  void aReceiverThatIsDown_leavesOnlyNotReached() throws Exception {
    new AlertChannels(settings, keys, true)
        .setWebhook(new TenantId(CITY), "http://127.0.0.1:" + AlertDeliveryTest.freePort() + "/");
    raise(CITY, "detect.harvesting", "a");
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 0, 1));
    assertThat(new AlertOutbox(store.dataSource()).all(CITY))
        .extracting(AlertOutbox.Delivery::lastError)
        .containsExactly("not reached");
  }

  @Test
  void aWebhookUrl_isHttpWithAHost() {
    AlertChannels channels = new AlertChannels(settings, keys);
    for (String bad :
        List.of("ftp://x.example/", "file:///etc/passwd", "not a url", "https:///nohost", "")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> channels.setWebhook(new TenantId(CITY), bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(settings.get(new TenantId(CITY), "alerts.webhook.url")).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> channels.setMail(new TenantId(CITY), List.of("soc@kita.example", "<script>")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
