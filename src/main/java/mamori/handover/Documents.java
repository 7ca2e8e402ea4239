package mamori.handover;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.NumberText;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.identity.SecurityAlerts;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. A document is registered before its pages are drawn, in one transaction with its pages and
 * (for a list) its persons, so that every page on paper has a row that says whose it is. The PRINT
 * records of the persons on it are the caller's (the gate's print, per person, before anything is
 * revealed); this store holds no name, address or number, only tokens.
 *
 * Reading a code back (resolve) answers Typo for a check character that does not match (nothing is
 * looked up or counted), Unknown for anything that is not a page of the tenant (no such document, a
 * MAC that does not match, another tenant's), Locked for a document whose codes were tried wrong five
 * times, and Found with the document and page otherwise. A wrong MAC on a real document counts
 * against it: at five the document is locked and the security officer alerted, so guessing the
 * forty bits of one page's MAC is cut off long before it could succeed.
 *
 * Who tried. A staff member's reading (the counter, the returns) goes through resolve(Who, Action,
 * ...): a wrong MAC on one of the tenant's documents is first written to the tenant's log as a
 * refused act of that user (page.unknown, the case naming the document and page), then counted; the
 * count that locks the document raises the alert in the same transaction as the lock, with that
 * record's index as its evidence and the user named, so the officer knows who tried. The public
 * found page (no tenant) counts nothing; resolve(Optional.of(tenant), ...) counts without a record,
 * for a caller that names no user.
 */
/**
 * The printed documents of every tenant and their pages: registered when printed, read back from
 * their codes.
 */
public final class Documents {
  /** Wrong codes of one document before it is locked. */
  static final int MAX_WRONG = 5;

  static final int MAX_TITLE = 200;
  static final int MAX_PRINTER = 100;

  /** A NULL column in a statement's parameters. */
  private static final Object NO_VALUE =
      new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.NULL, null);

  private static final String FAILED = "cannot write printed documents";
  private static final String READ_FAILED = "cannot read printed documents";
  private static final String COLUMNS =
      "tenant_id, document_id, kind, title, person_token, persons, pages, purpose_id, case_ref,"
          + " printer, printed_by, printed_at, expires_at, used_at, locked_at";

  /** What a document is. */
  public enum Kind {
    /** An activation letter for the resident portal: names its resident, opens a handover. */
    LETTER("letter", true),
    /** A pickup notice (交付通知書): names its resident, opens one handover. */
    PICKUP("pickup", true),
    /** A notice to one resident (an incident's letter, a notice of the city). */
    NOTICE("notice", false),
    /** A list of persons: always INTERNAL. */
    LIST("listing", false);

    private final String code;
    private final boolean identifies;

    Kind(String code, boolean identifies) {
      this.code = code;
      this.identifies = identifies;
    }

    public String code() {
      return code;
    }

    /** Whether the resident's own copy opens a handover at the counter. */
    public boolean identifies() {
      return identifies;
    }

    static Kind ofCode(String code) {
      for (Kind k : values()) {
        if (k.code.equals(code)) {
          return k;
        }
      }
      throw new IllegalStateException("no document kind " + code);
    }
  }

  /** A printed document; {@code person} is empty for an INTERNAL one. */
  public record Document(
      TenantId tenant,
      String id,
      Kind kind,
      String title,
      Optional<PersonToken> person,
      int persons,
      int pages,
      Why why,
      String printer,
      UserId printedBy,
      Instant printedAt,
      Optional<Instant> expiresAt,
      Optional<Instant> usedAt,
      Optional<Instant> lockedAt) {
    public boolean internal() {
      return person.isEmpty();
    }
  }

  /** A page's codes as drawn on it. */
  public record PageLabel(int page, String shortCode, String qrText) {}

  /** A document just registered and the labels of its pages, first page first. */
  public record Printed(Document document, List<PageLabel> pages) {}

  /** What a scanned or typed code turned out to be. */
  public sealed interface Resolved {}

  /** A mistyped code (its check character does not match): nothing was looked up or counted. */
  public record Typo() implements Resolved {}

  /** Not a page of the tenant: unknown, another tenant's, forged or altered. */
  public record Unknown() implements Resolved {}

  /** A page of a document locked after too many wrong codes. */
  public record Locked(Document document) implements Resolved {}

  /** A page of the tenant's. */
  public record Found(Document document, int page) implements Resolved {}

  private final JdbcClient jdbc;
  private final DataSource dataSource;
  private final PageSeals seals;
  private final SecurityAlerts alerts;
  private final Optional<AdminLog> log;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * The documents, for a caller that never reads a code for a staff member ({@link #resolve(Who,
   * Action, String)} refuses without a log): printing, and the public found page.
   */
  public Documents(DataSource dataSource, PageSeals seals, SecurityAlerts alerts, Clock clock) {
    this(dataSource, seals, alerts, Optional.empty(), clock);
  }

  /** The documents, writing each wrong code a staff member tries to {@code log} first. */
  public Documents(
      DataSource dataSource, PageSeals seals, SecurityAlerts alerts, AdminLog log, Clock clock) {
    this(dataSource, seals, alerts, Optional.of(log), clock);
  }

  private Documents(
      DataSource dataSource,
      PageSeals seals,
      SecurityAlerts alerts,
      Optional<AdminLog> log,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.seals = seals;
    this.alerts = alerts;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Registers a document about to be printed, with its pages (and for a list its persons), and
   * returns the codes to draw on each page.
   *
   * @param person the one resident a letter, pickup notice or notice is for; empty for a list
   * @param onIt the persons on the document: for a resident's document that resident alone
   * @param expires until when an identifying document (letter, pickup) opens a handover
   * @throws IllegalArgumentException for a title or printer that is empty, too long, unprintable or
   *     holds a number, a list naming a resident, a resident's document without one, or no pages
   */
  public Printed register(
      Who who,
      Kind kind,
      String title,
      Optional<PersonToken> person,
      List<PersonToken> onIt,
      int pages,
      Why why,
      String printer,
      Optional<Instant> expires) {
    String t = text("title", title, MAX_TITLE);
    String where = text("printer", printer, MAX_PRINTER);
    if ((kind == Kind.LIST) != person.isEmpty()) {
      throw new IllegalArgumentException(
          kind == Kind.LIST
              ? "a list is INTERNAL: it names no resident to hand it to"
              : "a " + kind.code() + " is for one resident");
    }
    if (person.isPresent() && !onIt.equals(List.of(person.get()))) {
      throw new IllegalArgumentException("a resident's document holds that resident alone");
    }
    if (kind == Kind.LIST && onIt.isEmpty()) {
      throw new IllegalArgumentException("a list holds at least one person");
    }
    if (pages < 1 || pages > PageCode.MAX_PAGE) {
      throw new IllegalArgumentException("a document has 1 to " + PageCode.MAX_PAGE + " pages");
    }
    if (kind.identifies() != expires.isPresent()) {
      throw new IllegalArgumentException(
          "a letter or pickup notice has an expiry, and no other document has one");
    }
    Instant now = clock.instant();
    String tenant = who.tenant().value();
    // the id is found before the transaction: on SQLite a transaction that reads first cannot take
    // the write lock once another connection has written meanwhile (it fails at once, without
    // waiting), and the log writes all the time; an id taken in between fails the INSERT's key
    String documentId = freeId(tenant);
    String id =
        Sql.inTransaction(
            dataSource,
            () -> {
              Sql.run(
                  FAILED,
                  () ->
                      jdbc.sql(
                              "INSERT INTO handover_document (tenant_id, document_id, kind, title,"
                                  + " person_token, persons, pages, purpose_id, case_ref, printer, printed_by,"
                                  + " printed_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .params(
                              tenant,
                              documentId,
                              kind.code(),
                              t,
                              person.isPresent() ? person.get().value() : NO_VALUE,
                              new java.util.HashSet<>(onIt).size(),
                              pages,
                              why.purpose(),
                              why.caseRef(),
                              where,
                              who.user().value(),
                              now.toEpochMilli(),
                              expires.isPresent() ? expires.get().toEpochMilli() : NO_VALUE)
                          .update());
              if (kind == Kind.LIST) {
                for (PersonToken p : new java.util.LinkedHashSet<>(onIt)) {
                  update(
                      "INSERT INTO handover_document_person (tenant_id, document_id, person_token)"
                          + " VALUES (?, ?, ?)",
                      tenant,
                      documentId,
                      p.value());
                }
              }
              for (int page = 1; page <= pages; page++) {
                update(
                    "INSERT INTO handover_page (tenant_id, document_id, page_no, internal,"
                        + " printed_at) VALUES (?, ?, ?, ?, ?)",
                    tenant,
                    documentId,
                    page,
                    person.isEmpty() ? 1 : 0,
                    now.toEpochMilli());
              }
              return documentId;
            });
    Document d =
        new Document(
            who.tenant(),
            id,
            kind,
            t,
            person,
            new java.util.HashSet<>(onIt).size(),
            pages,
            why,
            where,
            who.user(),
            Instant.ofEpochMilli(now.toEpochMilli()),
            expires,
            Optional.empty(),
            Optional.empty());
    String subject = seals.subject(who.tenant(), person);
    List<PageLabel> labels = new ArrayList<>(pages);
    for (int page = 1; page <= pages; page++) {
      String mac = seals.mac(who.tenant(), id, page, subject);
      String shortMac = mac.substring(0, PageCode.MAC_CHARS);
      labels.add(
          new PageLabel(
              page,
              PageCode.printed(id, page, shortMac),
              PageCode.qr(tenant, id, page, shortMac, subject, mac)));
    }
    return new Printed(d, labels);
  }

  /**
   * Reads a scanned or typed code back to the page of {@code tenant} it names; with no tenant (the
   * public found page), to the page of whichever tenant's key its MAC is under. A wrong MAC on a
   * document of {@code tenant} is counted without a record of who tried: a staff member's reading
   * goes through {@link #resolve(Who, Action, String)}.
   */
  public Resolved resolve(Optional<TenantId> tenant, String scanned) {
    return resolve(tenant, scanned, Optional.empty());
  }

  /**
   * Reads a code a staff member scanned or typed back to the page of their tenant. A code with a
   * right check character and a wrong MAC on one of the tenant's documents is first logged, a
   * refused {@code action} of {@code who} ({@code page.unknown}, the case naming the document and
   * page), then counted; the count that locks the document raises the alert with that record as its
   * evidence, naming {@code who}.
   *
   * @throws IllegalStateException for documents made without a log
   * @throws mamori.log.LogUnavailableException when the log cannot record: nothing is counted
   */
  public Resolved resolve(Who who, Action action, String scanned) {
    if (log.isEmpty()) {
      throw new IllegalStateException("these documents have no log to record wrong codes in");
    }
    return resolve(Optional.of(who.tenant()), scanned, Optional.of(new Tried(who, action)));
  }

  /** Who reads a code, and as what act. */
  private record Tried(Who who, Action action) {}

  private Resolved resolve(Optional<TenantId> tenant, String scanned, Optional<Tried> tried) {
    PageCode.Read read = PageCode.read(scanned);
    if (read instanceof PageCode.Typo) {
      return new Typo();
    }
    if (!(read instanceof PageCode.Code code)) {
      return new Unknown();
    }
    if (tenant.isPresent()
        && code.tenant().isPresent()
        && !code.tenant().get().equals(tenant.get().value())) {
      return new Unknown();
    }
    List<Document> candidates =
        tenant.isPresent()
            ? find(tenant.get(), code.document()).stream().toList()
            : byId(code.document());
    for (Document d : candidates) {
      if (code.page() > d.pages()) {
        continue;
      }
      if (seals.matches(d.tenant(), seals.subject(d.tenant(), d.person()), code)) {
        return d.lockedAt().isPresent() ? new Locked(d) : new Found(d, code.page());
      }
    }
    // a wrong MAC on a document of the tenant's counts against it; the public page counts nothing
    // (it does not know whose key to count under, and is throttled per address instead)
    if (tenant.isPresent() && candidates.size() == 1) {
      Document d = candidates.get(0);
      Optional<Try> logged = Optional.empty();
      if (tried.isPresent()) {
        Tried t = tried.get();
        long index =
            log.orElseThrow()
                .refused(
                    t.who(),
                    t.action(),
                    "wrong code of document " + d.id() + " page " + code.page(),
                    Reason.PAGE_UNKNOWN);
        logged = Optional.of(new Try(t.who(), index));
      }
      wrong(d, logged);
    }
    return new Unknown();
  }

  /** The document {@code id} of the tenant. */
  public Optional<Document> find(TenantId tenant, String id) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT "
                        + COLUMNS
                        + " FROM handover_document WHERE tenant_id = ? AND document_id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> document(rs))
                .optional());
  }

  /** The persons on a document: its resident, or every person on a list. */
  public List<PersonToken> personsOn(Document d) {
    if (d.person().isPresent()) {
      return List.of(d.person().get());
    }
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT person_token FROM handover_document_person WHERE tenant_id = ? AND"
                        + " document_id = ? ORDER BY person_token")
                .params(d.tenant().value(), d.id())
                .query((rs, n) -> new PersonToken(rs.getString(1)))
                .list());
  }

  private List<Document> byId(String id) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql("SELECT " + COLUMNS + " FROM handover_document WHERE document_id = ?")
                .params(id)
                .query((rs, n) -> document(rs))
                .list());
  }

  /** A wrong code's record in the log: who tried, and its index. */
  private record Try(Who who, long index) {}

  /**
   * Counts a wrong code against {@code d}; the count that locks it raises the alert in the same
   * transaction, with the try's record as evidence when there is one.
   */
  private void wrong(Document d, Optional<Try> tried) {
    Sql.inTransaction(
        dataSource,
        () -> {
          update(
              "UPDATE handover_document SET wrong_tries = wrong_tries + 1 WHERE tenant_id = ? AND"
                  + " document_id = ? AND locked_at IS NULL",
              d.tenant().value(),
              d.id());
          int locked =
              update(
                  "UPDATE handover_document SET locked_at = ? WHERE tenant_id = ? AND document_id"
                      + " = ? AND wrong_tries >= ? AND locked_at IS NULL",
                  clock.millis(),
                  d.tenant().value(),
                  d.id(),
                  MAX_WRONG);
          if (locked == 1) {
            String by =
                tried
                    .map(t ->
                        "; the last try was by "
                            + t.who().user().value()
                            + " of "
                            + t.who().organisation().value()
                            + " (log index "
                            + t.index()
                            + ")")
                    .orElse("");
            alerts.raise(
                d.tenant().value(),
                new SecurityAlerts.Raised(
                    Reason.PAGE_LOCKED.code(),
                    "document:" + d.id(),
                    "the codes of printed document "
                        + d.id()
                        + " were typed wrong "
                        + MAX_WRONG
                        + " times with a right check character; it is locked"
                        + by
                        + ": print it again if it was genuine, and look into who tried",
                    Severity.MEDIUM,
                    tried.map(t -> List.of(t.index())).orElse(List.of()),
                    AlertPolicy.NOTIFY,
                    ""));
          }
          return null;
        });
  }

  private String freeId(String tenant) {
    for (int attempt = 0; ; attempt++) {
      byte[] bits = new byte[5];
      random.nextBytes(bits);
      String id = PageCode.base32(bits, 40);
      // an id is shown and logged: never one that reads like a number
      if (NumberText.holdsNumber(id) || find(new TenantId(tenant), id).isPresent()) {
        if (attempt > 20) {
          throw new IllegalStateException("cannot find a free document id");
        }
        continue;
      }
      return id;
    }
  }

  /**
   * The title as {@link #register} keeps it, checked before anything is revealed for the document.
   *
   * @throws IllegalArgumentException as {@link #register} would for it
   */
  static String title(String title) {
    return text("title", title, MAX_TITLE);
  }

  /**
   * The printer's label as {@link #register} keeps it, checked before anything is revealed.
   *
   * @throws IllegalArgumentException as {@link #register} would for it
   */
  static String printer(String printer) {
    return text("printer", printer, MAX_PRINTER);
  }

  private static String text(String what, String value, int max) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > max || v.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(
          "a document's " + what + " is 1 to " + max + " printable characters");
    }
    if (NumberText.holdsNumber(v)) {
      throw new IllegalArgumentException(
          "a document's " + what + " may not hold a number like a My Number");
    }
    return v;
  }

  private int update(String sql, Object... params) {
    return Sql.run(FAILED, () -> jdbc.sql(sql).params(params).update());
  }

  private static Document document(java.sql.ResultSet rs) throws java.sql.SQLException {
    String person = rs.getString("person_token");
    return new Document(
        new TenantId(rs.getString("tenant_id")),
        rs.getString("document_id"),
        Kind.ofCode(rs.getString("kind")),
        rs.getString("title"),
        Optional.ofNullable(person).map(PersonToken::new),
        rs.getInt("persons"),
        rs.getInt("pages"),
        new Why(rs.getString("purpose_id"), rs.getString("case_ref")),
        rs.getString("printer"),
        new UserId(rs.getString("printed_by")),
        Instant.ofEpochMilli(rs.getLong("printed_at")),
        instant(rs, "expires_at"),
        instant(rs, "used_at"),
        instant(rs, "locked_at"));
  }

  private static Optional<Instant> instant(java.sql.ResultSet rs, String column)
      throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
  }
}
