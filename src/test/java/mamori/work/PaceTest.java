package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pace and the forecast as figures: no pace, a steady pace, a slow one, the window. */
class PaceTest {
  static final Instant NOW = Instant.parse("2026-04-10T08:00:00Z"); // 17:00 in Tokyo
  static final Instant DEADLINE = NOW.plus(Duration.ofDays(10));

  @Test
  void nothingDone_isNoPace_notADivisionByZero() {
    assertThat(Pace.measure(List.of(), NOW)).isEmpty();
    Pace.Forecast f = Pace.forecast(100, Optional.empty(), NOW, DEADLINE);
    assertThat(f.status()).isEqualTo(Pace.Status.NO_PACE);
    assertThat(f.at()).isEmpty();
    assertThat(f.shortfallPerDay()).isZero();
    // a zero pace is no pace too
    assertThat(Pace.forecast(100, Optional.of(0.0), NOW, DEADLINE).status())
        .isEqualTo(Pace.Status.NO_PACE);
  }

  @Test
  void nothingDone_andTheDeadlinePassed_isBehindByEveryTask() {
    Pace.Forecast f = Pace.forecast(100, Optional.empty(), NOW, NOW.minus(Duration.ofDays(1)));
    assertThat(f.status()).isEqualTo(Pace.Status.BEHIND);
    assertThat(f.shortfallPerDay()).isEqualTo(100);
    assertThat(f.late()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void nothingLeft_isFinished() {
    assertThat(Pace.forecast(0, Optional.empty(), NOW, DEADLINE).status())
        .isEqualTo(Pace.Status.FINISHED);
  }

  /** {@code perHour} tasks in each of {@code hours} hours a day, for {@code days} days to today. */
  static List<Instant> workdays(int days, int hours, int perHour) {
    List<Instant> done = new ArrayList<>();
    for (int d = days - 1; d >= 0; d--) {
      // 09:00 Tokyo is 00:00 UTC
      Instant day = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(Duration.ofDays(d));
      for (int h = 0; h < hours; h++) {
        for (int i = 0; i < perHour; i++) {
          done.add(day.plus(Duration.ofHours(h)).plusSeconds(60L * i + 1));
        }
      }
    }
    return done;
  }

  @Test
  void aSteadyPace_forecastsOnTime() {
    // three days of 8 working hours at 30 tasks an hour: 240 a day
    Pace.Measure m = Pace.measure(workdays(3, 8, 30), NOW).orElseThrow();
    assertThat(m.perHour()).isEqualTo(30.0);
    assertThat(m.hours()).isEqualTo(8);
    assertThat(m.hoursPerDay()).isEqualTo(8.0);
    double perDay = m.perHour() * m.hoursPerDay();
    Pace.Forecast f = Pace.forecast(1_200, Optional.of(perDay), NOW, DEADLINE);
    assertThat(f.status()).isEqualTo(Pace.Status.ON_TIME);
    assertThat(f.at()).contains(NOW.plus(Duration.ofDays(5)));
    assertThat(f.late()).isZero();
  }

  @Test
  void aSlowPace_passesTheDeadline_byItsShortfall() {
    // three days of 8 hours at 5 tasks an hour: 40 a day; 1,000 left with 10 days to go
    Pace.Measure m = Pace.measure(workdays(3, 8, 5), NOW).orElseThrow();
    double perDay = m.perHour() * m.hoursPerDay();
    assertThat(perDay).isEqualTo(40.0);
    Pace.Forecast f = Pace.forecast(1_000, Optional.of(perDay), NOW, DEADLINE);
    assertThat(f.status()).isEqualTo(Pace.Status.BEHIND);
    assertThat(f.at()).contains(NOW.plus(Duration.ofDays(25)));
    assertThat(f.late()).isEqualTo(Duration.ofDays(15));
    // 100 a day are needed, 40 are done: 60 short
    assertThat(f.shortfallPerDay()).isEqualTo(60.0);
  }

  @Test
  void theWindow_isTheLastEightHoursOfActivity_soASlowdownShowsAtOnce() {
    // two days at 30 an hour, then today at 3 an hour: the window sees today's 8 hours only
    List<Instant> done = new ArrayList<>(workdays(3, 8, 30));
    Instant today = NOW.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    done.removeIf(t -> !t.isBefore(today));
    for (int h = 0; h < 8; h++) {
      for (int i = 0; i < 3; i++) {
        done.add(today.plus(Duration.ofHours(h)).plusSeconds(60L * i + 1));
      }
    }
    Pace.Measure m = Pace.measure(done, NOW).orElseThrow();
    assertThat(m.hours()).isEqualTo(8);
    assertThat(m.from()).isEqualTo(today);
    assertThat(m.perHour()).isEqualTo(3.0);
  }

  @Test
  void fewerHoursThanTheWindow_measureTheWholeJob() {
    List<Instant> done = workdays(1, 3, 10);
    Pace.Measure m = Pace.measure(done, NOW).orElseThrow();
    assertThat(m.hours()).isEqualTo(3);
    assertThat(m.from())
        .isEqualTo(done.getFirst().truncatedTo(java.time.temporal.ChronoUnit.HOURS));
    assertThat(m.perHour()).isEqualTo(10.0);
    assertThat(m.hoursPerDay()).isEqualTo(3.0);
  }

  @Test
  void idleDays_lowerTheWorkingHoursADay() {
    // one day of 8 hours, four days ago, nothing since: 8 hours over 5 days
    List<Instant> done = new ArrayList<>();
    for (Instant t : workdays(5, 8, 10)) {
      if (t.isBefore(
          NOW.minus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.DAYS))) {
        done.add(t);
      }
    }
    Pace.Measure m = Pace.measure(done, NOW).orElseThrow();
    assertThat(m.perHour()).isEqualTo(10.0);
    assertThat(m.hoursPerDay()).isEqualTo(8.0 / 5);
  }

  @Test
  void noPace_isBehind_withinTheLeadTime_orIdleMoreThanADay() {
    Pace.Forecast none = Pace.forecast(100, Optional.empty(), NOW, NOW.plus(Duration.ofDays(10)));
    assertThat(none.status()).isEqualTo(Pace.Status.NO_PACE);
    Duration lead = Duration.ofDays(5);
    Optional<Instant> fresh = Optional.of(NOW.minus(Duration.ofHours(3)));
    // ten days off, busy three hours ago: no pace still
    assertThat(Pace.noPace(none, 100, NOW, NOW.plus(Duration.ofDays(10)), lead, fresh).status())
        .isEqualTo(Pace.Status.NO_PACE);
    // five days off: within the lead, 100 tasks over 5 days is 20 a day short
    Pace.Forecast near = Pace.noPace(none, 100, NOW, NOW.plus(Duration.ofDays(5)), lead, fresh);
    assertThat(near.status()).isEqualTo(Pace.Status.BEHIND);
    assertThat(near.at()).isEmpty();
    assertThat(near.shortfallPerDay()).isEqualTo(20.0);
    // a lead of zero days warns only from the deadline on
    assertThat(
            Pace.noPace(none, 100, NOW, NOW.plus(Duration.ofDays(5)), Duration.ZERO, fresh)
                .status())
        .isEqualTo(Pace.Status.NO_PACE);
    // idle a day and a minute: behind; a day exactly: not yet
    Instant far = NOW.plus(Duration.ofDays(30));
    assertThat(
            Pace.noPace(none, 100, NOW, far, lead, Optional.of(NOW.minus(Duration.ofMinutes(1441))))
                .status())
        .isEqualTo(Pace.Status.BEHIND);
    assertThat(
            Pace.noPace(none, 100, NOW, far, lead, Optional.of(NOW.minus(Duration.ofDays(1))))
                .status())
        .isEqualTo(Pace.Status.NO_PACE);
    assertThat(Pace.noPace(none, 100, NOW, far, lead, Optional.empty()).status())
        .isEqualTo(Pace.Status.NO_PACE);
  }

  @Test
  void theMeasure_fromHourlyCounts_isTheMeasureFromEveryTime() {
    List<Instant> done = workdays(3, 8, 7);
    java.util.SortedMap<Instant, Long> byHour = new java.util.TreeMap<>();
    done.forEach(
        t -> byHour.merge(t.truncatedTo(java.time.temporal.ChronoUnit.HOURS), 1L, Long::sum));
    assertThat(Pace.measureHours(byHour, NOW)).isEqualTo(Pace.measure(done, NOW));
    assertThat(Pace.measureHours(new java.util.TreeMap<>(), NOW)).isEmpty();
  }

  static Pace.Summary standing(Duration late, double shortfall) {
    Job job =
        new Job(
            new mamori.core.TenantId("a-city"),
            new JobId("job-round"),
            "round",
            "withholding-slip-entry",
            "withholding-slip",
            1,
            DEADLINE,
            Job.State.OPEN,
            new mamori.core.UserId("u-1"),
            NOW);
    return new Pace.Summary(
        job,
        NOW,
        1,
        0,
        0,
        1,
        true,
        Optional.of(DEADLINE.plus(late)),
        Pace.Status.BEHIND,
        late,
        shortfall);
  }

  @Test
  void lateDaysAndShortfall_areRoundedUpOnce_forEveryView() {
    assertThat(standing(Duration.ZERO, 0).lateDays()).isZero();
    assertThat(standing(Duration.ofMinutes(30), 0).lateDays()).isEqualTo(1);
    assertThat(standing(Duration.ofHours(1), 0).lateDays()).isEqualTo(1);
    assertThat(standing(Duration.ofHours(24), 0).lateDays()).isEqualTo(1);
    assertThat(standing(Duration.ofHours(25), 0).lateDays()).isEqualTo(2);
    assertThat(standing(Duration.ofDays(19), 0).lateDays()).isEqualTo(19);
    assertThat(standing(Duration.ZERO, 0).shortfallTasksPerDay()).isZero();
    assertThat(standing(Duration.ZERO, 30.01).shortfallTasksPerDay()).isEqualTo(31);
    assertThat(standing(Duration.ZERO, 31.0).shortfallTasksPerDay()).isEqualTo(31);
  }
}
