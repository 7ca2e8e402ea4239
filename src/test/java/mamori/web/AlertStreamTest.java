package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream's bounds: at most three streams per user, each tenant's counted apart; a burst or
 * a run of closed alerts larger than a page never freezes it; an old Last-Event-ID reaches back at
 * most an hour and starves no one; a disabled user or ended session ends the stream.
 */
class AlertStreamTest {
  static final Pattern ID = Pattern.compile("(?m)^id:[0-9]+-([0-9a-z]+)$");
  StoreLocation location;
  Store store;
  AlertStream stream;
  final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
  SecurityAlerts alerts;
  final List<Recording> emitters = new CopyOnWriteArrayList<>();

  /** An emitter that keeps the ids of the alerts sent through it and whether it was completed. */
  static final class Recording extends SseEmitter {
    final List<String> ids = new CopyOnWriteArrayList<>();
    volatile boolean completed;

    Recording(long timeout) {
      super(timeout);
    }

    @Override
    public void send(SseEventBuilder builder) throws IOException {
      StringBuilder text = new StringBuilder();
      builder.build().forEach(d -> text.append(d.getData()));
      Matcher m = ID.matcher(text);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }

    @Override
    public void complete() {
      completed = true;
      super.complete();
    }
  }

  @BeforeEach
  void open() {
    location = TestStores.fresh(TestStores.Kind.SQLITE);
    store = Store.open(location);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    stream =
        new AlertStream(
            alerts,
            new StaticMessageSource(),
            clock,
            Duration.ofHours(1),
            Duration.ofHours(1),
            Duration.ofMinutes(1)) {
          @Override
          SseEmitter emitter(long timeoutMillis) {
            Recording r = new Recording(timeoutMillis);
            emitters.add(r);
            return r;
          }
        };
  }

  Recording watch(String user, @Nullable String lastEventId, BooleanSupplier valid)
      throws Exception {
    stream.open(officer(user, "t1"), lastEventId, null, Locale.ENGLISH, valid);
    stream.pollNow();
    return emitters.getLast();
  }

  List<String> raise(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(alerts.raise("t1", "detect.harvesting", "user:u" + i, "burst"));
    }
    return ids;
  }

  @Test
  void aBurstOfMoreThanAPollInOneMillisecond_isSentInFull_onceEach() throws Exception {
    Recording r = watch("o1", null, () -> true);
    clock.advance(Duration.ofMillis(1));
    int n = AlertStream.PAGE * AlertStream.PAGES + AlertStream.PAGE + 1;
    List<String> raised = raise(n);
    stream.pollNow();
    assertThat(r.ids).hasSize(AlertStream.PAGE * AlertStream.PAGES);
    stream.pollNow();
    stream.pollNow();
    assertThat(r.ids)
        .hasSize(n)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(raised);
    clock.advance(Duration.ofSeconds(10));
    String late = alerts.raise("t1", "detect.harvesting", "user:late", "after");
    stream.pollNow();
    stream.pollNow();
    assertThat(r.ids).hasSize(n + 1).endsWith(late);
  }

  @Test
  void twoHundredClosedAlerts_doNotHoldTheStream() throws Exception {
    Recording r = watch("o1", null, () -> true);
    List<String> closed = new ArrayList<>();
    for (int i = 0; i < AlertStream.PAGE; i++) {
      clock.advance(Duration.ofMillis(1));
      closed.add(alerts.raise("t1", "detect.harvesting", "user:c" + i, "closed"));
    }
    for (String id : closed) {
      alerts.close("t1", id, "o1");
    }
    clock.advance(Duration.ofMillis(1));
    String open = alerts.raise("t1", "detect.harvesting", "user:open", "open");
    stream.pollNow();
    assertThat(r.ids).containsExactly(open);
    clock.advance(Duration.ofMinutes(1));
    String next = alerts.raise("t1", "detect.harvesting", "user:next", "next");
    stream.pollNow();
    assertThat(r.ids).containsExactly(open, next);
  }

  @Test
  void anOldLastEventId_reachesBackAnHourAtMost_andStarvesNoOne() throws Exception {
    List<String> old = raise(AlertStream.PAGE + 1);
    clock.advance(Duration.ofMinutes(20));
    String withinTheHour = alerts.raise("t1", "detect.harvesting", "user:hour", "hour");
    clock.advance(Duration.ofMinutes(50));
    Recording current = watch("o2", null, () -> true);
    Recording reaching = watch("o1", "1-ab", () -> true);
    String fresh = alerts.raise("t1", "detect.harvesting", "user:fresh", "fresh");
    stream.pollNow();
    assertThat(reaching.ids).containsExactly(withinTheHour, fresh).doesNotContainAnyElementsOf(old);
    assertThat(current.ids).containsExactly(fresh);
  }

  @Test
  void aStream_endsOnTheSendOrHeartbeatAfterItsSessionStopsBeingValid() throws Exception {
    AtomicBoolean sending = new AtomicBoolean(true);
    AtomicBoolean beating = new AtomicBoolean(true);
    Recording bySend = watch("o1", null, sending::get);
    Recording byBeat = watch("o2", null, beating::get);
    String first = alerts.raise("t1", "detect.harvesting", "user:a", "a");
    stream.pollNow();
    stream.beatNow();
    assertThat(bySend.ids).containsExactly(first);
    assertThat(bySend.completed).isFalse();
    assertThat(byBeat.completed).isFalse();
    assertThat(stream.open("t1")).isEqualTo(2);
    sending.set(false);
    clock.advance(Duration.ofSeconds(1));
    alerts.raise("t1", "detect.harvesting", "user:b", "b");
    stream.pollNow();
    assertThat(bySend.ids).containsExactly(first);
    assertThat(bySend.completed).isTrue();
    assertThat(byBeat.completed).isFalse();
    beating.set(false);
    stream.beatNow();
    assertThat(byBeat.completed).isTrue();
    assertThat(stream.open("t1")).isZero();
  }

  @Test
  void aCheckThatThrows_endsTheStream() throws Exception {
    Recording r =
        watch(
            "o1",
            null,
            () -> {
              throw new IllegalStateException("store down");
            });
    assertThat(r.completed).isTrue();
    assertThat(stream.open("t1")).isZero();
  }

  @AfterEach
  void close() {
    stream.destroy();
    store.close();
    TestStores.drop(location);
  }

  static Principal officer(String user, String tenant) {
    return new Principal(
        new UserId(user),
        new TenantId(tenant),
        new OrganisationId(tenant),
        Role.SECURITY_OFFICER,
        "test");
  }

  @Test
  void aUser_hasAtMostThreeStreams_aFourthEndsTheOldest() {
    for (int i = 0; i < AlertStream.PER_USER; i++) {
      stream.open(officer("o1", "t1"), null, null, Locale.JAPANESE, () -> true);
    }
    assertThat(stream.open("t1")).isEqualTo(3);
    stream.open(officer("o1", "t1"), "1-ab", null, Locale.JAPANESE, () -> true);
    assertThat(stream.open("t1")).isEqualTo(3);
    stream.open(officer("o2", "t1"), "not an id", 5L, Locale.ENGLISH, () -> true);
    assertThat(stream.open("t1")).isEqualTo(4);
    stream.open(officer("o1", "t2"), null, null, Locale.ENGLISH, () -> true);
    assertThat(stream.open("t2")).isEqualTo(1);
    assertThat(stream.open("t3")).isZero();
  }
}
