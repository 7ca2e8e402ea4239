package mamori.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
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
 * so the stream does not rely on being told: one timer polls, for each watcher apart, the alerts of its
 * tenant from a little before the newest it has read (an index on tenant and raised time makes this
 * cheap; the look back catches a row committed late), a page at a time by the cursor (raised time, id)
 * and a bounded number of pages a poll, and sends it the open ones it has not been sent. A client asks
 * to be sent from at most FURTHEST_BACK ago. Before each send and heartbeat the stream asks whether its
 * user is still active and its session valid, and completes when not. An event's id is "<raised millis>-<alert id>"; a browser that reconnects sends it
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

  /** The furthest back a client may ask to be sent from (its Last-Event-ID or since). */
  static final Duration FURTHEST_BACK = Duration.ofHours(1);

  /** Alerts read a page at a time, at most PAGES pages per watcher and poll. */
  static final int PAGE = 200;

  static final int PAGES = 5;
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
        () -> guarded(this::poll), poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(
        () -> guarded(this::beat),
        heartbeat.toMillis(),
        heartbeat.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** One open stream. */
  private static final class Watcher {
    final String tenant;
    final String user;
    final Locale locale;
    final SseEmitter emitter;
    final BooleanSupplier valid;

    /** The alerts sent, with their raised time, kept while a look back may read them again. */
    final LinkedHashMap<String, Long> sent = new LinkedHashMap<>();

    /** The newest raised time read for this watcher, open or closed. */
    volatile long since;

    /** Where the last poll stopped when it had more to read; null when it read to the end. */
    @Nullable Instant resumeAt;

    String resumeAfter = "";

    Watcher(
        String tenant,
        String user,
        Locale locale,
        SseEmitter emitter,
        long since,
        BooleanSupplier valid) {
      this.tenant = tenant;
      this.user = user;
      this.locale = locale;
      this.emitter = emitter;
      this.since = since;
      this.valid = valid;
    }
  }

  /**
   * Opens a stream for {@code p} (checked by the caller to be the tenant's officer or auditor) of
   * the alerts raised from {@code lastEventId}'s moment on, else from {@code since} (millis), else
   * from now; never from more than {@link #FURTHEST_BACK} ago. {@code valid} says whether the
   * caller's user is still active and their session still valid; it is asked before every send and
   * heartbeat, and the stream completes when it says no.
   */
  SseEmitter open(
      Principal p,
      @Nullable String lastEventId,
      @Nullable Long since,
      Locale locale,
      BooleanSupplier valid) {
    long now = clock.instant().toEpochMilli();
    long from = now;
    if (lastEventId != null && lastEventId.matches("[0-9]{1,15}-[0-9a-f]{1,32}")) {
      from = Long.parseLong(lastEventId.substring(0, lastEventId.indexOf('-')));
    } else if (since != null && since > 0 && since <= from) {
      from = since;
    }
    from = Math.min(now, Math.max(from, now - FURTHEST_BACK.toMillis()));
    String tenant = p.tenantId().value();
    SseEmitter emitter = emitter(timeout.toMillis());
    Watcher w = new Watcher(tenant, p.userId().value(), locale, emitter, from, valid);
    if (lastEventId != null && lastEventId.contains("-")) {
      w.sent.put(lastEventId.substring(lastEventId.indexOf('-') + 1), from);
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
    timer.execute(() -> guarded(() -> send(w)));
    return emitter;
  }

  /** A new emitter; tests watch what is sent through their own. */
  SseEmitter emitter(long timeoutMillis) {
    return new SseEmitter(timeoutMillis);
  }

  /** The streams open now for {@code tenant}. */
  int open(String tenant) {
    return byTenant.getOrDefault(tenant, List.of()).size();
  }

  /** One poll on the caller's thread, after whatever the timer was doing. */
  void pollNow() throws Exception {
    timer.submit(this::poll).get();
  }

  /** One heartbeat on the caller's thread, after whatever the timer was doing. */
  void beatNow() throws Exception {
    timer.submit(this::beat).get();
  }

  private void poll() {
    for (List<Watcher> list : byTenant.values()) {
      for (Watcher w : list) {
        // each watcher apart: one that fails or has far to read does not hold back the others
        guarded(() -> send(w));
      }
    }
  }

  private static void guarded(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      // the store may be briefly unreachable; the next poll reads from the same points
    }
  }

  /** Whether the watcher's user and session may still see alerts; a failed check says no. */
  private boolean stillValid(Watcher w) {
    boolean ok;
    try {
      ok = w.valid.getAsBoolean();
    } catch (RuntimeException e) {
      ok = false;
    }
    if (!ok) {
      drop(w);
    }
    return ok;
  }

  /*
   * Reads on from where this watcher is, by the cursor (raised time, id), at most PAGES pages a poll:
   * from the point the last poll stopped at when it had more, else from a little before the newest
   * alert read (the look back). `since` moves past every alert read, closed ones too, so neither a
   * burst nor a run of closed alerts can hold it still, and the next poll always gets further.
   */
  private void send(Watcher w) {
    synchronized (w) {
      if (!stillValid(w)) {
        return;
      }
      Instant at;
      String after;
      if (w.resumeAt != null) {
        at = w.resumeAt;
        after = w.resumeAfter;
      } else {
        at = Instant.ofEpochMilli(w.since).minus(LOOK_BACK);
        after = "";
      }
      for (int pages = 0; pages < PAGES; pages++) {
        List<SecurityAlerts.Alert> page = alerts.raisedAfter(w.tenant, at, after, PAGE);
        for (SecurityAlerts.Alert a : page) {
          // the dashboard lists open alerts: one closed before it was sent is not added
          if (a.open() && !w.sent.containsKey(a.id()) && !sendOne(w, a)) {
            return;
          }
          w.since = Math.max(w.since, a.raisedAt().toEpochMilli());
        }
        if (page.size() < PAGE) {
          w.resumeAt = null;
          w.resumeAfter = "";
          // what no look back reads again is forgotten, so a repeat is never sent however large a
          // burst
          long forget = w.since - LOOK_BACK.toMillis();
          w.sent.values().removeIf(raised -> raised < forget);
          return;
        }
        at = page.getLast().raisedAt();
        after = page.getLast().id();
        w.resumeAt = at;
        w.resumeAfter = after;
      }
    }
  }

  private boolean sendOne(Watcher w, SecurityAlerts.Alert a) {
    AlertRows.Row row = AlertRows.of(a, messages, w.locale);
    try {
      w.emitter.send(
          SseEmitter.event()
              .id(a.raisedAt().toEpochMilli() + "-" + a.id())
              .name("alert")
              .data(JSON.writeValueAsString(row), MediaType.APPLICATION_JSON));
    } catch (IOException | IllegalStateException e) {
      drop(w);
      return false;
    }
    w.sent.put(a.id(), a.raisedAt().toEpochMilli());
    return true;
  }

  private void beat() {
    for (List<Watcher> list : byTenant.values()) {
      for (Watcher w : list) {
        synchronized (w) {
          if (!stillValid(w)) {
            continue;
          }
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
