package mamori.handover;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import mamori.core.NumberText;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.handover.Counter.Handover;
import mamori.handover.Counter.Scanned;
import mamori.handover.Counter.State;
import mamori.handover.Counter.Stop;
import mamori.handover.Counter.Verdict;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counter's handovers as stored ({@code handover_session}, {@code handover_scan}) and the marks
 * a finish leaves on pages and notices: {@link Counter}'s SQL, each change guarded by the state it
 * expects, for Counter to run under a handover's lock.
 */
final class Handovers {
  private static final String FAILED = "cannot write handovers";
  private static final String READ_FAILED = "cannot read handovers";
  private static final String COLUMNS =
      "tenant_id, handover_id, person_token, by_document, counter, started_by, started_at, state,"
          + " stop_document, stop_page, stop_reason, stopped_at, acknowledged_by, finished_at, pages";

  /** A NULL column in a statement's parameters. */
  private static final Object NO_VALUE =
      new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.NULL, null);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Documents documents;
  private final SecureRandom random = new SecureRandom();

  Handovers(DataSource dataSource, Documents documents) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.documents = documents;
  }

  /** A page by its document and number. */
  record PageRef(String document, int page) {}

  /** Runs {@code work} in one transaction of the store. */
  <T> T inTransaction(Supplier<T> work) {
    return Sql.inTransaction(dataSource, work);
  }

  /**
   * A fresh handover id, found before the transaction that opens it: on SQLite a transaction that
   * reads first cannot take the write lock once another connection has written meanwhile.
   */
  String newId(TenantId tenant) {
    return freeId(tenant);
  }

  /**
   * Locks the rows of the resident's printed documents until the transaction ends (on SQLite, the
   * store's write lock), so that two starts for one resident are taken one after the other: the
   * notice that opens a handover is one of them, so two starts always share a row.
   */
  void lockResident(TenantId tenant, PersonToken person) {
    update(
        "UPDATE handover_document SET used_at = used_at WHERE tenant_id = ? AND person_token = ?",
        tenant.value(),
        person.value());
  }

  /** A handover of the resident, or opened by the notice, that is open or stopped; the oldest. */
  Optional<Handover> unfinished(TenantId tenant, PersonToken person, String byDocument) {
    return list(
            "SELECT "
                + COLUMNS
                + " FROM handover_session WHERE tenant_id = ? AND (person_token = ? OR"
                + " by_document = ?) AND state IN (?, ?) ORDER BY started_at, handover_id",
            tenant.value(),
            person.value(),
            byDocument,
            State.OPEN.code(),
            State.STOPPED.code())
        .stream()
        .findFirst();
  }

  /** The stopped handovers a staff member started, the oldest stop first. */
  List<Handover> stoppedBy(TenantId tenant, UserId staff) {
    return list(
        "SELECT "
            + COLUMNS
            + " FROM handover_session WHERE tenant_id = ? AND started_by = ? AND state = ?"
            + " ORDER BY stopped_at, handover_id",
        tenant.value(),
        staff.value(),
        State.STOPPED.code());
  }

  /** Opens a handover under {@code id}, found by {@link #newId}. */
  void open(
      TenantId tenant,
      String id,
      PersonToken person,
      String byDocument,
      String counter,
      UserId by,
      Instant at) {
    update(
        "INSERT INTO handover_session (tenant_id, handover_id, person_token, by_document, counter,"
            + " started_by, started_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        tenant.value(),
        id,
        person.value(),
        byDocument,
        counter,
        by.value(),
        at.toEpochMilli(),
        State.OPEN.code());
  }

  /** Stops an open handover at a page; false when it was not open. */
  boolean stop(Handover h, String document, int page, Reason reason, Instant at) {
    return update(
            "UPDATE handover_session SET state = ?, stop_document = ?, stop_page = ?,"
                + " stop_reason = ?, stopped_at = ?, acknowledged_by = ?, acknowledged_at = ?"
                + " WHERE tenant_id = ? AND handover_id = ? AND state = ?",
            State.STOPPED.code(),
            document,
            page,
            reason.code(),
            at.toEpochMilli(),
            NO_VALUE,
            NO_VALUE,
            h.tenant().value(),
            h.id(),
            State.OPEN.code())
        == 1;
  }

  /**
   * Opens a stopped handover again, acknowledged by {@code by}; false when it was not stopped at
   * the stop {@code seen} (the document, page and moment the second staff member was shown).
   */
  boolean acknowledge(Handover h, Counter.StopSeen seen, UserId by, Instant at) {
    return update(
            "UPDATE handover_session SET state = ?, acknowledged_by = ?, acknowledged_at = ?"
                + " WHERE tenant_id = ? AND handover_id = ? AND state = ? AND stop_document = ?"
                + " AND stop_page = ? AND stopped_at = ?",
            State.OPEN.code(),
            by.value(),
            at.toEpochMilli(),
            h.tenant().value(),
            h.id(),
            State.STOPPED.code(),
            seen.document(),
            seen.page(),
            seen.at().toEpochMilli())
        == 1;
  }

  /** Cancels an open handover; false when it was not open. */
  boolean cancel(Handover h, Instant at) {
    return update(
            "UPDATE handover_session SET state = ?, finished_at = ? WHERE tenant_id = ? AND"
                + " handover_id = ? AND state = ?",
            State.CANCELLED.code(),
            at.toEpochMilli(),
            h.tenant().value(),
            h.id(),
            State.OPEN.code())
        == 1;
  }

  /** Marks a page handed over in {@code h}; false when it was handed over already. */
  boolean hand(Handover h, PageRef p, Instant at) {
    return update(
            "UPDATE handover_page SET handover_id = ?, handed_at = ? WHERE tenant_id = ?"
                + " AND document_id = ? AND page_no = ? AND handover_id IS NULL AND returned_at IS"
                + " NULL",
            h.id(),
            at.toEpochMilli(),
            h.tenant().value(),
            p.document(),
            p.page())
        == 1;
  }

  /** Marks a pickup notice used; false when it was used already. */
  boolean useNotice(TenantId tenant, String document, Instant at) {
    return update(
            "UPDATE handover_document SET used_at = ? WHERE tenant_id = ? AND document_id = ? AND"
                + " used_at IS NULL",
            at.toEpochMilli(),
            tenant.value(),
            document)
        == 1;
  }

  /** Finishes a handover with its page count; runs under its lock, once its state was read. */
  void finish(Handover h, int pages, Instant at) {
    update(
        "UPDATE handover_session SET state = ?, finished_at = ?, pages = ? WHERE tenant_id = ? AND"
            + " handover_id = ?",
        State.FINISHED.code(),
        at.toEpochMilli(),
        pages,
        h.tenant().value(),
        h.id());
  }

  /** The handover {@code id} of the tenant. */
  Optional<Handover> find(TenantId tenant, String id) {
    if (!Counter.ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(
                        "SELECT "
                            + COLUMNS
                            + " FROM handover_session WHERE tenant_id = ? AND handover_id = ?")
                    .params(tenant.value(), id)
                    .query((rs, n) -> row(rs))
                    .optional())
        .map(this::handover);
  }

  /** The pages scanned in a handover, in order. */
  List<Scanned> scans(Handover h) {
    List<ScanRow> rows =
        Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(
                        "SELECT seq, document_id, page_no, verdict, scanned_at FROM handover_scan"
                            + " WHERE tenant_id = ? AND handover_id = ? ORDER BY seq")
                    .params(h.tenant().value(), h.id())
                    .query((rs, n) ->
                        new ScanRow(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getInt(3),
                            Verdict.ofCode(rs.getString(4)),
                            Instant.ofEpochMilli(rs.getLong(5))))
                    .list());
    java.util.Map<String, Documents.Document> seen = new java.util.HashMap<>();
    List<Scanned> scans = new ArrayList<>(rows.size());
    for (ScanRow r : rows) {
      Documents.Document d =
          seen.computeIfAbsent(r.document(), doc -> documents.find(h.tenant(), doc).orElseThrow());
      scans.add(new Scanned(r.seq(), d, r.page(), r.verdict(), r.at()));
    }
    return scans;
  }

  private record ScanRow(int seq, String document, int page, Verdict verdict, Instant at) {}

  /** The tenant's stopped handovers, waiting for a second staff member, the oldest stop first. */
  List<Handover> stopped(TenantId tenant) {
    return list(
        "SELECT "
            + COLUMNS
            + " FROM handover_session WHERE tenant_id = ? AND state = ? ORDER BY stopped_at,"
            + " handover_id",
        tenant.value(),
        State.STOPPED.code());
  }

  /** The open handovers a staff member started, the newest first. */
  List<Handover> openBy(TenantId tenant, UserId staff) {
    return list(
        "SELECT "
            + COLUMNS
            + " FROM handover_session WHERE tenant_id = ? AND started_by = ? AND state = ?"
            + " ORDER BY started_at DESC, handover_id",
        tenant.value(),
        staff.value(),
        State.OPEN.code());
  }

  /** Whether a page was filed or shredded at the returns. */
  boolean returned(TenantId tenant, String document, int page) {
    return Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(
                        "SELECT COUNT(*) FROM handover_page WHERE tenant_id = ? AND document_id = ?"
                            + " AND page_no = ? AND returned_at IS NOT NULL")
                    .params(tenant.value(), document, page)
                    .query(Long.class)
                    .single())
        > 0;
  }

  /** Whether a page was handed over, filed or shredded: it is not to be handed over now. */
  boolean handedBefore(TenantId tenant, String document, int page) {
    return Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(
                        "SELECT COUNT(*) FROM handover_page WHERE tenant_id = ? AND document_id = ?"
                            + " AND page_no = ? AND (handover_id IS NOT NULL OR returned_at IS NOT"
                            + " NULL)")
                    .params(tenant.value(), document, page)
                    .query(Long.class)
                    .single())
        > 0;
  }

  /** The resident's pages taken in a handover, each once, in the order first scanned. */
  List<PageRef> ownPages(Handover h) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT document_id, page_no FROM handover_scan WHERE tenant_id = ? AND"
                        + " handover_id = ? AND verdict = ? ORDER BY seq")
                .params(h.tenant().value(), h.id(), Verdict.OWN.code())
                .query((rs, n) -> new PageRef(rs.getString(1), rs.getInt(2)))
                .list());
  }

  /**
   * Locks the handover's row until the transaction ends (on SQLite, the store's write lock), so
   * that its changes are taken one at a time.
   */
  void lock(Handover h) {
    update(
        "UPDATE handover_session SET pages = pages WHERE tenant_id = ? AND handover_id = ?",
        h.tenant().value(),
        h.id());
  }

  /** Adds a scan at the next sequence number; runs under the handover's lock. */
  void addScan(Handover h, String document, int page, Verdict v, Instant at) {
    update(
        "INSERT INTO handover_scan (tenant_id, handover_id, seq, document_id, page_no, verdict,"
            + " scanned_at) SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ? FROM handover_scan"
            + " WHERE tenant_id = ? AND handover_id = ?",
        h.tenant().value(),
        h.id(),
        document,
        page,
        v.code(),
        at.toEpochMilli(),
        h.tenant().value(),
        h.id());
  }

  private String freeId(TenantId tenant) {
    for (int attempt = 0; ; attempt++) {
      byte[] bits = new byte[8];
      random.nextBytes(bits);
      String id = "h-" + PageCode.base32(bits, 60).toLowerCase(Locale.ROOT);
      // an id is shown and logged: never one that reads like a number
      if (NumberText.holdsNumber(id) || find(tenant, id).isPresent()) {
        if (attempt > 20) {
          throw new IllegalStateException("cannot find a free handover id");
        }
        continue;
      }
      return id;
    }
  }

  private int update(String sql, Object... params) {
    return Sql.run(FAILED, () -> jdbc.sql(sql).params(params).update());
  }

  private List<Handover> list(String sql, Object... params) {
    return Sql.run(READ_FAILED, () -> jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list())
        .stream()
        .map(this::handover)
        .toList();
  }

  /** A session's row as read, before its stop's document is looked up. */
  private record Row(
      TenantId tenant,
      String id,
      PersonToken person,
      String byDocument,
      String counter,
      UserId startedBy,
      Instant startedAt,
      State state,
      @Nullable String stopDocument,
      int stopPage,
      @Nullable String stopReason,
      @Nullable Instant stoppedAt,
      @Nullable String acknowledgedBy,
      @Nullable Instant finishedAt,
      int pages) {}

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    long stopped = rs.getLong("stopped_at");
    Instant stoppedAt = rs.wasNull() ? null : Instant.ofEpochMilli(stopped);
    long finished = rs.getLong("finished_at");
    Instant finishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finished);
    return new Row(
        new TenantId(rs.getString("tenant_id")),
        rs.getString("handover_id"),
        new PersonToken(rs.getString("person_token")),
        rs.getString("by_document"),
        rs.getString("counter"),
        new UserId(rs.getString("started_by")),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        State.ofCode(rs.getString("state")),
        rs.getString("stop_document"),
        rs.getInt("stop_page"),
        rs.getString("stop_reason"),
        stoppedAt,
        rs.getString("acknowledged_by"),
        finishedAt,
        rs.getInt("pages"));
  }

  private Handover handover(Row r) {
    Optional<Stop> stop = Optional.empty();
    String stopDocument = r.stopDocument();
    String stopReason = r.stopReason();
    Instant stoppedAt = r.stoppedAt();
    if (stopDocument != null && stopReason != null && stoppedAt != null) {
      Optional<Reason> reason = Reason.ofCode(stopReason);
      Optional<Documents.Document> d = documents.find(r.tenant(), stopDocument);
      if (reason.isPresent() && d.isPresent()) {
        stop = Optional.of(new Stop(d.get(), r.stopPage(), reason.get(), stoppedAt));
      }
    }
    String acknowledgedBy = r.acknowledgedBy();
    return new Handover(
        r.tenant(),
        r.id(),
        r.person(),
        r.byDocument(),
        r.counter(),
        r.startedBy(),
        r.startedAt(),
        r.state(),
        stop,
        Optional.ofNullable(acknowledgedBy).map(UserId::new),
        Optional.ofNullable(r.finishedAt()),
        r.pages());
  }
}
