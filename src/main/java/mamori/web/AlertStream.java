package mamori.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/*
 * The dashboard's live alerts, as server-sent events.
 *
 * Alerts are raised by many threads (a sign-in, the gate, the detection engine in its own transaction),
 * so the stream does not rely on being told: one timer polls the alerts of each tenant that has a
 * watcher, from a little before the oldest point its watchers have seen (an index on tenant and raised
 * time makes this cheap; the look back catches a row committed late), and sends each watcher the alerts
 * it has not been sent. An event's id is "<raised millis>-<alert id>"; a browser that reconnects sends it
 * back as Last-Event-ID and is sent everything from that moment on, so a dropped connection misses
 * nothing (the page drops a repeat by the alert's id). Before the first event the page says from when it
 * was drawn (since=). A comment line every `heartbeat` keeps proxies from closing a quiet stream and
 * finds dead connections. A user has at most PER_USER streams: a further one ends their oldest.
 */
/** Server-sent events of the alerts raised in a tenant, for its signed-in officers and auditors. */
@Component
class AlertStream implements DisposableBean {
  static final int PER_USER = 3;
  static final Duration LOOK_BACK = Duration.ofSeconds(5);
  static final Duration RECONNECT = Duration.ofSeconds(2);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final SecurityAlerts alerts;
  private final MessageSource messages;
  private final Clock clock;
  private final Duration timeout;
  private final ScheduledExecutorService timer;
  private final Map<String, List<Watcher>> byTenant = new ConcurrentHashMap<>();

  AlertStream(
      SecurityAlerts alerts,
      MessageSource messages,
      Clock clock,
      @Value("${mamori.alerts.stream.poll:1s}") Duration poll,
      @Value("${mamori.alerts.stream.heartbeat:15s}") Duration heartbeat,
      @Value("${mamori.alerts.stream.timeout:30m}") Duration timeout) {
    this.alerts = alerts;
    this.messages = messages;
    this.clock = clock;
    this.timeout = timeout;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "mamori-alert-stream");
          t.setDaemon(true);
          return t;
        });
    timer.scheduleWithFixedDelay(
        this::pollGuarded, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(
        this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One open stream. */
  private static final class Watcher {
    final String tenant;
    final String user;
    final Locale locale;
    final SseEmitter emitter;
    final LinkedHashSet<String> sent = new LinkedHashSet<>();
    volatile long since;

    Watcher(String tenant, String user, Locale locale, SseEmitter emitter, long since) {
      this.tenant = tenant;
      this.user = user;
      this.locale = locale;
      this.emitter = emitter;
      this.since = since;
    }
  }

  /**
   * Opens a stream for {@code p} (checked by the caller to be the tenant's officer or auditor) of
   * the alerts raised from {@code lastEventId}'s moment on, else from {@code since} (millis), else
   * from now.
   */
  SseEmitter open(Principal p, @Nullable String lastEventId, @Nullable Long since, Locale locale) {
    long from = clock.instant().toEpochMilli();
    if (lastEventId != null && lastEventId.matches("[0-9]{1,15}-[0-9a-f]{1,32}")) {
      from = Long.parseLong(lastEventId.substring(0, lastEventId.indexOf('-')));
    } else if (since != null && since > 0 && since <= from) {
      from = since;
    }
    String tenant = p.tenantId().value();
    SseEmitter emitter = new SseEmitter(timeout.toMillis());
    Watcher w = new Watcher(tenant, p.userId().value(), locale, emitter, from);
    if (lastEventId != null && lastEventId.contains("-")) {
      w.sent.add(lastEventId.substring(lastEventId.indexOf('-') + 1));
    }
    List<Watcher> list = byTenant.computeIfAbsent(tenant, t -> new CopyOnWriteArrayList<>());
    List<Watcher> mine = list.stream().filter(o -> o.user.equals(w.user)).toList();
    for (int i = 0; i <= mine.size() - PER_USER; i++) {
      list.remove(mine.get(i));
      mine.get(i).emitter.complete();
    }
    list.add(w);
    Runnable gone = () -> list.remove(w);
    emitter.onCompletion(gone);
    emitter.onTimeout(gone);
    emitter.onError(e -> gone.run());
    try {
      // the first bytes at once, so the browser knows the stream is open, and how soon to come back
      emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("open"));
    } catch (IOException e) {
      drop(w);
    }
    timer.execute(() -> send(tenant, List.of(w)));
    return emitter;
  }

  /** The streams open now for {@code tenant}. */
  int open(String tenant) {
    return byTenant.getOrDefault(tenant, List.of()).size();
  }

  private void pollGuarded() {
    try {
      for (String tenant : byTenant.keySet()) {
        send(tenant, byTenant.getOrDefault(tenant, List.of()));
      }
    } catch (RuntimeException e) {
      // the store may be briefly unreachable; the next poll reads from the same points
    }
  }

  private void send(String tenant, List<Watcher> watchers) {
    if (watchers.isEmpty()) {
      return;
    }
    long from = watchers.stream().mapToLong(w -> w.since).min().orElseThrow();
    List<SecurityAlerts.Alert> fresh =
        alerts.raisedSince(tenant, Instant.ofEpochMilli(from).minus(LOOK_BACK), 200);
    for (Watcher w : watchers) {
      List<SecurityAlerts.Alert> mine = new ArrayList<>();
      synchronized (w) {
        for (SecurityAlerts.Alert a : fresh) {
          // the dashboard lists open alerts: one closed before it was sent is not added
          if (a.open()
              && a.raisedAt().toEpochMilli() >= w.since - LOOK_BACK.toMillis()
              && !w.sent.contains(a.id())) {
            mine.add(a);
          }
        }
        for (SecurityAlerts.Alert a : mine) {
          AlertRows.Row row = AlertRows.of(a, messages, w.locale);
          try {
            w.emitter.send(
                SseEmitter.event()
                    .id(a.raisedAt().toEpochMilli() + "-" + a.id())
                    .name("alert")
                    .data(JSON.writeValueAsString(row), MediaType.APPLICATION_JSON));
          } catch (IOException | IllegalStateException e) {
            drop(w);
            return;
          }
          w.sent.add(a.id());
          if (w.sent.size() > 1000) {
            w.sent.removeFirst();
          }
          w.since = Math.max(w.since, a.raisedAt().toEpochMilli());
        }
      }
    }
  }

  private void beat() {
    for (List<Watcher> list : byTenant.values()) {
      for (Watcher w : list) {
        synchronized (w) {
          try {
            w.emitter.send(SseEmitter.event().comment("heartbeat"));
          } catch (IOException | IllegalStateException e) {
            drop(w);
          }
        }
      }
    }
  }

  private void drop(Watcher w) {
    byTenant.getOrDefault(w.tenant, List.of()).remove(w);
    try {
      w.emitter.complete();
    } catch (IllegalStateException e) {
      // already completed
    }
  }

  @Override
  public void destroy() {
    timer.shutdownNow();
    byTenant.values().forEach(list -> list.forEach(w -> w.emitter.complete()));
  }
}
