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
 * A page of a document locked after wrong codes is a genuine page (its MAC matched): a scan judges
 * it like any other, only the start refuses a locked notice.
 *
 * A stop cannot be got round. While a staff member has a stopped handover, they start no other and
 * scan or finish no other; and a resident has one handover at a time, open or stopped (neither the
 * resident nor the notice that opened it opens a second), so the stopped one is acknowledged by a
 * second staff member, or stays stopped. A start checks both under a lock of the resident's
 * document rows, so two starts for one resident are taken one after the other.
 *
 * What the log holds, each record before what it records: a stop's refused HANDOVER record names
 * the person whose data nearly left: the owner of another resident's page (the case naming the
 * handover and the page, never the resident served), else, for an internal page or a page handed
 * before, the resident served; the HANDOVER_ACKNOWLEDGE of the second staff member, tied to the
 * stop they were shown (document, page, moment); the allowed HANDOVER record at the finish, naming
 * the resident, the handover and its page count. A start refused on the resident's own expired or
 * used notice is a refused HANDOVER record naming them. A wrong MAC is logged by Documents (a
 * refused HANDOVER of the staff member, page.unknown) before it is counted; typos and unknown codes
 * are not logged. Starting and cancelling hand nothing over and are not logged.
 *
 * Concurrency. Every change of a handover's state is an UPDATE conditional on the state it leaves
 * (open to stopped, stopped to open at the stop seen, open to cancelled), and a scan or a finish
 * runs in one transaction that first locks the handover's row (an UPDATE of the row, which on
 * SQLite takes the store's write lock) and then reads its state, so two scans of one handover are
 * taken one after the other: a page cannot be taken as the resident's after the handover was
 * stopped, and the same page scanned twice at once is taken once (Handovers holds the SQL). The
 * log's records are appended outside these transactions (on SQLite the log writes to the same
 * store), each before the transaction that records its effect; when that transaction finds the
 * state changed meanwhile it changes nothing, and the log holds an attempt that did not take
 * effect, never the reverse. A stop page raises its alert in the transaction that records the
 * stop, whenever its record was written, also when a concurrent scan stopped the handover first or
 * a finish closed it.
 *
 * Who. The tenant's own staff, security officers and organisation admins (never a contractor's
 * users); the staff member who started a handover sees, scans, finishes and cancels it, and a stop
 * is seen and acknowledged by another of them, signed in on their own.
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

  /** The case of a finish's HANDOVER record: the handover and its page count. */
  private static final Pattern FINISHED_CASE =
      Pattern.compile("handover:(h-[0-9a-hjkmnp-tv-z]{12}) pages ([1-9][0-9]{0,4})");

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
  public record Stop(Documents.Document document, int page, Reason reason, Instant at) {
    /** The stop as a second staff member is shown it, to acknowledge that one and no other. */
    public StopSeen seen() {
      return new StopSeen(document.id(), page, at);
    }
  }

  /** The stop a second staff member was shown: its document, page and moment. */
  public record StopSeen(String document, int page, Instant at) {}

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

  /** The verdict on one scan, with the page it is about and when it was scanned. */
  public record Scan(Verdict verdict, Documents.Document document, int page, Instant at) {}

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
    refuseWhileStopped(staff, Optional.empty());
    Page found = page(staff, scanned, true);
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
    // a notice used, or filed or shredded at the returns (never collected), opens nothing
    if (d.kind() == Documents.Kind.PICKUP
        && (d.usedAt().isPresent() || store.returned(staff.tenantId(), d.id(), found.page()))) {
      refusal(staff.who(), person, d, "counter start " + on, Reason.HANDOVER_CODE_USED);
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.HANDOVER_CODE_USED,
          "the resident's pickup notice was used for a handover already");
    }
    refuseUnfinished(staff.tenantId(), person, d.id());
    String id = store.newId(staff.tenantId());
    store.inTransaction(() -> {
      // the resident's document rows first: two starts for one resident, one after the other
      store.lockResident(staff.tenantId(), person);
      refuseWhileStopped(staff, Optional.empty());
      refuseUnfinished(staff.tenantId(), person, d.id());
      store.open(staff.tenantId(), id, person, d.id(), where, staff.userId(), now);
      return null;
    });
    return find(staff.tenantId(), id).orElseThrow();
  }

  /**
   * Scans a page into the handover and answers what it is: the resident's own (taken), a repeat (no
   * change), or a stop (the handover stops, the refusal is logged and the security officer
   * alerted).
   *
   * @throws CounterRefused for a typo or an unknown code (no stop), a stopped or closed handover, a
   *     caller who has another handover stopped, or one who is not the staff member who started it
   */
  public Scan scan(Principal staff, String handoverId, String scanned) {
    mayWork(staff, Action.HANDOVER, handoverCase(handoverId));
    Handover h = own(staff, handoverId, Action.HANDOVER);
    refuseUnlessOpen(h);
    refuseWhileStopped(staff, Optional.of(h.id()));
    Page found = page(staff, scanned, false);
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
      return take(staff, h, d, page);
    }
    return stop(staff, h, d, page, verdict);
  }

  /**
   * A second staff member acknowledges the stop they were shown: the page that stopped it is set
   * aside (never handed over) and scanning goes on.
   *
   * @param seen the stop the second staff member was shown; a handover stopped since at another
   *     page is not acknowledged by it
   * @throws CounterRefused for the staff member who started it ({@code handover.same-staff},
   *     logged), a handover that is not stopped, or stopped at another stop than {@code seen}
   *     ({@code state.changed}), a closed one ({@code handover.closed}), another tenant's or an
   *     unknown one
   */
  public Handover acknowledge(Principal second, String handoverId, StopSeen seen) {
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
      throw notOpen(h, "the stop was acknowledged meanwhile: there is nothing to acknowledge");
    }
    if (!h.stop().get().seen().equals(seen)) {
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.STATE_CHANGED,
          "the handover stopped at another page since it was shown to you: open it again and"
              + " acknowledge the stop it shows");
    }
    adminLog.allowed(
        second.who(),
        Action.HANDOVER_ACKNOWLEDGE,
        target + " document " + seen.document() + " page " + seen.page());
    boolean changed = store.acknowledge(h, seen, second.userId(), clock.instant());
    if (!changed) {
      Handover now = find(h.tenant(), h.id()).orElseThrow();
      if (now.state() == State.FINISHED || now.state() == State.CANCELLED) {
        throw notOpen(now, "");
      }
      throw CounterRefused.of(
          Kind.CONFLICT,
          Reason.STATE_CHANGED,
          "the stop was acknowledged, or the handover stopped at another page, meanwhile: open it"
              + " again");
    }
    return find(h.tenant(), h.id()).orElseThrow();
  }

  /**
   * Hands the resident's pages over: logs the HANDOVER record naming the resident, then marks each
   * page handed, the handover finished and a pickup notice used.
   *
   * @throws CounterRefused for a handover that is stopped, closed or has no page, a resident's code
   *     that expired or was used meanwhile, a page handed over meanwhile, a caller who has another
   *     handover stopped, or another caller than the one who started it
   */
  public Handover finish(Principal staff, String handoverId) {
    mayWork(staff, Action.HANDOVER, handoverCase(handoverId));
    Handover h = own(staff, handoverId, Action.HANDOVER);
    refuseUnlessOpen(h);
    refuseWhileStopped(staff, Optional.of(h.id()));
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
      refuseWhileStopped(staff, Optional.of(h.id()));
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
   * Whether {@code p} may see the handover: the staff member who started it, and while it is
   * stopped any other of the tenant's counter staff (who acknowledge it). Anyone else sees nothing
   * of it, not even whose it is.
   */
  public boolean mayView(Principal p, Handover h) {
    return p.controller()
        && ROLES.contains(p.role())
        && p.tenantId().equals(h.tenant())
        && (h.startedBy().equals(p.userId()) || h.state() == State.STOPPED);
  }

  /**
   * The finished handover a resident's allowed HANDOVER record names, when it is the resident's and
   * the record is the one of its finish: the case names it and its page count ({@code handover:<id>
   * pages <n>}) and the record was written at the moment it was finished. A finish logged and then
   * refused (the handover changed meanwhile) names nothing, so a retry shows one line.
   *
   * @param recordedAt when the record was written
   */
  public Optional<Handed> handed(
      TenantId tenant, PersonToken person, String caseRef, Instant recordedAt) {
    Matcher m = FINISHED_CASE.matcher(caseRef);
    if (!m.matches()) {
      return Optional.empty();
    }
    int pages = Integer.parseInt(m.group(2));
    return find(tenant, m.group(1))
        .filter(h ->
            h.person().equals(person)
                && h.state() == State.FINISHED
                && h.pages() == pages
                && h.finishedAt().equals(Optional.of(recordedAt)))
        .flatMap(h -> h.finishedAt().map(at -> new Handed(h.id(), h.counter(), h.pages(), at)));
  }

  // --- the steps

  private Scan take(Principal staff, Handover h, Documents.Document d, int page) {
    Instant now = clock.instant();
    Verdict taken =
        store.inTransaction(() -> {
          store.lock(h);
          Handover locked = find(h.tenant(), h.id()).orElseThrow();
          refuseUnlessOpen(locked);
          refuseWhileStopped(staff, Optional.of(h.id()));
          Verdict v =
              store.ownPages(locked).contains(new Handovers.PageRef(d.id(), page))
                  ? Verdict.REPEAT
                  : Verdict.OWN;
          store.addScan(h, d.id(), page, v, now);
          return v;
        });
    return new Scan(taken, d, page, now);
  }

  private Scan stop(Principal staff, Handover h, Documents.Document d, int page, Verdict verdict) {
    Reason reason = verdict.stop().orElseThrow();
    Instant now = clock.instant();
    String caseRef = handoverCase(h.id()) + " stop document " + d.id() + " page " + page;
    long index;
    if (verdict == Verdict.OTHER && d.person().isPresent()) {
      // another resident's page: theirs is the data that nearly left, so the record names them
      // (under their document's purpose); the resident served is not named in it
      index = refusal(staff.who(), d.person().get(), d, caseRef, reason);
    } else {
      // an internal page or a page handed before: the resident served is who it happened to
      Documents.Document by = documents.find(h.tenant(), h.byDocument()).orElseThrow();
      index = refusal(staff.who(), h.person(), by, caseRef, reason);
    }
    store.inTransaction(() -> {
      store.lock(h);
      // a handover stopped by a scan at the same moment keeps that stop, and one finished or
      // cancelled meanwhile stays so; this page was refused and logged all the same, and its
      // alert is raised with the state it found
      boolean stopped = store.stop(h, d.id(), page, reason, now);
      store.addScan(h, d.id(), page, verdict, now);
      State found = stopped ? State.STOPPED : find(h.tenant(), h.id()).orElseThrow().state();
      alerts.raise(
          h.tenant().value(),
          new SecurityAlerts.Raised(
              reason.code(),
              handoverCase(h.id()),
              Why.textFrom(alertDetail(h, d, page, verdict, found), 1000),
              mamori.core.Severity.HIGH,
              List.of(index),
              mamori.core.AlertPolicy.NOTIFY,
              ""));
      return null;
    });
    return new Scan(verdict, d, page, now);
  }

  private static String alertDetail(
      Handover h, Documents.Document d, int page, Verdict v, State found) {
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
        + switch (found) {
          case FINISHED ->
              "; the handover had been finished meanwhile, without this page: look into it";
          case CANCELLED -> "; the handover had been cancelled meanwhile: nothing was handed over";
          default -> "; the handover is stopped until a second staff member acknowledges";
        };
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

  /**
   * Refuses a staff member who has a stopped handover (other than {@code except}): nothing more at
   * the counter until a second staff member acknowledges it, so a stop is not got round by starting
   * again.
   */
  private void refuseWhileStopped(Principal staff, Optional<String> except) {
    for (Handover s : store.stoppedBy(staff.tenantId(), staff.userId())) {
      if (except.isPresent() && except.get().equals(s.id())) {
        continue;
      }
      throw CounterRefused.because(
          Kind.CONFLICT,
          Reason.HANDOVER_STOPPED,
          s.id(),
          "your handover "
              + s.id()
              + " is stopped: a second staff member acknowledges it before you start, scan or"
              + " finish any other");
    }
  }

  /** Refuses a start for a resident (or notice) who has a handover open or stopped. */
  private void refuseUnfinished(TenantId tenant, PersonToken person, String byDocument) {
    Optional<Handover> other = store.unfinished(tenant, person, byDocument);
    if (other.isEmpty()) {
      return;
    }
    Handover o = other.get();
    if (o.state() == State.STOPPED) {
      throw CounterRefused.because(
          Kind.CONFLICT,
          Reason.HANDOVER_STOPPED,
          o.id(),
          "this resident's handover "
              + o.id()
              + " is stopped: a second staff member acknowledges it, and it goes on there");
    }
    throw CounterRefused.because(
        Kind.CONFLICT,
        Reason.STATE_INVALID,
        o.id(),
        "this resident's handover "
            + o.id()
            + " is open at "
            + o.counter()
            + ": finish or cancel it first (one handover per resident at a time)");
  }

  /** A genuine page of the tenant's. */
  private record Page(Documents.Document document, int page) {}

  /**
   * The page a code names, of the staff member's tenant; refused for a typo or an unknown code (a
   * wrong MAC on one of the tenant's documents logged and counted by Documents). A page of a locked
   * document is genuine (its MAC matched): a scan judges it, a start refuses it.
   */
  private Page page(Principal staff, String scanned, boolean start) {
    Documents.Resolved r = documents.resolve(staff.who(), Action.HANDOVER, scanned);
    return switch (r) {
      case Documents.Found f -> new Page(f.document(), f.page());
      case Documents.Locked l when !start -> new Page(l.document(), pageOf(scanned));
      case Documents.Locked _ ->
          throw CounterRefused.of(
              Kind.CONFLICT,
              Reason.PAGE_LOCKED,
              "this document's codes were tried wrong too often; it is locked: print it again");
      case Documents.Typo _ -> throw CounterRefused.mistyped();
      case Documents.Unknown _ ->
          throw CounterRefused.of(
              Kind.NOT_FOUND,
              Reason.PAGE_UNKNOWN,
              "this is not a page this office printed (unknown, another office's, or altered)");
    };
  }

  /** The page of a code Documents matched. */
  private static int pageOf(String scanned) {
    if (PageCode.read(scanned) instanceof PageCode.Code c) {
      return c.page();
    }
    throw new IllegalStateException("a matched code reads as a code");
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

  /**
   * Appends a refused HANDOVER record naming {@code person}, under the purpose of the document
   * {@code by}; answers its index.
   */
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
