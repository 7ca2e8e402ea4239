package mamori.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.NumberText;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. Someone outside holds a page that is not theirs and types its short code or photographs its
 * QR code on the public found page. The answer tells three things apart and no more: a typo (the check
 * character does not match, so nothing was looked up), a code that is no page Mamori printed (unknown,
 * forged, another text: one answer for all, so the page never says whether a document exists), and a
 * real page, for which the finder learns the office that printed it and whether it was meant for a
 * resident or is internal, never whose it is. The public resolve counts no wrong MAC against a document
 * (it does not know under whose key to count); the page is throttled per address instead.
 *
 * A real page is logged first, by the system (mamori.found of the office's own organisation: the
 * finder is nobody Mamori knows), then becomes a found_report row and a security alert in one
 * transaction. The report's id is the document, the page and how many reports that page had
 * (f-<document>-p<page>-r<n>), so a second report of a page while one is open adds no row and no
 * alert (it is logged again), and two finders reporting the same page at the same moment collide on
 * the key: one alert, whichever wins.
 *
 * The alert names everything the officer needs to act at once: the document, its kind and title, the
 * page, the printer, who printed it and when, and the persons on it by token (the first as many as
 * fit in an alert, read with a LIMIT, the rest counted from the document's row; the found-page console
 * pages through them all). Nothing reads every person of a list at once: a list may name thousands.
 * A report is closed by a recorded decision only: its kind and a note without a number, by the
 * office's security officer or admin, logged first, which also closes the alert with that reason
 * (and nothing else closes that alert: AlertHandling refuses to, so no report is left open behind a
 * closed alert).
 */
/**
 * Pages found outside: the finder's report on the public found page and the officer's decision that
 * closes it.
 */
public final class FoundReports {
  /**
   * The system identity that records a finder's report: a reserved user ({@code mamori.*}) of the
   * office's controller organisation. The finder is nobody Mamori knows.
   */
  public static final UserId FINDER = new UserId("mamori.found");

  /** The kind of the security alert a found page raises. */
  public static final String ALERT_KIND = "found.page";

  /** Who decides (and reads) found-page reports. */
  public static final Set<Role> DECIDERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  /** The longest decision note (the alert's close reason holds it with the report and kind). */
  public static final int MAX_NOTE = 400;

  /** The most reports one listing gives. */
  public static final int MAX_LIST = 200;

  /** The most persons one page of {@link #persons} gives. */
  public static final int MAX_PERSONS = 500;

  /** The most characters of an alert's detail (the column's size). */
  static final int DETAIL_MAX = 1000;

  /**
   * How many persons' tokens are read for an alert's detail: more than fit in {@link #DETAIL_MAX}
   * characters; the rest are counted, not read.
   */
  static final int DETAIL_PERSONS = 60;

  private static final String FAILED = "cannot record a found page";
  private static final String READ_FAILED = "cannot read found pages";
  private static final String OPEN = "open";
  private static final String DECIDED = "decided";
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'").withZone(Returns.JAPAN);

  /** What the finder is told. */
  public sealed interface Answer {}

  /** The check character does not match: check the code. Nothing was looked up or counted. */
  public record Typo() implements Answer {}

  /** Not a page Mamori printed: unknown, forged, altered or another text alike. */
  public record NotKnown() implements Answer {}

  /**
   * A page of {@code office}: reported to its security officer.
   *
   * @param internal whether it is an internal page (a list) rather than a page meant for a resident
   * @param thanks what to do now, in English (the page says it in the reader's language)
   */
  public record Reported(String office, boolean internal, String thanks) implements Answer {}

  /** The thanks and the request to the finder. */
  public static final String THANKS =
      "Thank you. The office has been told. Please return the page to the office, and do not copy"
          + " it, photograph it again or pass it on.";

  /** What the officer decided. */
  public enum Decision {
    /** An incident was opened for it (the incident module takes it from here). */
    INCIDENT_OPENED("incident-opened"),
    /** The finder returned the page to the office. */
    RETURNED_BY_FINDER("returned-by-finder"),
    /** Looked into: not a leak (the office's own page in the right hands, a test print). */
    NOT_A_LEAK("not-a-leak");

    private final String code;

    Decision(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** The decision of {@code code}; empty for anything else. */
    public static Optional<Decision> ofCode(String code) {
      for (Decision d : values()) {
        if (d.code.equals(code)) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A found-page report. The persons on its document are counted here ({@code
   * document().persons()}) and read a page at a time with {@link #persons}.
   *
   * @param decision with {@code note}, {@code decidedBy} and {@code decidedAt}: empty while open
   */
  public record Report(
      String id,
      Documents.Document document,
      int page,
      Instant reportedAt,
      Optional<String> alertId,
      Optional<Decision> decision,
      Optional<String> note,
      Optional<UserId> decidedBy,
      Optional<Instant> decidedAt) {
    public boolean open() {
      return decision.isEmpty();
    }

    /** How many persons are on the page's document. */
    public int persons() {
      return document.persons();
    }
  }

  /** A page of the persons on a report's document, and the token the next page starts after. */
  public record Persons(List<PersonToken> persons, Optional<PersonToken> next) {
    public Persons {
      persons = List.copyOf(persons);
    }
  }

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Documents documents;
  private final SecurityAlerts alerts;
  private final AdminLog log;
  private final Function<TenantId, String> offices;
  private final Clock clock;

  /**
   * @param offices the name of a tenant's office as the finder is told it (its controller
   *     organisation's name)
   */
  public FoundReports(
      DataSource dataSource,
      Documents documents,
      SecurityAlerts alerts,
      AdminLog log,
      Function<TenantId, String> offices,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.documents = documents;
    this.alerts = alerts;
    this.log = log;
    this.offices = offices;
    this.clock = clock;
  }

  /**
   * Reports a page found outside: {@code scanned} is what the finder typed or what their photo's QR
   * code says, {@code from} their address (shown to the officer in the alert).
   */
  public Answer report(String scanned, String from) {
    Documents.Document d;
    int page;
    switch (documents.resolve(Optional.empty(), scanned)) {
      case Documents.Typo _ -> {
        return new Typo();
      }
      case Documents.Unknown _ -> {
        return new NotKnown();
      }
      case Documents.Found f -> {
        d = f.document();
        page = f.page();
      }
      case Documents.Locked l -> {
        // a locked document's page is still a real page outside: the lock is the counter's
        d = l.document();
        page = ((PageCode.Code) PageCode.read(scanned)).page();
      }
    }
    Who system = new Who(FINDER, new OrganisationId(d.tenant().value()), d.tenant());
    Reported answer = new Reported(offices.apply(d.tenant()), d.internal(), THANKS);
    String where = " document " + d.id() + " page " + page + "/" + d.pages();
    Optional<String> open = openFor(d, page);
    if (open.isPresent()) {
      log.allowed(system, Action.FOUND_REPORT, "found again " + open.get() + ":" + where);
      return answer;
    }
    String id = "f-" + d.id() + "-p" + page + "-r" + (reportsOf(d, page) + 1);
    // the first persons by token, read before the write (a list may name thousands: the rest are
    // counted from the document's row, and the console pages through them all)
    String detail = detail(id, d, page, tokens(d, Optional.empty(), DETAIL_PERSONS), from);
    log.allowed(system, Action.FOUND_REPORT, "found " + id + ":" + where);
    long now = clock.millis();
    try {
      Sql.inTransaction(
          dataSource,
          () -> {
            jdbc.sql(
                    "INSERT INTO found_report (tenant_id, report_id, document_id, page_no,"
                        + " reported_at, state) VALUES (?, ?, ?, ?, ?, ?)")
                .params(d.tenant().value(), id, d.id(), page, now, OPEN)
                .update();
            String alert =
                alerts.raise(
                    d.tenant().value(),
                    new SecurityAlerts.Raised(
                        ALERT_KIND,
                        "document:" + d.id(),
                        detail,
                        Severity.HIGH,
                        List.of(),
                        AlertPolicy.NOTIFY,
                        ""));
            jdbc.sql("UPDATE found_report SET alert_id = ? WHERE tenant_id = ? AND report_id = ?")
                .params(alert, d.tenant().value(), id)
                .update();
            return alert;
          });
    } catch (DuplicateKeyException e) {
      // the same page reported by another finder at the same moment: theirs raised the alert
      return answer;
    } catch (DataAccessException e) {
      throw new IllegalStateException(FAILED + ": " + Sql.reason(e), e);
    }
    return answer;
  }

  /**
   * The alert's detail: the document, the page, who printed it where and when, the finder's
   * address, and the persons on it by token, the first of {@code first} (the document's first
   * persons in token order) as fit in {@link #DETAIL_MAX} characters, and how many more of the
   * document's {@code persons()}.
   */
  static String detail(
      String id, Documents.Document d, int page, List<PersonToken> first, String from) {
    int total = Math.max(d.persons(), first.size());
    String head =
        "A page was reported found outside, on the public found page (from "
            + Why.textFrom(from, 64)
            + "): document "
            + d.id()
            + " ("
            + d.kind().code()
            + ", \""
            + d.title()
            + "\"), page "
            + page
            + "/"
            + d.pages()
            + ", printed on "
            + d.printer()
            + " by "
            + d.printedBy().value()
            + " at "
            + MINUTE.format(d.printedAt())
            + (d.internal()
                ? ". An INTERNAL page: it was never to leave the office."
                : ". A page meant for one resident: it reached someone else.")
            + " Persons on it ("
            + total
            + "): ";
    String tail = ". Decide on report " + id + " at /console/found.";
    StringBuilder names = new StringBuilder();
    int shown = 0;
    for (PersonToken p : first) {
      String next = (shown == 0 ? "" : ", ") + p.value();
      String more = " and " + (total - shown - 1) + " more";
      boolean last = shown == total - 1;
      if (head.length()
              + names.length()
              + next.length()
              + (last ? 0 : more.length())
              + tail.length()
          > DETAIL_MAX) {
        break;
      }
      names.append(next);
      shown++;
    }
    if (shown < total) {
      names.append(" and ").append(total - shown).append(" more");
    }
    return head + names + tail;
  }

  /**
   * Decides an open report and closes it (and its alert, with the decision as the reason): logged
   * first ({@code found.decide}, the case naming the report and the decision).
   *
   * @param kind a {@link Decision}'s code
   * @param note what was decided and why: 1 to {@link #MAX_NOTE} printable characters, no number
   * @throws FoundRefused NOT_ALLOWED (logged) for anyone but the office's own security officer or
   *     admin; UNKNOWN for no such report of the caller's tenant; DECIDED for a decided one; KIND
   *     or NOTE for a decision that is not one. Nothing changes.
   */
  public Report decide(Principal p, String reportId, String kind, String note) {
    String shown = Why.caseFrom(reportId.length() > 24 ? reportId.substring(0, 24) : reportId);
    if (!p.controller() || !DECIDERS.contains(p.role())) {
      log.refused(p.who(), Action.FOUND_DECIDE, "found " + shown, Reason.ROLE_NOT_ALLOWED);
      throw new FoundRefused(
          FoundRefused.Problem.NOT_ALLOWED,
          "",
          "only the office's own security officer or admin decides a found page");
    }
    Report r =
        get(p.tenantId(), reportId)
            .orElseThrow(
                () -> new FoundRefused(FoundRefused.Problem.UNKNOWN, "report", "no such report"));
    if (!r.open()) {
      throw new FoundRefused(
          FoundRefused.Problem.DECIDED, "report", "the report was decided already");
    }
    Decision decision =
        Decision.ofCode(kind)
            .orElseThrow(() ->
                new FoundRefused(
                    FoundRefused.Problem.KIND,
                    "decision",
                    "a decision is incident-opened, returned-by-finder or not-a-leak"));
    String text = note.strip();
    if (text.isEmpty()
        || text.length() > MAX_NOTE
        || text.codePoints().anyMatch(Why::unprintable)) {
      throw new FoundRefused(
          FoundRefused.Problem.NOTE,
          "note",
          "a decision's note is 1 to " + MAX_NOTE + " printable characters");
    }
    if (NumberText.holdsNumber(text)) {
      throw new FoundRefused(
          FoundRefused.Problem.NOTE,
          "note",
          "a decision's note may not hold anything like a My Number");
    }
    log.allowed(p.who(), Action.FOUND_DECIDE, "found " + r.id() + " " + decision.code());
    long now = clock.millis();
    String tenant = p.tenantId().value();
    boolean decided =
        Sql.run(
            FAILED,
            () ->
                Sql.inTransaction(
                    dataSource,
                    () -> {
                      int changed =
                          jdbc.sql(
                                  "UPDATE found_report SET state = ?, decision = ?,"
                                      + " decision_note = ?, decided_by = ?, decided_at = ?"
                                      + " WHERE tenant_id = ? AND report_id = ? AND state = ?")
                              .params(
                                  DECIDED,
                                  decision.code(),
                                  text,
                                  p.userId().value(),
                                  now,
                                  tenant,
                                  r.id(),
                                  OPEN)
                              .update();
                      if (changed == 1 && r.alertId().isPresent()) {
                        // an alert the officer closed already on the alerts page stays as it was
                        alerts.close(
                            tenant,
                            r.alertId().get(),
                            p.userId().value(),
                            cut(
                                "found-page report "
                                    + r.id()
                                    + ": "
                                    + decision.code()
                                    + ": "
                                    + text));
                      }
                      return changed == 1;
                    }));
    if (!decided) {
      throw new FoundRefused(
          FoundRefused.Problem.DECIDED, "report", "the report was decided already");
    }
    return get(p.tenantId(), r.id()).orElseThrow();
  }

  /** The alert's close reason: at most 500 characters, never cut inside a surrogate pair. */
  private static String cut(String reason) {
    if (reason.length() <= 500) {
      return reason;
    }
    int end = Character.isLowSurrogate(reason.charAt(500)) ? 499 : 500;
    return reason.substring(0, end);
  }

  /** A report of the tenant, open or decided. */
  public Optional<Report> get(TenantId tenant, String reportId) {
    return rows(
            "SELECT " + COLUMNS + " FROM found_report WHERE tenant_id = ? AND report_id = ?",
            tenant.value(),
            reportId)
        .stream()
        .findFirst();
  }

  /** The tenant's open reports, oldest first; at most {@code limit} (1 to {@link #MAX_LIST}). */
  public List<Report> open(TenantId tenant, int limit) {
    return rows(
        "SELECT "
            + COLUMNS
            + " FROM found_report WHERE tenant_id = ? AND state = ?"
            + " ORDER BY reported_at, report_id LIMIT ?",
        tenant.value(),
        OPEN,
        bounded(limit));
  }

  /** The tenant's decided reports, newest decision first; at most {@code limit}. */
  public List<Report> decided(TenantId tenant, int limit) {
    return rows(
        "SELECT "
            + COLUMNS
            + " FROM found_report WHERE tenant_id = ? AND state = ?"
            + " ORDER BY decided_at DESC, report_id LIMIT ?",
        tenant.value(),
        DECIDED,
        bounded(limit));
  }

  /** How many reports of the tenant are open. */
  public long countOpen(TenantId tenant) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql("SELECT COUNT(*) FROM found_report WHERE tenant_id = ? AND state = ?")
                .params(tenant.value(), OPEN)
                .query(Long.class)
                .single());
  }

  /**
   * A page of the persons on {@code report}'s document, by token in order, after {@code after}
   * (empty: from the first); at most {@code limit}, 1 to {@link #MAX_PERSONS}. Reading tokens
   * reveals no one: nothing is logged.
   */
  public Persons persons(Report report, Optional<PersonToken> after, int limit) {
    if (limit < 1 || limit > MAX_PERSONS) {
      throw new IllegalArgumentException("a page of persons is 1 to " + MAX_PERSONS);
    }
    List<PersonToken> read = tokens(report.document(), after, limit + 1);
    if (read.size() <= limit) {
      return new Persons(read, Optional.empty());
    }
    List<PersonToken> shown = read.subList(0, limit);
    return new Persons(shown, Optional.of(shown.get(limit - 1)));
  }

  /** At most {@code limit} persons on {@code d}, by token in order, after {@code after}. */
  private List<PersonToken> tokens(Documents.Document d, Optional<PersonToken> after, int limit) {
    if (d.person().isPresent()) {
      PersonToken p = d.person().get();
      return after.isPresent() && after.get().value().compareTo(p.value()) >= 0
          ? List.of()
          : List.of(p);
    }
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT person_token FROM handover_document_person WHERE tenant_id = ? AND"
                        + " document_id = ? AND person_token > ? ORDER BY person_token LIMIT ?")
                .params(d.tenant().value(), d.id(), after.map(PersonToken::value).orElse(""), limit)
                .query((rs, n) -> new PersonToken(rs.getString(1)))
                .list());
  }

  private static int bounded(int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new IllegalArgumentException("a listing is 1 to " + MAX_LIST + " reports");
    }
    return limit;
  }

  private static final String COLUMNS =
      "tenant_id, report_id, document_id, page_no, reported_at, alert_id, decision,"
          + " decision_note, decided_by, decided_at";

  private record Row(
      String tenant,
      String id,
      String document,
      int page,
      long reportedAt,
      Optional<String> alertId,
      Optional<String> decision,
      Optional<String> note,
      Optional<String> decidedBy,
      Optional<Long> decidedAt) {}

  private List<Report> rows(String sql, Object... params) {
    List<Row> rows =
        Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(sql)
                    .params(params)
                    .query((rs, n) -> {
                      long decidedAt = rs.getLong(10);
                      Optional<Long> at = rs.wasNull() ? Optional.empty() : Optional.of(decidedAt);
                      return new Row(
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getInt(4),
                          rs.getLong(5),
                          Optional.ofNullable(rs.getString(6)),
                          Optional.ofNullable(rs.getString(7)),
                          Optional.ofNullable(rs.getString(8)),
                          Optional.ofNullable(rs.getString(9)),
                          at);
                    })
                    .list());
    return rows.stream()
        .map(r -> {
          Documents.Document d =
              documents
                  .find(new TenantId(r.tenant()), r.document())
                  .orElseThrow(() -> new IllegalStateException("a report without its document"));
          return new Report(
              r.id(),
              d,
              r.page(),
              Instant.ofEpochMilli(r.reportedAt()),
              r.alertId(),
              r.decision().flatMap(Decision::ofCode),
              r.note(),
              r.decidedBy().map(UserId::new),
              r.decidedAt().map(Instant::ofEpochMilli));
        })
        .toList();
  }

  private Optional<String> openFor(Documents.Document d, int page) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc
                .sql(
                    "SELECT report_id FROM found_report WHERE tenant_id = ? AND document_id = ?"
                        + " AND page_no = ? AND state = ?")
                .params(d.tenant().value(), d.id(), page, OPEN)
                .query(String.class)
                .list()
                .stream()
                .findFirst());
  }

  private long reportsOf(Documents.Document d, int page) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT COUNT(*) FROM found_report WHERE tenant_id = ? AND document_id = ?"
                        + " AND page_no = ?")
                .params(d.tenant().value(), d.id(), page)
                .query(Long.class)
                .single());
  }
}
