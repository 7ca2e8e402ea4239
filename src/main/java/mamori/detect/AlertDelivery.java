package mamori.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.identity.SecurityAlerts;
import mamori.identity.SecurityAlerts.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/*
 * Durable delivery of alerts by mail and webhook, in the service only.
 *
 * Seeing: for each tenant with a channel set, the sender reads the alerts raised since it last looked
 * (from a little before, `lookback`, so that a row committed late by another thread, such as the
 * detection engine's transaction, is still seen) and queues one outbox row per alert and channel. The
 * outbox's key (tenant, alert, channel) makes queuing idempotent. Alerts raised at or before a tenant's
 * floor are never queued: V30 sets the floor of every tenant that had alerts to its newest one, so an
 * upgrade mails nothing old; a tenant first seen later starts `lookback` before that moment.
 *
 * Sending: each channel has its own thread, so a webhook that hangs (bounded by its timeouts) never
 * delays mail, and neither ever touches detection, which only writes rows. A due row is claimed for
 * `lease` (an optimistic update on its next time, so two senders never both send it), sent, then marked
 * delivered; a failure counts, keeps its error and waits first, 2 first, 4 first ... up to `cap`. A
 * tenant whose webhook failed is skipped for the rest of the round, so its hanging receiver costs one
 * timeout a round. Nothing is dropped: a row stays pending until its channel takes it.
 *
 * At-least-once: a crash after the channel took a delivery and before it was marked sends that one again
 * when its lease ends; in the normal case (a restart between rounds) nothing is sent twice.
 */
/**
 * Delivers each alert once by every channel its tenant set, retrying until the channel takes it.
 */
public final class AlertDelivery implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertDelivery.class);
  private static final int BATCH = 50;
  static final int PAGE = 500;

  /**
   * How the sender runs.
   *
   * @param every how often it looks for alerts and due deliveries
   * @param first the wait after the first failure, doubled after each further one
   * @param cap the longest wait between attempts
   * @param lease how long a claimed delivery is left alone (longer than a send can take)
   * @param lookback how far before its last look each scan reads again
   * @param consoleUrl where the console is reached, for the mail's pointer
   */
  public record Settings(
      Duration every,
      Duration first,
      Duration cap,
      Duration lease,
      Duration lookback,
      String consoleUrl) {}

  /** What one round did. */
  public record Round(int queued, int delivered, int failed) {}

  private final SecurityAlerts alerts;
  private final AlertChannels channels;
  private final AlertMail mail;
  private final AlertWebhook webhook;
  private final AlertOutbox outbox;
  private final Settings settings;
  private final Clock clock;
  private final ScheduledExecutorService mailThread;
  private final ScheduledExecutorService webhookThread;

  public AlertDelivery(
      DataSource dataSource,
      SecurityAlerts alerts,
      AlertChannels channels,
      AlertMail mail,
      Duration webhookConnect,
      Duration webhookRead,
      Settings settings,
      Clock clock) {
    this.alerts = alerts;
    this.channels = channels;
    this.mail = mail;
    this.webhook = new AlertWebhook(webhookConnect, webhookRead, clock, channels.allowPrivate());
    this.outbox = new AlertOutbox(dataSource);
    this.settings = settings;
    this.clock = clock;
    this.mailThread = thread("mamori-alert-mail");
    this.webhookThread = thread("mamori-alert-webhook");
  }

  private static ScheduledExecutorService thread(String name) {
    return Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts the two sending threads (the mail one also scans), each every {@code every}. */
  public void start() {
    long ms = settings.every().toMillis();
    mailThread.scheduleWithFixedDelay(
        () ->
            guarded(() -> {
              scan();
              send(AlertOutbox.Channel.MAIL);
            }),
        ms,
        ms,
        TimeUnit.MILLISECONDS);
    webhookThread.scheduleWithFixedDelay(
        () -> guarded(() -> send(AlertOutbox.Channel.WEBHOOK)), ms, ms, TimeUnit.MILLISECONDS);
  }

  private static void guarded(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      // the store may be briefly unreachable: the next round tries again, nothing is lost
      LOG.warn("alert delivery round failed: {}", e.getClass().getSimpleName());
    }
  }

  /** One round on the caller's thread: scan, then send what is due by each channel. */
  public synchronized Round runOnce() {
    int queued = scan();
    int[] mailed = send(AlertOutbox.Channel.MAIL);
    int[] posted = send(AlertOutbox.Channel.WEBHOOK);
    return new Round(queued, mailed[0] + posted[0], mailed[1] + posted[1]);
  }

  /** Queues the alerts raised since the last look; returns how many rows were queued. */
  synchronized int scan() {
    Instant now = clock.instant();
    int queued = 0;
    for (String tenant : outbox.tenantsWithChannels()) {
      TenantId t = new TenantId(tenant);
      Optional<long[]> at = outbox.scan(tenant);
      if (at.isEmpty()) {
        outbox.startScan(tenant, now.minus(settings.lookback()).toEpochMilli());
        at = outbox.scan(tenant);
      }
      long floor = at.orElseThrow()[0];
      long seenTo = at.orElseThrow()[1];
      long from = Math.max(floor + 1, seenTo - settings.lookback().toMillis());
      boolean byMail = !channels.mailTo(t).isEmpty();
      boolean byHook = channels.hasWebhook(t);
      long newest = seenTo;
      // pages by the cursor (raised time, id) to the end, so a burst of any size is queued in full
      Instant cursor = Instant.ofEpochMilli(from);
      String after = "";
      while (true) {
        List<Alert> page = alerts.raisedAfter(tenant, cursor, after, PAGE);
        for (Alert a : page) {
          if (byMail && outbox.queue(tenant, a.id(), AlertOutbox.Channel.MAIL, now)) {
            queued++;
          }
          if (byHook && outbox.queue(tenant, a.id(), AlertOutbox.Channel.WEBHOOK, now)) {
            queued++;
          }
          newest = Math.max(newest, a.raisedAt().toEpochMilli());
        }
        if (page.size() < PAGE) {
          break;
        }
        cursor = page.getLast().raisedAt();
        after = page.getLast().id();
        // each page is kept: a later failure reads again from here less the look-back, not from the
        // start
        outbox.seen(tenant, newest);
      }
      outbox.seen(tenant, newest);
    }
    return queued;
  }

  /** Sends the due deliveries of a channel; returns {delivered, failed}. */
  int[] send(AlertOutbox.Channel channel) {
    int delivered = 0;
    int failed = 0;
    Set<String> down = new HashSet<>();
    Instant now = clock.instant();
    for (AlertOutbox.Delivery d : outbox.due(channel, now, BATCH)) {
      if (down.contains(d.tenant()) || !outbox.claim(d, now.plus(settings.lease()))) {
        continue;
      }
      try {
        deliver(d);
        outbox.delivered(d, clock.instant());
        delivered++;
      } catch (DeliveryFailed | IllegalStateException e) {
        failed++;
        down.add(d.tenant());
        Instant next = clock.instant().plus(backoff(d.attempts() + 1));
        outbox.failed(d, String.valueOf(e.getMessage()), next);
        LOG.warn(
            "alert {} of tenant {} not delivered by {} (attempt {}): {}",
            d.alertId(),
            d.tenant(),
            channel.code(),
            d.attempts() + 1,
            e.getMessage());
      }
    }
    return new int[] {delivered, failed};
  }

  /** The wait after the {@code attempts}-th failure: first, doubled each time, at most cap. */
  Duration backoff(int attempts) {
    Duration wait = settings.first();
    for (int i = 1; i < attempts && wait.compareTo(settings.cap()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(settings.cap()) > 0 ? settings.cap() : wait;
  }

  private void deliver(AlertOutbox.Delivery d) {
    TenantId tenant = new TenantId(d.tenant());
    Alert a =
        alerts
            .get(d.tenant(), d.alertId())
            .orElseThrow(() -> new DeliveryFailed("the alert is not in the store"));
    switch (d.channel()) {
      case MAIL -> {
        List<String> to = channels.mailTo(tenant);
        if (to.isEmpty()) {
          throw new DeliveryFailed("alerts.mail.to is not set");
        }
        mail.send(
            to,
            AlertMessage.subject(d.tenant(), a),
            AlertMessage.text(d.tenant(), a, settings.consoleUrl()));
      }
      case WEBHOOK -> {
        AlertChannels.Webhook hook =
            channels
                .webhook(tenant)
                .orElseThrow(() -> new DeliveryFailed("alerts.webhook.url is not set"));
        webhook.post(hook, a.id(), AlertMessage.json(d.tenant(), a));
      }
    }
  }

  @Override
  public void close() {
    mailThread.shutdownNow();
    webhookThread.shutdownNow();
  }
}
