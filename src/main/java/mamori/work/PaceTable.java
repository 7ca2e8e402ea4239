package mamori.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the pace reads beside {@link WorkStore}: who keyed in a window, each operator's entries
 * since a moment and the accuracy rows (work_entry and work_accuracy, read only; the desk writes
 * them).
 */
final class PaceTable {
  private final JdbcClient jdbc;

  PaceTable(WorkStore store) {
    this.jdbc = store.jdbc();
  }

  /** The times all the job's tasks were done, oldest first. */
  List<Instant> doneTimes(TenantId tenant, JobId job) {
    List<Instant> out = new ArrayList<>();
    Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT done_at FROM work_task WHERE tenant_id = ? AND job_id = ? AND state = ?"
                        + " AND done_at IS NOT NULL ORDER BY done_at")
                .params(tenant.value(), job.value(), Task.State.DONE.code())
                .query(rs -> {
                  out.add(Instant.ofEpochMilli(rs.getLong(1)));
                }));
    return out;
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
