package mamori.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import mamori.core.TenantId;
import mamori.store.Store;
import mamori.store.StoreLocation;
import mamori.work.Job;
import mamori.work.JobId;
import mamori.work.NewJob;
import mamori.work.TaskId;
import mamori.work.WorkFixtures;
import mamori.work.WorkStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mamori jobs status|deadline|quota} on an embedded store, as the officer and staff. */
class JobsPaceCommandTest {
  @TempDir Path temp;
  StoreLocation location;

  String data() {
    return temp.resolve("data").toString();
  }

  @BeforeEach
  void signIn() {
    location = new StoreLocation.Embedded(temp.resolve("data"));
    CliLogin.officer(location, temp, temp, "demo-city");
  }

  /** A job keyed at one task an hour for the last eight hours, 192 tasks left, due in five days. */
  String slowJob() {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    try (Store store = Store.open(location)) {
      WorkFixtures fx = new WorkFixtures(store.dataSource());
      Job j = fx.job("demo-city", "job-cli-slow", now.plus(Duration.ofDays(5)), now);
      List<TaskId> tasks = fx.documents(j, 100, 2, now);
      for (int h = 0; h < 8; h++) {
        fx.done(j, tasks.get(h), now.minus(Duration.ofHours(8 - h)), "op-1", "op-2");
      }
      fx.accuracy(j, "op-1", 40, 36);
      return j.id().value();
    }
  }

  @Test
  void status_printsTheFigures_andAWarningWhenBehind_thenANewDeadlineEndsIt() {
    String job = slowJob();
    CliRun status = CliRun.of("jobs", "status", job, "--data", data());
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("job        " + job, "192", "status     behind", "op-1", "90.0%")
        .contains("WARNING    behind");
    CliRun deadline =
        CliRun.of(
            "jobs",
            "deadline",
            job,
            Instant.now().plus(Duration.ofDays(365)).toString(),
            "--data",
            data());
    assertThat(deadline.exit()).as(deadline.err()).isZero();
    CliRun after = CliRun.of("jobs", "status", job, "--data", data());
    assertThat(after.out()).contains("status     on-time").doesNotContain("WARNING");
    CliRun unknown = CliRun.of("jobs", "status", "job-none", "--data", data());
    // every jobs subcommand answers a job act refused with its code and exit 2 (JobsCommand.as)
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("job.unknown");
    CliRun past = CliRun.of("jobs", "deadline", job, "2000-01-01", "--data", data());
    assertThat(past.exit()).isEqualTo(2);
  }

  @Test
  void aJobWithNothingDone_nearItsDeadline_isBehindForItsDeadline_notByAForecast() {
    Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    try (Store store = Store.open(location)) {
      WorkFixtures fx = new WorkFixtures(store.dataSource());
      Job j = fx.job("demo-city", "job-cli-near", now.plus(Duration.ofDays(3)), now);
      fx.documents(j, 3, 2, now);
    }
    CliRun status = CliRun.of("jobs", "status", "job-cli-near", "--data", data());
    assertThat(status.exit()).as(status.err()).isZero();
    assertThat(status.out())
        .contains("status     behind", "forecast   -")
        .contains("WARNING    behind: nothing done yet, with the deadline near or the tasks idle")
        .doesNotContain("passes the deadline by");
  }

  @Test
  void aDeadlineDate_endsAtTheLastSecondOfThatDayInJapan_asAJobCreatedWithIt() {
    String job = slowJob();
    CliRun set = CliRun.of("jobs", "deadline", job, "2099-01-31", "--data", data());
    assertThat(set.exit()).as(set.err()).isZero();
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    try (Store store = Store.open(location)) {
      Instant at =
          new WorkStore(store.dataSource())
              .job(new TenantId("demo-city"), new JobId(job))
              .orElseThrow()
              .deadline();
      assertThat(at)
          .isEqualTo(NewJob.deadline("2099-01-31"))
          .isEqualTo(ZonedDateTime.of(2099, 1, 31, 23, 59, 59, 0, tokyo).toInstant())
          .isBefore(ZonedDateTime.of(2099, 2, 1, 0, 0, 0, 0, tokyo).toInstant());
    }
    CliRun bad = CliRun.of("jobs", "deadline", job, "31/01/2099", "--data", data());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("DEADLINE");
  }

  @Test
  void aTenantThatIsNoTenantId_isAUsageError_asForEveryJobsSubcommand() {
    String job = slowJob();
    for (String sub : List.of("status", "close", "reopen")) {
      CliRun bad = CliRun.of("jobs", sub, job, "--tenant", "Demo City!", "--data", data());
      assertThat(bad.exit()).as(sub).isEqualTo(2);
      assertThat(bad.err()).as(sub).contains("--tenant is 1 to 64");
    }
    CliRun other = CliRun.of("jobs", "status", job, "--tenant", "other-city", "--data", data());
    assertThat(other.exit()).isEqualTo(2);
    assertThat(other.err()).contains("is not the tenant of the signed-in user");
    assertThat(CliRun.of("jobs", "status", job, "--tenant", "demo-city", "--data", data()).exit())
        .isZero();
  }

  @Test
  void staff_areRefused_andAQuotaNeedsAnEntrustmentGivingTheJob() {
    String job = slowJob();
    CliRun quota =
        CliRun.of(
            "jobs", "quota", job, "e-none", "--hourly", "10", "--daily", "60", "--data", data());
    assertThat(quota.exit()).isEqualTo(2);
    assertThat(quota.err()).contains("entrustment.unknown");
    CliLogin.staff(location, temp, temp, "demo-city");
    CliRun status = CliRun.of("jobs", "status", job, "--data", data());
    assertThat(status.exit()).isEqualTo(2);
    assertThat(status.err()).contains("role.not-allowed");
  }

  @Test
  void close_andReopen_aJob_asTheOfficer_loggedFirst_refusedToStaff() {
    String job = slowJob();
    CliRun close = CliRun.of("jobs", "close", job, "--data", data());
    assertThat(close.exit()).as(close.err()).isZero();
    assertThat(close.out()).contains(job + " closed");
    assertThat(CliRun.of("jobs", "status", job, "--data", data()).out())
        .contains("state      closed");
    CliRun deadline = CliRun.of("jobs", "deadline", job, "2099-01-31", "--data", data());
    assertThat(deadline.exit()).isEqualTo(2);
    assertThat(deadline.err()).contains("job.closed");
    CliRun reopen = CliRun.of("jobs", "reopen", job, "--data", data());
    assertThat(reopen.exit()).as(reopen.err()).isZero();
    assertThat(reopen.out()).contains(job + " open");
    String entries = CliRun.of("log", "entries", "--tenant", "demo-city", "--data", data()).out();
    assertThat(entries.lines().filter(l -> l.contains("job.change")))
        .anySatisfy(l -> assertThat(l).contains(job + "/closed"))
        .anySatisfy(l -> assertThat(l).contains(job + "/open"));
    assertThat(CliRun.of("jobs", "close", "job-none", "--data", data()).err())
        .contains("job.unknown");
    CliLogin.staff(location, temp, temp, "demo-city");
    CliRun refused = CliRun.of("jobs", "close", job, "--data", data());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("role.not-allowed");
  }
}
