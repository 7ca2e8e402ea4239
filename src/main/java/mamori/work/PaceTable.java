package mamori.work;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the pace reads beside {@link WorkStore}: who keyed in a window, each operator's entries
 * since a moment and the accuracy rows (work_entry and work_accuracy, read only; the desk writes
 * them), the hourly counts of done tasks the pace is measured from, and the day's claim of a
 * work.behind alert (work_pace_alert, its own).
 */
final class PaceTable {
  private final JdbcClient jdbc;

  PaceTable(WorkStore store) {
    this.jdbc = store.jdbc();
  }

  /**
   * The job's done tasks counted by the clock hour they were done in, oldest hour first: one row an
   * hour with anything done, however many tasks the job has.
   */
  java.util.SortedMap<Instant, Long> doneByHour(TenantId tenant, JobId job) {
    java.util.SortedMap<Instant, Long> out = new java.util.TreeMap<>();
    Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT done_at / 3600000, COUNT(*) FROM work_task WHERE tenant_id = ? AND"
                        + " job_id = ? AND state = ? AND done_at IS NOT NULL"
                        + " GROUP BY done_at / 3600000")
                .params(tenant.value(), job.value(), Task.State.DONE.code())
                .query(rs -> {
                  out.put(Instant.ofEpochMilli(rs.getLong(1) * 3_600_000L), rs.getLong(2));
                }));
    return out;
  }

  /**
   * Since when the job's waiting tasks have stood with nobody keying: the later of its last entry
   * and the creation of its oldest task not done; empty when no task waits.
   */
  java.util.Optional<Instant> idleSince(TenantId tenant, JobId job) {
    Long oldest =
        Sql.run(
            WorkStore.FAILED,
            () ->
                jdbc.sql(
                        "SELECT MIN(created_at) FROM work_task WHERE tenant_id = ? AND job_id = ?"
                            + " AND state <> ?")
                    .params(tenant.value(), job.value(), Task.State.DONE.code())
                    .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                    .optional()
                    .orElse(null));
    if (oldest == null) {
      return java.util.Optional.empty();
    }
    Long last =
        Sql.run(
            WorkStore.FAILED,
            () ->
                jdbc.sql(
                        "SELECT MAX(entered_at) FROM work_entry WHERE tenant_id = ? AND job_id = ?")
                    .params(tenant.value(), job.value())
                    .query((rs, n) -> rs.getObject(1) == null ? null : rs.getLong(1))
                    .optional()
                    .orElse(null));
    return idle(oldest, last);
  }

  /**
   * The idle rule of {@link #idleSince}: the later of the last entry and the oldest waiting task's
   * creation; empty when no task waits.
   */
  private static java.util.Optional<Instant> idle(@Nullable Long oldest, @Nullable Long last) {
    return oldest == null
        ? java.util.Optional.empty()
        : java.util.Optional.of(
            Instant.ofEpochMilli(last == null ? oldest : Math.max(oldest, last)));
  }

  /**
   * What the grouped read gives of one job: its tasks and documents by state, its done tasks by
   * clock hour, the creation of its oldest waiting task and its last entry.
   */
  static final class Tally {
    final Map<Task.State, Long> tasks = new java.util.EnumMap<>(Task.State.class);
    final Map<WorkDocument.State, Long> documents =
        new java.util.EnumMap<>(WorkDocument.State.class);
    final java.util.SortedMap<Instant, Long> doneByHour = new java.util.TreeMap<>();
    @Nullable Long oldestWaiting;
    @Nullable Long lastEntry;

    /** As {@link PaceTable#idleSince}. */
    java.util.Optional<Instant> idleSince() {
      return idle(oldestWaiting, lastEntry);
    }
  }

  /**
   * The tallies of every job of the tenant, by job, in one statement: the task counts by job, state
   * and hour done (a waiting task has no hour), the document counts by job and state, and each
   * job's last entry; a job with no task, document or entry has no tally. What {@link
   * Pace#summaries} reads for a page of jobs instead of each job's own reads.
   */
  Map<JobId, Tally> tallies(TenantId tenant) {
    Map<JobId, Tally> out = new java.util.HashMap<>();
    Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT 'task', job_id, state, done_at / 3600000, COUNT(*), MIN(created_at)"
                        + " FROM work_task WHERE tenant_id = ?"
                        + " GROUP BY job_id, state, done_at / 3600000"
                        + " UNION ALL SELECT 'document', job_id, state, NULL, COUNT(*), NULL"
                        + " FROM work_document WHERE tenant_id = ? GROUP BY job_id, state"
                        + " UNION ALL SELECT 'entry', job_id, NULL, NULL, COUNT(*),"
                        + " MAX(entered_at) FROM work_entry WHERE tenant_id = ? GROUP BY job_id")
                .params(tenant.value(), tenant.value(), tenant.value())
                .query(rs -> {
                  Tally t = out.computeIfAbsent(new JobId(rs.getString(2)), k -> new Tally());
                  long n = rs.getLong(5);
                  switch (rs.getString(1)) {
                    case "task" -> {
                      Task.State state = Task.State.ofCode(rs.getString(3));
                      t.tasks.merge(state, n, Long::sum);
                      long hour = rs.getLong(4);
                      boolean hasHour = !rs.wasNull();
                      if (state == Task.State.DONE && hasHour) {
                        t.doneByHour.merge(Instant.ofEpochMilli(hour * 3_600_000L), n, Long::sum);
                      } else if (state != Task.State.DONE) {
                        long created = rs.getLong(6);
                        Long oldest = t.oldestWaiting;
                        t.oldestWaiting = oldest == null ? created : Math.min(oldest, created);
                      }
                    }
                    case "document" ->
                        t.documents.merge(WorkDocument.State.ofCode(rs.getString(3)), n, Long::sum);
                    default -> {
                      long last = rs.getLong(6);
                      t.lastEntry = rs.wasNull() ? null : last;
                    }
                  }
                }));
    return out;
  }

  /** The tenants with an open job, for the pace check. */
  List<TenantId> tenantsWithOpenJobs() {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql("SELECT DISTINCT tenant_id FROM work_job WHERE state = ? ORDER BY tenant_id")
                .params(Job.State.OPEN.code())
                .query((rs, n) -> new TenantId(rs.getString(1)))
                .list());
  }

  /**
   * Claims the day's work.behind alert of the job: true for the one caller whose row went in, false
   * when the day's alert was claimed already (by this check or one racing it). Made in the
   * transaction that raises the alert, so a claim never stands without its alert.
   */
  boolean claimAlert(TenantId tenant, JobId job, String day, Instant at) {
    return Sql.run(
            WorkStore.FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO work_pace_alert (tenant_id, job_id, tokyo_day, raised_at)"
                            + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, job_id, tokyo_day)"
                            + " DO NOTHING")
                    .params(tenant.value(), job.value(), day, at.toEpochMilli())
                    .update())
        == 1;
  }

  /**
   * How many entries (sides 1 to 3) the job's tasks still wait for: two per entry task, less those
   * made, one per verify task.
   */
  long entriesWanted(TenantId tenant, JobId job) {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT COALESCE(SUM(CASE WHEN state = ? THEN 2 - entries ELSE 1 END), 0) FROM"
                        + " work_task WHERE tenant_id = ? AND job_id = ? AND state <> ?")
                .params(
                    Task.State.ENTRY.code(), tenant.value(), job.value(), Task.State.DONE.code())
                .query(Long.class)
                .single());
  }

  /** The operators who entered anything for the job in [from, to). */
  int operatorsBetween(TenantId tenant, JobId job, Instant from, Instant to) {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT COUNT(DISTINCT operator) FROM work_entry WHERE tenant_id = ? AND"
                        + " job_id = ? AND entered_at >= ? AND entered_at < ?")
                .params(tenant.value(), job.value(), from.toEpochMilli(), to.toEpochMilli())
                .query(Integer.class)
                .single());
  }

  /** Each operator's tasks keyed or verified for the job since {@code since}, by operator. */
  Map<String, Long> tasksSince(TenantId tenant, JobId job, Instant since) {
    Map<String, Long> out = new LinkedHashMap<>();
    Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT operator, COUNT(*) FROM work_entry WHERE tenant_id = ? AND job_id = ?"
                        + " AND entered_at >= ? GROUP BY operator ORDER BY operator")
                .params(tenant.value(), job.value(), since.toEpochMilli())
                .query(rs -> {
                  out.put(rs.getString(1), rs.getLong(2));
                }));
    return out;
  }

  /** A row of work_accuracy: fields keyed and how many were the value accepted. */
  record Accuracy(String operator, long keyed, long right) {}

  List<Accuracy> accuracy(TenantId tenant, JobId job) {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT operator, keyed, right_keys FROM work_accuracy WHERE tenant_id = ? AND"
                        + " job_id = ? ORDER BY operator")
                .params(tenant.value(), job.value())
                .query((rs, n) -> new Accuracy(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list());
  }
}
