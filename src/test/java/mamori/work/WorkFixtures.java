package mamori.work;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mamori.core.TenantId;
import mamori.core.UserId;

/**
 * Rows of the work tables made directly, for the tests of the pace and the job pages: a job, its
 * documents and tasks, tasks done at given times, entries by operators and accuracy rows. Nothing
 * here is sealed: the pace reads counts and times only.
 */
public final class WorkFixtures {
  private final WorkStore store;
  private long nextDocument = 1_000;

  public WorkFixtures(WorkStore store) {
    this.store = store;
  }

  public WorkFixtures(javax.sql.DataSource dataSource) {
    this(new WorkStore(dataSource));
  }

  /**
   * A city's type file {@code id}, as a city loads it: one page, two parts (a name part of three
   * identity fields, two of them person fields, and a number part of the My Number), four fields;
   * its first {@code check: text} is on line 11.
   */
  public static String typeFile(String id) {
    return """
    id: %s
    name: {ja: 様式, en: Form}
    pages: 1
    parts:
      - id: all
        label: {ja: 全部, en: All}
        fields:
          - id: name
            label: {ja: 氏名, en: Name}
            region: {x: 0.1, y: 0.1, width: 0.5, height: 0.1}
            check: text
            sensitivity: identity
          - id: family_name
            label: {ja: 姓, en: Family name}
            region: {x: 0.1, y: 0.3, width: 0.3, height: 0.05}
            check: text
            sensitivity: identity
            person-field: family_name
          - id: given_name
            label: {ja: 名, en: Given name}
            region: {x: 0.1, y: 0.4, width: 0.3, height: 0.05}
            check: text
            sensitivity: identity
            person-field: given_name
      - id: number
        label: {ja: 個人番号, en: My Number}
        fields:
          - id: my_number
            label: {ja: 個人番号, en: My Number}
            region: {x: 0.1, y: 0.6, width: 0.3, height: 0.05}
            check: individual-number
            sensitivity: number
            person-field: my_number
    """
        .formatted(id);
  }

  /** A new open job of {@code tenant} with its deadline, made at {@code at}. */
  public Job job(String tenant, String id, Instant deadline, Instant at) {
    Job j =
        new Job(
            new TenantId(tenant),
            new JobId(id),
            "源泉徴収票 " + id,
            "withholding-slip-entry",
            "withholding-slip",
            1,
            deadline,
            Job.State.OPEN,
            new UserId("a-admin"),
            at);
    store.insertJob(j);
    return j;
  }

  /** {@code documents} documents of {@code tasksEach} tasks each; returns the task ids in order. */
  public List<TaskId> documents(Job job, int documents, int tasksEach, Instant at) {
    List<TaskId> out = new ArrayList<>();
    int seq = store.lastSeq(job.tenant(), job.id());
    for (int d = 0; d < documents; d++) {
      long id = nextDocument++;
      seq++;
      List<WorkStore.NewTask> tasks = new ArrayList<>();
      for (int t = 0; t < tasksEach; t++) {
        TaskId task = TaskId.random();
        tasks.add(new WorkStore.NewTask(task, "part-" + t, (long) seq * 100 + t));
        out.add(task);
      }
      store.insertDocument(
          new WorkDocument(
              job.tenant(),
              id,
              job.id(),
              seq,
              "scan-" + seq + ".png",
              1,
              new byte[] {1, 2, 3},
              WorkDocument.State.OPEN,
              java.util.Optional.empty(),
              java.util.Optional.empty(),
              at,
              java.util.Optional.empty()),
          List.of(),
          Map.of(),
          tasks);
    }
    return out;
  }

  /** Marks the task done at {@code at}, keyed by the two operators then (sides 1 and 2). */
  public void done(Job job, TaskId task, Instant at, String first, String second) {
    entry(job, task, 1, first, at.minusSeconds(60));
    entry(job, task, 2, second, at);
    store
        .jdbc()
        .sql(
            "UPDATE work_task SET state = ?, entries = 2, done_at = ? WHERE tenant_id = ? AND"
                + " task_id = ?")
        .params(Task.State.DONE.code(), at.toEpochMilli(), job.tenant().value(), task.value())
        .update();
  }

  /** Puts the task in the verifier's queue, both entries made. */
  public void disagreed(Job job, TaskId task, Instant at, String first, String second) {
    entry(job, task, 1, first, at.minusSeconds(60));
    entry(job, task, 2, second, at);
    store
        .jdbc()
        .sql("UPDATE work_task SET state = ?, entries = 2 WHERE tenant_id = ? AND task_id = ?")
        .params(Task.State.VERIFY.code(), job.tenant().value(), task.value())
        .update();
  }

  /** An entry row (its sealed body a placeholder). */
  public void entry(Job job, TaskId task, int side, String operator, Instant at) {
    long document = store.task(job.tenant(), task).orElseThrow().document();
    store
        .jdbc()
        .sql(
            "INSERT INTO work_entry (tenant_id, task_id, side, document_id, job_id, operator,"
                + " entry, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            job.tenant().value(),
            task.value(),
            side,
            document,
            job.id().value(),
            operator,
            new byte[] {0},
            at.toEpochMilli())
        .update();
    if (side <= 2) {
      store
          .jdbc()
          .sql("UPDATE work_task SET entries = ? WHERE tenant_id = ? AND task_id = ?")
          .params(side, job.tenant().value(), task.value())
          .update();
    }
  }

  /** An operator's accuracy row on the job. */
  public void accuracy(Job job, String operator, long keyed, long right) {
    store
        .jdbc()
        .sql(
            "INSERT INTO work_accuracy (tenant_id, job_id, operator, keyed, right_keys) VALUES"
                + " (?, ?, ?, ?, ?)")
        .params(job.tenant().value(), job.id().value(), operator, keyed, right)
        .update();
  }
}
