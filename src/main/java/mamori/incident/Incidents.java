package mamori.incident;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.detect.BuiltInRules;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.log.AccessRecord;
import mamori.log.TenantLog;
import mamori.log.TransparencyLogs;
import mamori.store.TenantSettings;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's incidents, from the alert (or the telephone call) to the classification under the PPC
 * rule and the deadlines of its reports. The entry point of the incident module: the reports, the
 * notices and the evidence export build on {@link #get}, {@link #view}, {@link #affected} and
 * {@link #list}.
 *
 * <p>Who may: the tenant's own security officer acts (opens, recomputes, classifies, closes); the
 * officer and the tenant's own auditors read. Anyone else is refused and the refusal is logged
 * before the answer. Every act is logged first ({@code incident.open}, {@code incident.change},
 * {@code incident.affected}, {@code incident.close}, with the incident id as the case): when the
 * append throws, nothing changes. Free text is bounded and refused when it holds a My Number or a
 * control character.
 *
 * <p>Opening computes the affected persons from the log ({@link AffectedPersons}), classifies the
 * incident ({@link Classification}) and sets its deadlines ({@link Deadlines}) at once, so the
 * officer sees the count, the triggers and the countdown on the first page. An incident with no
 * affected person is valid: its count is 0, it is still classified, and it needs no notice.
 */
public final class Incidents {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 4000;
  public static final int MAX_REASON = 500;
  public static final int MAX_SUSPECT = 200;

  /** The most alerts one incident is opened from. */
  public static final int MAX_ALERTS = 50;

  /** The most incidents one listing gives. */
  public static final int MAX_LIST = 500;

  /** The most affected persons one page gives. */
  public static final int MAX_PAGE = 1000;

  /** The evidence read of each alert to find the suspect and the window. */
  static final int EVIDENCE_READ = 200;

  /** The window before an alert without evidence. */
  static final Duration WINDOW_BEFORE = Duration.ofHours(24);

  private final IncidentTable table;
  private final SecurityAlerts alerts;
  private final TransparencyLogs logs;
  private final TenantSettings settings;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Incidents(
      DataSource dataSource,
      SecurityAlerts alerts,
      TransparencyLogs logs,
      TenantSettings settings,
      Clock clock) {
    this.table = new IncidentTable(dataSource);
    this.alerts = alerts;
    this.logs = logs;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * What opens an incident: alerts of the tenant (their evidence and subjects suggest the suspect
   * and the window), or nothing but the officer's words ("a magazine called").
   *
   * @param alerts the alert ids, empty when opened by hand
   * @param title "" to take the alerts' kinds (required by hand)
   * @param awareAt when the body became aware; null for the first alert's time (required by hand)
   * @param suspect who or what is suspected; null to take it from the alerts (by hand: nobody yet)
   */
  public record Opening(
      List<String> alerts,
      String title,
      String summary,
      @Nullable Instant awareAt,
      Incident.@Nullable Suspect suspect) {
    public Opening {
      alerts = List.copyOf(alerts);
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * An incident as its page shows it.
   *
   * @param classification empty before the first classification
   * @param deadlines the preliminary and final deadlines as of now; empty when no report is due
   * @param alerts the ids of the alerts it was opened from
   */
  public record View(
      Incident incident,
      Optional<Classification> classification,
      List<Deadlines.Countdown> deadlines,
      List<String> alerts) {
    public View {
      deadlines = List.copyOf(deadlines);
      alerts = List.copyOf(alerts);
    }
  }

  /** A page of affected persons and the cursor of the next ("" when none). */
  public record Page(List<Affected> persons, String next) {
    public Page {
      persons = List.copyOf(persons);
    }
  }

  /**
   * Opens an incident, computes its affected persons, classifies it and sets its deadlines.
   *
   * @throws IncidentException when the caller may not (logged), an alert is not the tenant's, or
   *     the opening is malformed; nothing is stored
   * @throws NumberText.Held when a text holds a number; nothing is stored
   */
  public View open(Principal p, Opening o) {
    officer(p, Action.INCIDENT_OPEN, "incident");
    TenantId tenant = p.tenantId();
    if (o.alerts().size() > MAX_ALERTS) {
      throw IncidentException.invalid("alerts", "at most " + MAX_ALERTS + " alerts");
    }
    List<SecurityAlerts.Alert> from = new ArrayList<>();
    for (String id : o.alerts().stream().distinct().toList()) {
      if (id == null || !id.matches("[0-9a-f]{1,32}")) {
        throw IncidentException.invalid("alerts", "an alert id is hexadecimal");
      }
      from.add(
          alerts
              .get(tenant.value(), id)
              .orElseThrow(() ->
                  new IncidentException(
                      IncidentException.Kind.NOT_FOUND,
                      "alert.unknown",
                      "alerts",
                      "no such alert")));
    }
    from.sort(Comparator.comparing(SecurityAlerts.Alert::raisedAt));
    boolean byHand = from.isEmpty();
    String title = o.title().strip();
    if (title.isEmpty() && !byHand) {
      title =
          "alerts: "
              + String.join(
                  ", ", from.stream().map(SecurityAlerts.Alert::kind).distinct().toList());
      title = title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    }
    text("title", title, 1, MAX_TITLE, false);
    text("summary", o.summary(), 0, MAX_SUMMARY, true);
    Instant now = clock.instant();
    Instant aware = o.awareAt();
    if (aware == null) {
      if (byHand) {
        throw IncidentException.invalid("awareAt", "is required for an incident opened by hand");
      }
      aware = from.getFirst().raisedAt();
    }
    if (aware.isAfter(now)) {
      throw IncidentException.invalid("awareAt", "lies in the future");
    }
    if (Deadlines.day(aware).getYear() < JapaneseHolidays.FIRST_YEAR) {
      throw IncidentException.invalid("awareAt", "lies before " + JapaneseHolidays.FIRST_YEAR);
    }
    Incident.Suspect suspect = o.suspect();
    if (suspect != null) {
      suspect(suspect, now);
    } else {
      suspect =
          byHand
              ? new Incident.Suspect(Incident.Suspect.Kind.NONE, "", aware, now)
              : suspectOf(from, log(tenant), now);
    }
    String id = newId();
    adminLog(p, Action.INCIDENT_OPEN, id, Outcome.allowed());
    Incident opened =
        new Incident(
            tenant,
            id,
            title,
            o.summary(),
            now,
            p.userId().value(),
            aware,
            suspect,
            Incident.Status.OPEN,
            "",
            null,
            null,
            0,
            null,
            null,
            null,
            null);
    table.insert(opened);
    for (SecurityAlerts.Alert a : from) {
      table.linkAlert(tenant, id, a.id());
    }
    recomputeLogged(p, opened, misuseRules(from), Classification.Assessment.NONE);
    return view(p, id);
  }

  /**
   * Computes the affected persons again from the log (after more of it was written, or with a new
   * suspect or window), then classifies again with what the officer said before. With {@code
   * suspect} the incident's suspect and window change first ({@code incident.change}).
   */
  public View recompute(Principal p, String id, Incident.@Nullable Suspect suspect) {
    Incident i = open(p, id, Action.INCIDENT_AFFECTED);
    if (suspect != null) {
      suspect(suspect, clock.instant());
      adminLog(p, Action.INCIDENT_CHANGE, id, Outcome.allowed());
      i = with(i, suspect, i.classification(), i.preliminaryDue(), i.finalDue());
      table.update(i);
    }
    Classification.Assessment said =
        Classification.fromJson(i.classification())
            .map(Classification::officer)
            .orElse(Classification.Assessment.NONE);
    recomputeLogged(p, i, misuseRules(alertsOf(i)), said);
    return view(p, id);
  }

  /** Classifies again with what the officer says ({@code incident.change}). */
  public View classify(Principal p, String id, Classification.Assessment said) {
    for (String t : said.texts()) {
      text("reason", t, 0, MAX_REASON, false);
    }
    Incident i = open(p, id, Action.INCIDENT_CHANGE);
    long revealed = revealed(table, i);
    if (said.exemption() != Classification.Ground.NONE && revealed > 0) {
      throw IncidentException.invalid(
          "exemption",
          "the log shows "
              + revealed
              + (revealed == 1 ? " affected person's record" : " affected persons' records")
              + " revealed in the clear (read, print or handover through the gate); the"
              + " high-grade-encryption exemption covers only copies that were never decrypted");
    }
    adminLog(p, Action.INCIDENT_CHANGE, id, Outcome.allowed());
    Classification.Findings findings =
        Classification.fromJson(i.classification())
            .map(Classification::log)
            .orElse(Classification.Findings.NONE);
    settle(i, i.affectedCount(), misuseRules(alertsOf(i)), said, findings, revealed);
    return view(p, id);
  }

  /** Closes an open incident with a reason ({@code incident.close}). */
  public View close(Principal p, String id, String reason) {
    text("reason", reason, 1, MAX_REASON, false);
    Incident i = open(p, id, Action.INCIDENT_CLOSE);
    adminLog(p, Action.INCIDENT_CLOSE, id, Outcome.allowed());
    table.update(
        new Incident(
            i.tenant(),
            i.id(),
            i.title(),
            i.summary(),
            i.openedAt(),
            i.openedBy(),
            i.awareAt(),
            i.suspect(),
            Incident.Status.CLOSED,
            i.classification(),
            i.preliminaryDue(),
            i.finalDue(),
            i.affectedCount(),
            i.affectedAt(),
            clock.instant(),
            p.userId().value(),
            reason.strip()));
    return view(p, id);
  }

  /**
   * One incident of the caller's tenant.
   *
   * @throws IncidentException when the caller may not read incidents (logged) or there is none
   */
  public Incident get(Principal p, String id) {
    reader(p);
    return find(p.tenantId(), id);
  }

  /** One incident with its classification, deadlines as of now, and alerts. */
  public View view(Principal p, String id) {
    Incident i = get(p, id);
    return new View(
        i,
        Classification.fromJson(i.classification()),
        countdowns(i, clock.instant()),
        table.alerts(i.tenant(), i.id()));
  }

  /** The tenant's incidents, open ones first, newest first; at most {@code limit} (1 to 500). */
  public List<Incident> list(Principal p, int limit) {
    if (limit < 1 || limit > MAX_LIST) {
      throw IncidentException.invalid("limit", "is 1 to " + MAX_LIST);
    }
    reader(p);
    return table.list(p.tenantId(), limit);
  }

  /** A page of an incident's affected persons by token, after {@code after} ("" for the first). */
  public Page affected(Principal p, String id, String after, int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw IncidentException.invalid("limit", "is 1 to " + MAX_PAGE);
    }
    if (after.length() > 128 || !after.chars().allMatch(c -> c > 32 && c < 127)) {
      throw IncidentException.invalid("after", "is not a cursor of this listing");
    }
    Incident i = get(p, id);
    List<Affected> page = table.affected(i.tenant(), i.id(), after, limit + 1);
    String next = "";
    if (page.size() > limit) {
      page = page.subList(0, limit);
      next = page.getLast().person().value();
    }
    return new Page(page, next);
  }

  /** Every affected person of an incident, by token: for the notices and the evidence export. */
  public List<Affected> allAffected(Principal p, String id) {
    Incident i = get(p, id);
    List<Affected> all = new ArrayList<>();
    String after = "";
    while (true) {
      List<Affected> page = table.affected(i.tenant(), i.id(), after, MAX_PAGE);
      all.addAll(page);
      if (page.size() < MAX_PAGE) {
        return all;
      }
      after = page.getLast().person().value();
    }
  }

  /** The deadlines of {@code i} and their states now, by the one clock. */
  public List<Deadlines.Countdown> countdowns(Incident i) {
    return countdowns(i, clock.instant());
  }

  /** The deadlines of {@code i} and their states at {@code now}; empty when none is set. */
  public static List<Deadlines.Countdown> countdowns(Incident i, Instant now) {
    List<Deadlines.Countdown> c = new ArrayList<>();
    Instant pre = i.preliminaryDue();
    Instant fin = i.finalDue();
    if (pre != null) {
      c.add(Deadlines.countdown(Deadlines.Kind.PRELIMINARY, i.awareAt(), pre, now));
    }
    if (fin != null) {
      c.add(Deadlines.countdown(Deadlines.Kind.FINAL, i.awareAt(), fin, now));
    }
    return c;
  }

  /**
   * The rules among {@code from} that signal misuse, by alert kind: exactly {@link
   * BuiltInRules#MISUSE_KINDS}, never words in a kind (a city rule's id is free text).
   */
  static List<String> misuseRules(List<SecurityAlerts.Alert> from) {
    return from.stream()
        .map(SecurityAlerts.Alert::kind)
        .filter(BuiltInRules.MISUSE_KINDS::contains)
        .distinct()
        .toList();
  }

  /**
   * The suspect and window the alerts suggest: the subject of the first alert that names one
   * ({@code user:}, {@code organisation:}, {@code entrustment:}, {@code log:N} for that record's
   * actor, a bare user id), else the actor (or organisation) all evidence records share; the window
   * from the suspect's first access in the day ({@link #WINDOW_BEFORE}) before the oldest evidence
   * (the oldest evidence itself when none is earlier, or a day before the first alert without
   * evidence) to now.
   */
  static Incident.Suspect suspectOf(List<SecurityAlerts.Alert> from, TenantLog log, Instant now) {
    List<AccessRecord> evidence = new ArrayList<>();
    Instant start = from.getFirst().raisedAt().minus(WINDOW_BEFORE);
    Incident.Suspect.Kind kind = Incident.Suspect.Kind.NONE;
    String value = "";
    long size = log.size();
    for (SecurityAlerts.Alert a : from) {
      List<Long> indexes = new ArrayList<>(a.evidence());
      String subject = a.subject();
      if (subject.startsWith("log:")) {
        try {
          indexes.add(Long.parseLong(subject.substring(4)));
        } catch (NumberFormatException e) {
          // a malformed subject names nothing
        }
      }
      List<Long> read =
          indexes.stream()
              .filter(x -> x >= 0 && x < size)
              .distinct()
              .sorted()
              .limit(EVIDENCE_READ)
              .toList();
      List<AccessRecord> records = log.entriesAt(read).stream().map(log::decode).toList();
      evidence.addAll(records);
      if (kind == Incident.Suspect.Kind.NONE) {
        int colon = subject.indexOf(':');
        String prefix = colon < 0 ? "" : subject.substring(0, colon);
        String rest = colon < 0 ? subject : subject.substring(colon + 1);
        switch (prefix) {
          case "user" -> {
            kind = Incident.Suspect.Kind.ACTOR;
            value = rest;
          }
          case "organisation" -> {
            kind = Incident.Suspect.Kind.ORGANISATION;
            value = rest;
          }
          case "entrustment" -> {
            kind = Incident.Suspect.Kind.ENTRUSTMENT;
            value = rest;
          }
          case "log" -> {
            if (!records.isEmpty()) {
              kind = Incident.Suspect.Kind.ACTOR;
              value = records.getLast().actor();
            }
          }
          case "" -> {
            if (!rest.isBlank() && !NumberText.holdsNumber(rest)) {
              kind = Incident.Suspect.Kind.ACTOR;
              value = rest;
            }
          }
          default -> {}
        }
      }
    }
    if (kind == Incident.Suspect.Kind.NONE && !evidence.isEmpty()) {
      if (evidence.stream().map(AccessRecord::actor).distinct().count() == 1) {
        kind = Incident.Suspect.Kind.ACTOR;
        value = evidence.getFirst().actor();
      } else if (evidence.stream().map(AccessRecord::organisation).distinct().count() == 1) {
        kind = Incident.Suspect.Kind.ORGANISATION;
        value = evidence.getFirst().organisation();
      }
    }
    if (value.length() > MAX_SUSPECT) {
      kind = Incident.Suspect.Kind.NONE;
      value = "";
    }
    if (!evidence.isEmpty()) {
      Instant first =
          evidence.stream().map(AccessRecord::time).min(Comparator.naturalOrder()).orElseThrow();
      start = first;
      if (kind != Incident.Suspect.Kind.NONE) {
        // the rule's evidence is its own short window: the suspect's earlier reads of the day
        // before it belong to the incident too, so the window starts at its first access then
        Instant earliest =
            AffectedPersons.compute(
                    log, new Incident.Suspect(kind, value, first.minus(WINDOW_BEFORE), first))
                .persons()
                .stream()
                .map(Affected::first)
                .min(Comparator.naturalOrder())
                .orElse(first);
        if (earliest.isBefore(start)) {
          start = earliest;
        }
      }
    }
    return new Incident.Suspect(kind, value, start, now.isBefore(start) ? start : now);
  }

  private void recomputeLogged(
      Principal p, Incident i, List<String> misuse, Classification.Assessment said) {
    adminLog(p, Action.INCIDENT_AFFECTED, i.id(), Outcome.allowed());
    AffectedPersons.Result r = AffectedPersons.compute(log(i.tenant()), i.suspect());
    table.replaceAffected(i.tenant(), i.id(), r.persons(), clock.instant());
    settle(
        i,
        r.persons().size(),
        misuse,
        said,
        new Classification.Findings(r.scanned(), r.denied(), r.listings(), r.fullScan()),
        r.persons().stream().filter(Incidents::revealed).count());
  }

  /** The gate's acts that reveal a record in the clear; a package is encrypted. */
  static final Set<Action> PLAINTEXT = Set.of(Action.READ, Action.PRINT, Action.HANDOVER);

  /** Whether the log shows {@code a}'s record revealed in the clear. */
  static boolean revealed(Affected a) {
    return a.actions().stream().anyMatch(PLAINTEXT::contains);
  }

  /** How many of the stored affected persons of {@code i} the log shows revealed in the clear. */
  private static long revealed(IncidentTable table, Incident i) {
    long n = 0;
    String after = "";
    while (true) {
      List<Affected> page = table.affected(i.tenant(), i.id(), after, MAX_PAGE);
      n += page.stream().filter(Incidents::revealed).count();
      if (page.size() < MAX_PAGE) {
        return n;
      }
      after = page.getLast().person().value();
    }
  }

  /** Classifies and sets the deadlines: the preliminary one stays as first set. */
  private void settle(
      Incident i,
      long affected,
      List<String> misuse,
      Classification.Assessment said,
      Classification.Findings findings,
      long revealed) {
    Classification c = Classification.classify(affected, misuse, said, findings, revealed);
    Instant pre = null;
    Instant fin = null;
    if (c.reportable()) {
      pre = i.preliminaryDue();
      if (pre == null) {
        pre = Deadlines.preliminary(i.awareAt(), businessDays(i.tenant()), calendar(i.tenant()));
      }
      fin = Deadlines.finalReport(i.awareAt(), c.unjustPurpose().holds());
    }
    table.update(with(i, i.suspect(), c.toJson(), pre, fin));
  }

  private static Incident with(
      Incident i,
      Incident.Suspect suspect,
      String classification,
      @Nullable Instant pre,
      @Nullable Instant fin) {
    return new Incident(
        i.tenant(),
        i.id(),
        i.title(),
        i.summary(),
        i.openedAt(),
        i.openedBy(),
        i.awareAt(),
        suspect,
        i.status(),
        classification,
        pre,
        fin,
        i.affectedCount(),
        i.affectedAt(),
        i.closedAt(),
        i.closedBy(),
        i.closeReason());
  }

  private List<SecurityAlerts.Alert> alertsOf(Incident i) {
    return table.alerts(i.tenant(), i.id()).stream()
        .map(a -> alerts.get(i.tenant().value(), a))
        .flatMap(Optional::stream)
        .toList();
  }

  /**
   * The tenant's deadline settings in force.
   *
   * @param preliminaryBusinessDays business days to the preliminary report (1 to 10, default 3)
   * @param yearEndClosure whether 29 December to 3 January are closed days (default true)
   */
  public record Settings(int preliminaryBusinessDays, boolean yearEndClosure) {}

  /** The deadline settings in force for the caller's tenant (the officer and auditors read). */
  public Settings settings(Principal p) {
    reader(p);
    return new Settings(
        businessDays(p.tenantId()),
        !settings
            .get(p.tenantId(), Deadlines.CLOSURE_SETTING)
            .map(v -> v.strip().equals("false"))
            .orElse(false));
  }

  /**
   * Changes the deadline settings of the caller's tenant ({@code setting.set} logged first, the
   * setting's name as the case); a null leaves that one as it is. Deadlines already set do not
   * move: the change applies to incidents opened after it.
   */
  public Settings settings(
      Principal p, @Nullable Integer preliminaryBusinessDays, @Nullable Boolean yearEndClosure) {
    officer(p, Action.SETTING_SET, Deadlines.PRELIMINARY_SETTING);
    if (preliminaryBusinessDays != null) {
      int n = preliminaryBusinessDays;
      if (n < 1 || n > Deadlines.MAX_PRELIMINARY_DAYS) {
        throw IncidentException.invalid(
            "preliminaryBusinessDays", "is 1 to " + Deadlines.MAX_PRELIMINARY_DAYS);
      }
      adminLog(p, Action.SETTING_SET, Deadlines.PRELIMINARY_SETTING, Outcome.allowed());
      settings.set(p.tenantId(), Deadlines.PRELIMINARY_SETTING, Integer.toString(n));
    }
    if (yearEndClosure != null) {
      adminLog(p, Action.SETTING_SET, Deadlines.CLOSURE_SETTING, Outcome.allowed());
      settings.set(p.tenantId(), Deadlines.CLOSURE_SETTING, yearEndClosure.toString());
    }
    return settings(p);
  }

  /** The tenant's business days to the preliminary report (setting, default 3). */
  int businessDays(TenantId tenant) {
    return settings
        .get(tenant, Deadlines.PRELIMINARY_SETTING)
        .map(v -> {
          try {
            int n = Integer.parseInt(v.strip());
            return n >= 1 && n <= Deadlines.MAX_PRELIMINARY_DAYS
                ? n
                : Deadlines.DEFAULT_PRELIMINARY_DAYS;
          } catch (NumberFormatException e) {
            return Deadlines.DEFAULT_PRELIMINARY_DAYS;
          }
        })
        .orElse(Deadlines.DEFAULT_PRELIMINARY_DAYS);
  }

  /** The tenant's calendar: the year-end closure unless set to false. */
  JapaneseHolidays calendar(TenantId tenant) {
    return new JapaneseHolidays(
        !settings
            .get(tenant, Deadlines.CLOSURE_SETTING)
            .map(v -> v.strip().equals("false"))
            .orElse(false));
  }

  /** An open incident of the caller's tenant the officer may act on; refusals logged. */
  private Incident open(Principal p, String id, Action action) {
    officer(p, action, id);
    Incident i = find(p.tenantId(), id);
    if (i.status() == Incident.Status.CLOSED) {
      throw new IncidentException(
          IncidentException.Kind.CONFLICT, "incident.closed", "", "the incident is closed");
    }
    return i;
  }

  private Incident find(TenantId tenant, String id) {
    if (!id.matches("[a-z0-9-]{1,32}")) {
      throw unknown();
    }
    return table.get(tenant, id).orElseThrow(Incidents::unknown);
  }

  private static IncidentException unknown() {
    return new IncidentException(
        IncidentException.Kind.NOT_FOUND, "incident.unknown", "", "no such incident");
  }

  private void officer(Principal p, Action action, String target) {
    Reason refused =
        !p.controller()
            ? Reason.ORGANISATION_NOT_CONTROLLER
            : p.role() == Role.SECURITY_OFFICER ? null : Reason.ROLE_NOT_ALLOWED;
    refuse(p, action, target, refused, "only the tenant's security officer acts on incidents");
  }

  private static void reader(Principal p) {
    Reason refused =
        !p.controller()
            ? Reason.ORGANISATION_NOT_CONTROLLER
            : p.role() == Role.SECURITY_OFFICER || p.role() == Role.AUDITOR
                ? null
                : Reason.ROLE_NOT_ALLOWED;
    // a refused read changes nothing and is no administrative act: it is answered, not logged
    if (refused != null) {
      throw new IncidentException(
          IncidentException.Kind.REFUSED,
          refused.code(),
          "",
          "only the tenant's security officer and auditors read incidents");
    }
  }

  private void refuse(
      Principal p, Action action, String target, @Nullable Reason refused, String message) {
    if (refused != null) {
      adminLog(p, action, target, Outcome.denied(refused));
      throw new IncidentException(IncidentException.Kind.REFUSED, refused.code(), "", message);
    }
  }

  private void adminLog(Principal p, Action action, String target, Outcome outcome) {
    log(p.tenantId())
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    p.who(),
                    List.of(),
                    Why.administrative(Why.caseFrom(target)),
                    action,
                    clock.instant()),
                outcome));
  }

  private TenantLog log(TenantId tenant) {
    return logs.forTenant(tenant.value());
  }

  private String newId() {
    return newId(random);
  }

  /**
   * A fresh incident id, "inc-" and 12 hex digits, never all decimal: a run of twelve digits is
   * masked as a My Number in log cases (Why.caseFrom), so the log would no longer name the
   * incident.
   */
  static String newId(java.util.Random random) {
    byte[] b = new byte[6];
    while (true) {
      random.nextBytes(b);
      String id = "inc-" + HexFormat.of().formatHex(b);
      if (!NumberText.holdsNumber(id)) {
        return id;
      }
    }
  }

  private static void suspect(Incident.Suspect s, Instant now) {
    if (s.kind() != Incident.Suspect.Kind.NONE) {
      text("suspect.value", s.value(), 1, MAX_SUSPECT, false);
    }
    if (s.from().isAfter(now)) {
      throw IncidentException.invalid("suspect.from", "lies in the future");
    }
  }

  /**
   * Refuses text out of bounds, with a control character (a line break allowed where {@code
   * lines}), or holding a number.
   */
  static void text(String field, String value, int min, int max, boolean lines) {
    String v = value.strip();
    if (v.length() < min || value.length() > max) {
      throw IncidentException.invalid(field, "is " + min + " to " + max + " characters");
    }
    boolean control =
        value
            .codePoints()
            .anyMatch(cp -> Why.unprintable(cp) && !(lines && (cp == '\n' || cp == '\r')));
    if (control) {
      throw IncidentException.invalid(field, "holds a control character");
    }
    NumberText.refuseNumberIn(field, value);
  }
}
