package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mamori.store.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/*
 * The gate on its own, with requests held inside it by a chain that waits: what gets past while
 * others are being read, and what the hourly count lets through. The chain stands for everything
 * after the gate (Spring Security's CSRF check parsing the body, the controller reading the photo).
 */
/** The found page's bounds: at most four reports read at once, one per address, twenty an hour. */
class FoundGateTest {
  final TestClock clock = new TestClock(Instant.parse("2026-12-07T01:00:00Z"));
  final FoundGate gate = new FoundGate(FoundGate.throttle(clock), messages(), locales());
  final ExecutorService pool = Executors.newFixedThreadPool(16);
  final CountDownLatch release = new CountDownLatch(1);
  final AtomicInteger inside = new AtomicInteger();

  @AfterEach
  void stop() {
    release.countDown();
    pool.shutdownNow();
  }

  static StaticMessageSource messages() {
    StaticMessageSource m = new StaticMessageSource();
    m.addMessage("found.throttled.title", Locale.ENGLISH, "Too many tries");
    m.addMessage("found.throttled.text", Locale.ENGLISH, "Too many reports");
    m.addMessage("found.gate.busy.title", Locale.ENGLISH, "Busy");
    m.addMessage("found.gate.busy.text", Locale.ENGLISH, "Many reports at once");
    m.addMessage("found.again", Locale.ENGLISH, "Again");
    return m;
  }

  static AcceptHeaderLocaleResolver locales() {
    AcceptHeaderLocaleResolver r = new AcceptHeaderLocaleResolver();
    r.setDefaultLocale(Locale.ENGLISH);
    return r;
  }

  static MockHttpServletRequest report(String from) {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/found");
    r.setServletPath("/found");
    r.setRemoteAddr(from);
    r.setContentType("multipart/form-data; boundary=x");
    r.setContent(new byte[1024]);
    return r;
  }

  /** A chain that holds the request until the test releases it. */
  FilterChain held(CountDownLatch entered) {
    return (req, res) -> {
      inside.incrementAndGet();
      entered.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      inside.decrementAndGet();
    };
  }

  MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    gate.doFilter(request, response, (req, res) -> {});
    return response;
  }

  @Test
  void fourReportsAreReadAtOnce_oneAnAddress_andTheRestAreToldToWait_beforeTheBodyIsRead()
      throws Exception {
    List<Future<MockHttpServletResponse>> holding = new ArrayList<>();
    CountDownLatch entered = new CountDownLatch(FoundGate.MAX_IN_FLIGHT);
    // one report of an IPv6 /64 is being read: another of the same /64 waits, another /64 does not
    holding.add(hold("2001:db8:5:1::1", entered));
    awaitInside(1);
    MockHttpServletResponse same = send(report("2001:db8:5:1::ffff"));
    assertThat(same.getStatus()).isEqualTo(503);
    assertThat(same.getHeader("Retry-After")).isEqualTo(String.valueOf(FoundGate.BUSY_RETRY));
    assertThat(same.getHeader("Connection")).isEqualTo("close");
    assertThat(same.getContentAsString()).contains("id=\"busy\"", "Many reports at once");
    holding.add(hold("2001:db8:5:2::1", entered));
    holding.add(hold("198.51.100.1", entered));
    holding.add(hold("198.51.100.2", entered));
    assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(inside.get()).isEqualTo(FoundGate.MAX_IN_FLIGHT);

    // the fifth, from anywhere else, is not read
    for (String from : List.of("198.51.100.3", "2001:db8:9::1", "203.0.113.4")) {
      MockHttpServletRequest fifth = report(from);
      MockHttpServletResponse busy = new MockHttpServletResponse();
      AtomicInteger read = new AtomicInteger();
      gate.doFilter(fifth, busy, (req, res) -> read.incrementAndGet());
      assertThat(busy.getStatus()).as(from).isEqualTo(503);
      assertThat(read.get()).isZero();
    }
    // looking at the page is not bounded (no body)
    MockHttpServletRequest look = new MockHttpServletRequest("GET", "/found");
    look.setRemoteAddr("198.51.100.1");
    assertThat(send(look).getStatus()).isEqualTo(200);
    // a GET with a body is
    MockHttpServletRequest bodied = report("198.51.100.5");
    bodied.setMethod("GET");
    assertThat(send(bodied).getStatus()).isEqualTo(503);

    release.countDown();
    for (Future<MockHttpServletResponse> f : holding) {
      assertThat(f.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }
    // all places free again; the busy answers were not counted against their addresses
    for (String from : List.of("2001:db8:5:1::ffff", "198.51.100.3", "198.51.100.5")) {
      assertThat(send(report(from)).getStatus()).as(from).isEqualTo(200);
    }
  }

  @Test
  void twentyReportsAnHour_perAddressOrSlash64_thenTooManyRequests() throws Exception {
    for (int i = 0; i < FoundGate.LIMIT; i++) {
      assertThat(send(report("2001:db8:6:1::" + Integer.toHexString(i + 1))).getStatus())
          .isEqualTo(200);
    }
    MockHttpServletResponse refused = send(report("2001:db8:6:1:1:2:3:4"));
    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
    assertThat(refused.getContentAsString()).contains("id=\"throttled\"", "Too many reports");
    assertThat(send(report("2001:db8:6:2::1")).getStatus()).isEqualTo(200);
    clock.advance(FoundGate.WINDOW.plusSeconds(1));
    assertThat(send(report("2001:db8:6:1::1")).getStatus()).isEqualTo(200);
  }

  @Test
  void aBurstOfOneAddress_neverGetsMoreThanTwentyRead() throws Exception {
    AtomicInteger read = new AtomicInteger();
    List<Future<Integer>> all = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 100; i++) {
      all.add(
          pool.submit(() -> {
            go.await();
            MockHttpServletResponse r = new MockHttpServletResponse();
            gate.doFilter(report("203.0.113.50"), r, (req, res) -> read.incrementAndGet());
            return r.getStatus();
          }));
    }
    go.countDown();
    int ok = 0;
    for (Future<Integer> f : all) {
      int status = f.get(10, TimeUnit.SECONDS);
      assertThat(status).isIn(200, 429, 503);
      ok += status == 200 ? 1 : 0;
    }
    assertThat(read.get()).isEqualTo(ok).isLessThanOrEqualTo(FoundGate.LIMIT);
    // and, one after the other, exactly the rest of the twenty
    int more = 0;
    while (send(report("203.0.113.50")).getStatus() == 200) {
      more++;
    }
    assertThat(ok + more).isEqualTo(FoundGate.LIMIT);
  }

  private Future<MockHttpServletResponse> hold(String from, CountDownLatch entered) {
    return pool.submit(() -> {
      MockHttpServletResponse r = new MockHttpServletResponse();
      gate.doFilter(report(from), r, held(entered));
      return r;
    });
  }

  private void awaitInside(int n) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (inside.get() < n && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertThat(inside.get()).isEqualTo(n);
  }
}
