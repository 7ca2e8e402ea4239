package mamori.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. An INTERNAL page (a page of a list) leaves the printer with a row in handover_page and must
 * come back the same day: filed (kept in the office's files) or shredded (a disposal, which the law
 * wants recorded with who and when). Checking it in is reading its code as the counter does (scanned
 * or typed; a typo is told apart by its check character, a code of another office or a forged one is
 * unknown), writing the act to the tenant's log, and only then setting returned_at, returned_by and
 * disposition with an UPDATE whose WHERE says what may come before: nothing for "filed", nothing or
 * "filed" for "shredded". So a shredded page is never filed again, two staff checking the same page in
 * at once change it once, and a filed page later shredded keeps both acts in the log while the row
 * holds the last (the disposal, with its time and its staff member).
 *
 * A resident's page (a pickup notice, a letter, a notice) is not counted back, but one that was never
 * handed over may be checked in the same way: a pickup notice that expired uncollected is shredded,
 * and the disposal is recorded with who and when like an internal page's. A resident's page handed
 * over is the resident's: the office does not record disposing of it (refused, and the UPDATE's
 * condition refuses it too if the handover finishes between the read and the write).
 *
 * The morning list is everything printed before the start of today in Japan that has not come back,
 * oldest first, read with a cursor so that a bad month does not become one unbounded page.
 */
/**
 * The count-back of internal pages: checking a printed INTERNAL page (or a resident's page never
 * handed over) back in as filed or shredded, and the internal pages not accounted for by the end of
 * the day they were printed.
 */
public final class Returns {
  /** Who checks pages in: the office's own staff, security officer and admin. */
  public static final Set<Role> RETURNERS =
      Set.of(Role.STAFF, Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  /** Who reads the pages not accounted for: the office's security officer and admin. */
  public static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  /** The most pages one listing gives. */
  public static final int MAX_LIST = 500;

  /** The office's day: a page is due back by the end of the day it was printed, in Japan. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  private static final String FAILED = "cannot record a returned page";
  private static final String READ_FAILED = "cannot read printed pages";

  /** What happened to a page that came back. */
  public enum Disposition {
    /** Kept in the office's files. */
    FILED("filed"),
    /** Shredded: a disposal record, with who and when. */
    SHREDDED("shredded");

    private final String code;

    Disposition(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }

    /** The disposition of {@code code}; empty for anything else. */
    public static Optional<Disposition> ofCode(String code) {
      for (Disposition d : values()) {
        if (d.code.equals(code)) {
          return Optional.of(d);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * A page checked in.
   *
   * @param before what the page was before: empty when it was out, FILED when a filed page was
   *     shredded
   */
  public record Returned(
      Documents.Document document,
      int page,
      Disposition disposition,
      Instant at,
      UserId by,
      Optional<Disposition> before) {}

  /** An INTERNAL page printed and not come back. */
  public record Unaccounted(
      String document,
      Documents.Kind kind,
      String title,
      int page,
      int pages,
      String printer,
      UserId printedBy,
      Instant printedAt) {}

  /** Where a listing goes on: after this page in the order (printed, document, page). */
  public record After(Instant printedAt, String document, int page) {
    private static final java.util.regex.Pattern TEXT =
        java.util.regex.Pattern.compile("([0-9]{1,15})-([0-9A-Z]{8})-([0-9]{1,5})");

    /** The cursor as a listing hands it out: {@code <printed millis>-<document>-<page>}. */
    public String text() {
      return printedAt.toEpochMilli() + "-" + document + "-" + page;
    }

    /**
     * The cursor of {@code text}.
     *
     * @throws IllegalArgumentException when it is not one a listing gave
     */
    public static After parse(String text) {
      java.util.regex.Matcher m = TEXT.matcher(text);
      if (!m.matches()) {
        throw new IllegalArgumentException("the cursor is not one a listing gave");
      }
      return new After(
          Instant.ofEpochMilli(Long.parseLong(m.group(1))),
          m.group(2),
          Integer.parseInt(m.group(3)));
    }
  }

  /** A page of the listing and where the next begins (empty after the last). */
  public record Listing(List<Unaccounted> pages, Optional<After> next) {
    public Listing {
      pages = List.copyOf(pages);
    }
  }

  private final JdbcClient jdbc;
  private final Documents documents;
  private final AdminLog log;
  private final Clock clock;

  public Returns(DataSource dataSource, Documents documents, AdminLog log, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.documents = documents;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Checks a page of the caller's office back in, by its scanned or typed code: an INTERNAL page,
   * or a resident's page that was never handed over (a pickup notice not collected). Logged first
   * ({@code page.return}, the case naming the document, the page and the disposition), then
   * recorded.
   *
   * @throws ReturnRefused NOT_ALLOWED (logged) for anyone but the office's own staff, officer and
   *     admin; TYPO or UNKNOWN for a code that is no page of the office; RESIDENT_PAGE for a
   *     resident's page handed over already (it is theirs); SHREDDED for a page shredded already,
   *     FILED for a filed page filed again. Nothing changes.
   */
  public Returned checkIn(Principal p, String code, Disposition disposition) {
    if (!p.controller() || !RETURNERS.contains(p.role())) {
      log.refused(
          p.who(), Action.PAGE_RETURN, "page " + disposition.code(), Reason.ROLE_NOT_ALLOWED);
      throw new ReturnRefused(
          ReturnRefused.Problem.NOT_ALLOWED,
          "",
          "only the office's own staff, security officer or admin checks pages in");
    }
    Documents.Document d;
    int page;
    switch (documents.resolve(Optional.of(p.tenantId()), code)) {
      case Documents.Found f -> {
        d = f.document();
        page = f.page();
      }
      case Documents.Locked l -> {
        // the MAC matched: the page is genuine. The lock stops handing the document over at the
        // counter; it does not keep a page in hand from being accounted for
        d = l.document();
        page = ((PageCode.Code) PageCode.read(code)).page();
      }
      case Documents.Typo _ ->
          throw new ReturnRefused(
              ReturnRefused.Problem.TYPO,
              "code",
              "the code is mistyped (its check character does not match): scan it or type it again");
      case Documents.Unknown _ ->
          throw new ReturnRefused(
              ReturnRefused.Problem.UNKNOWN,
              "code",
              "this is not a page this office printed: unknown, another office's, or altered");
    }
    State was = state(d, page);
    refuseAfter(was, disposition);
    Optional<Disposition> before = was.disposition();
    log.allowed(
        p.who(),
        Action.PAGE_RETURN,
        "document " + d.id() + " page " + page + "/" + d.pages() + " " + disposition.code());
    Instant now = Instant.ofEpochMilli(clock.millis());
    String allowedBefore =
        disposition == Disposition.FILED
            ? " AND disposition IS NULL"
            : " AND (disposition IS NULL OR disposition = ?)";
    List<Object> params =
        new ArrayList<>(
            List.of(
                now.toEpochMilli(),
                p.userId().value(),
                disposition.code(),
                d.tenant().value(),
                d.id(),
                page));
    if (disposition == Disposition.SHREDDED) {
      params.add(Disposition.FILED.code());
    }
    int changed =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE handover_page SET returned_at = ?, returned_by = ?, disposition = ?"
                            + " WHERE tenant_id = ? AND document_id = ? AND page_no = ?"
                            + " AND (internal = 1 OR handover_id IS NULL)"
                            + allowedBefore)
                    .params(params)
                    .update());
    if (changed != 1) {
      // checked in by someone else between the read and the update: say what it is now
      refuseAfter(state(d, page), disposition);
      throw new IllegalStateException("the page changed while it was checked in");
    }
    return new Returned(d, page, disposition, now, p.userId(), before);
  }

  private static void refuseAfter(State state, Disposition disposition) {
    if (state.handed()) {
      throw new ReturnRefused(
          ReturnRefused.Problem.RESIDENT_PAGE,
          "code",
          "this page was handed over to its resident: it is theirs now, not the office's to check"
              + " in");
    }
    Optional<Disposition> before = state.disposition();
    if (before.isPresent() && before.get() == Disposition.SHREDDED) {
      throw new ReturnRefused(
          ReturnRefused.Problem.SHREDDED,
          "code",
          "this page was shredded already: it cannot be filed or shredded again");
    }
    if (before.isPresent() && disposition == Disposition.FILED) {
      throw new ReturnRefused(
          ReturnRefused.Problem.FILED,
          "code",
          "this page was filed already: it may be shredded, not filed again");
    }
  }

  /**
   * Where a page stands: its disposition, and whether it is a resident's page handed over to them.
   */
  private record State(Optional<Disposition> disposition, boolean handed) {}

  private State state(Documents.Document d, int page) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT disposition, handover_id, internal FROM handover_page WHERE"
                        + " tenant_id = ? AND document_id = ? AND page_no = ?")
                .params(d.tenant().value(), d.id(), page)
                .query((rs, n) ->
                    new State(
                        Optional.ofNullable(rs.getString(1)).flatMap(Disposition::ofCode),
                        rs.getString(2) != null && rs.getInt(3) == 0))
                .optional()
                .orElseThrow(() -> new IllegalStateException("a document without its page")));
  }

  /** The start of {@code at}'s day in Japan: pages printed before it are due back. */
  public static Instant startOfDay(Instant at) {
    return LocalDate.ofInstant(at, JAPAN).atStartOfDay(JAPAN).toInstant();
  }

  /**
   * The first {@code limit} (at most {@link #MAX_LIST}) pages not accounted for as of {@code asOf}.
   */
  public Listing unaccounted(TenantId tenant, Instant asOf, int limit) {
    return unaccounted(tenant, asOf, Optional.empty(), limit);
  }

  /**
   * The INTERNAL pages of {@code tenant} printed before the start of {@code asOf}'s day in Japan
   * and not checked in, oldest first (then by document and page), after {@code after}; at most
   * {@code limit}, which is 1 to {@link #MAX_LIST}.
   */
  public Listing unaccounted(TenantId tenant, Instant asOf, Optional<After> after, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw new IllegalArgumentException("a listing is 1 to " + MAX_LIST + " pages");
    }
    StringBuilder sql =
        new StringBuilder(
            "SELECT p.document_id, p.page_no, p.printed_at, d.kind, d.title, d.pages, d.printer,"
                + " d.printed_by FROM handover_page p JOIN handover_document d"
                + " ON d.tenant_id = p.tenant_id AND d.document_id = p.document_id"
                + " WHERE p.tenant_id = ? AND p.internal = 1 AND p.returned_at IS NULL"
                + " AND p.printed_at < ?");
    List<Object> params = new ArrayList<>(List.of(tenant.value(), startOfDay(asOf).toEpochMilli()));
    if (after.isPresent()) {
      long at = after.get().printedAt().toEpochMilli();
      sql.append(
          " AND (p.printed_at > ? OR (p.printed_at = ? AND (p.document_id > ?"
              + " OR (p.document_id = ? AND p.page_no > ?))))");
      params.addAll(
          List.of(at, at, after.get().document(), after.get().document(), after.get().page()));
    }
    sql.append(" ORDER BY p.printed_at, p.document_id, p.page_no LIMIT ?");
    params.add(limit + 1);
    List<Unaccounted> rows =
        Sql.run(
            READ_FAILED,
            () ->
                jdbc.sql(sql.toString())
                    .params(params)
                    .query((rs, n) ->
                        new Unaccounted(
                            rs.getString(1),
                            Documents.Kind.ofCode(rs.getString(4)),
                            rs.getString(5),
                            rs.getInt(2),
                            rs.getInt(6),
                            rs.getString(7),
                            new UserId(rs.getString(8)),
                            Instant.ofEpochMilli(rs.getLong(3))))
                    .list());
    if (rows.size() <= limit) {
      return new Listing(rows, Optional.empty());
    }
    List<Unaccounted> shown = rows.subList(0, limit);
    Unaccounted last = shown.get(limit - 1);
    return new Listing(
        shown, Optional.of(new After(last.printedAt(), last.document(), last.page())));
  }

  /** How many INTERNAL pages of {@code tenant} are not accounted for as of {@code asOf}. */
  public long countUnaccounted(TenantId tenant, Instant asOf) {
    return Sql.run(
        READ_FAILED,
        () ->
            jdbc.sql(
                    "SELECT COUNT(*) FROM handover_page WHERE tenant_id = ? AND internal = 1"
                        + " AND returned_at IS NULL AND printed_at < ?")
                .params(tenant.value(), startOfDay(asOf).toEpochMilli())
                .query(Long.class)
                .single());
  }
}
