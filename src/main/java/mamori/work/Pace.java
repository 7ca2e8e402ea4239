package mamori.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import mamori.core.AlertPolicy;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.identity.SecurityAlerts;
import mamori.store.Sql;
import mamori.store.TenantSettings;

/**
 * A job's pace and forecast (issue 16 point 5): the tasks done per working hour over the last
 * {@link #WINDOW_HOURS} hours in which anything was done (all of them while the job has fewer), the
 * working hours a day the job has had so far, and from the two the finish forecast on the injected
 * clock: now plus the remaining tasks over the tasks a day. A job with nothing done yet has no
 * pace, a state of its own, until its deadline is within the tenant's {@code work.warn-days} or its
 * tasks stand idle for more than a day: then it is behind. When the forecast passes the deadline
 * the job is behind, by how long and by how many tasks a day more it would need; {@link #check}
 * (run hourly by {@link PaceCheck}) raises a {@code work.behind} security alert for it once a day,
 * which the alert channels mail and post like any other.
 *
 * <p>The pace counts done tasks, not entries: a task is done once both entries agreed or a verifier
 * decided, so a job whose operators key fast and disagree often is slow, as it is.
 */
public final class Pace {
  /** The kind of the alert raised for a job behind its deadline. */
  public static final String BEHIND_KIND = "work.behind";

  /** The working hours the pace is measured over. */
  static final int WINDOW_HOURS = 8;

  /** The day of "today's tasks" and of an alert a day: the day of the cities. */
  static final ZoneId DAY_ZONE = ZoneId.of("Asia/Tokyo");

  private final WorkStore store;
  private final PaceTable table;
  private final SecurityAlerts alerts;
  private final Clock clock;
  private final TenantSettings settings;

  /** The setting of how many days before its deadline a job with no pace counts as behind. */
  public static final String WARN_DAYS = "work.warn-days";

  /** {@link #WARN_DAYS} when unset. */
  static final int DEFAULT_WARN_DAYS = 5;

  /** How long a job's waiting tasks may stand with nobody keying before it counts as behind. */
  static final Duration IDLE = Duration.ofDays(1);

  public Pace(WorkStore store, SecurityAlerts alerts, Clock clock) {
    this.store = store;
    this.table = new PaceTable(store);
    this.alerts = alerts;
    this.clock = clock;
    this.settings = new TenantSettings(store.dataSource());
  }

  /** Where a job stands against its deadline. */
  public enum Status {
    /** Every task is done. */
    FINISHED,
    /**
     * Nothing is done yet, so there is no pace to forecast from; the deadline is further than the
     * tenant's {@link #WARN_DAYS} and the tasks have not stood idle for more than {@link #IDLE}.
     */
    NO_PACE,
    /** The forecast is at or before the deadline. */
    ON_TIME,
    /**
     * The forecast passes the deadline, or the deadline passed with tasks left, or nothing is done
     * with the deadline within {@link #WARN_DAYS} or the tasks idle for more than {@link #IDLE}.
     */
    BEHIND;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * The measured pace.
   *
   * @param perHour tasks done per working hour over the window
   * @param hours the working hours (hours with anything done) the window holds
   * @param from the start of the window's first hour
   * @param hoursPerDay the working hours a day the job has had, from its first done task to now
   * @param perDay tasks a day at this pace: {@code perHour * hoursPerDay}
   * @param operators the operators who keyed anything in the window
   */
  public record Rate(
      double perHour, int hours, Instant from, double hoursPerDay, double perDay, int operators) {}

  /**
   * One operator's figures on the job.
   *
   * @param keyed fields keyed, from work_accuracy
   * @param right how many of them were the value accepted
   * @param today entries (keyings and verifications) made today
   */
  public record Operator(String id, long keyed, long right, long today) {
    /** The share of fields keyed right, in percent; 0 before anything was keyed. */
    public double percent() {
      return keyed == 0 ? 0 : 100.0 * right / keyed;
    }
  }

  /**
   * Where a job stands against its deadline at {@code at}: what the list of jobs, the dashboard's
   * cards and the check read of every job ({@link Summary}, read for all of a tenant's jobs at
   * once); the job's own page reads the whole {@link Progress}, which stands the same.
   */
  public interface Standing {
    Job job();

    Instant at();

    long documents();

    long accepted();

    long done();

    /** Tasks not yet done (waiting for an entry or a verifier). */
    long remaining();

    /** Whether anything is done, so there is a pace to forecast from. */
    boolean hasPace();

    /** When the job finishes at its pace; empty without a pace or when finished. */
    Optional<Instant> forecast();

    Status status();

    /** How far the forecast passes the deadline (zero when not behind). */
    Duration late();

    /**
     * The tasks a day more than the pace it would take to finish by the deadline (0 when not
     * behind; every remaining task when the deadline has passed).
     */
    double shortfallPerDay();

    default boolean behind() {
      return status() == Status.BEHIND;
    }

    /** Whole days from now to the deadline (negative once it has passed). */
    default long daysLeft() {
      return Duration.between(at(), job().deadline()).toDays();
    }

    /**
     * How late, in whole days rounded up, as every view tells it: a forecast an hour late is a day
     * late; 0 when not late.
     */
    default long lateDays() {
      Duration d = late();
      return d.isZero() || d.isNegative() ? 0 : Math.max(1, (d.toHours() + 23) / 24);
    }

    /** {@link #shortfallPerDay} in whole tasks, rounded up, as every view tells it. */
    default long shortfallTasksPerDay() {
      return (long) Math.ceil(shortfallPerDay());
    }
  }

  /** Where a job stands, without its pace's details and operators: see {@link #summaries}. */
  public record Summary(
      Job job,
      Instant at,
      long documents,
      long accepted,
      long done,
      long remaining,
      boolean hasPace,
      Optional<Instant> forecast,
      Status status,
      Duration late,
      double shortfallPerDay)
      implements Standing {}

  /**
   * A job's progress, pace and forecast at {@code at}.
   *
   * @param remaining tasks not yet done (waiting for an entry or a verifier)
   * @param entriesWanted the entries those tasks still need: two a fresh task, one a half-keyed
   *     one, one (the verifier's) a task whose entries differ
   * @param forecast when the job finishes at this pace; empty without a pace or when finished
   * @param late how far the forecast passes the deadline (zero when not behind)
   * @param shortfallPerDay the tasks a day more than the pace it would take to finish by the
   *     deadline (0 when not behind; every remaining task when the deadline has passed)
   */
  public record Progress(
      Job job,
      Instant at,
      long documents,
      long accepted,
      long entry,
      long verify,
      long done,
      long remaining,
      long entriesWanted,
      Optional<Rate> rate,
      Optional<Instant> forecast,
      Status status,
      Duration late,
      double shortfallPerDay,
      List<Operator> operators)
      implements Standing {
    @Override
    public boolean hasPace() {
      return rate.isPresent();
    }
  }

  /** The job's progress now. */
  public Progress progress(Job job) {
    Instant now = clock.instant();
    TenantId tenant = job.tenant();
    Map<Task.State, Long> tasks = store.taskCounts(tenant, job.id());
    Map<WorkDocument.State, Long> docs = store.documentCounts(tenant, job.id());
    long documents = docs.values().stream().mapToLong(Long::longValue).sum();
    long accepted = docs.getOrDefault(WorkDocument.State.ACCEPTED, 0L);
    long entry = tasks.getOrDefault(Task.State.ENTRY, 0L);
    long verify = tasks.getOrDefault(Task.State.VERIFY, 0L);
    long done = tasks.getOrDefault(Task.State.DONE, 0L);
    long remaining = entry + verify;
    Optional<Measure> m = measureHours(table.doneByHour(tenant, job.id()), now);
    Optional<Rate> rate =
        m.map(x -> x.withOperators(table.operatorsBetween(tenant, job.id(), x.from(), now)));
    Forecast f =
        standing(
            remaining,
            m,
            now,
            job.deadline(),
            () -> lead(tenant),
            () -> table.idleSince(tenant, job.id()));
    LocalDate today = LocalDate.ofInstant(now, DAY_ZONE);
    Map<String, Long> todays =
        table.tasksSince(tenant, job.id(), today.atStartOfDay(DAY_ZONE).toInstant());
    List<Operator> operators = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    for (PaceTable.Accuracy a : table.accuracy(tenant, job.id())) {
      operators.add(
          new Operator(a.operator(), a.keyed(), a.right(), todays.getOrDefault(a.operator(), 0L)));
      seen.add(a.operator());
    }
    todays.forEach((op, n) -> {
      if (!seen.contains(op)) {
        operators.add(new Operator(op, 0, 0, n));
      }
    });
    operators.sort(java.util.Comparator.comparing(Operator::id));
    return new Progress(
        job,
        now,
        documents,
        accepted,
        entry,
        verify,
        done,
        remaining,
        table.entriesWanted(tenant, job.id()),
        rate,
        f.at(),
        f.status(),
        f.late(),
        f.shortfallPerDay(),
        List.copyOf(operators));
  }

  /**
   * Where each of {@code jobs} stands now, read for all of them at once: one grouped read of the
   * work tables a tenant (rather than the job page's many a job), for the list of jobs, the
   * dashboard and the check. The figures and the status are {@link #progress}'s.
   */
  public List<Summary> summaries(List<Job> jobs) {
    Instant now = clock.instant();
    Map<TenantId, Map<JobId, PaceTable.Tally>> tallies = new java.util.HashMap<>();
    Map<TenantId, Duration> leads = new java.util.HashMap<>();
    List<Summary> out = new ArrayList<>(jobs.size());
    for (Job job : jobs) {
      TenantId tenant = job.tenant();
      PaceTable.Tally t =
          tallies
              .computeIfAbsent(tenant, table::tallies)
              .getOrDefault(job.id(), new PaceTable.Tally());
      long documents = t.documents.values().stream().mapToLong(Long::longValue).sum();
      long done = t.tasks.getOrDefault(Task.State.DONE, 0L);
      long remaining =
          t.tasks.getOrDefault(Task.State.ENTRY, 0L) + t.tasks.getOrDefault(Task.State.VERIFY, 0L);
      Optional<Measure> m = measureHours(t.doneByHour, now);
      Forecast f =
          standing(
              remaining,
              m,
              now,
              job.deadline(),
              () -> leads.computeIfAbsent(tenant, this::lead),
              t::idleSince);
      out.add(
          new Summary(
              job,
              now,
              documents,
              t.documents.getOrDefault(WorkDocument.State.ACCEPTED, 0L),
              done,
              remaining,
              m.isPresent(),
              f.at(),
              f.status(),
              f.late(),
              f.shortfallPerDay()));
    }
    return out;
  }

  /** The tenant's {@link #WARN_DAYS}. */
  private Duration lead(TenantId tenant) {
    return Duration.ofDays(WorkSettings.read(settings, tenant, WARN_DAYS, DEFAULT_WARN_DAYS));
  }

  /**
   * The forecast of {@code remaining} tasks at the pace {@code m}, and for a job with no pace yet
   * whether its deadline is near or its tasks idle ({@link #noPace}; the lead and the idle time are
   * read only then): the one rule of both {@link #progress} and {@link #summaries}.
   */
  private static Forecast standing(
      long remaining,
      Optional<Measure> m,
      Instant now,
      Instant deadline,
      java.util.function.Supplier<Duration> lead,
      java.util.function.Supplier<Optional<Instant>> idleSince) {
    Forecast f = forecast(remaining, m.map(Measure::perDay), now, deadline);
    return f.status() == Status.NO_PACE
        ? noPace(f, remaining, now, deadline, lead.get(), idleSince.get())
        : f;
  }

  /** The pace measured from done times, before the operators are counted. */
  record Measure(double perHour, int hours, Instant from, double hoursPerDay) {
    /** Tasks a day at this pace. */
    double perDay() {
      return perHour * hoursPerDay;
    }

    Rate withOperators(int operators) {
      return new Rate(perHour, hours, from, hoursPerDay, perDay(), operators);
    }
  }

  /**
   * The pace of a job whose tasks were done at {@code done} (oldest first), at {@code now}: empty
   * when nothing is done. The window is the last {@link #WINDOW_HOURS} clock hours in which a task
   * was done (all of them when fewer); the working hours a day are the job's hours with anything
   * done over the days from its first done task to today, at least one day.
   */
  static Optional<Measure> measure(List<Instant> done, Instant now) {
    java.util.SortedMap<Instant, Long> byHour = new java.util.TreeMap<>();
    for (Instant t : done) {
      byHour.merge(t.truncatedTo(ChronoUnit.HOURS), 1L, Long::sum);
    }
    return measureHours(byHour, now);
  }

  /**
   * The pace from the done tasks counted by clock hour (as {@link PaceTable#doneByHour} reads them,
   * one row an hour rather than one a task), as {@link #measure}.
   */
  static Optional<Measure> measureHours(java.util.SortedMap<Instant, Long> byHour, Instant now) {
    if (byHour.isEmpty()) {
      return Optional.empty();
    }
    List<Instant> all = new ArrayList<>(byHour.keySet());
    List<Instant> window = all.subList(Math.max(0, all.size() - WINDOW_HOURS), all.size());
    Instant from = window.getFirst();
    long inWindow = byHour.tailMap(from).values().stream().mapToLong(Long::longValue).sum();
    double perHour = (double) inWindow / window.size();
    LocalDate first = LocalDate.ofInstant(all.getFirst(), DAY_ZONE);
    LocalDate today = LocalDate.ofInstant(now, DAY_ZONE);
    long days = Math.max(1, ChronoUnit.DAYS.between(first, today) + 1);
    double hoursPerDay = Math.min(24.0, (double) all.size() / days);
    return Optional.of(new Measure(perHour, window.size(), from, hoursPerDay));
  }

  /** A forecast: when, where it stands, how late and the tasks a day short. */
  record Forecast(Optional<Instant> at, Status status, Duration late, double shortfallPerDay) {}

  /** The forecast for {@code remaining} tasks at {@code perDay} tasks a day from {@code now}. */
  static Forecast forecast(long remaining, Optional<Double> perDay, Instant now, Instant deadline) {
    if (remaining == 0) {
      return new Forecast(Optional.empty(), Status.FINISHED, Duration.ZERO, 0);
    }
    double daysLeft = (deadline.toEpochMilli() - now.toEpochMilli()) / 86_400_000.0;
    if (perDay.isEmpty() || perDay.get() <= 0) {
      return daysLeft <= 0
          ? new Forecast(
              Optional.empty(), Status.BEHIND, Duration.between(deadline, now), remaining)
          : new Forecast(Optional.empty(), Status.NO_PACE, Duration.ZERO, 0);
    }
    double pace = perDay.get();
    long millis = (long) Math.ceil(remaining / pace * 86_400_000.0);
    Instant at = now.plusMillis(millis);
    if (!at.isAfter(deadline)) {
      return new Forecast(Optional.of(at), Status.ON_TIME, Duration.ZERO, 0);
    }
    double needed = daysLeft <= 0 ? remaining : remaining / daysLeft;
    double shortfall = daysLeft <= 0 ? remaining : Math.max(0, needed - pace);
    return new Forecast(Optional.of(at), Status.BEHIND, Duration.between(deadline, at), shortfall);
  }

  /**
   * A job with no pace yet counts as behind once its deadline is within {@code lead} (the tenant's
   * {@link #WARN_DAYS}) or once its waiting tasks have stood with nobody keying for more than
   * {@link #IDLE} since {@code idleSince}: the tasks a day it needs are then all of them over the
   * days left. Otherwise it stays {@code f}, no pace.
   */
  static Forecast noPace(
      Forecast f,
      long remaining,
      Instant now,
      Instant deadline,
      Duration lead,
      Optional<Instant> idleSince) {
    boolean near = !now.plus(lead).isBefore(deadline);
    boolean idle = idleSince.map(t -> Duration.between(t, now).compareTo(IDLE) > 0).orElse(false);
    if (!near && !idle) {
      return f;
    }
    double daysLeft = Math.max(1.0, (deadline.toEpochMilli() - now.toEpochMilli()) / 86_400_000.0);
    return new Forecast(Optional.empty(), Status.BEHIND, Duration.ZERO, remaining / daysLeft);
  }

  /** The tenant's open jobs whose forecast passes their deadline, soonest deadline first. */
  public List<Summary> behind(TenantId tenant) {
    return summaries(store.jobs(tenant).stream().filter(j -> j.state() == Job.State.OPEN).toList())
        .stream()
        .filter(Summary::behind)
        .sorted(java.util.Comparator.comparing(p -> p.job().deadline()))
        .toList();
  }

  /**
   * Finds the tenant's jobs behind their deadline and raises a {@code work.behind} alert for each
   * whose alert of today (Japan's day) was not raised yet, whether or not an officer closed it
   * since; returns the jobs behind. The day's alert is claimed by a row of work_pace_alert in the
   * same transaction that raises it: two checks at once raise it once, and a check that fails or
   * dies between the two leaves neither, so the next check raises it.
   */
  public List<Summary> warn(TenantId tenant) {
    List<Summary> behind = behind(tenant);
    Instant now = clock.instant();
    String day = LocalDate.ofInstant(now, DAY_ZONE).toString();
    for (Summary p : behind) {
      JobId job = p.job().id();
      Sql.run(
          WorkStore.FAILED,
          () ->
              Sql.inTransaction(
                  store.dataSource(),
                  () -> {
                    if (table.claimAlert(tenant, job, day, now)) {
                      alerts.raise(
                          tenant.value(),
                          new SecurityAlerts.Raised(
                              BEHIND_KIND,
                              subject(job),
                              detail(p),
                              Severity.MEDIUM,
                              List.of(),
                              AlertPolicy.NOTIFY,
                              ""));
                    }
                    return null;
                  }));
    }
    return behind;
  }

  /**
   * The scheduled check ({@link PaceCheck}): {@link #warn} for every tenant with an open job;
   * returns the jobs behind over all of them. A tenant that fails is left for the next check.
   */
  public int check() {
    int n = 0;
    for (TenantId tenant : table.tenantsWithOpenJobs()) {
      try {
        n += warn(tenant).size();
      } catch (RuntimeException e) {
        org.slf4j.LoggerFactory.getLogger(Pace.class)
            .warn("work: the pace check of tenant {} failed: {}", tenant.value(), e.toString());
      }
    }
    return n;
  }

  /** The alert's subject for a job. */
  public static String subject(JobId job) {
    return "job:" + job.value();
  }

  private static String detail(Standing p) {
    return "job "
        + p.job().id().value()
        + ": "
        + p.remaining()
        + " tasks left, deadline "
        + p.job().deadline()
        + ", forecast "
        + p.forecast().map(Instant::toString).orElse("none (nothing done yet)")
        + "; "
        + p.shortfallTasksPerDay()
        + " more tasks a day needed. Remedies on the job's page: more operators, a"
        + " re-entrustment approved, or a new deadline: /console/jobs/"
        + p.job().id().value();
  }
}
