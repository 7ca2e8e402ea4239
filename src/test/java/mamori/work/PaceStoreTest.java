package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mamori.core.TenantId;
import mamori.identity.SecurityAlerts;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.store.TestClock;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pace read from the work tables of each store: progress counts, the rate and its operators,
 * accuracy and today's tasks per operator, and the work.behind alert raised once a day.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class PaceStoreTest {
  @Parameter TestStores.Kind kind;

  static final Instant START = Instant.parse("2026-04-06T00:00:00Z"); // 09:00 in Tokyo
  final TestClock clock = new TestClock(START);
  StoreLocation location;
  Store store;
  WorkFixtures fx;
  SecurityAlerts alerts;
  Pace pace;

  @BeforeEach
  void open() {
    location = TestStores.fresh(kind);
    store = Store.open(location);
    WorkStore work = new WorkStore(store.dataSource());
    fx = new WorkFixtures(work);
    alerts = new SecurityAlerts(store.dataSource(), clock);
    pace = new Pace(work, alerts, clock);
  }

  @AfterEach
  void close() {
    store.close();
    TestStores.drop(location);
  }

  @Test
  void aFreshJob_hasNoPace_andAllItsTasksRemain() {
    Job j = fx.job("a-city", "job-aaaa-bbbb", START.plus(Duration.ofDays(20)), START);
    fx.documents(j, 3, 2, START);
    Pace.Progress p = pace.progress(j);
    assertThat(p.documents()).isEqualTo(3);
    assertThat(p.remaining()).isEqualTo(6);
    assertThat(p.entriesWanted()).isEqualTo(12);
    assertThat(p.status()).isEqualTo(Pace.Status.NO_PACE);
    assertThat(p.rate()).isEmpty();
    assertThat(pace.warn(new TenantId("a-city"))).isEmpty();
    assertThat(alerts.list("a-city", 10)).isEmpty();
  }

  @Test
  void aSlowJob_isBehind_warnsOnceADay_andTheFiguresAddUp() {
    Job j = fx.job("a-city", "job-slow-jobs", START.plus(Duration.ofDays(5)), START);
    List<TaskId> tasks = fx.documents(j, 100, 2, START);
    // 8 hours of one task an hour by two operators: 200 tasks, 8 done, 1 to verify
    for (int h = 0; h < 8; h++) {
      fx.done(j, tasks.get(h), START.plus(Duration.ofHours(h)).plusSeconds(600), "op-1", "op-2");
    }
    fx.disagreed(j, tasks.get(8), START.plus(Duration.ofHours(7)), "op-1", "op-2");
    fx.entry(j, tasks.get(9), 1, "op-3", START.plus(Duration.ofHours(7)));
    fx.accuracy(j, "op-1", 90, 81);
    fx.accuracy(j, "op-2", 90, 90);
    clock.advance(Duration.ofHours(8));

    Pace.Progress p = pace.progress(j);
    assertThat(p.done()).isEqualTo(8);
    assertThat(p.verify()).isEqualTo(1);
    assertThat(p.remaining()).isEqualTo(192);
    // 190 fresh tasks wanting two, one half-keyed wanting one, one wanting its verifier
    assertThat(p.entriesWanted()).isEqualTo(190 * 2 + 1 + 1);
    Pace.Rate r = p.rate().orElseThrow();
    assertThat(r.perHour()).isEqualTo(1.0);
    assertThat(r.perDay()).isEqualTo(8.0);
    assertThat(r.operators()).isEqualTo(3);
    assertThat(p.status()).isEqualTo(Pace.Status.BEHIND);
    assertThat(p.forecast()).contains(clock.instant().plus(Duration.ofDays(24)));
    assertThat(p.shortfallPerDay()).isGreaterThan(30);
    assertThat(p.operators())
        .extracting(Pace.Operator::id, Pace.Operator::keyed, Pace.Operator::today)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("op-1", 90L, 9L),
            org.assertj.core.groups.Tuple.tuple("op-2", 90L, 9L),
            org.assertj.core.groups.Tuple.tuple("op-3", 0L, 1L));
    assertThat(p.operators().getFirst().percent()).isEqualTo(90.0);

    TenantId tenant = new TenantId("a-city");
    assertThat(pace.warn(tenant)).extracting(x -> x.job().id()).containsExactly(j.id());
    pace.warn(tenant);
    List<SecurityAlerts.Alert> raised = alerts.list("a-city", 10);
    assertThat(raised).hasSize(1);
    assertThat(raised.getFirst().kind()).isEqualTo(Pace.BEHIND_KIND);
    assertThat(raised.getFirst().subject()).isEqualTo("job:job-slow-jobs");
    // closed today, it is not raised again today; the next day it is
    alerts.close("a-city", raised.getFirst().id(), "a-officer");
    pace.warn(tenant);
    assertThat(alerts.list("a-city", 10)).hasSize(1);
    clock.advance(Duration.ofDays(1));
    pace.warn(tenant);
    assertThat(alerts.list("a-city", 10)).hasSize(2);
    // another tenant has no jobs behind
    assertThat(pace.warn(new TenantId("b-city"))).isEmpty();
  }

  @Test
  void aSteadyJob_isOnTime_andRaisesNothing() {
    Job j = fx.job("a-city", "job-fast-jobs", START.plus(Duration.ofDays(5)), START);
    List<TaskId> tasks = fx.documents(j, 50, 2, START);
    for (int i = 0; i < 80; i++) {
      fx.done(j, tasks.get(i), START.plus(Duration.ofMinutes(6L * i + 1)), "op-1", "op-2");
    }
    clock.advance(Duration.ofHours(8));
    Pace.Progress p = pace.progress(j);
    assertThat(p.status()).isEqualTo(Pace.Status.ON_TIME);
    assertThat(p.forecast().orElseThrow()).isBefore(j.deadline());
    assertThat(pace.warn(new TenantId("a-city"))).isEmpty();
    assertThat(alerts.list("a-city", 10)).isEmpty();
  }

  /** The slow job of aSlowJob_isBehind..., eight hours on. */
  private Job slowJob(String id) {
    Job j = fx.job("a-city", id, START.plus(Duration.ofDays(5)), START);
    List<TaskId> tasks = fx.documents(j, 100, 2, START);
    for (int h = 0; h < 8; h++) {
      fx.done(j, tasks.get(h), START.plus(Duration.ofHours(h)).plusSeconds(600), "op-1", "op-2");
    }
    return j;
  }

  long behindAlerts(String tenant) {
    return alerts.list(tenant, 100).stream().filter(a -> a.kind().equals(Pace.BEHIND_KIND)).count();
  }

  @Test
  void theDoneTasks_areReadCountedByHour() {
    Job j = slowJob("job-hour-hour");
    List<TaskId> more = fx.documents(j, 1, 2, START);
    fx.done(j, more.get(0), START.plusSeconds(1200), "op-1", "op-2");
    fx.done(j, more.get(1), START.plusSeconds(1800), "op-1", "op-2");
    var byHour = new PaceTable(new WorkStore(store.dataSource())).doneByHour(j.tenant(), j.id());
    assertThat(byHour).hasSize(8);
    assertThat(byHour.firstKey()).isEqualTo(START);
    assertThat(byHour.get(START)).isEqualTo(3L);
    assertThat(byHour.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10L);
  }

  @Test
  void theServicesCheck_raisesWorkBehind_withTheDashboardNeverOpened() throws Exception {
    slowJob("job-slow-loop");
    clock.advance(Duration.ofHours(8));
    mamori.store.Loop check = PaceCheck.of(pace, true, 20);
    check.start();
    try {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (behindAlerts("a-city") == 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertThat(behindAlerts("a-city")).isEqualTo(1);
      Thread.sleep(200); // several more checks the same day raise nothing more
      assertThat(behindAlerts("a-city")).isEqualTo(1);
      assertThat(alerts.list("a-city", 10).getFirst().subject()).isEqualTo("job:job-slow-loop");
    } finally {
      check.stop();
    }
    assertThat(check.isRunning()).isFalse();
    // switched off (as in the tests' configuration), it never checks
    mamori.store.Loop off = PaceCheck.of(pace, false, 20);
    off.start();
    assertThat(off.isRunning()).isFalse();
  }

  @Test
  void theSummaries_ofAllJobsAtOnce_standAsEachJobsProgress() {
    Job slow = slowJob("job-sum-slow");
    Job fresh = fx.job("a-city", "job-sum-fresh", START.plus(Duration.ofDays(20)), START);
    List<TaskId> freshTasks = fx.documents(fresh, 3, 2, START);
    fx.entry(fresh, freshTasks.getFirst(), 1, "op-1", START.plus(Duration.ofHours(2)));
    Job near = fx.job("a-city", "job-sum-near", START.plus(Duration.ofDays(4)), START);
    fx.documents(near, 2, 2, START);
    Job idle = fx.job("a-city", "job-sum-idle", START.plus(Duration.ofDays(20)), START);
    fx.documents(idle, 1, 2, START.minus(Duration.ofDays(2)));
    Job steady = fx.job("a-city", "job-sum-steady", START.plus(Duration.ofDays(5)), START);
    List<TaskId> steadyTasks = fx.documents(steady, 50, 2, START);
    for (int i = 0; i < 80; i++) {
      fx.done(
          steady, steadyTasks.get(i), START.plus(Duration.ofMinutes(6L * i + 1)), "op-1", "op-2");
    }
    Job empty = fx.job("a-city", "job-sum-empty", START.plus(Duration.ofDays(20)), START);
    Job other = fx.job("b-city", "job-sum-other", START.plus(Duration.ofDays(3)), START);
    fx.documents(other, 1, 1, START);
    clock.advance(Duration.ofHours(8));

    List<Job> jobs = List.of(slow, fresh, near, idle, steady, empty, other);
    List<Pace.Summary> summaries = pace.summaries(jobs);
    assertThat(summaries).extracting(Pace.Summary::job).containsExactlyElementsOf(jobs);
    for (Pace.Summary s : summaries) {
      Pace.Progress p = pace.progress(s.job());
      assertThat(s)
          .as(s.job().id().value())
          .extracting(
              Pace.Standing::documents,
              Pace.Standing::accepted,
              Pace.Standing::done,
              Pace.Standing::remaining,
              Pace.Standing::hasPace,
              Pace.Standing::forecast,
              Pace.Standing::status,
              Pace.Standing::late,
              Pace.Standing::shortfallPerDay,
              Pace.Standing::at)
          .containsExactly(
              p.documents(),
              p.accepted(),
              p.done(),
              p.remaining(),
              p.hasPace(),
              p.forecast(),
              p.status(),
              p.late(),
              p.shortfallPerDay(),
              p.at());
    }
    assertThat(summaries)
        .extracting(Pace.Summary::status)
        .containsExactly(
            Pace.Status.BEHIND,
            Pace.Status.NO_PACE,
            Pace.Status.BEHIND,
            Pace.Status.BEHIND,
            Pace.Status.ON_TIME,
            Pace.Status.FINISHED,
            Pace.Status.BEHIND);
    assertThat(summaries.getFirst().remaining()).isEqualTo(192);
    assertThat(summaries.get(4).done()).isEqualTo(80);
    // the dashboard's and the check's jobs behind are the summaries': open, soonest first
    assertThat(pace.behind(new TenantId("a-city")))
        .extracting(x -> x.job().id().value())
        .containsExactly("job-sum-near", "job-sum-slow", "job-sum-idle");
  }

  @Test
  void aCheckThatDiesBetweenTheClaimAndTheAlert_leavesNoClaim_soTheNextCheckRaisesIt() {
    slowJob("job-dies-dies");
    clock.advance(Duration.ofHours(8));
    TenantId tenant = new TenantId("a-city");
    // the alert's store write dies with an Error, as a process does: no handler of the check runs
    java.time.Clock dying =
        new java.time.Clock() {
          @Override
          public Instant instant() {
            throw new LinkageError("the check dies here");
          }

          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };
    Pace dies =
        new Pace(
            new WorkStore(store.dataSource()),
            new SecurityAlerts(store.dataSource(), dying),
            clock);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dies.warn(tenant))
        .isInstanceOf(LinkageError.class);
    assertThat(behindAlerts("a-city")).isZero();
    // the day's claim went with the alert that was never raised: the next check raises it, once
    assertThat(pace.check()).isEqualTo(1);
    assertThat(behindAlerts("a-city")).isEqualTo(1);
    pace.check();
    assertThat(behindAlerts("a-city")).isEqualTo(1);
  }

  @Test
  void theServicesCheck_doesNotCheckAtBoot_butOneIntervalAfter() throws Exception {
    slowJob("job-slow-boot");
    clock.advance(Duration.ofHours(8));
    mamori.store.Loop check = PaceCheck.of(pace, true, 60_000);
    check.start();
    try {
      assertThat(check.isRunning()).isTrue();
      Thread.sleep(500);
      assertThat(behindAlerts("a-city")).as("nothing checked at boot").isZero();
    } finally {
      check.stop();
    }
    assertThat(behindAlerts("a-city")).isZero();
  }

  @Test
  void twoChecksAtOnce_raiseOneAlertAJobAndDay() throws Exception {
    for (int n = 0; n < 4; n++) {
      slowJob("job-race-000" + n);
    }
    clock.advance(Duration.ofHours(8));
    java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(2);
    java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            two.submit(() -> {
              go.await();
              return pace.check();
            }));
      }
      for (var r : runs) {
        assertThat(r.get()).isEqualTo(4);
      }
    } finally {
      two.shutdownNow();
    }
    assertThat(behindAlerts("a-city")).isEqualTo(4);
    assertThat(alerts.list("a-city", 10))
        .extracting(SecurityAlerts.Alert::subject)
        .doesNotHaveDuplicates();
    // the next day in Tokyo, one more each
    clock.advance(Duration.ofDays(1));
    pace.check();
    pace.check();
    assertThat(behindAlerts("a-city")).isEqualTo(8);
  }

  @Test
  void aJobWithNothingDone_isBehind_onceItsDeadlineIsWithinTheWarnDays() {
    TenantId tenant = new TenantId("a-city");
    Job j = fx.job("a-city", "job-near-near", START.plus(Duration.ofDays(4)), START);
    fx.documents(j, 3, 2, START);
    // nothing done, the deadline four days off: within the default five
    Pace.Progress p = pace.progress(j);
    assertThat(p.status()).isEqualTo(Pace.Status.BEHIND);
    assertThat(p.forecast()).isEmpty();
    assertThat(p.shortfallPerDay()).isEqualTo(6 / 4.0);
    assertThat(pace.check()).isEqualTo(1);
    assertThat(behindAlerts("a-city")).isEqualTo(1);
    assertThat(alerts.list("a-city", 10).getFirst().detail()).contains("nothing done yet");
    // a tenant that wants three days' warning is not told yet
    WorkSettings.set(
        new mamori.store.TenantSettings(store.dataSource()), tenant, Pace.WARN_DAYS, "3");
    assertThat(pace.progress(j).status()).isEqualTo(Pace.Status.NO_PACE);
    assertThat(WorkSettings.inForce(new mamori.store.TenantSettings(store.dataSource()), tenant))
        .contains("work.warn-days 3");
  }

  @Test
  void aJobWithNothingDone_isBehind_onceItsTasksStoodIdleMoreThanADay() {
    Job j = fx.job("a-city", "job-idle-idle", START.plus(Duration.ofDays(20)), START);
    List<TaskId> tasks = fx.documents(j, 3, 2, START);
    clock.advance(Duration.ofHours(23));
    assertThat(pace.progress(j).status()).isEqualTo(Pace.Status.NO_PACE);
    clock.advance(Duration.ofHours(2));
    assertThat(pace.progress(j).status()).isEqualTo(Pace.Status.BEHIND);
    // a first keying (nothing done yet) makes it busy again for a day
    fx.entry(j, tasks.getFirst(), 1, "op-1", clock.instant());
    assertThat(pace.progress(j).status()).isEqualTo(Pace.Status.NO_PACE);
    clock.advance(Duration.ofHours(25));
    assertThat(pace.progress(j).status()).isEqualTo(Pace.Status.BEHIND);
    // a job with nothing waiting is finished, never idle
    Job empty = fx.job("a-city", "job-none-none", START.plus(Duration.ofDays(20)), START);
    assertThat(pace.progress(empty).status()).isEqualTo(Pace.Status.FINISHED);
  }
}
