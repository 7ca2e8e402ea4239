package mamori.retention;

import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Caller;
import mamori.entrustment.EntrustmentException;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Purpose;
import mamori.identity.Principal;
import mamori.log.AdminLog;
import mamori.retention.Model.BasisEntry;
import mamori.retention.Model.BasisReport;
import mamori.retention.Model.Confirmation;
import mamori.retention.Model.Hold;
import mamori.retention.Model.HoldKind;
import mamori.retention.Model.Progress;
import mamori.retention.Model.Run;
import mamori.retention.Model.RunPage;
import mamori.retention.Model.RunPerson;
import mamori.retention.Model.RunState;
import mamori.retention.Model.Standing;
import mamori.retention.Model.Status;
import mamori.store.Sql;
import mamori.vault.Vault;
import mamori.vault.VaultException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * Design. A basis says, per person and purpose, the event the purpose's period runs from (or that the
 * case is open). Whether it has ended is decided when it is read, from the purpose's rule as it stands
 * (Cutoffs), so a rule changed by any path is never applied late or early; keep_until is stored for
 * the table's readers and recomputed by the guarded rule change. A person is due as of a day when every
 * basis has ended, no active hold names them, they are not erased (nor, for a number-only disposal,
 * their number), and no open run lists them already.
 *
 * A proposal scans the tenant's bases in person order a page at a time (memory stays flat at a million
 * bases) and writes the run and its persons in one transaction, after its log record. A run erases
 * its persons in person order, BATCH at a time (the vault stores them in transactions of 4,096): it
 * re-reads the batch's bases and holds (a person held
 * or given a new basis since the proposal is kept), marks the batch `erasing`, hands it to the vault
 * (which logs each erasure before its one transaction), then marks each person erased or kept and
 * adds to the run's counts in one transaction. A kill anywhere leaves a state a rerun finishes: a
 * person the vault erased before the kill answers ALREADY and, being `erasing`, is counted as erased
 * by this run; a person erased by other means before their batch answers ALREADY while still `due`,
 * and is kept as erased-already. Each row's update names the states it may come from, so nothing is
 * counted twice.
 *
 * Each erasure's record names the purpose under which the person goes (the first of the person's
 * ended purposes asking for the disposal done, in id order) and the case `retention-run-<id>`, and as
 * its user the officer who approved the run (or gave the standing approval): the resident's log reads
 * "erased under purpose P by run R".
 */
/**
 * Retention: the bases of persons' records, legal holds, standing approvals and deletion runs, and
 * their deletion records (which hold tokens, never numbers). Every administrative act is logged
 * before it takes effect; each person erased is the vault's {@code erase} record.
 */
public final class Retentions {
  /** The calendar of the law's periods and of "today". */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /**
   * The persons a run hands to the vault at once: eight of the vault's transactions of 4,096, which
   * it pipelines (the next read, masked and logged while one is stored); the run's own reads and
   * marks are then a few statements per 32,768 persons.
   */
  public static final int BATCH = 8 * 4096;

  /** The daily job's user: the proposer of its runs. */
  public static final UserId DAILY = new UserId("retention-daily");

  /** The most records a page gives. */
  public static final int MAX_PAGE = 1000;

  static final Set<Role> RECORDERS = Set.of(Role.STAFF, Role.SECURITY_OFFICER, Role.ORG_ADMIN);
  static final Set<Role> OFFICERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);
  static final Set<Role> READERS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN, Role.AUDITOR);

  static final String FAILED = "cannot read or write retention";

  /**
   * A proposed run nobody approved within this many days stops keeping its persons off later
   * proposals, and can no longer be approved.
   */
  static final int STALE_DAYS = 7;

  private static final long STALE_MILLIS = STALE_DAYS * 24L * 60 * 60 * 1000;

  /** The runs that hold their persons: approved or running, or proposed and not stale. */
  private static final String OPEN_RUN =
      "(r.state IN ('approved', 'running') OR (r.state = 'proposed' AND r.proposed_at >= ?))";

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int PAGE = 8192;

  /** What erases a batch: the vault, or in tests a vault that stops after some batches. */
  @FunctionalInterface
  interface Eraser {
    mamori.vault.BulkErasure.Outcome erase(
        String tenant, List<mamori.vault.BulkErasure.Item> batch, mamori.vault.Actor actor);
  }

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final Vault vault;
  private final Entrustments entrustments;
  private final AdminLog log;
  private final Eraser eraser;
  private final int batch;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final DeletionRecords records;

  public Retentions(
      DataSource dataSource, Vault vault, Entrustments entrustments, AdminLog log, Clock clock) {
    this(dataSource, vault, entrustments, log, vault::eraseAll, BATCH, clock);
  }

  Retentions(
      DataSource dataSource,
      Vault vault,
      Entrustments entrustments,
      AdminLog log,
      Eraser eraser,
      int batch,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.vault = vault;
    this.entrustments = entrustments;
    this.log = log;
    this.eraser = eraser;
    this.batch = batch;
    this.clock = clock;
    this.records = new DeletionRecords(dataSource);
  }

  /** Today in Japan. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), JAPAN);
  }

  // ---------------------------------------------------------------------------------------------
  // bases

  /**
   * Records, for each entry, the event its purpose's period runs from (or that the case is open),
   * replacing what was recorded for that person and purpose. Checked whole first: nothing is stored
   * when any entry is refused. One {@code retention.basis} record (with the counts) is logged
   * before anything is stored.
   *
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the tenant's own staff,
   *     officer and admin; retention.future-date (logged) for an event after today in Japan;
   *     purpose.unknown or person.not-found (logged) for an entry naming no purpose or no live
   *     person of the tenant (the message gives the entry's 1-based position)
   */
  public BasisReport recordBases(Principal p, List<BasisEntry> entries) {
    allow(p, RECORDERS, Action.RETENTION_BASIS, "bases");
    String tenant = p.tenantId().value();
    Map<String, Purpose> purposes = purposes(tenant);
    LocalDate today = today();
    for (int i = 0; i < entries.size(); i++) {
      BasisEntry e = entries.get(i);
      if (!purposes.containsKey(e.purpose())) {
        log.refused(p.who(), Action.RETENTION_BASIS, "bases", Reason.PURPOSE_UNKNOWN);
        throw RetentionRefused.invalid(
            Reason.PURPOSE_UNKNOWN,
            "purpose",
            "entry " + (i + 1) + ": the tenant has no such purpose");
      }
      if (e.event().isPresent() && e.event().get().isAfter(today)) {
        log.refused(p.who(), Action.RETENTION_BASIS, "bases", Reason.RETENTION_FUTURE_DATE);
        throw RetentionRefused.invalid(
            Reason.RETENTION_FUTURE_DATE,
            "event",
            "entry " + (i + 1) + ": the event is after today (" + today + " in Japan)");
      }
    }
    // one row per person and purpose: the last entry wins
    Map<String, Long> ids = liveIds(tenant, entries.stream().map(e -> e.token().value()).toList());
    Map<String, Object[]> rows = new LinkedHashMap<>();
    long now = clock.millis();
    int closed = 0;
    for (int i = 0; i < entries.size(); i++) {
      BasisEntry e = entries.get(i);
      Long found = ids.get(e.token().value());
      if (found == null) {
        log.refused(p.who(), Action.RETENTION_BASIS, "bases", Reason.PERSON_NOT_FOUND);
        throw RetentionRefused.notFound(
            Reason.PERSON_NOT_FOUND,
            "token",
            "entry " + (i + 1) + ": no live person of the tenant has that token");
      }
      long person = found;
      Purpose purpose = java.util.Objects.requireNonNull(purposes.get(e.purpose()));
      Object event = intOrNull(e.event().map(LocalDate::toEpochDay));
      Object until = intOrNull(e.event().map(d -> purpose.retention().keepUntil(d).toEpochDay()));
      rows.put(
          person + "/" + e.purpose(),
          new Object[] {tenant, person, e.purpose(), event, until, p.userId().value(), now});
    }
    for (Object[] r : rows.values()) {
      if (!(r[3] instanceof SqlParameterValue)) {
        closed++;
      }
    }
    int open = rows.size() - closed;
    log.allowed(
        p.who(),
        Action.RETENTION_BASIS,
        "bases " + rows.size() + ": " + closed + " closed, " + open + " open");
    List<Object[]> all = new ArrayList<>(rows.values());
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  // a batch of upserts: one statement a row would be 1M round trips at 1M bases
                  for (int from = 0; from < all.size(); from += PAGE) {
                    new JdbcTemplate(dataSource)
                        .batchUpdate(
                            "INSERT INTO retention_basis (tenant_id, person_id, purpose_id,"
                                + " event_day, keep_until, recorded_by, recorded_at) VALUES (?, ?,"
                                + " ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, person_id, purpose_id) DO"
                                + " UPDATE SET event_day = excluded.event_day, keep_until ="
                                + " excluded.keep_until, recorded_by = excluded.recorded_by,"
                                + " recorded_at = excluded.recorded_at",
                            all.subList(from, Math.min(all.size(), from + PAGE)));
                  }
                  return null;
                }));
    return new BasisReport(rows.size(), closed, open);
  }

  /**
   * The vault's ids of the live persons the tokens name (the tenant's own tokens), read 500 at a
   * time: a basis file of a million lines is two thousand queries, not a million. Reads the token
   * and the id only, never a field.
   */
  private Map<String, Long> liveIds(String tenant, List<String> tokens) {
    Map<String, Long> out = new HashMap<>();
    List<String> distinct = tokens.stream().distinct().toList();
    for (int from = 0; from < distinct.size(); from += 500) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + 500));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      List<Object> params = new ArrayList<>();
      params.add(tenant);
      params.addAll(chunk);
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "SELECT token, person_id FROM person WHERE tenant_id = ? AND erased_at IS NULL"
                          + " AND token IN ("
                          + marks
                          + ")")
                  .params(params)
                  .query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                  }));
    }
    return out;
  }

  private static Object intOrNull(Optional<Long> day) {
    return day.<Object>map(Long::intValue).orElse(new SqlParameterValue(Types.INTEGER, null));
  }

  // ---------------------------------------------------------------------------------------------
  // rules

  /**
   * How many persons with a basis under {@code purpose} the rule would end as of today (their basis
   * under that purpose ended), and how many have one: the guard of {@link #changeRule}.
   */
  public RuleCheck ruleWouldEnd(TenantId tenant, String purpose, Purpose.Retention rule) {
    OptionalLong cutoff = Cutoffs.cutoff(rule, today());
    long all = countBases(tenant.value(), purpose, OptionalLong.empty());
    long ended = cutoff.isEmpty() ? 0 : countBases(tenant.value(), purpose, cutoff);
    return new RuleCheck(ended, all);
  }

  /**
   * What a rule would do today: {@code ending} of the {@code withBasis} live persons with a basis
   * under the purpose would have it ended.
   */
  public record RuleCheck(long ending, long withBasis) {
    /** Whether the rule ends the purpose for every one of its persons (at least one). */
    public boolean endsEveryone() {
      return withBasis > 0 && ending == withBasis;
    }
  }

  private long countBases(String tenant, String purpose, OptionalLong cutoff) {
    String sql =
        "SELECT COUNT(*) FROM retention_basis b JOIN person p ON p.tenant_id = b.tenant_id AND"
            + " p.person_id = b.person_id WHERE b.tenant_id = ? AND b.purpose_id = ? AND"
            + " p.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM retention_hold_person hp JOIN"
            + " retention_hold h ON h.tenant_id = hp.tenant_id AND h.hold_id = hp.hold_id WHERE"
            + " hp.tenant_id = b.tenant_id AND hp.person_id = b.person_id AND h.lifted_at IS"
            + " NULL)";
    // a held person is never due: counting them would let one hold defeat the every-person guard
    if (cutoff.isPresent()) {
      return Sql.run(
          FAILED,
          () ->
              jdbc.sql(sql + " AND b.event_day IS NOT NULL AND b.event_day <= ?")
                  .params(tenant, purpose, cutoff.getAsLong())
                  .query(Long.class)
                  .single());
    }
    return Sql.run(FAILED, () -> jdbc.sql(sql).params(tenant, purpose).query(Long.class).single());
  }

  /**
   * Changes a purpose's retention rule through {@link Entrustments#changePurpose} (logged there as
   * {@code purpose.change}), then recomputes the stored keep_until of its bases. A rule that would
   * end the purpose today for every person with a basis under it (at least one) is refused unless
   * confirmed twice: {@code confirm.confirmed} and {@code confirm.count} equal to the count the
   * refusal gave ({@link RetentionRefused#count}).
   *
   * @throws RetentionRefused retention.unconfirmed (logged as a refused {@code purpose.change});
   *     purpose.unknown
   * @throws EntrustmentException when the entrustment module refuses the change (logged there)
   */
  public Purpose changeRule(
      Principal p, String purposeId, Purpose.Retention rule, Confirmation confirm) {
    String tenant = p.tenantId().value();
    Purpose purpose = purposes(tenant).get(purposeId);
    if (purpose == null) {
      throw RetentionRefused.notFound(
          Reason.PURPOSE_UNKNOWN, "purpose", "the tenant has no such purpose");
    }
    RuleCheck check = ruleWouldEnd(p.tenantId(), purposeId, rule);
    if (check.endsEveryone() && !confirm.matches(check.ending())) {
      log.refused(
          p.who(), Action.PURPOSE_CHANGE, "purpose " + purposeId, Reason.RETENTION_UNCONFIRMED);
      throw RetentionRefused.unconfirmed(
          "the rule would make every one of the purpose's "
              + check.ending()
              + " persons due today: confirm twice (--confirm --confirm-count "
              + check.ending()
              + ")",
          check.ending());
    }
    Purpose changed =
        entrustments.changePurpose(
            purpose.with(purpose.name(), purpose.legalBasis(), rule), caller(p));
    recomputeKeepUntil(tenant, changed);
    // a standing approval approved the rule it was given under: a new rule withdraws it
    int withdrawn =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql("DELETE FROM retention_standing WHERE tenant_id = ? AND purpose_id = ?")
                    .params(tenant, purposeId)
                    .update());
    if (withdrawn > 0) {
      log.allowed(
          p.who(),
          Action.RETENTION_STANDING,
          "standing " + purposeId + " withdrawn: the purpose's rule changed");
    }
    return changed;
  }

  /** keep_until again for every event day of the purpose's bases: one update a distinct day. */
  private void recomputeKeepUntil(String tenant, Purpose purpose) {
    List<Long> days =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT DISTINCT event_day FROM retention_basis WHERE tenant_id = ? AND"
                            + " purpose_id = ? AND event_day IS NOT NULL")
                    .params(tenant, purpose.id())
                    .query(Long.class)
                    .list());
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  for (long day : days) {
                    jdbc.sql(
                            "UPDATE retention_basis SET keep_until = ? WHERE tenant_id = ? AND"
                                + " purpose_id = ? AND event_day = ?")
                        .params(
                            (int)
                                purpose
                                    .retention()
                                    .keepUntil(LocalDate.ofEpochDay(day))
                                    .toEpochDay(),
                            tenant,
                            purpose.id(),
                            (int) day)
                        .update();
                  }
                  return null;
                }));
  }

  // ---------------------------------------------------------------------------------------------
  // holds

  /**
   * Places a legal hold on persons (the tenant's own tokens): none of them is proposed or erased
   * while it is active. Logged ({@code retention.hold}) before it is stored.
   *
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the tenant's officer and
   *     admin; request.invalid for a reference (1 to 100) or reason (1 to 400) that is blank, too
   *     long, holds a control character or anything like a number, or for no persons;
   *     person.not-found for a token of no person of the tenant
   */
  public Hold placeHold(
      Principal p, HoldKind kind, String reference, String reason, List<AgencyToken> persons) {
    allow(p, OFFICERS, Action.RETENTION_HOLD, "hold");
    checkText(reference, 100, "reference");
    checkText(reason, 400, "reason");
    if (persons.isEmpty()) {
      throw RetentionRefused.invalid(Reason.REQUEST_INVALID, "persons", "a hold names persons");
    }
    String tenant = p.tenantId().value();
    Set<Long> ids = new TreeSet<>();
    for (int i = 0; i < persons.size(); i++) {
      if (!vault.knows(tenant, persons.get(i))) {
        log.refused(p.who(), Action.RETENTION_HOLD, "hold", Reason.PERSON_NOT_FOUND);
        throw RetentionRefused.notFound(
            Reason.PERSON_NOT_FOUND,
            "token",
            "person " + (i + 1) + ": no person of the tenant has that token");
      }
      try {
        ids.add(vault.personId(tenant, persons.get(i)));
      } catch (VaultException e) {
        // an erased person has nothing left to hold
      }
    }
    String id = newId();
    log.allowed(
        p.who(),
        Action.RETENTION_HOLD,
        "hold " + id + " " + kind.code() + " " + reference + ": " + ids.size() + " persons");
    long now = clock.millis();
    List<Object[]> rows = ids.stream().map(x -> new Object[] {tenant, x, id}).toList();
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  jdbc.sql(
                          "INSERT INTO retention_hold (tenant_id, hold_id, kind, reference, reason,"
                              + " persons, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .params(
                          tenant,
                          id,
                          kind.code(),
                          reference.strip(),
                          reason.strip(),
                          ids.size(),
                          p.userId().value(),
                          now)
                      .update();
                  // a batch: a hold may name a whole tag of persons
                  new JdbcTemplate(dataSource)
                      .batchUpdate(
                          "INSERT INTO retention_hold_person (tenant_id, person_id, hold_id) VALUES"
                              + " (?, ?, ?)",
                          rows);
                  return null;
                }));
    return hold(tenant, id).orElseThrow();
  }

  /**
   * Lifts an active hold; logged ({@code retention.lift}) before it is stored.
   *
   * @throws RetentionRefused role.not-allowed (logged); retention.hold-state (logged) for a hold
   *     that is unknown or lifted already
   */
  public Hold liftHold(Principal p, String holdId) {
    allow(p, OFFICERS, Action.RETENTION_LIFT, "hold " + holdId);
    String tenant = p.tenantId().value();
    String id = holdId.strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Hold> h = hold(tenant, id);
    if (h.isEmpty() || !h.get().active()) {
      log.refused(
          p.who(), Action.RETENTION_LIFT, "hold " + Why.caseFrom(id), Reason.RETENTION_HOLD_STATE);
      throw h.isEmpty()
          ? RetentionRefused.notFound(Reason.RETENTION_HOLD_STATE, "hold", "no such hold")
          : RetentionRefused.state(Reason.RETENTION_HOLD_STATE, "the hold is lifted already");
    }
    log.allowed(p.who(), Action.RETENTION_LIFT, "hold " + id);
    int n =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE retention_hold SET lifted_by = ?, lifted_at = ? WHERE tenant_id = ?"
                            + " AND hold_id = ? AND lifted_at IS NULL")
                    .params(p.userId().value(), clock.millis(), tenant, id)
                    .update());
    if (n == 0) {
      throw RetentionRefused.state(Reason.RETENTION_HOLD_STATE, "the hold is lifted already");
    }
    return hold(tenant, id).orElseThrow();
  }

  /** The tenant's holds, newest first; only the active ones when {@code activeOnly}. */
  public List<Hold> holds(Principal p, boolean activeOnly) {
    read(p);
    return holds(p.tenantId().value(), activeOnly);
  }

  private List<Hold> holds(String tenant, boolean activeOnly) {
    return records.holds(new TenantId(tenant), activeOnly);
  }

  private Optional<Hold> hold(String tenant, String id) {
    return records.hold(new TenantId(tenant), id);
  }

  private static void checkText(String text, int max, String field) {
    String t = text.strip();
    if (t.isEmpty()
        || t.length() > max
        || t.codePoints().anyMatch(Why::unprintable)
        || NumberText.holdsNumber(t)) {
      throw RetentionRefused.invalid(
          Reason.REQUEST_INVALID,
          field,
          field
              + " is 1 to "
              + max
              + " characters, with no control character and nothing like a My Number");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // standing approvals

  /**
   * Gives a standing approval of a purpose's deletions: a run whose every person is due only under
   * purposes with one is approved as it is proposed. Logged ({@code retention.standing}).
   *
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the tenant's security
   *     officer; purpose.unknown
   */
  public Standing giveStanding(Principal p, String purpose) {
    allowOfficer(p, Action.RETENTION_STANDING, "standing " + purpose);
    String tenant = p.tenantId().value();
    if (!purposes(tenant).containsKey(purpose)) {
      throw RetentionRefused.notFound(
          Reason.PURPOSE_UNKNOWN, "purpose", "the tenant has no such purpose");
    }
    log.allowed(p.who(), Action.RETENTION_STANDING, "standing " + purpose + " given");
    long now = clock.millis();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO retention_standing (tenant_id, purpose_id, approved_by,"
                        + " approved_at) VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, purpose_id) DO"
                        + " UPDATE SET approved_by = excluded.approved_by, approved_at ="
                        + " excluded.approved_at")
                .params(tenant, purpose, p.userId().value(), now)
                .update());
    return new Standing(purpose, p.userId(), Instant.ofEpochMilli(now));
  }

  /**
   * Withdraws a standing approval; false when the purpose had none. Logged ({@code
   * retention.standing}).
   */
  public boolean withdrawStanding(Principal p, String purpose) {
    allowOfficer(p, Action.RETENTION_STANDING, "standing " + purpose);
    log.allowed(p.who(), Action.RETENTION_STANDING, "standing " + purpose + " withdrawn");
    return Sql.run(
            FAILED,
            () ->
                jdbc.sql("DELETE FROM retention_standing WHERE tenant_id = ? AND purpose_id = ?")
                    .params(p.tenantId().value(), purpose)
                    .update())
        > 0;
  }

  /** The tenant's standing approvals. */
  public List<Standing> standing(Principal p) {
    read(p);
    return standing(p.tenantId().value());
  }

  private List<Standing> standing(String tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT purpose_id, approved_by, approved_at FROM retention_standing WHERE"
                        + " tenant_id = ? ORDER BY purpose_id")
                .params(tenant)
                .query((rs, i) ->
                    new Standing(
                        rs.getString(1),
                        new UserId(rs.getString(2)),
                        Instant.ofEpochMilli(rs.getLong(3))))
                .list());
  }

  // ---------------------------------------------------------------------------------------------
  // runs

  /**
   * Proposes a run of the persons due as of {@code asOf} (today, or a past day for a catch-up).
   * Logged ({@code retention.propose}) before it is stored. Approved at once (logged as {@code
   * retention.approve} by the officer who gave the standing approval) when every person is due only
   * under purposes with a standing approval and the run does not delete every person of a purpose.
   *
   * @return the run; empty when no one is due (nothing stored; the proposal is still logged)
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the tenant's own staff,
   *     officer and admin; retention.future-date (logged) for a day after today in Japan
   */
  public Optional<Run> propose(Principal p, LocalDate asOf) {
    allow(p, RECORDERS, Action.RETENTION_PROPOSE, "run");
    if (asOf.isAfter(today())) {
      log.refused(p.who(), Action.RETENTION_PROPOSE, "run", Reason.RETENTION_FUTURE_DATE);
      throw RetentionRefused.invalid(
          Reason.RETENTION_FUTURE_DATE, "as-of", "a run is proposed as of today or a past day");
    }
    return propose(p.who(), asOf);
  }

  /** The daily job's proposal for {@code tenant} as of today; empty when no one is due. */
  public Optional<Run> proposeDaily(TenantId tenant) {
    Who daily = new Who(DAILY, new mamori.core.OrganisationId(tenant.value()), tenant);
    Due due = due(tenant.value(), today());
    if (due.persons.isEmpty()) {
      return Optional.empty();
    }
    return propose(daily, today(), due);
  }

  private Optional<Run> propose(Who who, LocalDate asOf) {
    return propose(who, asOf, due(who.tenant().value(), asOf));
  }

  private Optional<Run> propose(Who who, LocalDate asOf, Due due) {
    String tenant = who.tenant().value();
    if (due.persons.isEmpty()) {
      log.allowed(who, Action.RETENTION_PROPOSE, "run as of " + asOf + ": 0 persons");
      return Optional.empty();
    }
    List<String> everyoneOf = new ArrayList<>();
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(due.perPurpose).entrySet()) {
      if (e.getValue() >= countBases(tenant, e.getKey(), OptionalLong.empty())) {
        everyoneOf.add(e.getKey());
      }
    }
    String id = newId();
    log.allowed(
        who,
        Action.RETENTION_PROPOSE,
        "run " + id + " as of " + asOf + ": " + due.persons.size() + " persons");
    long now = clock.millis();
    Sql.run(
        FAILED,
        () ->
            Sql.inTransaction(
                dataSource,
                () -> {
                  jdbc.sql(
                          "INSERT INTO retention_run (tenant_id, run_id, as_of, state, persons,"
                              + " proposed_by, proposed_at, everyone_of) VALUES (?, ?, ?, ?, ?, ?,"
                              + " ?, ?)")
                      .params(
                          tenant,
                          id,
                          (int) asOf.toEpochDay(),
                          RunState.PROPOSED.code(),
                          due.persons.size(),
                          who.user().value(),
                          now,
                          String.join(",", everyoneOf))
                      .update();
                  int inserted = 0;
                  List<Object[]> rows = new ArrayList<>(PAGE);
                  for (DuePerson d : due.persons) {
                    rows.add(
                        new Object[] {
                          tenant,
                          id,
                          d.id,
                          d.token,
                          d.disposal.name(),
                          String.join(",", d.purposes),
                          "due"
                        });
                    if (rows.size() == PAGE) {
                      inserted += insertRunPersons(rows);
                      rows.clear();
                    }
                  }
                  inserted += insertRunPersons(rows);
                  if (inserted != due.persons.size()) {
                    jdbc.sql(
                            "UPDATE retention_run SET persons = ? WHERE tenant_id = ? AND run_id"
                                + " = ?")
                        .params(inserted, tenant, id)
                        .update();
                  }
                  return null;
                }));
    Map<String, Standing> standing = new HashMap<>();
    standing(tenant).forEach(s -> standing.put(s.purpose(), s));
    // a standing approval never approves its own giver's proposal (docs/retention.md): the
    // proposer of a run is never its approver; the daily job's proposals are the ones it is for
    boolean proposerStands =
        due.perPurpose.keySet().stream()
            .map(standing::get)
            .anyMatch(x -> x != null && x.approvedBy().equals(who.user()));
    if (everyoneOf.isEmpty()
        && !proposerStands
        && standing.keySet().containsAll(due.perPurpose.keySet())) {
      Standing by =
          due.perPurpose.keySet().stream()
              .map(standing::get)
              .max(Comparator.comparing(Standing::approvedAt))
              .orElseThrow();
      Who officer = new Who(by.approvedBy(), new mamori.core.OrganisationId(tenant), who.tenant());
      log.allowed(officer, Action.RETENTION_APPROVE, "run " + id + " standing");
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "UPDATE retention_run SET state = ?, approved_by = ?, approved_at = ?,"
                          + " standing = 1 WHERE tenant_id = ? AND run_id = ? AND state = ?")
                  .params(
                      RunState.APPROVED.code(),
                      by.approvedBy().value(),
                      clock.millis(),
                      tenant,
                      id,
                      RunState.PROPOSED.code())
                  .update());
    }
    return Optional.of(run(tenant, id).orElseThrow());
  }

  private int insertRunPersons(List<Object[]> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    // a batch: a run may list hundreds of thousands of persons. A person another open run lists
    // (a proposal made at the same time by another process) is left out of this one
    long fresh = clock.millis() - STALE_MILLIS;
    int[] n =
        new JdbcTemplate(dataSource)
            .batchUpdate(
                "INSERT INTO retention_run_person (tenant_id, run_id, person_id, token, disposal,"
                    + " purposes, state) SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                    + " retention_run_person rp JOIN retention_run r ON r.tenant_id = rp.tenant_id"
                    + " AND r.run_id = rp.run_id WHERE rp.tenant_id = ? AND rp.person_id = ? AND"
                    + " rp.run_id <> ? AND rp.state IN ('due', 'erasing') AND "
                    + OPEN_RUN
                    + ")",
                rows.stream()
                    .map(x ->
                        new Object[] {
                          x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[0], x[2], x[1], fresh
                        })
                    .toList());
    int inserted = 0;
    for (int c : n) {
      if (c > 0 || c == java.sql.Statement.SUCCESS_NO_INFO) {
        inserted++;
      }
    }
    return inserted;
  }

  private record DuePerson(
      long id, String token, Purpose.Disposal disposal, List<String> purposes) {}

  private record Due(List<DuePerson> persons, Map<String, Long> perPurpose) {}

  /** How many persons are due as of today, for the status. */
  long dueCount(String tenant) {
    return due(tenant, today()).persons.size();
  }

  /**
   * The persons due as of {@code asOf}: the tenant's bases read in person order a page at a time,
   * each person decided once all their bases are read.
   */
  private Due due(String tenant, LocalDate asOf) {
    Cutoffs cutoffs = Cutoffs.of(entrustments.purposes(tenant), asOf);
    Set<Long> skip = new HashSet<>(RunBatch.heldIds(jdbc, tenant, Long.MIN_VALUE, Long.MAX_VALUE));
    skip.addAll(
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT rp.person_id FROM retention_run_person rp JOIN retention_run r ON"
                            + " r.tenant_id = rp.tenant_id AND r.run_id = rp.run_id WHERE"
                            + " rp.tenant_id = ? AND "
                            + OPEN_RUN
                            + " AND rp.state IN ('due', 'erasing')")
                    .params(tenant, clock.millis() - STALE_MILLIS)
                    .query(Long.class)
                    .list()));
    List<DuePerson> persons = new ArrayList<>();
    Map<String, Long> perPurpose = new HashMap<>();
    long afterPerson = Long.MIN_VALUE;
    String afterPurpose = "";
    Acc acc = null;
    while (true) {
      long ap = afterPerson;
      String au = afterPurpose;
      List<Object[]> page =
          Sql.run(
              FAILED,
              () ->
                  jdbc.sql(
                          "SELECT b.person_id, b.purpose_id, b.event_day, p.token,"
                              + " p.number_erased_at, p.erased_at FROM retention_basis b JOIN"
                              + " person p ON p.tenant_id = b.tenant_id AND p.person_id ="
                              + " b.person_id WHERE b.tenant_id = ? AND b.person_id >= ? AND"
                              + " (b.person_id > ? OR b.purpose_id > ?) ORDER BY b.person_id,"
                              + " b.purpose_id LIMIT ?")
                      .params(tenant, ap, ap, au, PAGE)
                      .query((rs, i) -> {
                        long day = rs.getLong(3);
                        Long event = rs.wasNull() ? null : day;
                        rs.getLong(5);
                        boolean numberErased = !rs.wasNull();
                        rs.getLong(6);
                        boolean erased = !rs.wasNull();
                        return new Object[] {
                          rs.getLong(1),
                          rs.getString(2),
                          event,
                          rs.getString(4),
                          numberErased,
                          erased
                        };
                      })
                      .list());
      for (Object[] r : page) {
        long id = (Long) r[0];
        if (acc == null || acc.id != id) {
          if (acc != null) {
            acc.decide(cutoffs, skip, persons, perPurpose);
          }
          acc = new Acc(id, (String) r[3], (Boolean) r[4], (Boolean) r[5]);
        }
        acc.add((String) r[1], (Long) r[2]);
      }
      if (page.size() < PAGE) {
        break;
      }
      Object[] last = page.getLast();
      afterPerson = (Long) last[0];
      afterPurpose = (String) last[1];
    }
    if (acc != null) {
      acc.decide(cutoffs, skip, persons, perPurpose);
    }
    return new Due(persons, perPurpose);
  }

  /** One person's bases as they are read. */
  private static final class Acc {
    final long id;
    final String token;
    final boolean numberErased;
    final boolean erased;
    final List<String> purposes = new ArrayList<>();
    final List<Long> events = new ArrayList<>();

    Acc(long id, String token, boolean numberErased, boolean erased) {
      this.id = id;
      this.token = token;
      this.numberErased = numberErased;
      this.erased = erased;
    }

    void add(String purpose, Long event) {
      purposes.add(purpose);
      events.add(event);
    }

    void decide(
        Cutoffs cutoffs, Set<Long> skip, List<DuePerson> out, Map<String, Long> perPurpose) {
      if (erased || skip.contains(id)) {
        return;
      }
      for (int i = 0; i < purposes.size(); i++) {
        if (!cutoffs.ended(purposes.get(i), events.get(i))) {
          return;
        }
      }
      Purpose.Disposal d =
          purposes.stream().anyMatch(x -> cutoffs.disposal(x) == Purpose.Disposal.NUMBER)
              ? Purpose.Disposal.NUMBER
              : Purpose.Disposal.RECORD;
      if (d == Purpose.Disposal.NUMBER && numberErased) {
        return;
      }
      out.add(new DuePerson(id, token, d, List.copyOf(purposes)));
      purposes.forEach(x -> perPurpose.merge(x, 1L, Long::sum));
    }
  }

  /**
   * Approves a proposed run: only the tenant's security officer, who may not be its proposer (a run
   * the daily job proposed may be approved by any officer). Logged ({@code retention.approve}). A
   * run that deletes every person of a purpose ({@link Run#everyoneOf}) needs its person count
   * confirmed twice.
   *
   * @throws RetentionRefused role.not-allowed or approval.own-request (logged); retention.run-state
   *     (logged) for a run not proposed, or unknown; retention.unconfirmed (logged)
   */
  public Run approve(Principal p, String runId, Confirmation confirm) {
    allowOfficer(p, Action.RETENTION_APPROVE, "run " + Why.caseFrom(runId));
    Run r = stateIs(p, Action.RETENTION_APPROVE, runId, Set.of(RunState.PROPOSED));
    if (r.proposedAt().toEpochMilli() < clock.millis() - STALE_MILLIS) {
      // a stale proposal no longer keeps its persons off later ones: approving it could list a
      // person in two runs, so it is proposed afresh instead
      log.refused(p.who(), Action.RETENTION_APPROVE, "run " + r.id(), Reason.RETENTION_RUN_STATE);
      throw RetentionRefused.state(
          Reason.RETENTION_RUN_STATE,
          "the run was proposed more than " + STALE_DAYS + " days ago: propose a new one");
    }
    if (r.proposedBy().equals(p.userId())) {
      log.refused(p.who(), Action.RETENTION_APPROVE, "run " + r.id(), Reason.APPROVAL_OWN_REQUEST);
      throw RetentionRefused.refused(
          Reason.APPROVAL_OWN_REQUEST, "a run is approved by another person than its proposer");
    }
    if (!r.everyoneOf().isEmpty() && !confirm.matches(r.persons())) {
      log.refused(p.who(), Action.RETENTION_APPROVE, "run " + r.id(), Reason.RETENTION_UNCONFIRMED);
      throw RetentionRefused.unconfirmed(
          "the run deletes every person of "
              + String.join(", ", r.everyoneOf())
              + ": confirm twice (--confirm --confirm-count "
              + r.persons()
              + ")",
          r.persons());
    }
    log.allowed(
        p.who(), Action.RETENTION_APPROVE, "run " + r.id() + ": " + r.persons() + " persons");
    int n =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "UPDATE retention_run SET state = ?, approved_by = ?, approved_at = ? WHERE"
                            + " tenant_id = ? AND run_id = ? AND state = ?")
                    .params(
                        RunState.APPROVED.code(),
                        p.userId().value(),
                        clock.millis(),
                        p.tenantId().value(),
                        r.id(),
                        RunState.PROPOSED.code())
                    .update());
    if (n == 0) {
      throw RetentionRefused.state(Reason.RETENTION_RUN_STATE, "the run is no longer proposed");
    }
    return run(p.tenantId().value(), r.id()).orElseThrow();
  }

  /**
   * Cancels a run not finished: persons not erased yet stay as they are (and may be proposed
   * again). Logged ({@code retention.cancel}); a running run stops after its current batch.
   *
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the officer and admin;
   *     retention.run-state (logged) for a run done, cancelled or unknown
   */
  public Run cancel(Principal p, String runId) {
    allow(p, OFFICERS, Action.RETENTION_CANCEL, "run " + Why.caseFrom(runId));
    Run r =
        stateIs(
            p,
            Action.RETENTION_CANCEL,
            runId,
            Set.of(RunState.PROPOSED, RunState.APPROVED, RunState.RUNNING));
    log.allowed(p.who(), Action.RETENTION_CANCEL, "run " + r.id());
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE retention_run SET state = ?, cancelled_by = ?, cancelled_at = ? WHERE"
                        + " tenant_id = ? AND run_id = ? AND state IN ('proposed', 'approved',"
                        + " 'running')")
                .params(
                    RunState.CANCELLED.code(),
                    p.userId().value(),
                    clock.millis(),
                    p.tenantId().value(),
                    r.id())
                .update());
    return run(p.tenantId().value(), r.id()).orElseThrow();
  }

  private Run stateIs(Principal p, Action action, String runId, Set<RunState> allowed) {
    String id = runId.strip().toUpperCase(java.util.Locale.ROOT);
    Optional<Run> r = run(p.tenantId().value(), id);
    if (r.isEmpty()) {
      log.refused(p.who(), action, "run " + Why.caseFrom(id), Reason.RETENTION_RUN_STATE);
      throw RetentionRefused.notFound(Reason.RETENTION_RUN_STATE, "run", "no such run");
    }
    if (!allowed.contains(r.get().state())) {
      log.refused(p.who(), action, "run " + id, Reason.RETENTION_RUN_STATE);
      throw RetentionRefused.state(
          Reason.RETENTION_RUN_STATE, "the run is " + r.get().state().code());
    }
    return r.get();
  }

  /**
   * Runs an approved run (or resumes one that stopped) to its end, telling {@code progress} after
   * each batch. The erasures are the vault's {@code erase} records, made as the approver.
   *
   * @throws RetentionRefused role.not-allowed for anyone but the officer and admin (not logged: the
   *     run was approved, and erases nothing for them); retention.run-state for a run not approved
   *     or running
   */
  public Run run(Principal p, String runId, Progress progress) {
    if (!p.controller() || !OFFICERS.contains(p.role())) {
      throw RetentionRefused.refused(
          Reason.ROLE_NOT_ALLOWED, "the tenant's own " + names(OFFICERS) + " only");
    }
    String id = runId.strip().toUpperCase(java.util.Locale.ROOT);
    Run r =
        run(p.tenantId().value(), id)
            .orElseThrow(
                () -> RetentionRefused.notFound(Reason.RETENTION_RUN_STATE, "run", "no such run"));
    return execute(p.who(), r, progress);
  }

  /** The daily job's run of an approved or interrupted run of {@code tenant}. */
  public Run runDaily(TenantId tenant, String runId) {
    Run r =
        run(tenant.value(), runId)
            .orElseThrow(
                () -> RetentionRefused.notFound(Reason.RETENTION_RUN_STATE, "run", "no such run"));
    return execute(
        new Who(DAILY, new mamori.core.OrganisationId(tenant.value()), tenant), r, Progress.NONE);
  }

  /** The runs of every tenant approved or running: what the daily job goes on with. */
  public List<Map.Entry<TenantId, String>> unfinished() {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT tenant_id, run_id FROM retention_run WHERE state IN ('approved',"
                        + " 'running') ORDER BY proposed_at")
                .query((rs, i) -> Map.entry(new TenantId(rs.getString(1)), rs.getString(2)))
                .list());
  }

  /** The runs of every tenant that were started and not finished (a stop interrupted them). */
  public List<Map.Entry<TenantId, String>> unfinishedRunning() {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT tenant_id, run_id FROM retention_run WHERE state = 'running' ORDER BY"
                        + " proposed_at")
                .query((rs, i) -> Map.entry(new TenantId(rs.getString(1)), rs.getString(2)))
                .list());
  }

  /** The tenants with any basis: those the daily job proposes for. */
  public List<TenantId> tenantsWithBases() {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql("SELECT DISTINCT tenant_id FROM retention_basis ORDER BY tenant_id")
                .query((rs, i) -> new TenantId(rs.getString(1)))
                .list());
  }

  private Run execute(Who who, Run r, Progress progress) {
    String tenant = who.tenant().value();
    if (r.state() != RunState.APPROVED && r.state() != RunState.RUNNING) {
      throw RetentionRefused.state(
          Reason.RETENTION_RUN_STATE, "the run is " + r.state().code() + ", not approved");
    }
    UserId approver = r.approvedBy().orElseThrow();
    // the rules are read again for every batch: a rule changed while the run goes is applied
    RunBatch batch =
        new RunBatch(
            dataSource,
            eraser,
            this.batch,
            clock,
            tenant,
            r.id(),
            approver,
            () -> Cutoffs.of(entrustments.purposes(tenant), r.asOf()),
            newId());
    // one process runs a run at a time: the daily round, `mamori retention run` and a second
    // instance each try the lease; a killed runner's lease expires and is taken over
    if (!batch.lease()) {
      throw RetentionRefused.state(
          Reason.RETENTION_RUN_STATE, "the run is being run by another process");
    }
    try {
      log.allowed(
          who,
          Action.RETENTION_RUN,
          "run "
              + r.id()
              + (r.state() == RunState.RUNNING ? " resumed" : " started")
              + ": "
              + r.persons()
              + " persons");
      Sql.run(
          FAILED,
          () ->
              jdbc.sql(
                      "UPDATE retention_run SET state = ?, started_at = COALESCE(started_at, ?)"
                          + " WHERE tenant_id = ? AND run_id = ? AND state IN ('approved',"
                          + " 'running')")
                  .params(RunState.RUNNING.code(), clock.millis(), tenant, r.id())
                  .update());
      progress.done(r.done(), r.persons());
      while (true) {
        Run now = run(tenant, r.id()).orElseThrow();
        if (now.state() != RunState.RUNNING || !batch.lease()) {
          return now;
        }
        boolean more;
        try {
          more = batch.next();
        } catch (RunBatch.LeaseLost e) {
          return run(tenant, r.id()).orElseThrow();
        }
        if (!more) {
          Sql.run(
              FAILED,
              () ->
                  jdbc.sql(
                          "UPDATE retention_run SET state = ?, finished_at = ? WHERE tenant_id = ?"
                              + " AND run_id = ? AND state = ?")
                      .params(
                          RunState.DONE.code(),
                          clock.millis(),
                          tenant,
                          r.id(),
                          RunState.RUNNING.code())
                      .update());
          Run done = run(tenant, r.id()).orElseThrow();
          progress.done(done.done(), done.persons());
          return done;
        }
        Run after = run(tenant, r.id()).orElseThrow();
        progress.done(after.done(), after.persons());
      }
    } finally {
      batch.release();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /** The tenant's runs, newest first, at most {@code limit}. */
  public List<Run> runs(Principal p, int limit) {
    read(p);
    return runs(p.tenantId().value(), limit);
  }

  private List<Run> runs(String tenant, int limit) {
    int n = Math.max(1, Math.min(limit, DeletionRecords.MAX_PAGE));
    return records.runs(new TenantId(tenant), Optional.empty(), n).runs().stream()
        .map(Retentions::run)
        .toList();
  }

  /**
   * One run of the tenant.
   *
   * @throws RetentionRefused role.not-allowed (logged) for anyone but the officer, admin and
   *     auditor; retention.run-state (not found) for no such run
   */
  public Run run(Principal p, String runId) {
    read(p);
    return run(p.tenantId().value(), runId.strip().toUpperCase(java.util.Locale.ROOT))
        .orElseThrow(
            () -> RetentionRefused.notFound(Reason.RETENTION_RUN_STATE, "run", "no such run"));
  }

  private Optional<Run> run(String tenant, String id) {
    return records.run(new TenantId(tenant), id).map(Retentions::run);
  }

  /** The read side's run in this service's words. */
  private static Run run(DeletionRecords.Run r) {
    return new Run(
        r.runId(),
        r.asOf(),
        r.state(),
        r.persons(),
        r.whole(),
        r.numberOnly(),
        r.kept(),
        r.proposedBy(),
        r.proposedAt(),
        r.approvedBy(),
        r.approvedAt(),
        r.standing(),
        r.finishedAt(),
        r.everyoneOf());
  }

  /**
   * A page of a run's persons in person order after {@code after} (the {@link RunPage#next} of the
   * page before; {@code Long.MIN_VALUE} for the first): their deletion records once done.
   */
  public RunPage records(Principal p, String runId, long after, int limit) {
    Run r = run(p, runId);
    int n = Math.max(1, Math.min(limit, MAX_PAGE));
    List<DeletionRecords.Keyed> rows = records.personsAfter(p.tenantId(), r.id(), after, n);
    OptionalLong next =
        rows.size() == n ? OptionalLong.of(rows.getLast().personId()) : OptionalLong.empty();
    return new RunPage(
        rows.stream()
            .map(k -> {
              DeletionRecords.Person x = k.person();
              return new RunPerson(
                  new AgencyToken(x.token().value()),
                  x.purposes(),
                  x.disposal(),
                  x.state().code(),
                  x.keptReason(),
                  x.doneAt());
            })
            .toList(),
        next);
  }

  /**
   * What runs deleted of the person {@code token} names (the tenant's own token), oldest first: for
   * the resident's portal ("your record for purpose P was deleted on D"). Reads no person data and
   * logs nothing; the caller decides who may see it.
   */
  public List<DeletionRecords.Deletion> deletions(TenantId tenant, AgencyToken token) {
    return records.deletionsOf(tenant, new mamori.core.PersonToken(token.value())).reversed();
  }

  /** A person's deletion records, as {@link #deletions(TenantId, AgencyToken)}, for the staff. */
  public List<DeletionRecords.Deletion> deletions(Principal p, AgencyToken token) {
    read(p);
    return deletions(p.tenantId(), token);
  }

  /** The tenant's retention at a glance: bases, due today, active holds, standing, recent runs. */
  public Status status(Principal p) {
    read(p);
    String tenant = p.tenantId().value();
    long bases =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql("SELECT COUNT(*) FROM retention_basis WHERE tenant_id = ?")
                    .params(tenant)
                    .query(Long.class)
                    .single());
    long open =
        Sql.run(
            FAILED,
            () ->
                jdbc.sql(
                        "SELECT COUNT(*) FROM retention_basis WHERE tenant_id = ? AND event_day IS"
                            + " NULL")
                    .params(tenant)
                    .query(Long.class)
                    .single());
    return new Status(
        bases, open, dueCount(tenant), holds(tenant, true), standing(tenant), runs(tenant, 10));
  }

  // ---------------------------------------------------------------------------------------------
  // who may

  private Map<String, Purpose> purposes(String tenant) {
    Map<String, Purpose> m = new HashMap<>();
    entrustments.purposes(tenant).forEach(x -> m.put(x.id(), x));
    return m;
  }

  private static Caller caller(Principal p) {
    return new Caller(p.userId().value(), p.organisationId().value(), p.role());
  }

  private void allow(Principal p, Set<Role> roles, Action action, String target) {
    if (!p.controller() || !roles.contains(p.role())) {
      log.refused(p.who(), action, target, Reason.ROLE_NOT_ALLOWED);
      throw RetentionRefused.refused(
          Reason.ROLE_NOT_ALLOWED, "the tenant's own " + names(roles) + " only");
    }
  }

  private void allowOfficer(Principal p, Action action, String target) {
    allow(p, Set.of(Role.SECURITY_OFFICER), action, target);
  }

  private void read(Principal p) {
    if (!p.controller() || !READERS.contains(p.role())) {
      throw RetentionRefused.refused(
          Reason.ROLE_NOT_ALLOWED, "the tenant's own " + names(READERS) + " only");
    }
  }

  private static String names(Set<Role> roles) {
    return String.join(
        ", ",
        roles.stream()
            .sorted()
            .map(r -> r.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            .toList());
  }

  /** 8 characters of Crockford's base32. */
  private String newId() {
    char[] c = new char[8];
    for (int i = 0; i < c.length; i++) {
      c[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }
    return new String(c);
  }
}
