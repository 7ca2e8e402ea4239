package mamori.work;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The desk's statements on V33's task, entry, value, accuracy and document tables: claims of a task
 * (one conditional UPDATE each), entries, accepted values, accuracy counts, and the document's
 * acceptance. Every read is one range of an index (V33's, and V35's of the tasks an operator
 * holds).
 */
final class DeskTable {
  private static final String FAILED = WorkStore.FAILED;
  private static final String TASK_COLUMNS = WorkStore.TASK_COLUMNS;

  private final JdbcClient jdbc;

  DeskTable(WorkStore store) {
    this.jdbc = store.jdbc();
  }

  /** The task of the job the operator holds now, if any. */
  Optional<Task> held(TenantId tenant, JobId job, UserId user, Instant now) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    TASK_COLUMNS
                        + " WHERE t.tenant_id = ? AND t.held_by = ? AND t.held_until > ? AND"
                        + " t.job_id = ? AND t.state <> 'done' ORDER BY t.seq LIMIT 1")
                .params(tenant.value(), user.value(), now.toEpochMilli(), job.value())
                .query(WorkStore::task)
                .optional());
  }

  /**
   * The oldest tasks of the job in {@code state}, of one of {@code parts}, that no one holds now
   * and the operator keyed no side of.
   */
  List<Task> free(
      TenantId tenant,
      JobId job,
      Task.State state,
      List<String> parts,
      Optional<String> numberPart,
      UserId user,
      Instant now,
      int limit,
      int offset) {
    if (parts.isEmpty()) {
      return List.of();
    }
    String in = String.join(", ", java.util.Collections.nCopies(parts.size(), "?"));
    List<Object> params = new java.util.ArrayList<>();
    params.add(tenant.value());
    params.add(job.value());
    params.add(state.code());
    params.add(now.toEpochMilli());
    params.addAll(parts);
    String numberFirst = "";
    if (numberPart.isPresent()) {
      // a document's other parts wait until its number part is decided and its tie is no longer
      // pending (V37's tie_pending, set in the deciding transaction, cleared once tied)
      numberFirst =
          " AND (t.part_id = ? OR (EXISTS (SELECT 1 FROM work_task n WHERE n.tenant_id ="
              + " t.tenant_id AND n.document_id = t.document_id AND n.part_id = ? AND n.state ="
              + " 'done') AND NOT EXISTS (SELECT 1 FROM work_document d WHERE d.tenant_id ="
              + " t.tenant_id AND d.document_id = t.document_id AND d.tie_pending = 1)))";
      params.add(numberPart.get());
      params.add(numberPart.get());
    }
    params.add(user.value());
    params.add(limit);
    params.add(offset);
    String first = numberFirst;
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    TASK_COLUMNS
                        + " WHERE t.tenant_id = ? AND t.job_id = ? AND t.state = ? AND"
                        + " (t.held_until IS NULL OR t.held_until <= ?) AND t.part_id IN ("
                        + in
                        + ")"
                        + first
                        + " AND NOT EXISTS (SELECT 1 FROM work_entry e WHERE e.tenant_id ="
                        + " t.tenant_id AND e.task_id = t.task_id AND e.operator = ?) ORDER BY"
                        + " t.seq LIMIT ? OFFSET ?")
                .params(params)
                .query(WorkStore::task)
                .list());
  }

  /**
   * Claims a task in {@code state} for the operator until {@code until}, when no one else holds it
   * now: one conditional UPDATE, so two operators never hold one task at once.
   */
  boolean claim(
      TenantId tenant, TaskId task, Task.State state, UserId user, Instant now, Instant until) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE work_task SET held_by = ?, held_until = ? WHERE tenant_id = ? AND"
                            + " task_id = ? AND state = ? AND (held_until IS NULL OR held_until"
                            + " <= ? OR held_by = ?)")
                    .params(
                        user.value(),
                        until.toEpochMilli(),
                        tenant.value(),
                        task.value(),
                        state.code(),
                        now.toEpochMilli(),
                        user.value())
                    .update())
        == 1;
  }

  /** Lets go of a task the operator holds (its view could not be logged). */
  void release(TenantId tenant, TaskId task, UserId user) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE work_task SET held_by = NULL, held_until = NULL WHERE tenant_id = ? AND"
                        + " task_id = ? AND held_by = ?")
                .params(tenant.value(), task.value(), user.value())
                .update());
  }

  /** One stored entry of a task: its side (1, 2, or 3 for the verifier), who keyed it, sealed. */
  record Entry(int side, UserId operator, byte[] sealed) {}

  List<Entry> entries(TenantId tenant, TaskId task) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT side, operator, entry FROM work_entry WHERE tenant_id = ? AND task_id ="
                        + " ? ORDER BY side")
                .params(tenant.value(), task.value())
                .query(
                    (rs, n) -> new Entry(rs.getInt(1), new UserId(rs.getString(2)), rs.getBytes(3)))
                .list());
  }

  void insertEntry(Task t, int side, UserId user, byte[] sealed, Instant at) {
    jdbc.sql(
            "INSERT INTO work_entry (tenant_id, task_id, side, document_id, job_id, operator, entry,"
                + " entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            t.tenant().value(),
            t.id().value(),
            side,
            t.document(),
            t.job().value(),
            user.value(),
            sealed,
            at.toEpochMilli())
        .update();
  }

  /**
   * Moves a task on from {@code from} entries in {@code fromState} to {@code to} entries in {@code
   * state}, letting go of it; false when it is no longer where it was (another entry came first).
   */
  boolean advance(
      Task t, Task.State fromState, int from, int to, Task.State state, Optional<Instant> doneAt) {
    String sql =
        "UPDATE work_task SET entries = ?, state = ?, held_by = NULL, held_until = NULL"
            + (doneAt.isPresent() ? ", done_at = " + doneAt.get().toEpochMilli() : "")
            + " WHERE tenant_id = ? AND task_id = ? AND state = ? AND entries = ?";
    return jdbc.sql(sql)
            .params(to, state.code(), t.tenant().value(), t.id().value(), fromState.code(), from)
            .update()
        == 1;
  }

  void insertValue(TenantId tenant, long document, String field, byte[] sealed, String decided) {
    jdbc.sql(
            "INSERT INTO work_value (tenant_id, document_id, field_id, value, decided) VALUES (?,"
                + " ?, ?, ?, ?)")
        .params(tenant.value(), document, field, sealed, decided)
        .update();
  }

  void addAccuracy(TenantId tenant, JobId job, UserId operator, long keyed, long right) {
    jdbc.sql(
            "INSERT INTO work_accuracy (tenant_id, job_id, operator, keyed, right_keys) VALUES (?,"
                + " ?, ?, ?, ?) ON CONFLICT (tenant_id, job_id, operator) DO UPDATE SET keyed ="
                + " work_accuracy.keyed + excluded.keyed, right_keys = work_accuracy.right_keys +"
                + " excluded.right_keys")
        .params(tenant.value(), job.value(), operator.value(), keyed, right)
        .update();
  }

  /** An operator's fields keyed on a job and how many were the value accepted. */
  record Accuracy(UserId operator, long keyed, long right) {}

  List<Accuracy> accuracy(TenantId tenant, JobId job) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT operator, keyed, right_keys FROM work_accuracy WHERE tenant_id = ? AND"
                        + " job_id = ? ORDER BY operator")
                .params(tenant.value(), job.value())
                .query((rs, n) ->
                    new Accuracy(new UserId(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list());
  }

  /** The operator's entries since {@code day} and, of them, since {@code hour}: one index range. */
  long[] enteredSince(TenantId tenant, UserId user, Instant day, Instant hour) {
    long from = Math.min(day.toEpochMilli(), hour.toEpochMilli());
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT COALESCE(SUM(CASE WHEN entered_at >= ? THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN entered_at >= ? THEN 1 ELSE 0 END), 0) FROM"
                        + " work_entry WHERE tenant_id = ? AND operator = ? AND entered_at >= ?")
                .params(day.toEpochMilli(), hour.toEpochMilli(), tenant.value(), user.value(), from)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single());
  }

  /** The sealed accepted values of a document, by field id. */
  Map<String, byte[]> values(TenantId tenant, long document) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT field_id, value FROM work_value WHERE tenant_id = ? AND document_id = ?")
                .params(tenant.value(), document)
                .query(rs -> {
                  out.put(rs.getString(1), rs.getBytes(2));
                }));
    return out;
  }

  /** How many of the document's tasks are not done. */
  long undone(TenantId tenant, long document) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT COUNT(*) FROM work_task WHERE tenant_id = ? AND document_id = ? AND"
                        + " state <> 'done'")
                .params(tenant.value(), document)
                .query(Long.class)
                .single());
  }

  /**
   * An open document whose tie or acceptance is due: its tie is pending, or its every task is done.
   *
   * @param seq its place in its job
   * @param failures how many retries of it failed in a row
   */
  record Due(
      TenantId tenant, JobId job, long document, int seq, boolean tiePending, int failures) {}

  private static final String DUE =
      "SELECT d.tenant_id, d.job_id, d.document_id, d.seq, d.tie_pending, d.retry_failures FROM"
          + " work_document d WHERE d.state = 'open' AND EXISTS (SELECT 1 FROM work_job j WHERE"
          + " j.tenant_id = d.tenant_id AND j.job_id = d.job_id AND j.state = 'open') AND"
          + " (d.retry_after IS NULL OR d.retry_after"
          + " <= ?) AND (d.tie_pending = 1 OR NOT EXISTS (SELECT 1 FROM work_task t WHERE"
          + " t.tenant_id = d.tenant_id AND t.document_id = d.document_id AND t.state <>"
          + " 'done'))";

  private static Due due(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Due(
        new TenantId(rs.getString(1)),
        new JobId(rs.getString(2)),
        rs.getLong(3),
        rs.getInt(4),
        rs.getInt(5) == 1,
        rs.getInt(6));
  }

  /**
   * The due documents of every tenant after {@code after} (null: from the first), in the order of
   * the primary key: the retry's pages. Open documents are read in the primary key's order, each
   * asked for an undone task by V33's document index; the retry runs on its own thread, never in an
   * operator's call.
   */
  List<Due> due(Instant now, @org.jspecify.annotations.Nullable Due after, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    DUE
                        + " AND (d.tenant_id > ? OR (d.tenant_id = ? AND d.document_id > ?)) ORDER"
                        + " BY d.tenant_id, d.document_id LIMIT ?")
                .params(
                    now.toEpochMilli(),
                    after == null ? "" : after.tenant().value(),
                    after == null ? "" : after.tenant().value(),
                    after == null ? Long.MIN_VALUE : after.document(),
                    limit)
                .query(DeskTable::due)
                .list());
  }

  /** The due documents of one job after {@code afterSeq}, by V35's index of a job's documents. */
  List<Due> due(TenantId tenant, JobId job, Instant now, int afterSeq, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    DUE
                        + " AND d.tenant_id = ? AND d.job_id = ? AND d.seq > ? ORDER BY d.seq"
                        + " LIMIT ?")
                .params(now.toEpochMilli(), tenant.value(), job.value(), afterSeq, limit)
                .query(DeskTable::due)
                .list());
  }

  /**
   * Keeps the retry loop off the document until {@code until} while the call deciding it ties and
   * accepts it; a later back-off already set stands.
   */
  void lease(TenantId tenant, long document, Instant until) {
    jdbc.sql(
            "UPDATE work_document SET retry_after = ? WHERE tenant_id = ? AND document_id = ? AND"
                + " (retry_after IS NULL OR retry_after < ?)")
        .params(until.toEpochMilli(), tenant.value(), document, until.toEpochMilli())
        .update();
  }

  /** Backs the document's retries off until {@code after}, one more failure counted. */
  void backOff(TenantId tenant, long document, Instant after) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE work_document SET retry_after = ?, retry_failures = retry_failures + 1"
                        + " WHERE tenant_id = ? AND document_id = ?")
                .params(after.toEpochMilli(), tenant.value(), document)
                .update());
  }

  /**
   * Holds an open document whose acceptance is refused as it is, for {@code reason}: true for the
   * one call that held it first (the one that raises its alert), false when it was held already.
   */
  boolean hold(TenantId tenant, long document, Reason reason, Instant at) {
    return jdbc.sql(
                "UPDATE work_document SET held_reason = ?, held_at = ? WHERE tenant_id = ? AND"
                    + " document_id = ? AND state = 'open' AND held_reason IS NULL")
            .params(reason.code(), at.toEpochMilli(), tenant.value(), document)
            .update()
        == 1;
  }

  /** Forgets the document's failures: its tie or acceptance went through. */
  void retried(TenantId tenant, long document) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE work_document SET retry_after = NULL, retry_failures = 0 WHERE tenant_id"
                        + " = ? AND document_id = ?")
                .params(tenant.value(), document)
                .update());
  }

  /**
   * Ties a document to the vault person its accepted number names; its tie is no longer pending.
   */
  void tie(TenantId tenant, long document, long person, PersonToken token) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    // an open document only: one erased meanwhile is never tied to anyone
                    "UPDATE work_document SET person_id = ?, person_token = ?, tie_pending = 0"
                        + " WHERE tenant_id = ? AND document_id = ? AND state = 'open'")
                .params(person, token.value(), tenant.value(), document)
                .update());
  }

  /**
   * Marks the document's tie pending: its number is decided and it is not tied yet. Inside the
   * deciding transaction, so no other part is given between the decision and the tie.
   */
  void tiePending(TenantId tenant, long document) {
    jdbc.sql(
            "UPDATE work_document SET tie_pending = 1 WHERE tenant_id = ? AND document_id = ? AND"
                + " person_token IS NULL")
        .params(tenant.value(), document)
        .update();
  }

  /** The document's tie is settled without a person: no one has its number (yet). */
  void tieSettled(TenantId tenant, long document) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE work_document SET tie_pending = 0 WHERE tenant_id = ? AND document_id ="
                        + " ?")
                .params(tenant.value(), document)
                .update());
  }

  /** Deletes the document's values: the first statement of its acceptance. */
  void deleteValues(TenantId tenant, long document) {
    jdbc.sql("DELETE FROM work_value WHERE tenant_id = ? AND document_id = ?")
        .params(tenant.value(), document)
        .update();
  }

  /** Marks the document accepted for its person; false when it already was. */
  boolean markAccepted(TenantId tenant, long document, long person, PersonToken token, Instant at) {
    return jdbc.sql(
                "UPDATE work_document SET state = 'accepted', person_id = ?, person_token = ?,"
                    + " tie_pending = 0, retry_after = NULL, retry_failures = 0, held_reason ="
                    + " NULL, held_at = NULL, accepted_at = ? WHERE tenant_id = ? AND document_id"
                    + " = ? AND state = 'open'")
            .params(person, token.value(), at.toEpochMilli(), tenant.value(), document)
            .update()
        == 1;
  }
}
