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

/**
 * A job's pace and forecast (issue 16 point 5): the tasks done per working hour over the last
 * {@link #WINDOW_HOURS} hours in which anything was done (all of them while the job has fewer), the
 * working hours a day the job has had so far, and from the two the finish forecast on the injected
 * clock: now plus the remaining tasks over the tasks a day. A job with nothing done yet has no
 * pace, a state of its own. When the forecast passes the deadline the job is behind, by how long
 * and by how many tasks a day more it would need; {@link #warn} raises a {@code work.behind}
 * security alert for it once a day, which the alert channels mail and post like any other.
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

  public Pace(WorkStore store, SecurityAlerts alerts, Clock clock) {
    this.store = store;
    this.table = new PaceTable(store);
    this.alerts = alerts;
    this.clock = clock;
  }

  /** Where a job stands against its deadline. */
  public enum Status {
    /** Every task is done. */
    FINISHED,
    /** Nothing is done yet, so there is no pace to forecast from. */
    NO_PACE,
    /** The forecast is at or before the deadline. */
    ON_TIME,
    /** The forecast passes the deadline, or the deadline passed with tasks left. */
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
      List<Operator> operators) {
    public boolean behind() {
      return status == Status.BEHIND;
    }

    /** Whole days from now to the deadline (negative once it has passed). */
    public long daysLeft() {
      return Duration.between(at, job.deadline()).toDays();
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
    Optional<Measure> m = measure(table.doneTimes(tenant, job.id()), now);
    Optional<Rate> rate =
        m.map(x -> x.withOperators(table.operatorsBetween(tenant, job.id(), x.from(), now)));
    Forecast f = forecast(remaining, rate.map(Rate::perDay), now, job.deadline());
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

  /** The pace measured from done times, before the operators are counted. */
  record Measure(double perHour, int hours, Instant from, double hoursPerDay) {
    Rate withOperators(int operators) {
      return new Rate(perHour, hours, from, hoursPerDay, perHour * hoursPerDay, operators);
    }
  }

  /**
   * The pace of a job whose tasks were done at {@code done} (oldest first), at {@code now}: empty
   * when nothing is done. The window is the last {@link #WINDOW_HOURS} clock hours in which a task
   * was done (all of them when fewer); the working hours a day are the job's hours with anything
   * done over the days from its first done task to today, at least one day.
   */
  static Optional<Measure> measure(List<Instant> done, Instant now) {
    if (done.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<Instant> hours = new TreeSet<>();
    for (Instant t : done) {
      hours.add(t.truncatedTo(ChronoUnit.HOURS));
    }
    List<Instant> all = new ArrayList<>(hours);
    List<Instant> window = all.subList(Math.max(0, all.size() - WINDOW_HOURS), all.size());
    Instant from = window.getFirst();
    long inWindow = done.stream().filter(t -> !t.isBefore(from)).count();
    double perHour = (double) inWindow / window.size();
    LocalDate first = LocalDate.ofInstant(done.getFirst(), DAY_ZONE);
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

  /** The tenant's open jobs whose forecast passes their deadline, soonest deadline first. */
  public List<Progress> behind(TenantId tenant) {
    return store.jobs(tenant).stream()
        .filter(j -> j.state() == Job.State.OPEN)
        .map(this::progress)
        .filter(Progress::behind)
        .sorted(java.util.Comparator.comparing(p -> p.job().deadline()))
        .toList();
  }

  /**
   * Finds the tenant's jobs behind their deadline and raises a {@code work.behind} alert for each
   * that has none raised today (Japan's day), whether or not an officer closed it since; returns
   * the jobs behind.
   */
  public List<Progress> warn(TenantId tenant) {
    List<Progress> behind = behind(tenant);
    if (behind.isEmpty()) {
      return behind;
    }
    Instant dayStart =
        LocalDate.ofInstant(clock.instant(), DAY_ZONE).atStartOfDay(DAY_ZONE).toInstant();
    List<SecurityAlerts.Alert> today =
        alerts
            .page(
                tenant.value(), new SecurityAlerts.Query(null, null, BEHIND_KIND, null, null, 500))
            .stream()
            .filter(a -> !a.raisedAt().isBefore(dayStart))
            .toList();
    for (Progress p : behind) {
      String subject = subject(p.job().id());
      if (today.stream().noneMatch(a -> a.subject().equals(subject))) {
        alerts.raise(
            tenant.value(),
            new SecurityAlerts.Raised(
                BEHIND_KIND,
                subject,
                detail(p),
                Severity.MEDIUM,
                List.of(),
                AlertPolicy.NOTIFY,
                ""));
      }
    }
    return behind;
  }

  /** The alert's subject for a job. */
  public static String subject(JobId job) {
    return "job:" + job.value();
  }

  private static String detail(Progress p) {
    return "job "
        + p.job().id().value()
        + ": "
        + p.remaining()
        + " tasks left, deadline "
        + p.job().deadline()
        + ", forecast "
        + p.forecast().map(Instant::toString).orElse("none (no pace)")
        + "; "
        + Math.round(Math.ceil(p.shortfallPerDay()))
        + " more tasks a day needed. Remedies on the job's page: more operators, a"
        + " re-entrustment approved, or a new deadline: /console/jobs/"
        + p.job().id().value();
  }
}
