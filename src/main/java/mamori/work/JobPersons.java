package mamori.work;

import java.util.List;
import javax.sql.DataSource;
import mamori.core.TenantId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The persons of a job (issue 17: a package of {@code job:ID}): the vault persons its accepted
 * documents were tied to, by vault id, a page at a time in id order. Reads no person data; the
 * caller pages the vault with these ids and logs each person before opening them.
 */
public final class JobPersons {
  private final JdbcClient jdbc;

  public JobPersons(DataSource store) {
    this.jdbc = JdbcClient.create(store);
  }

  /** Whether the tenant has the job. */
  public boolean exists(TenantId tenant, String jobId) {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql("SELECT COUNT(*) FROM work_job WHERE tenant_id = ? AND job_id = ?")
                    .params(tenant.value(), jobId)
                    .query(Long.class)
                    .single()
                > 0);
  }

  /** How many distinct persons the job's accepted documents are tied to. */
  public long count(TenantId tenant, String jobId) {
    return Sql.run(
        WorkStore.FAILED,
        () ->
            jdbc.sql(
                    "SELECT COUNT(DISTINCT person_id) FROM work_document WHERE tenant_id = ? AND"
                        + " job_id = ? AND state = 'accepted' AND person_id IS NOT NULL")
                .params(tenant.value(), jobId)
                .query(Long.class)
                .single());
  }

  /** Up to {@code limit} of those persons' ids above {@code after}, ascending. */
  public long[] after(TenantId tenant, String jobId, long after, int limit) {
    List<Long> ids =
        Sql.run(
            WorkStore.FAILED,
            () ->
                jdbc.sql(
                        "SELECT DISTINCT person_id FROM work_document WHERE tenant_id = ? AND"
                            + " job_id = ? AND state = 'accepted' AND person_id IS NOT NULL AND"
                            + " person_id > ? ORDER BY person_id LIMIT "
                            + limit)
                    .params(tenant.value(), jobId, after)
                    .query(Long.class)
                    .list());
    return ids.stream().mapToLong(Long::longValue).toArray();
  }
}
