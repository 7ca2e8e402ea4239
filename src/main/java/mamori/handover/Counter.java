package mamori.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.ActRefused.Kind;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;

/*
 * Design. A handover serves one resident, named by their own code: the pickup notice or activation
 * letter Mamori printed for them (Documents.Kind.identifies). Every page about to be handed over is
 * scanned, and each scan gets a verdict from the page's document alone: the resident's own page
 * (green), one scanned already in this handover (no change), or a stop: another resident's page, an
 * internal page (a list), or a page handed over before. Because every other person's page stops it,
 * a finished handover holds the pages of one resident only, and its one HANDOVER record names them.
 *
 * What the log holds, each record before what it records: a stop's refused HANDOVER record names
 * the resident being served (never the other resident: no one's history shows another's handover)
 * with the wrong page in its case; the HANDOVER_ACKNOWLEDGE of the second staff member; the allowed
 * HANDOVER record at the finish, naming the resident, the handover and its page count. A start
 * refused on the resident's own expired or used notice is a refused HANDOVER record naming them.
 * Typos, unknown and locked codes are not logged: Documents counts a wrong MAC against its document
 * and alerts at the lock. Starting and cancelling hand nothing over and are not logged.
 *
 * Concurrency. Every change of a handover's state is an UPDATE conditional on the state it leaves
 * (open to stopped, stopped to open, open to cancelled), and a scan or a finish runs in one
 * transaction that first locks the handover's row (an UPDATE of the row, which on SQLite takes the
 * store's write lock) and then reads its state, so two scans of one handover are taken one after
 * the other: a page cannot be taken as the resident's after the handover was stopped, and the same
 * page scanned twice at once is taken once (Handovers holds the SQL). The log's
 * records are appended outside these transactions (on SQLite the log writes to the same store), each
 * before the transaction that records its effect; when that transaction finds the state changed
 * meanwhile it changes nothing, and the log holds an attempt that did not take effect, never the
 * reverse. A stop page raises its alert whenever its record was written, also when a concurrent
 * scan stopped the handover first.
 *
 * Who. The tenant's own staff, security officers and organisation admins (never a contractor's
 * users); the staff member who started a handover scans, finishes and cancels it, and a stop is
 * acknowledged by another of them, signed in on their own.
 */
/**
 * The counter check (issue 18 point 3): a handover of printed pages to the resident they are about,
 * page by page, stopped at the first page that is not theirs.
 */
public final class Counter {
  /** Who works at the counter: the controller's own users in these roles. */
  public static final Set<Role> ROLES =
      EnumSet.of(Role.STAFF, Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  /** The longest name of a counter. */
  public static final int MAX_COUNTER = 100;

  /** A handover id: {@code h-} and twelve characters of lower-case Crockford base32. */
  public static final Pattern ID = Pattern.compile("h-[0-9a-hjkmnp-tv-z]{12}");

  private static final Pattern CASE = Pattern.compile("handover:(h-[0-9a-hjkmnp-tv-z]{12}) .*");

  /** Where a handover stands. */
  public enum State {
    /** Pages are being scanned. */
    OPEN,
    /** A wrong page was scanned: nothing more until a second staff member acknowledges. */
    STOPPED,
    /** Handed over: its pages are the resident's. */
    FINISHED,
    /** Given up: nothing was handed over. */
    CANCELLED;

    /** The word stored: {@code open}, ... */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    static State ofCode(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT));
    }
  }

  /** What a scanned page is to the handover. */
  public enum Verdict {
    /** A page of a document for this resident, not handed over before: green. */
    OWN("own", null),
    /** Scanned already in this handover: nothing changes. */
    REPEAT("repeat", null),
    /** Another resident's page: stop. */
    OTHER("other", Reason.HANDOVER_OTHER_RESIDENT),
    /** An internal page (a list): stop. */
    INTERNAL("internal", Reason.HANDOVER_INTERNAL_PAGE),
    /** A page handed over in an earlier handover: stop. */
    HANDED("handed", Reason.HANDOVER_PAGE_HANDED);

    private final String code;
    private final @Nullable Reason stop;

    Verdict(String code, @Nullable Reason stop) {
      this.code = code;
      this.stop = stop;
    }

    /** The word stored. */
    public String code() {
      return code;
    }

    /** Why the page stops the handover; empty for a page that does not. */
    public Optional<Reason> stop() {
      return Optional.ofNullable(stop);
    }

    static Verdict ofCode(String code) {
      for (Verdict v : values()) {
        if (v.code.equals(code)) {
          return v;
        }
      }
      throw new IllegalStateException("no verdict " + code);
    }
  }

  /** The page that stopped a handover, and why. */
  public record Stop(Documents.Document document, int page, Reason reason, Instant at) {}

  /**
   * A handover.
   *
   * @param person the resident served, by the tenant's token
   * @param byDocument the resident's own document that opened it
   * @param stop the last stop, also once acknowledged; empty when it never stopped
   * @param acknowledgedBy who acknowledged the last stop; empty while it waits (or none)
   * @param pages the pages handed over, once finished
   */
  public record Handover(
      TenantId tenant,
      String id,
      PersonToken person,
      String byDocument,
      String counter,
      UserId startedBy,
      Instant startedAt,
      State state,
      Optional<Stop> stop,
      Optional<UserId> acknowledgedBy,
      Optional<Instant> finishedAt,
      int pages) {}

  /** A page scanned in a handover, in order. */
  public record Scanned(
      int seq, Documents.Document document, int page, Verdict verdict, Instant at) {}

  /** The verdict on one scan, with the page it is about. */
  public record Scan(Verdict verdict, Documents.Document document, int page) {}

  /** A finished handover as the resident is told of it. */
  public record Handed(String handoverId, String counter, int pages, Instant at) {}

  private final Handovers store;
  private final Documents documents;
  private final TransparencyLogs logs;
  private final AdminLog adminLog;
  private final SecurityAlerts alerts;
  private final Clock clock;

  public Counter(
      DataSource dataSource,
      Documents documents,
      TransparencyLogs logs,
      SecurityAlerts alerts,
      Clock clock) {
    this.store = new Handovers(dataSource, documents);
    this.documents = documents;
    this.logs = logs;
    this.adminLog = new AdminLog(logs, clock);
    this.alerts = alerts;
    this.clock = clock;
  }

  /**
   * Opens a handover for the resident whose own code (pickup notice or letter) was scanned.
   *
   * @throws IllegalArgumentException for a counter name that is empty, too long, unprintable or
   *     holds a number
   * @throws CounterRefused for a typo (nothing counted), an unknown, forged or other tenant's code
   *     ({@code page.unknown}), a locked document, a code of a document that names no resident to
   *     hand to, an expired code, or a pickup notice used already; or a caller who may not
   */
  public Handover start(Principal staff, String counter, String scanned) {
    String where = counterName(counter);
    mayWork(staff, Action.HANDOVER, "counter");
    Documents.Found found = found(staff.tenantId(), scanned);
    Documents.Document d = found.document();
    String on = "document " + d.id() + " page " + found.page();
    if (!d.kind().identifies() || d.person().isEmpty()) {
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_NOT_IDENTIFYING,
          "this is not the resident's pickup notice or letter: scan the code on their own notice");
    }
    PersonToken person = d.person().get();
    Instant now = clock.instant();
    if (d.expiresAt().isEmpty() || !d.expiresAt().get().isAfter(now)) {
      refusal(staff.who(), person, d, "counter start " + on, Reason.HANDOVER_CODE_EXPIRED);
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_CODE_EXPIRED,
          "the resident's notice has expired: print a new one");
    }
    if (d.kind() == Documents.Kind.PICKUP && d.usedAt().isPresent()) {
      refusal(staff.who(), person, d, "counter start " + on, Reason.HANDOVER_CODE_USED);
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_CODE_USED,
          "the resident's pickup notice was used for a handover already");
    }
    String id = store.open(staff.tenantId(), person, d.id(), where, staff.userId(), now);
    return find(staff.tenantId(), id).orElseThrow();
  }

  /**
   * Scans a page into the handover and answers what it is: the resident's own (taken), a repeat (no
   * change), or a stop (the handover stops, the refusal is logged and the security officer
   * alerted).
   *
   * @throws CounterRefused for a typo, an unknown or locked code (no stop), a stopped or closed
   *     handover, or a caller who is not the staff member who started it
   */
  public Scan scan(Principal staff, String handoverId, String scanned) {
    mayWork(staff, Action.HANDOVER, handoverCase(handoverId));
    Handover h = own(staff, handoverId, Action.HANDOVER);
    refuseUnlessOpen(h);
    Documents.Found found = found(h.tenant(), scanned);
    Documents.Document d = found.document();
    int page = found.page();
    Verdict verdict;
    if (d.internal()) {
      verdict = Verdict.INTERNAL;
    } else if (!d.person().equals(Optional.of(h.person()))) {
      verdict = Verdict.OTHER;
    } else if (store.handedBefore(h.tenant(), d.id(), page)) {
      verdict = Verdict.HANDED;
    } else {
      return take(h, d, page);
    }
    return stop(staff, h, d, page, verdict);
  }

  /**
   * A second staff member acknowledges a stopped handover: the page that stopped it is set aside
   * (never handed over) and scanning goes on.
   *
   * @throws CounterRefused for the staff member who started it ({@code handover.same-staff},
   *     logged), a handover that is not stopped, another tenant's or an unknown one
   */
  public Handover acknowledge(Principal second, String handoverId) {
    String target = handoverCase(handoverId);
    mayWork(second, Action.HANDOVER_ACKNOWLEDGE, target);
    Handover h = find(second.tenantId(), handoverId).orElseThrow(CounterRefused::unknownHandover);
    if (h.startedBy().equals(second.userId())) {
      adminLog.refused(
          second.who(), Action.HANDOVER_ACKNOWLEDGE, target, Reason.HANDOVER_SAME_STAFF);
      throw CounterRefused.of(
          Kind.REFUSED,
          Reason.HANDOVER_SAME_STAFF,
          "a second staff member acknowledges a stop, signed in on their own");
    }
    if (h.state() != State.STOPPED || h.stop().isEmpty()) {
      throw notOpen(h, "the handover is not stopped: there is nothing to acknowledge");
    }
    Stop s = h.stop().get();
    adminLog.allowed(
        second.who(),
        Action.HANDOVER_ACKNOWLEDGE,
        target + " document " + s.document().id() + " page " + s.page());
    boolean changed = store.acknowledge(h, second.userId(), clock.instant());
    if (!changed) {
      throw CounterRefused.of(
          Kind.CONFLICT, Reason.STATE_CHANGED, "the stop was acknowledged meanwhile");
    }
    return find(h.tenant(), h.id()).orElseThrow();
  }

  /**
   * Hands the resident's pages over: logs the HANDOVER record naming the resident, then marks each
   * page handed, the handover finished and a pickup notice used.
   *
   * @throws CounterRefused for a handover that is stopped, closed or has no page, a resident's code
   *     that expired or was used meanwhile, a page handed over meanwhile, or another caller than
   *     the one who started it
   */
  public Handover finish(Principal staff, String handoverId) {
    mayWork(staff, Action.HANDOVER, handoverCase(handoverId));
    Handover h = own(staff, handoverId, Action.HANDOVER);
    refuseUnlessOpen(h);
    Documents.Document by = documents.find(h.tenant(), h.byDocument()).orElseThrow();
    Instant now = clock.instant();
    String target = handoverCase(h.id()) + " finish";
    if (by.expiresAt().isEmpty() || !by.expiresAt().get().isAfter(now)) {
      refusal(staff.who(), h.person(), by, target, Reason.HANDOVER_CODE_EXPIRED);
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_CODE_EXPIRED,
          "the resident's notice expired during the handover: print a new one");
    }
    if (by.kind() == Documents.Kind.PICKUP && by.usedAt().isPresent()) {
      refusal(staff.who(), h.person(), by, target, Reason.HANDOVER_CODE_USED);
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_CODE_USED,
          "the resident's pickup notice was used for another handover meanwhile");
    }
    List<Handovers.PageRef> pages = store.ownPages(h);
    if (pages.isEmpty()) {
      throw new CounterRefused(
          Kind.INVALID,
          Reason.REQUEST_INVALID.code(),
          "pages",
          "no page of the resident's was scanned: scan the pages to hand over, or cancel");
    }
    for (Handovers.PageRef p : pages) {
      if (store.handedBefore(h.tenant(), p.document(), p.page())) {
        throw CounterRefused.of(
            Kind.CONFLICT,
            Reason.HANDOVER_PAGE_HANDED,
            "page " + p.page() + " of " + p.document() + " was handed over meanwhile");
      }
    }
    Why why = new Why(by.why().purpose(), handoverCase(h.id()) + " pages " + pages.size());
    logs.forTenant(h.tenant().value())
        .append(
            AccessRecord.of(
                new Attempt(
                    staff.who(),
                    List.of(),
                    why,
                    Action.HANDOVER,
                    Optional.of(h.person()),
                    Set.of(),
                    now),
                Outcome.allowed()));
    store.inTransaction(() -> {
      store.lock(h);
      Handover locked = find(h.tenant(), h.id()).orElseThrow();
      if (locked.state() != State.OPEN || !store.ownPages(locked).equals(pages)) {
        throw CounterRefused.of(
            Kind.CONFLICT,
            Reason.STATE_CHANGED,
            "the handover changed meanwhile: look at its pages and finish again");
      }
      for (Handovers.PageRef p : pages) {
        if (!store.hand(h, p, now)) {
          throw CounterRefused.of(
              Kind.CONFLICT,
              Reason.HANDOVER_PAGE_HANDED,
              "page " + p.page() + " of " + p.document() + " was handed over meanwhile");
        }
      }
      if (by.kind() == Documents.Kind.PICKUP && !store.useNotice(h.tenant(), by.id(), now)) {
        throw CounterRefused.of(
            Kind.CONFLICT,
            Reason.HANDOVER_CODE_USED,
            "the resident's pickup notice was used for another handover meanwhile");
      }
      store.finish(h, pages.size(), now);
      return null;
    });
    return find(h.tenant(), h.id()).orElseThrow();
  }

  /**
   * Gives an open handover up: nothing is handed over, the resident's notice stays good.
   *
   * @throws CounterRefused for a stopped handover (a stop is acknowledged first), a closed one, or
   *     another caller than the one who started it
   */
  public Handover cancel(Principal staff, String handoverId) {
    mayWork(staff, Action.HANDOVER, handoverCase(handoverId));
    Handover h = own(staff, handoverId, Action.HANDOVER);
    refuseUnlessOpen(h);
    boolean changed = store.cancel(h, clock.instant());
    if (!changed) {
      throw notOpen(find(h.tenant(), h.id()).orElseThrow(), "the handover changed meanwhile");
    }
    return find(h.tenant(), h.id()).orElseThrow();
  }

  /** The handover {@code id} of the tenant. */
  public Optional<Handover> find(TenantId tenant, String id) {
    return store.find(tenant, id);
  }

  /** The pages scanned in a handover, in order. */
  public List<Scanned> scans(Handover h) {
    return store.scans(h);
  }

  /** The tenant's stopped handovers, waiting for a second staff member, the oldest stop first. */
  public List<Handover> stopped(TenantId tenant) {
    return store.stopped(tenant);
  }

  /** The open handovers a staff member started, the newest first. */
  public List<Handover> openBy(TenantId tenant, UserId staff) {
    return store.openBy(tenant, staff);
  }

  /**
   * The finished handover a resident's HANDOVER record names in its case, when it is the
   * resident's: what the portal tells them.
   */
  public Optional<Handed> handed(TenantId tenant, PersonToken person, String caseRef) {
    Matcher m = CASE.matcher(caseRef);
    if (!m.matches()) {
      return Optional.empty();
    }
    return find(tenant, m.group(1))
        .filter(h -> h.person().equals(person) && h.state() == State.FINISHED)
        .flatMap(h -> h.finishedAt().map(at -> new Handed(h.id(), h.counter(), h.pages(), at)));
  }

  // --- the steps

  private Scan take(Handover h, Documents.Document d, int page) {
    Instant now = clock.instant();
    Verdict taken =
        store.inTransaction(() -> {
          store.lock(h);
          Handover locked = find(h.tenant(), h.id()).orElseThrow();
          refuseUnlessOpen(locked);
          Verdict v =
              store.ownPages(locked).contains(new Handovers.PageRef(d.id(), page))
                  ? Verdict.REPEAT
                  : Verdict.OWN;
          store.addScan(h, d.id(), page, v, now);
          return v;
        });
    return new Scan(taken, d, page);
  }

  private Scan stop(Principal staff, Handover h, Documents.Document d, int page, Verdict verdict) {
    Reason reason = verdict.stop().orElseThrow();
    Instant now = clock.instant();
    Documents.Document by = documents.find(h.tenant(), h.byDocument()).orElseThrow();
    // the record names the resident being served; the wrong page is in its case only
    long index =
        refusal(
            staff.who(),
            h.person(),
            by,
            handoverCase(h.id()) + " stop document " + d.id() + " page " + page,
            reason);
    store.inTransaction(() -> {
      store.lock(h);
      // a handover stopped by a scan at the same moment keeps that stop; this page was
      // refused and logged all the same
      store.stop(h, d.id(), page, reason, now);
      store.addScan(h, d.id(), page, verdict, now);
      return null;
    });
    alerts.raise(
        h.tenant().value(),
        new SecurityAlerts.Raised(
            reason.code(),
            handoverCase(h.id()),
            Why.textFrom(alertDetail(h, d, page, verdict), 1000),
            mamori.core.Severity.HIGH,
            List.of(index),
            mamori.core.AlertPolicy.NOTIFY,
            ""));
    return new Scan(verdict, d, page);
  }

  private static String alertDetail(Handover h, Documents.Document d, int page, Verdict v) {
    String what =
        switch (v) {
          case INTERNAL -> "an internal page (" + d.kind().code() + ")";
          case OTHER -> "a page of another resident's " + d.kind().code();
          default -> "a page of the resident's " + d.kind().code() + " handed over before";
        };
    return what
        + " was scanned at counter "
        + h.counter()
        + " in handover "
        + h.id()
        + ": document "
        + d.id()
        + " \""
        + d.title()
        + "\", page "
        + page
        + " of "
        + d.pages()
        + ", printed by "
        + d.printedBy().value()
        + " at "
        + d.printedAt().truncatedTo(ChronoUnit.SECONDS)
        + " on "
        + d.printer()
        + "; the handover is stopped until a second staff member acknowledges";
  }

  // --- checks

  private void mayWork(Principal p, Action action, String target) {
    if (!p.controller() || !ROLES.contains(p.role())) {
      Reason r = p.controller() ? Reason.ROLE_NOT_ALLOWED : Reason.ORGANISATION_NOT_CONTROLLER;
      adminLog.refused(p.who(), action, target, r);
      throw CounterRefused.of(
          Kind.REFUSED,
          r,
          "only the office's own staff, security officers and admins work at the counter");
    }
  }

  /** The handover of the tenant's, when the caller started it. */
  private Handover own(Principal staff, String handoverId, Action action) {
    Handover h = find(staff.tenantId(), handoverId).orElseThrow(CounterRefused::unknownHandover);
    if (!h.startedBy().equals(staff.userId())) {
      adminLog.refused(staff.who(), action, handoverCase(h.id()), Reason.ROLE_NOT_ALLOWED);
      throw CounterRefused.of(
          Kind.REFUSED,
          Reason.ROLE_NOT_ALLOWED,
          "only the staff member who started a handover scans, finishes or cancels it");
    }
    return h;
  }

  private static void refuseUnlessOpen(Handover h) {
    if (h.state() != State.OPEN) {
      throw notOpen(h, "the handover is not open");
    }
  }

  private static CounterRefused notOpen(Handover h, String otherwise) {
    return switch (h.state()) {
      case STOPPED ->
          CounterRefused.of(
              Kind.CONFLICT,
              Reason.HANDOVER_STOPPED,
              "the handover is stopped: a second staff member acknowledges first");
      case FINISHED, CANCELLED ->
          CounterRefused.of(
              Kind.CONFLICT, Reason.HANDOVER_CLOSED, "the handover is finished or cancelled");
      case OPEN -> CounterRefused.of(Kind.CONFLICT, Reason.STATE_CHANGED, otherwise);
    };
  }

  /** The page a code names, of the tenant; refused for a typo, an unknown or a locked code. */
  private Documents.Found found(TenantId tenant, String scanned) {
    Documents.Resolved r = documents.resolve(Optional.of(tenant), scanned);
    return switch (r) {
      case Documents.Found f -> f;
      case Documents.Typo _ -> throw CounterRefused.mistyped();
      case Documents.Locked _ ->
          throw CounterRefused.of(
              Kind.CONFLICT,
              Reason.PAGE_LOCKED,
              "this document's codes were tried wrong too often; it is locked: print it again");
      case Documents.Unknown _ ->
          throw CounterRefused.of(
              Kind.NOT_FOUND,
              Reason.PAGE_UNKNOWN,
              "this is not a page this office printed (unknown, another office's, or altered)");
    };
  }

  private static String counterName(String counter) {
    String c = counter.strip();
    if (c.isEmpty() || c.length() > MAX_COUNTER || c.codePoints().anyMatch(Why::unprintable)) {
      throw new IllegalArgumentException(
          "a counter's name is 1 to " + MAX_COUNTER + " printable characters");
    }
    if (NumberText.holdsNumber(c)) {
      throw new IllegalArgumentException("a counter's name may not hold a number like a My Number");
    }
    return c;
  }

  // --- the log

  /** Appends a refused HANDOVER record naming {@code person}; answers its index. */
  private long refusal(
      Who who, PersonToken person, Documents.Document by, String caseRef, Reason r) {
    return logs.forTenant(who.tenant().value())
        .append(
            AccessRecord.of(
                new Attempt(
                    who,
                    List.of(),
                    new Why(by.why().purpose(), caseRef),
                    Action.HANDOVER,
                    Optional.of(person),
                    Set.of(),
                    clock.instant()),
                Outcome.denied(r)));
  }

  private static String handoverCase(String id) {
    return "handover:" + (ID.matcher(id).matches() ? id : "?");
  }
}
