package mamori.work;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.TenantKeys;
import mamori.store.Sql;
import mamori.vault.ErasedWithPerson;
import mamori.vault.WrappedKeys;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tables of V33__work.sql that hold jobs, types, quotas, documents, their sealed pages and
 * regions, and tasks: storage only, no decisions. The entries, accepted values and accuracy have
 * their own table classes beside the code that decides them.
 */
public final class WorkStore {
  static final String FAILED = "the work tables could not be read or written";

  private final DataSource dataSource;
  private final JdbcClient jdbc;

  public WorkStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
  }

  /**
   * What the vault erases with a person from these tables: the work documents tied to them, their
   * sealed parts and their keys ({@link DocumentErasure}).
   */
  public ErasedWithPerson erasedWithPerson() {
    return new DocumentErasure(this);
  }

  /**
   * The work documents' data keys, which a field key rotation re-wraps beside the persons' ({@link
   * DocumentKeys}).
   */
  public WrappedKeys wrappedKeys(TenantKeys keys) {
    return new DocumentKeys(this, keys);
  }

  DataSource dataSource() {
    return dataSource;
  }

  JdbcClient jdbc() {
    return jdbc;
  }

  // ---- document types loaded from files

  /** A stored type file: its body as loaded and its version. */
  public record TypeFile(String id, int version, String body, String sha256, Instant loadedAt) {}

  /** Stores version {@code version} of a type file; false when that version exists. */
  public boolean insertType(
      TenantId tenant, String id, int version, String body, String sha256, UserId by, Instant at) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO work_type (tenant_id, type_id, version, body, sha256,"
                            + " loaded_by, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                            + " DO NOTHING")
                    .params(
                        tenant.value(), id, version, body, sha256, by.value(), at.toEpochMilli())
                    .update())
        == 1;
  }

  /** The newest version of type {@code id} the tenant loaded. */
  public Optional<TypeFile> latestType(TenantId tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT type_id, version, body, sha256, loaded_at FROM work_type WHERE"
                        + " tenant_id = ? AND type_id = ? ORDER BY version DESC LIMIT 1")
                .params(tenant.value(), id)
                .query(WorkStore::typeFile)
                .optional());
  }

  /** The newest version of type {@code id} the tenant loaded, without its body. */
  public Optional<Integer> latestTypeVersion(TenantId tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT version FROM work_type WHERE tenant_id = ? AND type_id = ? ORDER BY"
                        + " version DESC LIMIT 1")
                .params(tenant.value(), id)
                .query(Integer.class)
                .optional());
  }

  /** Version {@code version} of type {@code id}. */
  public Optional<TypeFile> type(TenantId tenant, String id, int version) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT type_id, version, body, sha256, loaded_at FROM work_type WHERE"
                        + " tenant_id = ? AND type_id = ? AND version = ?")
                .params(tenant.value(), id, version)
                .query(WorkStore::typeFile)
                .optional());
  }

  /** The newest version of every type the tenant loaded, by id. */
  public List<TypeFile> latestTypes(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT t.type_id, t.version, t.body, t.sha256, t.loaded_at FROM work_type t"
                        + " WHERE t.tenant_id = ? AND t.version = (SELECT MAX(version) FROM"
                        + " work_type u WHERE u.tenant_id = t.tenant_id AND u.type_id ="
                        + " t.type_id) ORDER BY t.type_id")
                .params(tenant.value())
                .query(WorkStore::typeFile)
                .list());
  }

  private static TypeFile typeFile(ResultSet rs, int row) throws SQLException {
    return new TypeFile(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)));
  }

  // ---- jobs

  /** Stores a new job; false when the tenant has a job of that id. */
  public boolean insertJob(Job j) {
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "INSERT INTO work_job (tenant_id, job_id, name, purpose_id, type_id,"
                            + " type_version, deadline, state, created_by, created_at) VALUES (?,"
                            + " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(
                        j.tenant().value(),
                        j.id().value(),
                        j.name(),
                        j.purpose(),
                        j.typeId(),
                        j.typeVersion(),
                        j.deadline().toEpochMilli(),
                        j.state().code(),
                        j.createdBy().value(),
                        j.createdAt().toEpochMilli())
                    .update())
        == 1;
  }

  private static final String JOB_COLUMNS =
      "SELECT tenant_id, job_id, name, purpose_id, type_id, type_version, deadline, state,"
          + " created_by, created_at FROM work_job";

  public Optional<Job> job(TenantId tenant, JobId id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(JOB_COLUMNS + " WHERE tenant_id = ? AND job_id = ?")
                .params(tenant.value(), id.value())
                .query(WorkStore::job)
                .optional());
  }

  /** The tenant's jobs, newest first. */
  public List<Job> jobs(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(JOB_COLUMNS + " WHERE tenant_id = ? ORDER BY created_at DESC, job_id")
                .params(tenant.value())
                .query(WorkStore::job)
                .list());
  }

  public void setDeadline(TenantId tenant, JobId id, Instant deadline) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql("UPDATE work_job SET deadline = ? WHERE tenant_id = ? AND job_id = ?")
                .params(deadline.toEpochMilli(), tenant.value(), id.value())
                .update());
  }

  public void setState(TenantId tenant, JobId id, Job.State state) {
    Sql.run(
        FAILED,
        () ->
            jdbc.sql("UPDATE work_job SET state = ? WHERE tenant_id = ? AND job_id = ?")
                .params(state.code(), tenant.value(), id.value())
                .update());
  }

  private static Job job(ResultSet rs, int row) throws SQLException {
    return new Job(
        new TenantId(rs.getString(1)),
        new JobId(rs.getString(2)),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getInt(6),
        Instant.ofEpochMilli(rs.getLong(7)),
        Job.State.ofCode(rs.getString(8)),
        new UserId(rs.getString(9)),
        Instant.ofEpochMilli(rs.getLong(10)));
  }

  // ---- per operator quotas of an entrustment

  /** An entrustment's per-operator task quotas. */
  public record Quota(int hourly, int daily) {
    public Quota {
      if (hourly < 1 || daily < 1 || hourly > daily) {
        throw new IllegalArgumentException(
            "quotas are positive and the hourly one at most the daily one");
      }
    }
  }

  public void setQuota(TenantId tenant, String entrustment, Quota q, UserId by, Instant at) {
    Sql.inTransaction(
        dataSource,
        () -> {
          jdbc.sql("DELETE FROM work_quota WHERE tenant_id = ? AND entrustment_id = ?")
              .params(tenant.value(), entrustment)
              .update();
          return jdbc.sql(
                  "INSERT INTO work_quota (tenant_id, entrustment_id, hourly, daily, set_by,"
                      + " set_at) VALUES (?, ?, ?, ?, ?, ?)")
              .params(
                  tenant.value(), entrustment, q.hourly(), q.daily(), by.value(), at.toEpochMilli())
              .update();
        });
  }

  public Optional<Quota> quota(TenantId tenant, String entrustment) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT hourly, daily FROM work_quota WHERE tenant_id = ? AND entrustment_id"
                        + " = ?")
                .params(tenant.value(), entrustment)
                .query((rs, n) -> new Quota(rs.getInt(1), rs.getInt(2)))
                .optional());
  }

  /** The per-operator quotas of every entrustment of the tenant that has them, by entrustment. */
  public Map<String, Quota> quotas(TenantId tenant) {
    Map<String, Quota> out = new java.util.HashMap<>();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT entrustment_id, hourly, daily FROM work_quota WHERE tenant_id = ?")
                .params(tenant.value())
                .query(rs -> {
                  out.put(rs.getString(1), new Quota(rs.getInt(2), rs.getInt(3)));
                }));
    return out;
  }

  // ---- documents, their pages and regions, and their tasks

  /** A sealed page image (PNG) of a document. */
  public record SealedPage(int pageNo, int width, int height, byte[] image) {}

  /** A new task of a document: its id, part and place in the queue. */
  public record NewTask(TaskId id, String part, long seq) {}

  /**
   * Stores a loaded document with its sealed pages, its sealed regions (by field id) and its tasks,
   * in one transaction: a document is loaded whole or not at all. Its place in the job (seq) is the
   * one it is given; a loader takes the next one with {@link #appendDocument}.
   */
  public void insertDocument(
      WorkDocument d, List<SealedPage> pages, Map<String, byte[]> regions, List<NewTask> tasks) {
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  insert(d, pages, regions, tasks);
                  return null;
                }));
  }

  /**
   * Stores a loaded document as {@link #insertDocument} does, at the next place of its job: the
   * place is taken in the same transaction, after the job's row is locked (an update that changes
   * nothing), so two loads into one job, in this process or another, take their places one after
   * the other and never the same one. {@code document} and {@code tasks} make the document and its
   * tasks for the place taken.
   *
   * @return the place taken
   * @throws IllegalStateException when the store fails or the job is gone; nothing is stored
   */
  public int appendDocument(
      TenantId tenant,
      JobId job,
      IntFunction<WorkDocument> document,
      List<SealedPage> pages,
      Map<String, byte[]> regions,
      IntFunction<List<NewTask>> tasks) {
    return Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  int locked =
                      jdbc.sql(
                              "UPDATE work_job SET state = state WHERE tenant_id = ? AND job_id"
                                  + " = ?")
                          .params(tenant.value(), job.value())
                          .update();
                  if (locked != 1) {
                    throw new IllegalStateException("the job is gone");
                  }
                  int seq = lastSeq(tenant, job) + 1;
                  insert(document.apply(seq), pages, regions, tasks.apply(seq));
                  return seq;
                }));
  }

  private void insert(
      WorkDocument d, List<SealedPage> pages, Map<String, byte[]> regions, List<NewTask> tasks) {
    jdbc.sql(
            "INSERT INTO work_document (tenant_id, document_id, job_id, seq, source,"
                + " pages, data_key, state, loaded_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?)")
        .params(
            d.tenant().value(),
            d.id(),
            d.job().value(),
            d.seq(),
            d.source(),
            d.pages(),
            d.dataKey(),
            d.state().code(),
            d.loadedAt().toEpochMilli())
        .update();
    for (SealedPage p : pages) {
      jdbc.sql(
              "INSERT INTO work_page (tenant_id, document_id, page_no, width,"
                  + " height, image) VALUES (?, ?, ?, ?, ?, ?)")
          .params(d.tenant().value(), d.id(), p.pageNo(), p.width(), p.height(), p.image())
          .update();
    }
    for (Map.Entry<String, byte[]> r : regions.entrySet()) {
      jdbc.sql(
              "INSERT INTO work_region (tenant_id, document_id, field_id, image)"
                  + " VALUES (?, ?, ?, ?)")
          .params(d.tenant().value(), d.id(), r.getKey(), r.getValue())
          .update();
    }
    for (NewTask t : tasks) {
      jdbc.sql(
              "INSERT INTO work_task (tenant_id, task_id, job_id, document_id,"
                  + " part_id, seq, state, entries, created_at) VALUES (?, ?, ?, ?,"
                  + " ?, ?, ?, 0, ?)")
          .params(
              d.tenant().value(),
              t.id().value(),
              d.job().value(),
              d.id(),
              t.part(),
              t.seq(),
              Task.State.ENTRY.code(),
              d.loadedAt().toEpochMilli())
          .update();
    }
  }

  /** The highest document place of the job so far (0 for none). */
  public int lastSeq(TenantId tenant, JobId job) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT COALESCE(MAX(seq), 0) FROM work_document WHERE tenant_id = ? AND job_id = ?")
                .params(tenant.value(), job.value())
                .query(Integer.class)
                .single());
  }

  private static final String DOCUMENT_COLUMNS =
      "SELECT tenant_id, document_id, job_id, seq, source, pages, data_key, state, person_id,"
          + " person_token, loaded_at, accepted_at FROM work_document";

  public Optional<WorkDocument> document(TenantId tenant, long id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(DOCUMENT_COLUMNS + " WHERE tenant_id = ? AND document_id = ?")
                .params(tenant.value(), id)
                .query(WorkStore::document)
                .optional());
  }

  /**
   * A document held for the controller: open, all it could be keyed keyed, and its acceptance
   * refused as it is ({@code document.mismatch}, {@code document.unregistered}), since {@code at}.
   */
  public record HeldDocument(long id, int seq, String source, String reason, Instant since) {}

  /** The job's held documents in their order, at most {@code limit}. */
  public List<HeldDocument> held(TenantId tenant, JobId job, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT document_id, seq, source, held_reason, held_at FROM work_document WHERE"
                        + " tenant_id = ? AND job_id = ? AND state = 'open' AND held_reason IS NOT"
                        + " NULL ORDER BY seq LIMIT ?")
                .params(tenant.value(), job.value(), limit)
                .query((rs, n) ->
                    new HeldDocument(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5))))
                .list());
  }

  /** The job's documents in order, {@code limit} after place {@code afterSeq}. */
  public List<WorkDocument> documents(TenantId tenant, JobId job, int afterSeq, int limit) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    DOCUMENT_COLUMNS
                        + " WHERE tenant_id = ? AND job_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                .params(tenant.value(), job.value(), afterSeq, limit)
                .query(WorkStore::document)
                .list());
  }

  private static WorkDocument document(ResultSet rs, int row) throws SQLException {
    long person = rs.getLong(9);
    boolean hasPerson = !rs.wasNull();
    String token = rs.getString(10);
    long accepted = rs.getLong(12);
    boolean isAccepted = !rs.wasNull();
    return new WorkDocument(
        new TenantId(rs.getString(1)),
        rs.getLong(2),
        new JobId(rs.getString(3)),
        rs.getInt(4),
        rs.getString(5),
        rs.getInt(6),
        rs.getBytes(7),
        WorkDocument.State.ofCode(rs.getString(8)),
        hasPerson ? Optional.of(person) : Optional.empty(),
        token == null ? Optional.empty() : Optional.of(new PersonToken(token)),
        Instant.ofEpochMilli(rs.getLong(11)),
        isAccepted ? Optional.of(Instant.ofEpochMilli(accepted)) : Optional.empty());
  }

  /** The sealed region of one field of a document. */
  public Optional<byte[]> region(TenantId tenant, long document, String field) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT image FROM work_region WHERE tenant_id = ? AND document_id = ? AND"
                        + " field_id = ?")
                .params(tenant.value(), document, field)
                .query((rs, n) -> rs.getBytes(1))
                .optional());
  }

  /** A sealed page of a document. */
  public Optional<SealedPage> page(TenantId tenant, long document, int pageNo) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT page_no, width, height, image FROM work_page WHERE tenant_id = ? AND"
                        + " document_id = ? AND page_no = ?")
                .params(tenant.value(), document, pageNo)
                .query((rs, n) ->
                    new SealedPage(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)))
                .optional());
  }

  // ---- tasks

  /** The columns {@link #task} reads, from {@code work_task} as {@code t}: the desk's too. */
  static final String TASK_COLUMNS =
      "SELECT t.tenant_id, t.task_id, t.job_id, t.document_id, t.part_id, t.seq, t.state,"
          + " t.entries, t.held_by, t.held_until, t.created_at, t.done_at FROM work_task t";

  public Optional<Task> task(TenantId tenant, TaskId id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(TASK_COLUMNS + " WHERE tenant_id = ? AND task_id = ?")
                .params(tenant.value(), id.value())
                .query(WorkStore::task)
                .optional());
  }

  /** The tasks of one document, in order. */
  public List<Task> tasksOf(TenantId tenant, long document) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(TASK_COLUMNS + " WHERE tenant_id = ? AND document_id = ? ORDER BY seq")
                .params(tenant.value(), document)
                .query(WorkStore::task)
                .list());
  }

  static Task task(ResultSet rs, int row) throws SQLException {
    String held = rs.getString(9);
    long until = rs.getLong(10);
    boolean hasUntil = !rs.wasNull();
    long done = rs.getLong(12);
    boolean isDone = !rs.wasNull();
    return new Task(
        new TenantId(rs.getString(1)),
        new TaskId(rs.getString(2)),
        new JobId(rs.getString(3)),
        rs.getLong(4),
        rs.getString(5),
        rs.getLong(6),
        Task.State.ofCode(rs.getString(7)),
        rs.getInt(8),
        held == null ? Optional.empty() : Optional.of(new UserId(held)),
        hasUntil ? Optional.of(Instant.ofEpochMilli(until)) : Optional.empty(),
        Instant.ofEpochMilli(rs.getLong(11)),
        isDone ? Optional.of(Instant.ofEpochMilli(done)) : Optional.empty());
  }

  /** How many of the job's tasks are in each state. */
  public Map<Task.State, Long> taskCounts(TenantId tenant, JobId job) {
    Map<Task.State, Long> out = new EnumMap<>(Task.State.class);
    for (Task.State s : Task.State.values()) {
      out.put(s, 0L);
    }
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT state, COUNT(*) FROM work_task WHERE tenant_id = ? AND job_id = ?"
                        + " GROUP BY state")
                .params(tenant.value(), job.value())
                .query(rs -> {
                  out.put(Task.State.ofCode(rs.getString(1)), rs.getLong(2));
                }));
    return out;
  }

  /** How many of the job's documents are in each state. */
  public Map<WorkDocument.State, Long> documentCounts(TenantId tenant, JobId job) {
    Map<WorkDocument.State, Long> out = new EnumMap<>(WorkDocument.State.class);
    for (WorkDocument.State s : WorkDocument.State.values()) {
      out.put(s, 0L);
    }
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT state, COUNT(*) FROM work_document WHERE tenant_id = ? AND job_id = ?"
                        + " GROUP BY state")
                .params(tenant.value(), job.value())
                .query(rs -> {
                  out.put(WorkDocument.State.ofCode(rs.getString(1)), rs.getLong(2));
                }));
    return out;
  }
}
