package mamori.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.entrustment.Purpose;
import mamori.retention.Model.RunState;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. This is the read side of retention: it only reads the V42 tables (retention_run,
 * retention_run_person, retention_hold) that the runs write, and shows nothing but tokens, purpose
 * ids and counts, never a number or a name. Every list is paged by a cursor on its key, so no page
 * grows with the store: runs newest first by (proposed_at, run_id), a run's persons by person_id (the
 * primary key's order). The certificate reads a whole run once or twice by a database cursor in one
 * read-only transaction (PostgreSQL fetches 1,000 rows at a time inside a transaction; SQLite steps
 * its statement), in the canonical order of the token list (ascending token), so memory stays flat
 * however large the run.
 *
 * A cursor that goes into a URL is written in base 36, so that no page or address carries a run of
 * twelve digits that could be mistaken for a My Number.
 */
/**
 * The deletion records and their runs as the console, the resident portal and the certificate read
 * them: runs of a tenant, one run with its counts, a run's persons, a person's deletion records,
 * the active legal holds.
 */
public final class DeletionRecords {
  /** The most rows one page of a listing gives. */
  public static final int MAX_PAGE = 500;

  /** What a run id looks like (8 characters of Crockford's base32 as the runs make them). */
  private static final Pattern RUN_ID = Pattern.compile("[0-9A-Za-z-]{1,16}");

  private static final String FAILED = "cannot read the deletion records";

  /** Rows a database cursor fetches at a time when a whole run is read. */
  static final int FETCH = 1_000;

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final JdbcClient streaming;

  public DeletionRecords(DataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH);
    this.streaming = JdbcClient.create(template);
  }

  /** Whether {@code id} has the form of a run id (so a typed one can be refused before a query). */
  public static boolean isRunId(String id) {
    return RUN_ID.matcher(id).matches();
  }

  /**
   * Where a person of a run stands: due, erasing (its batch was handed to the vault and not yet
   * marked: a run stopped mid-batch shows it until it resumes; not erased as far as the records
   * say), erased, or kept (with its reason: {@code held}, {@code not-due}, {@code erased-already},
   * {@code unknown}).
   */
  public enum PersonState {
    DUE,
    ERASING,
    ERASED,
    KEPT;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static PersonState of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /**
   * A deletion run: the persons due as of {@code asOf}, its counts as the run goes, who proposed
   * and who approved it (or {@code standing} when standing approvals of its purposes stood for
   * one). {@code everyoneOf} names the purposes whose every person the run deletes: approving it
   * needs its person count confirmed twice.
   */
  public record Run(
      TenantId tenant,
      String runId,
      LocalDate asOf,
      RunState state,
      int persons,
      int whole,
      int numberOnly,
      int kept,
      UserId proposedBy,
      Instant proposedAt,
      Optional<UserId> approvedBy,
      Optional<Instant> approvedAt,
      boolean standing,
      Optional<Instant> startedAt,
      Optional<Instant> finishedAt,
      Optional<UserId> cancelledBy,
      Optional<Instant> cancelledAt,
      List<String> everyoneOf) {
    public Run {
      everyoneOf = List.copyOf(everyoneOf);
    }

    /** The persons whose record or number was deleted. */
    public int erased() {
      return whole + numberOnly;
    }
  }

  /** A page of runs, newest first, and the cursor of the next page when there is one. */
  public record RunPage(List<Run> runs, Optional<String> next) {}

  /**
   * One person of a run, and once done its deletion record: the token, the purposes whose periods
   * ended, what goes or went (the whole record or the number only), where it stands, why it was
   * kept and when it was done. No number and no name: the run never had them.
   */
  public record Person(
      PersonToken token,
      List<String> purposes,
      Purpose.Disposal disposal,
      PersonState state,
      Optional<String> keptReason,
      Optional<Instant> doneAt) {}

  /** A page of a run's persons and the cursor of the next page when there is one. */
  public record PersonPage(List<Person> persons, Optional<String> next) {}

  /** One deletion of a person's record (or of its number) by a run, as the resident is told it. */
  public record Deletion(
      String runId, List<String> purposes, Purpose.Disposal disposal, Instant doneAt) {}

  private static final String RUN_COLUMNS =
      "tenant_id, run_id, as_of, state, persons, whole, number_only, kept, proposed_by,"
          + " proposed_at, approved_by, approved_at, standing, started_at, finished_at,"
          + " cancelled_by, cancelled_at, everyone_of";

  private static final String PERSON_COLUMNS =
      "person_id, token, purposes, disposal, state, kept_reason, done_at";

  /**
   * The tenant's runs, newest proposed first, at most {@code limit} (1 to {@link #MAX_PAGE}), after
   * the cursor of an earlier page ({@link RunPage#next}) when given.
   *
   * @throws IllegalArgumentException for a cursor not made here
   */
  public RunPage runs(TenantId tenant, Optional<String> after, int limit) {
    int n = limit(limit);
    Object[] cursor = after.map(DeletionRecords::runCursor).orElse(null);
    List<Run> rows =
        Sql.run(
            FAILED,
            () ->
                cursor == null
                    ? jdbc.sql(
                            "SELECT "
                                + RUN_COLUMNS
                                + " FROM retention_run WHERE tenant_id = ?"
                                + " ORDER BY proposed_at DESC, run_id DESC LIMIT ?")
                        .params(tenant.value(), n + 1)
                        .query((rs, i) -> run(rs))
                        .list()
                    : jdbc.sql(
                            "SELECT "
                                + RUN_COLUMNS
                                + " FROM retention_run WHERE tenant_id = ? AND (proposed_at < ?"
                                + " OR (proposed_at = ? AND run_id < ?))"
                                + " ORDER BY proposed_at DESC, run_id DESC LIMIT ?")
                        .params(tenant.value(), cursor[0], cursor[0], cursor[1], n + 1)
                        .query((rs, i) -> run(rs))
                        .list());
    if (rows.size() <= n) {
      return new RunPage(rows, Optional.empty());
    }
    Run last = rows.get(n - 1);
    return new RunPage(
        rows.subList(0, n),
        Optional.of(Long.toString(last.proposedAt().toEpochMilli(), 36) + "." + last.runId()));
  }

  /** One run of the tenant, if there is one of that id. */
  public Optional<Run> run(TenantId tenant, String runId) {
    if (!isRunId(runId)) {
      return Optional.empty();
    }
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + RUN_COLUMNS
                        + " FROM retention_run WHERE tenant_id = ? AND run_id = ?")
                .params(tenant.value(), runId)
                .query((rs, i) -> run(rs))
                .optional());
  }

  /**
   * A run's persons in the order of their key, at most {@code limit} (1 to {@link #MAX_PAGE}),
   * after the cursor of an earlier page ({@link PersonPage#next}) when given.
   *
   * @throws IllegalArgumentException for a cursor not made here
   */
  public PersonPage persons(TenantId tenant, String runId, Optional<String> after, int limit) {
    int n = limit(limit);
    long from = after.map(DeletionRecords::personCursor).orElse(Long.MIN_VALUE);
    List<Keyed> rows = personsAfter(tenant, runId, from, n + 1);
    List<Person> page = new ArrayList<>();
    for (int i = 0; i < Math.min(n, rows.size()); i++) {
      page.add(rows.get(i).person());
    }
    return new PersonPage(
        page,
        rows.size() <= n
            ? Optional.empty()
            : Optional.of(Long.toString(rows.get(n - 1).personId(), 36)));
  }

  /** A person of a run with its key, which only the cursor carries (in base 36). */
  record Keyed(long personId, Person person) {}

  /** At most {@code n} persons of a run after the key {@code from}, in key order. */
  List<Keyed> personsAfter(TenantId tenant, String runId, long from, int n) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + PERSON_COLUMNS
                        + " FROM retention_run_person WHERE tenant_id = ? AND run_id = ? AND"
                        + " person_id > ? ORDER BY person_id LIMIT ?")
                .params(tenant.value(), runId, from, n)
                .query((rs, i) -> new Keyed(rs.getLong("person_id"), person(rs)))
                .list());
  }

  /**
   * Every person of a run in the canonical order of the token list (ascending token, as {@code
   * LC_ALL=C sort} orders them), read by a database cursor in one read-only transaction, each given
   * to {@code each} as it is read: nothing of the run is held in memory.
   */
  public void eachPerson(TenantId tenant, String runId, Consumer<Person> each) {
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  try (Stream<Person> rows =
                      streaming
                          .sql(
                              "SELECT "
                                  + PERSON_COLUMNS
                                  + " FROM retention_run_person WHERE tenant_id = ? AND run_id = ?"
                                  + " ORDER BY token")
                          .params(tenant.value(), runId)
                          .query((rs, i) -> person(rs))
                          .stream()) {
                    rows.forEach(each);
                  }
                  return null;
                }));
  }

  /** How many persons of a run were kept, by reason, most first. */
  public List<Count> keptReasons(TenantId tenant, String runId) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT COALESCE(kept_reason, '') AS reason, COUNT(*) AS n FROM"
                        + " retention_run_person WHERE tenant_id = ? AND run_id = ? AND state = ?"
                        + " GROUP BY kept_reason ORDER BY n DESC, reason")
                .params(tenant.value(), runId, PersonState.KEPT.code())
                .query((rs, i) -> new Count(rs.getString("reason"), rs.getInt("n")))
                .list());
  }

  /** A count of something named by {@code key}. */
  public record Count(String key, int count) {}

  /**
   * A person's deletion records, newest first: each run that erased their record or their number,
   * with the purposes whose periods had ended. Found by the person's id in the vault.
   */
  public List<Deletion> deletionsOf(TenantId tenant, long personId) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT run_id, purposes, disposal, done_at FROM retention_run_person WHERE"
                        + " tenant_id = ? AND person_id = ? AND state = ? AND done_at IS NOT NULL"
                        + " ORDER BY done_at DESC, run_id")
                .params(tenant.value(), personId, PersonState.ERASED.code())
                .query((rs, i) -> deletion(rs))
                .list());
  }

  /**
   * A person's deletion records found by their token (as the resident portal knows them): the token
   * names one person of the tenant in the vault (an erased person keeps its token), and the records
   * are read by that person's id.
   */
  public List<Deletion> deletionsOf(TenantId tenant, PersonToken token) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT run_id, purposes, disposal, done_at FROM retention_run_person WHERE"
                        + " tenant_id = ? AND person_id = (SELECT person_id FROM person WHERE"
                        + " tenant_id = ? AND token = ?) AND state = ? AND done_at IS NOT NULL"
                        + " ORDER BY done_at DESC, run_id")
                .params(tenant.value(), tenant.value(), token.value(), PersonState.ERASED.code())
                .query((rs, i) -> deletion(rs))
                .list());
  }

  /**
   * How many of the tenant's runs are in {@code state} (the dashboard's runs awaiting approval).
   */
  public long count(TenantId tenant, RunState state) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT COUNT(*) FROM retention_run WHERE tenant_id = ? AND state = ?")
                .params(tenant.value(), state.code())
                .query(Long.class)
                .single());
  }

  /** The tenant's active legal holds (not lifted), newest first. */
  public List<Model.Hold> activeHolds(TenantId tenant) {
    return holds(tenant, true);
  }

  private static final String HOLD =
      "SELECT hold_id, kind, reference, reason, persons, placed_by, placed_at, lifted_by,"
          + " lifted_at FROM retention_hold WHERE tenant_id = ?";

  /** The tenant's holds, newest first; only the active ones when {@code activeOnly}. */
  List<Model.Hold> holds(TenantId tenant, boolean activeOnly) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    HOLD
                        + (activeOnly ? " AND lifted_at IS NULL" : "")
                        + " ORDER BY placed_at DESC, hold_id")
                .params(tenant.value())
                .query((rs, i) -> hold(rs))
                .list());
  }

  /** One hold of the tenant, active or lifted. */
  Optional<Model.Hold> hold(TenantId tenant, String holdId) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(HOLD + " AND hold_id = ?")
                .params(tenant.value(), holdId)
                .query((rs, i) -> hold(rs))
                .optional());
  }

  private static Model.Hold hold(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Model.Hold(
        rs.getString("hold_id"),
        Model.HoldKind.parse(rs.getString("kind")),
        rs.getString("reference"),
        rs.getString("reason"),
        rs.getInt("persons"),
        new UserId(rs.getString("placed_by")),
        Instant.ofEpochMilli(rs.getLong("placed_at")),
        user(rs.getString("lifted_by")),
        time(rs, "lifted_at"));
  }

  private static int limit(int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("a page is 1 to " + MAX_PAGE + " rows");
    }
    return limit;
  }

  private static Object[] runCursor(String text) {
    int dot = text.indexOf('.');
    if (dot < 1 || !isRunId(text.substring(dot + 1))) {
      throw new IllegalArgumentException("not a cursor of the runs");
    }
    return new Object[] {parse36(text.substring(0, dot)), text.substring(dot + 1)};
  }

  private static long personCursor(String text) {
    return parse36(text);
  }

  private static long parse36(String text) {
    if (text.isEmpty() || text.length() > 14 || !text.matches("-?[0-9a-z]+")) {
      throw new IllegalArgumentException("not a cursor");
    }
    try {
      return Long.parseLong(text, 36);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a cursor");
    }
  }

  private static Run run(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Run(
        new TenantId(rs.getString("tenant_id")),
        rs.getString("run_id"),
        LocalDate.ofEpochDay(rs.getInt("as_of")),
        RunState.of(rs.getString("state")),
        rs.getInt("persons"),
        rs.getInt("whole"),
        rs.getInt("number_only"),
        rs.getInt("kept"),
        new UserId(rs.getString("proposed_by")),
        Instant.ofEpochMilli(rs.getLong("proposed_at")),
        user(rs.getString("approved_by")),
        time(rs, "approved_at"),
        rs.getInt("standing") != 0,
        time(rs, "started_at"),
        time(rs, "finished_at"),
        user(rs.getString("cancelled_by")),
        time(rs, "cancelled_at"),
        purposes(rs.getString("everyone_of")));
  }

  private static Person person(java.sql.ResultSet rs) throws java.sql.SQLException {
    String reason = rs.getString("kept_reason");
    return new Person(
        new PersonToken(rs.getString("token")),
        purposes(rs.getString("purposes")),
        Purpose.Disposal.valueOf(rs.getString("disposal").toUpperCase(Locale.ROOT)),
        PersonState.of(rs.getString("state")),
        Optional.ofNullable(reason),
        time(rs, "done_at"));
  }

  private static Deletion deletion(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Deletion(
        rs.getString("run_id"),
        purposes(rs.getString("purposes")),
        Purpose.Disposal.valueOf(rs.getString("disposal").toUpperCase(Locale.ROOT)),
        Instant.ofEpochMilli(rs.getLong("done_at")));
  }

  static List<String> purposes(String stored) {
    return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<UserId> user(@Nullable String id) {
    return id == null ? Optional.empty() : Optional.of(new UserId(id));
  }

  private static Optional<Instant> time(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
