package mamori.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mamori.core.TenantId;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Alerts by mail to a real SMTP server (GreenMail) started here: the content, an SMTP server that
 * is down (queued, retried with backoff, delivered when it is back, nothing lost or sent twice,
 * also across a restart of the sender), and alerts raised before V30 never mailed.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class AlertDeliveryTest extends AlertTestBase {
  static final Duration FIRST = Duration.ofSeconds(10);
  GreenMail smtp;
  AlertDelivery delivery;

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
    if (delivery != null) {
      delivery.close();
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  AlertDelivery delivery(int port) {
    AlertChannels channels = new AlertChannels(settings, keys);
    return new AlertDelivery(
        store.dataSource(),
        alerts,
        channels,
        new AlertMail(
            new AlertMail.Settings(
                "127.0.0.1",
                port,
                "mamori@kita.example",
                null,
                null,
                false,
                Duration.ofSeconds(2))),
        Duration.ofSeconds(1),
        Duration.ofSeconds(1),
        new AlertDelivery.Settings(
            Duration.ofSeconds(2),
            FIRST,
            Duration.ofMinutes(15),
            Duration.ofMinutes(1),
            Duration.ofMinutes(2),
            "https://mamori.kita.example"),
        clock);
  }

  GreenMail smtpOn(int port) {
    GreenMail g = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    g.start();
    return g;
  }

  @Test
  void anAlert_isMailedToTheTenantsOfficers_withIdsOnly_andWhereToLook() throws Exception {
    int port = freePort();
    smtp = smtpOn(port);
    new AlertChannels(settings, keys)
        .setMail(new TenantId(CITY), List.of("soc@kita.example", "ciso@kita.example"));
    delivery = delivery(port);
    String id = raise(CITY, "detect.harvesting", "read 300 persons; one was 123456789018");
    raise(OTHER, "detect.harvesting", "another tenant's, with no mail set");

    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 1, 0));

    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(got).hasSize(2); // one per recipient
    MimeMessage m = got[0];
    assertThat(m.getSubject())
        .isEqualTo("[Mamori] high alert detect.harvesting for kita-city (" + id + ")");
    assertThat(m.getFrom()[0].toString()).isEqualTo("mamori@kita.example");
    String body = GreenMailUtil.getBody(m);
    assertThat(body)
        .contains("alert     " + id)
        .contains("severity  high")
        .contains("subject   user:op-1")
        .contains("evidence  log indexes 3, 7")
        .contains("policy    suspend-entrustment (entrustment e-1 suspended)")
        .contains("https://mamori.kita.example/console/alerts#alert-" + id)
        .contains("mamori alerts show " + id + " --tenant kita-city")
        .contains("detail    read 300 persons; one was ********9018")
        .doesNotContain("12345678");
    var rows = new AlertOutbox(store.dataSource()).all(CITY);
    assertThat(rows).hasSize(1);
    assertThat(rows.getFirst().state()).isEqualTo("delivered");
    assertThat(rows.getFirst().attempts()).isEqualTo(1);
    assertThat(rows.getFirst().deliveredAt()).isEqualTo(clock.instant());
    assertThat(new AlertOutbox(store.dataSource()).all(OTHER)).isEmpty();

    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 0, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void whileTheSmtpServerIsDown_alertsQueue_andAreDeliveredWhenItIsBack_onceEach()
      throws Exception {
    int port = freePort();
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    delivery = delivery(port);
    String a = raise(CITY, "detect.harvesting", "a");
    clock.advance(Duration.ofMillis(5));
    String b = raise(CITY, "detect.refusals", "b");

    // down: the first attempt fails, the second is not tried in the same round
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(2, 0, 1));
    var outbox = new AlertOutbox(store.dataSource());
    var first = outbox.all(CITY).stream().filter(d -> d.alertId().equals(a)).findFirst();
    assertThat(first.orElseThrow().attempts()).isEqualTo(1);
    assertThat(first.orElseThrow().state()).isEqualTo("pending");
    assertThat(first.orElseThrow().lastError()).startsWith("the SMTP server did not take the mail");
    assertThat(first.orElseThrow().nextAt()).isEqualTo(clock.instant().plus(FIRST));

    // still down after the wait: b, queued earlier and untried, goes first and fails; a waits
    clock.advance(FIRST);
    assertThat(delivery.runOnce().failed()).isEqualTo(1);
    assertThat(attempts(outbox, a)).isEqualTo(1);
    assertThat(attempts(outbox, b)).isEqualTo(1);
    // and again: a fails a second time, and its wait doubles
    clock.advance(FIRST);
    assertThat(delivery.runOnce().failed()).isEqualTo(1);
    var again = outbox.all(CITY).stream().filter(d -> d.alertId().equals(a)).findFirst();
    assertThat(again.orElseThrow().attempts()).isEqualTo(2);
    assertThat(again.orElseThrow().nextAt()).isEqualTo(clock.instant().plus(FIRST.multipliedBy(2)));

    // back up; b is due now, a only when its doubled wait is over
    smtp = smtpOn(port);
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 1, 0));
    clock.advance(FIRST);
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 0, 0));
    clock.advance(FIRST);
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 1, 0));
    assertThat(smtp.getReceivedMessages())
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "[Mamori] high alert detect.refusals for kita-city (" + b + ")",
            "[Mamori] high alert detect.harvesting for kita-city (" + a + ")");
    assertThat(outbox.all(CITY)).allMatch(AlertOutbox.Delivery::delivered);

    // a restart of the sender sends nothing again
    delivery.close();
    delivery = delivery(port);
    clock.advance(Duration.ofHours(1));
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(0, 0, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  static int attempts(AlertOutbox outbox, String alertId) {
    return outbox.all(CITY).stream()
        .filter(d -> d.alertId().equals(alertId))
        .findFirst()
        .orElseThrow()
        .attempts();
  }

  @Test
  void withoutAnSmtpServerConfigured_mailWaitsInTheOutbox() {
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    AlertChannels channels = new AlertChannels(settings, keys);
    delivery =
        new AlertDelivery(
            store.dataSource(),
            alerts,
            channels,
            new AlertMail(
                new AlertMail.Settings(null, 25, "m@x.example", null, null, false, Duration.ZERO)),
            Duration.ofSeconds(1),
            Duration.ofSeconds(1),
            new AlertDelivery.Settings(
                Duration.ofSeconds(2),
                FIRST,
                Duration.ofMinutes(15),
                Duration.ofMinutes(1),
                Duration.ofMinutes(2),
                "http://localhost:8080"),
            clock);
    raise(CITY, "detect.harvesting", "a");
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 0, 1));
    assertThat(new AlertOutbox(store.dataSource()).all(CITY).getFirst().lastError())
        .isEqualTo("no SMTP server is configured (mamori.alerts.mail.host)");
  }

  @Test
  void aBurstLargerThanAPage_isQueuedInFull_onceEach() {
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    delivery = delivery(1);
    java.util.Set<String> raised = new java.util.HashSet<>();
    for (int i = 0; i <= AlertDelivery.PAGE; i++) {
      raised.add(raise(CITY, "detect.harvesting", "burst " + i));
      if (i % 100 == 99) {
        clock.advance(Duration.ofMillis(150));
      }
    }
    assertThat(raised).hasSize(501);
    assertThat(delivery.scan()).isEqualTo(501);
    assertThat(delivery.scan()).isZero();
    clock.advance(Duration.ofSeconds(1));
    String late = raise(CITY, "detect.harvesting", "after the burst");
    assertThat(delivery.scan()).isEqualTo(1);
    List<AlertOutbox.Delivery> rows = new AlertOutbox(store.dataSource()).all(CITY);
    assertThat(rows).hasSize(502);
    assertThat(rows)
        .extracting(AlertOutbox.Delivery::alertId)
        .doesNotHaveDuplicates()
        .containsAll(raised)
        .contains(late);
    assertThat(rows).allMatch(d -> d.channel() == AlertOutbox.Channel.MAIL);
  }

  @Test
  void aBurstInOneMillisecond_isQueuedInFull_byRunningThreeRounds() {
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    delivery = delivery(1);
    for (int i = 0; i <= AlertDelivery.PAGE; i++) {
      raise(CITY, "detect.harvesting", "burst " + i);
    }
    delivery.runOnce();
    delivery.runOnce();
    delivery.runOnce();
    List<AlertOutbox.Delivery> rows = new AlertOutbox(store.dataSource()).all(CITY);
    assertThat(rows).hasSize(501);
    assertThat(rows).extracting(AlertOutbox.Delivery::alertId).doesNotHaveDuplicates();
  }

  @Test
  void alertsRaisedBeforeV30_areNeverMailed() throws Exception {
    int port = freePort();
    smtp = smtpOn(port);
    String old = raise(CITY, "signin.locked", "before the upgrade");
    // what V30 does on upgrade, run again here on a store that has an alert already
    String sql =
        Files.readString(Path.of("src/main/resources/db/migration/V30__alert_delivery.sql"));
    String insert = sql.substring(sql.indexOf("INSERT INTO alert_scan")).strip();
    try (var c = store.dataSource().getConnection();
        var st = c.createStatement()) {
      st.executeUpdate(insert.substring(0, insert.length() - 1));
    }
    clock.advance(Duration.ofSeconds(1));
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    String fresh = raise(CITY, "detect.harvesting", "after the upgrade");
    delivery = delivery(port);
    assertThat(delivery.runOnce()).isEqualTo(new AlertDelivery.Round(1, 1, 0));
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(fresh).doesNotContain(old);
  }

  @Test
  void aTenantFirstSeenLater_startsALittleBeforeThatMoment() {
    raise(CITY, "detect.harvesting", "long ago");
    clock.advance(Duration.ofMinutes(3));
    String recent = raise(CITY, "detect.harvesting", "just now");
    new AlertChannels(settings, keys).setMail(new TenantId(CITY), List.of("soc@kita.example"));
    delivery = delivery(1);
    assertThat(delivery.scan()).isEqualTo(1);
    assertThat(new AlertOutbox(store.dataSource()).all(CITY))
        .extracting(AlertOutbox.Delivery::alertId)
        .containsExactly(recent);
  }

  @Test
  void theWait_doublesFromTheFirst_upToTheCap() {
    delivery = delivery(1);
    assertThat(delivery.backoff(1)).isEqualTo(Duration.ofSeconds(10));
    assertThat(delivery.backoff(2)).isEqualTo(Duration.ofSeconds(20));
    assertThat(delivery.backoff(3)).isEqualTo(Duration.ofSeconds(40));
    assertThat(delivery.backoff(7)).isEqualTo(Duration.ofSeconds(640));
    assertThat(delivery.backoff(8)).isEqualTo(Duration.ofMinutes(15));
    assertThat(delivery.backoff(1000)).isEqualTo(Duration.ofMinutes(15));
  }
}
