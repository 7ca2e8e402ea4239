package mamori.work;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;

/**
 * The controller's remedies for a job behind its deadline (issue 16 point 5), each logged before it
 * takes effect: a new deadline, an entrustment's per-operator quotas and closing or reopening the
 * job ({@code job.change}, here), more operators on the staff list of an entrustment that gives the
 * job and the approval of a requested re-entrustment of it (by {@link Entrustments}, which logs and
 * decides them as for any entrustment). The job is read in the caller's own tenant only: another
 * tenant's job is {@code job.unknown}, as is an entrustment that does not give the job for the two
 * entrustment remedies ({@code entrustment.unknown}).
 */
public final class JobChanges {
  private final WorkStore store;
  private final Entrustments entrustments;
  private final AdminLog log;
  private final Clock clock;

  public JobChanges(
      WorkStore store, Entrustments entrustments, TransparencyLogs logs, Clock clock) {
    this.store = store;
    this.entrustments = entrustments;
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
  }

  /** Whether the caller belongs to the tenant's own organisation (not a contractor). */
  public static boolean own(Principal p) {
    return p.controller();
  }

  /**
   * The job, for a reader of the tenant's own organisation.
   *
   * @throws JobException {@code job.unknown} for a job the caller's tenant does not have, {@code
   *     role.not-allowed} for a caller who may not read it
   */
  public Job job(Principal p, String id) {
    if (!JobId.isValid(id)) {
      Jobs.reader(p); // the caller's right first, as for a valid id
      throw JobException.unknownJob();
    }
    return Jobs.job(store, p, new JobId(id));
  }

  /** The tenant's jobs, for a reader of its own organisation. */
  public List<Job> jobs(Principal p) {
    return Jobs.list(store, p);
  }

  /**
   * The entrustments of the job's tenant whose person set is this job, re-entrustments too, read by
   * that set in the store (not the tenant's whole tree).
   */
  public List<Entrustment> entrustmentsOf(Job job) {
    return entrustments.covering(job.tenant().value(), new PersonSet.Job(job.id().value()));
  }

  /**
   * Sets a new deadline, logged first ({@code job.change}, case {@code <job>/deadline}).
   *
   * @throws JobException invalid for a deadline not after now (nothing logged or changed)
   */
  public Job setDeadline(Principal p, String id, Instant deadline) {
    Job j = changeable(p, id, "deadline");
    if (!deadline.isAfter(clock.instant())) {
      throw JobException.invalid("deadline", "the new deadline must be in the future");
    }
    log.allowed(p.who(), Action.JOB_CHANGE, j.id().value() + "/deadline");
    store.setDeadline(p.tenantId(), j.id(), deadline);
    return store.job(p.tenantId(), j.id()).orElseThrow();
  }

  /**
   * Closes or reopens the job, logged first ({@code job.change}, case {@code <job>/closed} or
   * {@code <job>/open}). A closed job gives no task and takes no document (the desk and the intake
   * refuse it, {@code job.closed}); reopened, its waiting tasks are given again. Setting the state
   * it has changes nothing and logs nothing.
   */
  public Job setState(Principal p, String id, Job.State state) {
    Job j = changeable(p, id, state.code(), false);
    if (j.state() == state) {
      return j;
    }
    log.allowed(p.who(), Action.JOB_CHANGE, j.id().value() + "/" + state.code());
    store.setState(p.tenantId(), j.id(), state);
    return store.job(p.tenantId(), j.id()).orElseThrow();
  }

  /**
   * Sets the per-operator quotas of an entrustment that gives the job, logged first ({@code
   * job.change}, case {@code <job>/<entrustment>}).
   */
  public WorkStore.Quota setQuota(
      Principal p, String id, String entrustment, WorkStore.Quota quota) {
    Job j = changeable(p, id, entrustment);
    if (entrustmentsOf(j).stream().noneMatch(e -> e.id().equals(entrustment))) {
      log.refused(
          p.who(), Action.JOB_CHANGE, j.id().value() + "/quota", Reason.ENTRUSTMENT_UNKNOWN);
      throw new JobException(
          JobException.Kind.NOT_FOUND,
          Reason.ENTRUSTMENT_UNKNOWN,
          "",
          "no such entrustment gives this job");
    }
    log.allowed(p.who(), Action.JOB_CHANGE, j.id().value() + "/" + entrustment);
    store.setQuota(p.tenantId(), entrustment, quota, p.userId(), clock.instant());
    return quota;
  }

  /**
   * More (or other) operators: replaces the staff list of an entrustment that gives the job, by
   * {@link Entrustments#changeStaff}, which decides who may and logs it.
   */
  public Entrustment changeStaff(Principal p, String id, String entrustment, List<String> staff) {
    Job j = job(p, id);
    return entrustments.changeStaff(givingJob(j, entrustment).id(), staff, caller(p));
  }

  /**
   * Approves a requested re-entrustment of the job, by {@link Entrustments#approve}: only the
   * tenant's security officer may, never the one who requested it.
   */
  public Entrustment approve(Principal p, String id, String entrustment) {
    Job j = job(p, id);
    return entrustments.approve(givingJob(j, entrustment).id(), caller(p));
  }

  private Entrustment givingJob(Job j, String entrustment) {
    return entrustmentsOf(j).stream()
        .filter(e -> e.id().equals(entrustment))
        .findFirst()
        .orElseThrow(() ->
            new JobException(
                JobException.Kind.NOT_FOUND,
                Reason.ENTRUSTMENT_UNKNOWN,
                "",
                "no such entrustment gives this job"));
  }

  private static mamori.entrustment.Caller caller(Principal p) {
    return new mamori.entrustment.Caller(p.userId().value(), p.organisationId().value(), p.role());
  }

  /** The job, when the caller may change it; a refusal of a known job is logged. */
  private Job changeable(Principal p, String id, String what) {
    return changeable(p, id, what, true);
  }

  private Job changeable(Principal p, String id, String what, boolean openOnly) {
    if (!JobId.isValid(id)) {
      throw JobException.unknownJob();
    }
    Job j = store.job(p.tenantId(), new JobId(id)).orElse(null);
    if (j == null) {
      log.refused(p.who(), Action.JOB_CHANGE, id, Reason.JOB_UNKNOWN);
      throw JobException.unknownJob();
    }
    if (!own(p) || !WorkRoles.ADMINS.contains(p.role())) {
      log.refused(p.who(), Action.JOB_CHANGE, id + "/" + what, Reason.ROLE_NOT_ALLOWED);
      throw JobException.refused(
          Reason.ROLE_NOT_ALLOWED, "only the controller's admin or officer changes a job");
    }
    if (openOnly && j.state() == Job.State.CLOSED) {
      log.refused(p.who(), Action.JOB_CHANGE, id + "/" + what, Reason.JOB_CLOSED);
      throw new JobException(
          JobException.Kind.CONFLICT, Reason.JOB_CLOSED, "", "the job is closed");
    }
    return j;
  }
}
