package mamori.work;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mamori.access.AccessException;
import mamori.access.AccessGate;
import mamori.core.Action;
import mamori.core.AlertPolicy;
import mamori.core.Field;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.Severity;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.crypto.DocumentKey;
import mamori.crypto.TenantKeys;
import mamori.entrustment.PersonSet;
import mamori.identity.Principal;
import mamori.identity.SecurityAlerts;
import mamori.number.IndividualNumber;
import mamori.store.Sql;
import mamori.store.TenantSettings;
import mamori.vault.PersonData;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's desk (issue 16 points 3, 4 and 5): one task at a time, double entry by two
 * different operators, a verifier's decision when they differ, per-operator quotas and accuracy,
 * and the acceptance of a document into the vault once all its tasks are done.
 *
 * <p>Design. Every call is decided by the one gate ({@link AccessGate#work}): an entrustment in
 * force whose person set is the job ({@code job:<id>}), allowing ENTER (operators) or VERIFY
 * (verifiers), listing the caller on its staff and showing the part's person fields; a part whose
 * fields the caller's entrustment does not show is never given to them. A task is claimed with one
 * conditional UPDATE (held for {@link #HOLD}), so two operators never hold one task; its view
 * ({@code task.view}), each entry ({@code enter}) and each verification ({@code verify}) is durable
 * in the tenant's log before it is shown or stored, under the person's token once the document is
 * tied to one. Entries are sealed under the document's key ({@code entry/<task>/<side>}); equal
 * normalised entries, or the verifier's, become the accepted values ({@code value/<field>}). When
 * the payee's number is decided the document is tied to the person found by it; when every task of
 * a document is done, the gate accepts it into the vault ({@code document.accept} logged first),
 * and the work tables' part of the acceptance commits in the same transaction as the person's
 * document row, so no document is half accepted. A tie or an acceptance that failed is retried as
 * the system by {@link AcceptRetry}'s loop ({@link #retryDue}), never inside an operator's call;
 * its state (tie pending, when the next retry is due) is kept on the document's row.
 *
 * <p>Refusals are the gate's {@link AccessException} with their {@link Reason}, logged: {@code
 * task.unknown} (also for a task of a job the caller is not given: its existence is not told),
 * {@code job.unknown}, {@code job.closed}, {@code task.not-held}, {@code task.state}, {@code
 * task.same-operator}, {@code quota.hourly}, {@code quota.daily}, {@code entry.invalid} (naming the
 * field, never the value), and the gate's own.
 */
public final class Desk {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Desk.class);

  /** How long a task given stays held by its operator. */
  public static final Duration HOLD = Duration.ofMinutes(5);

  /**
   * Tenant setting: tasks one operator may key or verify in an hour, unless the entrustment says.
   */
  public static final String QUOTA_HOURLY = "work.quota.hourly";

  /** Tenant setting: tasks one operator may key or verify in a day, unless the entrustment says. */
  public static final String QUOTA_DAILY = "work.quota.daily";

  static final int DEFAULT_HOURLY = 300;
  static final int DEFAULT_DAILY = 2000;

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final Duration BACK_OFF = Duration.ofMinutes(1);
  private static final Duration MAX_BACK_OFF = Duration.ofHours(1);
  private static final int PAGE = 8;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

  /** Where the desk finds a job's document type: {@code DocumentTypes::type} in the service. */
  @FunctionalInterface
  public interface Types {
    Optional<DocumentType> type(TenantId tenant, String id, int version);
  }

  /** What a task is given for. */
  public enum Mode {
    /** Keying one side of a double entry. */
    ENTER,
    /** Deciding between two entries that differ. */
    VERIFY;

    /** {@code enter} or {@code verify}, as the API says it. */
    public String code() {
      return action().code();
    }

    /** What doing a task in this mode is, to the gate and the log. */
    public Action action() {
      return this == ENTER ? Action.ENTER : Action.VERIFY;
    }

    /** The state of the tasks given in this mode. */
    Task.State state() {
      return this == ENTER ? Task.State.ENTRY : Task.State.VERIFY;
    }

    /** The mode a task in {@code state} is worked in: a verification, else an entry. */
    public static Mode of(Task.State state) {
      return state == Task.State.VERIFY ? VERIFY : ENTER;
    }
  }

  /**
   * The task given to an operator: the fields of its part (in keying order, each with the region
   * the desk renders with {@link #region}), what it is given for, and until when it is held.
   */
  public record Given(
      TaskId task,
      JobId job,
      String part,
      Mode mode,
      List<DocumentType.FieldSpec> fields,
      Instant heldUntil) {
    public Given {
      fields = List.copyOf(fields);
    }
  }

  /**
   * What an entry or a verification did.
   *
   * @param state ENTRY (waiting for the second entry), VERIFY (the two differ) or DONE (decided)
   * @param side 1 or 2 for an entry, 3 for a verification
   */
  public record Entered(TaskId task, Task.State state, int side) {}

  /**
   * A task's two entries shown side by side to a verifier who keyed neither, by field id
   * (normalised values).
   */
  public record Verification(
      TaskId task,
      JobId job,
      String part,
      List<DocumentType.FieldSpec> fields,
      Map<String, String> first,
      Map<String, String> second,
      Instant heldUntil) {
    public Verification {
      fields = List.copyOf(fields);
      first = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(first));
      second = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(second));
    }
  }

  private final WorkStore store;
  private final DeskTable table;
  private final Regions regions;
  private final AccessGate gate;
  private final TenantKeys keys;
  private final TenantSettings settings;
  private final Types types;
  private final Clock clock;
  private final SecurityAlerts alerts;

  /*
   * Design. A quota is counted from work_entry: an operator's entries since the hour and the day
   * began. Two entries of one operator counted at once would both see room for one, so an entry or
   * a verification runs, from its count to the commit of its row, under its operator's lock (one of
   * OPERATOR_LOCKS, by the hash of tenant and user): exact on one instance, and no wait for anyone
   * else but the rare operator of the same stripe. An operator who works from two instances at once
   * could pass a quota by at most one task an instance.
   */
  private static final int OPERATOR_LOCKS = 1024;

  private final java.util.concurrent.locks.ReentrantLock[] operatorLocks =
      java.util.stream.Stream.generate(java.util.concurrent.locks.ReentrantLock::new)
          .limit(OPERATOR_LOCKS)
          .toArray(java.util.concurrent.locks.ReentrantLock[]::new);

  private <T> T asOperator(Principal p, java.util.function.Supplier<T> call) {
    java.util.concurrent.locks.ReentrantLock lock =
        operatorLocks[
            Math.floorMod(Objects.hash(p.tenantId().value(), p.userId().value()), OPERATOR_LOCKS)];
    lock.lock();
    try {
      return call.get();
    } finally {
      lock.unlock();
    }
  }

  /** A failure point inside the acceptance transaction, for the tests of a kill there. */
  volatile Runnable duringAcceptance = () -> {};

  /** A failure point before a document is tied by its number, for the tests of a failed tie. */
  volatile Runnable beforeTie = () -> {};

  public Desk(
      WorkStore store,
      Regions regions,
      AccessGate gate,
      TenantKeys keys,
      TenantSettings settings,
      Types types,
      Clock clock) {
    this.store = store;
    this.table = new DeskTable(store);
    this.regions = regions;
    this.gate = gate;
    this.keys = keys;
    this.settings = settings;
    this.types = types;
    this.clock = clock;
    // raising an alert is a row of security_alert: the service's notifiers read it from there
    this.alerts = new SecurityAlerts(store.dataSource(), clock);
  }

  // ---- next

  /**
   * The next task the operator may do on {@code jobId}, held for them for {@link #HOLD}: a task
   * they hold already; else, for a verifier, the oldest task waiting for a verification of which
   * they keyed neither entry; else the oldest task waiting for an entry that they have not keyed,
   * of a part their entrustment's fields show. Its {@code task.view} record is durable first. Empty
   * when there is none now.
   *
   * @throws AccessException when refused (logged): the gate's reasons, {@code job.unknown}, {@code
   *     job.closed}, {@code quota.hourly}, {@code quota.daily}
   * @throws mamori.log.LogUnavailableException when the view cannot be logged; nothing is given
   */
  public Optional<Given> next(Principal p, JobId jobId) {
    return next(p, jobId, Optional.empty());
  }

  /**
   * As {@link #next(Principal, JobId)}, for one mode only when {@code only} is given: a verifier's
   * page asks for verifications and is never held an entry task, and an entry page the reverse. A
   * task the caller holds already in the other mode is not given (it stays held until its hold
   * ends).
   */
  public Optional<Given> next(Principal p, JobId jobId, Optional<Mode> only) {
    return gate.oneCall(() -> nextInOneCall(p, jobId, only, false).map(Shown::given));
  }

  /**
   * The next task waiting for the caller's verification on {@code jobId} (as {@link #next} with
   * {@link Mode#VERIFY}) with its two entries, in one call: the verifier's page. One {@code
   * task.view} record, durable before the task is given and its entries are opened. Empty when
   * there is none now.
   *
   * @throws AccessException as {@link #next} and {@link #verification}
   * @throws mamori.log.LogUnavailableException when the view cannot be logged; nothing is given
   */
  public Optional<Verification> nextVerification(Principal p, JobId jobId) {
    return gate.oneCall(() ->
        nextInOneCall(p, jobId, Optional.of(Mode.VERIFY), true)
            .map(s -> Objects.requireNonNull(s.verification())));
  }

  /** A task given, and its two entries when it was asked for with them. */
  private record Shown(Given given, @Nullable Verification verification) {}

  private Optional<Shown> nextInOneCall(
      Principal p, JobId jobId, Optional<Mode> only, boolean withEntries) {
    Job job = job(p, jobId, Action.TASK_VIEW);
    Why why = why(job);
    PersonSet.Job set = set(job);
    DocumentType type = type(job);
    Set<Action> actions = gate.workActions(p, why, set);
    if (actions.isEmpty()) {
      // refused: the gate logs and names the reason
      gate.work(p, why, Action.ENTER, set, Set.of(), Optional.empty(), false);
      throw new IllegalStateException("the gate allowed work it said it does not allow");
    }
    Action first = actions.contains(Action.ENTER) ? Action.ENTER : Action.VERIFY;
    AccessGate.WorkAllowed base = gate.work(p, why, first, set, Set.of(), Optional.empty(), false);
    Instant now = clock.instant();
    quota(p, why, base, Action.TASK_VIEW, Optional.empty(), now);

    Optional<Task> held = table.held(p.tenantId(), jobId, p.userId(), now);
    if (held.isPresent()) {
      Task t = held.get();
      Mode mode = Mode.of(t.state());
      if (only.isEmpty() || only.get() == mode) {
        return Optional.of(
            give(p, job, type, t, mode, false, t.heldUntil().orElse(now), withEntries));
      }
    }
    List<String> parts =
        type.parts().stream()
            .filter(pt -> base.fields().containsAll(pt.scopeFields()))
            .map(DocumentType.Part::id)
            .toList();
    List<Mode> modes = new ArrayList<>();
    if (actions.contains(Action.VERIFY) && only.orElse(Mode.VERIFY) == Mode.VERIFY) {
      modes.add(Mode.VERIFY);
    }
    if (actions.contains(Action.ENTER) && only.orElse(Mode.ENTER) == Mode.ENTER) {
      modes.add(Mode.ENTER);
    }
    Instant until = now.plus(HOLD);
    Optional<String> numberPart = numberPart(type);
    for (Mode mode : modes) {
      Task.State state = mode.state();
      // operators asking at once read the same first rows: read on until a claim succeeds
      for (int offset = 0; ; offset += PAGE) {
        List<Task> free =
            table.free(
                p.tenantId(), jobId, state, parts, numberPart, p.userId(), now, PAGE, offset);
        for (Task t : free) {
          if (table.claim(p.tenantId(), t.id(), state, p.userId(), now, until)) {
            return Optional.of(give(p, job, type, t, mode, true, until, withEntries));
          }
        }
        if (free.size() < PAGE) {
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Decides, counts and logs the view of a task claimed, and opens its two entries when asked for
   * with them (a verification: the one view logged covers them); lets go of it when that fails.
   */
  private Shown give(
      Principal p,
      Job job,
      DocumentType type,
      Task t,
      Mode mode,
      boolean fresh,
      Instant until,
      boolean withEntries) {
    DocumentType.Part part = part(type, t);
    WorkDocument doc = document(p, t);
    Why why = why(job);
    Action action = mode.action();
    AccessGate.WorkAllowed allowed;
    try {
      allowed = gate.work(p, why, action, set(job), part.scopeFields(), doc.personToken(), fresh);
    } catch (RuntimeException e) {
      table.release(p.tenantId(), t.id(), p.userId());
      throw e;
    }
    try {
      List<DeskTable.Entry> entries = List.of();
      if (withEntries) {
        entries = table.entries(p.tenantId(), t.id()).stream().filter(e -> e.side() <= 2).toList();
        Reason wrong =
            entries.size() != 2
                ? Reason.TASK_STATE
                : entries.stream().anyMatch(e -> e.operator().equals(p.userId()))
                    ? Reason.TASK_SAME_OPERATOR
                    : null;
        if (wrong != null) {
          throw gate.refuse(
              p, why, action, allowed.chain(), doc.personToken(), part.scopeFields(), wrong);
        }
      }
      // durable before the task is given and before either entry is opened
      gate.logWork(p, allowed, why, Action.TASK_VIEW, doc.personToken(), part.scopeFields());
      Given given = new Given(t.id(), job.id(), part.id(), mode, part.fields(), until);
      if (!withEntries) {
        return new Shown(given, null);
      }
      DocumentKey key = key(doc);
      return new Shown(
          given,
          new Verification(
              t.id(),
              job.id(),
              part.id(),
              part.fields(),
              open(key, entryPart(t.id(), 1), entries.get(0).sealed()),
              open(key, entryPart(t.id(), 2), entries.get(1).sealed()),
              until));
    } catch (RuntimeException e) {
      table.release(p.tenantId(), t.id(), p.userId());
      if (fresh) {
        gate.giveBack(allowed);
      }
      throw e;
    }
  }

  // ---- region

  /**
   * The watermarked PNG of {@code field}'s region of the task the operator holds now (the operator,
   * the time and the task drawn over it). The view was logged when the task was given.
   *
   * @throws AccessException {@code task.unknown} (no such task for the caller, or a field not of
   *     its part), {@code task.not-held}, or the gate's reasons (logged)
   */
  public byte[] region(Principal p, TaskId id, String field) {
    return gate.oneCall(() -> regionInOneCall(p, id, field));
  }

  private byte[] regionInOneCall(Principal p, TaskId id, String field) {
    Context c = context(p, id, null);
    if (c.part.fields().stream().noneMatch(f -> f.id().equals(field))) {
      throw refuse(p, c, c.action(), Reason.TASK_UNKNOWN);
    }
    if (!heldNow(c.task, p)) {
      throw refuse(p, c, c.action(), Reason.TASK_NOT_HELD);
    }
    Instant now = clock.instant();
    return regions
        .render(c.doc, field, new Regions.Watermark(p.userId(), id, now))
        .orElseThrow(() -> refuse(p, c, c.action(), Reason.TASK_UNKNOWN));
  }

  // ---- enter

  /**
   * Keys one side of a task the operator holds: every field of its part, each passing its check.
   * The {@code enter} record is durable first; the entry is sealed. On the second entry the two are
   * compared: alike, the values are accepted and the task is done; else it waits for a verifier.
   *
   * @throws AccessException {@code task.unknown}, {@code task.state}, {@code task.not-held}, {@code
   *     task.same-operator}, {@code quota.hourly}, {@code quota.daily}, {@code entry.invalid} (its
   *     message names the field), or the gate's reasons; each logged, nothing stored
   * @throws mamori.log.LogUnavailableException when the entry cannot be logged; nothing is stored
   */
  public Entered enter(Principal p, TaskId id, Map<String, String> values) {
    return asOperator(p, () -> gate.oneCall(() -> enterInOneCall(p, id, values)));
  }

  private Entered enterInOneCall(Principal p, TaskId id, Map<String, String> values) {
    Context c = context(p, id, Action.ENTER);
    if (c.task.state() != Task.State.ENTRY) {
      throw refuse(p, c, Action.ENTER, Reason.TASK_STATE);
    }
    if (!heldNow(c.task, p)) {
      throw refuse(p, c, Action.ENTER, Reason.TASK_NOT_HELD);
    }
    List<DeskTable.Entry> entries = table.entries(p.tenantId(), id);
    if (entries.stream().anyMatch(e -> e.operator().equals(p.userId()))) {
      throw refuse(p, c, Action.ENTER, Reason.TASK_SAME_OPERATOR);
    }
    Instant now = clock.instant();
    quota(p, c.why, c.allowed, Action.ENTER, c.doc.personToken(), now);
    Map<String, String> normalised = checked(p, c, Action.ENTER, values);
    gate.logWork(p, c.allowed, c.why, Action.ENTER, c.doc.personToken(), c.part.scopeFields());
    DocumentKey key = key(c.doc);
    int side = entries.size() + 1;
    Task.State state;
    try {
      state =
          Sql.run(
              WorkStore.FAILED,
              () ->
                  Sql.inTransaction(
                      store.dataSource(),
                      () -> {
                        Task.State s;
                        if (side == 1) {
                          s = Task.State.ENTRY;
                        } else {
                          Map<String, String> other =
                              open(key, entryPart(id, 1), entries.getFirst().sealed());
                          s = other.equals(normalised) ? Task.State.DONE : Task.State.VERIFY;
                        }
                        Optional<Instant> done =
                            s == Task.State.DONE ? Optional.of(now) : Optional.empty();
                        if (!table.advance(c.task, Task.State.ENTRY, side - 1, side, s, done)) {
                          throw new MovedOn();
                        }
                        table.insertEntry(
                            c.task,
                            side,
                            p.userId(),
                            key.seal(entryPart(id, side), bytes(normalised)),
                            now);
                        if (s == Task.State.DONE) {
                          decide(c, key, normalised, "agreed");
                          int n = normalised.size();
                          table.addAccuracy(p.tenantId(), c.job.id(), p.userId(), n, n);
                          table.addAccuracy(
                              p.tenantId(), c.job.id(), entries.getFirst().operator(), n, n);
                        }
                        return s;
                      }));
    } catch (MovedOn e) {
      throw refuse(p, c, Action.ENTER, Reason.TASK_STATE);
    }
    if (state == Task.State.DONE) {
      decided(p, c, normalised, now);
    }
    return new Entered(id, state, side);
  }

  // ---- verification

  /**
   * The two entries of a task waiting for a verifier, side by side, for the verifier who holds it
   * and keyed neither.
   *
   * @throws AccessException {@code task.unknown}, {@code task.state}, {@code task.not-held}, {@code
   *     task.same-operator}, or the gate's reasons (logged)
   */
  public Verification verification(Principal p, TaskId id) {
    return gate.oneCall(() -> verificationInOneCall(p, id));
  }

  private Verification verificationInOneCall(Principal p, TaskId id) {
    Context c = context(p, id, Action.VERIFY);
    List<DeskTable.Entry> entries = verifiable(p, c);
    // the entries are about to be shown: their view is durable before either is opened, as a
    // verification's task.view; when it cannot be logged nothing is decrypted
    gate.logWork(p, c.allowed, c.why, Action.TASK_VIEW, c.doc.personToken(), c.part.scopeFields());
    DocumentKey key = key(c.doc);
    Map<String, String> first = open(key, entryPart(id, 1), entries.get(0).sealed());
    Map<String, String> second = open(key, entryPart(id, 2), entries.get(1).sealed());
    return new Verification(
        id,
        c.job.id(),
        c.part.id(),
        c.part.fields(),
        first,
        second,
        c.task.heldUntil().orElse(clock.instant()));
  }

  /**
   * Decides a task whose entries differ: the verifier's values, checked as an entry's, become the
   * accepted values ({@code verified}); each operator's accuracy counts the fields they keyed as
   * accepted. The {@code verify} record is durable first.
   *
   * @throws AccessException as {@link #verification}, {@code quota.*}, {@code entry.invalid}
   */
  public Entered verify(Principal p, TaskId id, Map<String, String> values) {
    return asOperator(p, () -> gate.oneCall(() -> verifyInOneCall(p, id, values)));
  }

  private Entered verifyInOneCall(Principal p, TaskId id, Map<String, String> values) {
    Context c = context(p, id, Action.VERIFY);
    List<DeskTable.Entry> entries = verifiable(p, c);
    Instant now = clock.instant();
    quota(p, c.why, c.allowed, Action.VERIFY, c.doc.personToken(), now);
    Map<String, String> normalised = checked(p, c, Action.VERIFY, values);
    gate.logWork(p, c.allowed, c.why, Action.VERIFY, c.doc.personToken(), c.part.scopeFields());
    DocumentKey key = key(c.doc);
    try {
      Sql.run(
          WorkStore.FAILED,
          () ->
              Sql.inTransaction(
                  store.dataSource(),
                  () -> {
                    if (!table.advance(
                        c.task, Task.State.VERIFY, 2, 2, Task.State.DONE, Optional.of(now))) {
                      throw new MovedOn();
                    }
                    table.insertEntry(
                        c.task, 3, p.userId(), key.seal(entryPart(id, 3), bytes(normalised)), now);
                    decide(c, key, normalised, "verified");
                    for (int i = 0; i < 2; i++) {
                      DeskTable.Entry e = entries.get(i);
                      Map<String, String> keyed = open(key, entryPart(id, i + 1), e.sealed());
                      long right =
                          normalised.entrySet().stream()
                              .filter(v -> v.getValue().equals(keyed.get(v.getKey())))
                              .count();
                      table.addAccuracy(
                          p.tenantId(), c.job.id(), e.operator(), normalised.size(), right);
                    }
                    return null;
                  }));
    } catch (MovedOn e) {
      throw refuse(p, c, Action.VERIFY, Reason.TASK_STATE);
    }
    decided(p, c, normalised, now);
    return new Entered(id, Task.State.DONE, 3);
  }

  private List<DeskTable.Entry> verifiable(Principal p, Context c) {
    if (c.task.state() != Task.State.VERIFY) {
      throw refuse(p, c, Action.VERIFY, Reason.TASK_STATE);
    }
    if (!heldNow(c.task, p)) {
      throw refuse(p, c, Action.VERIFY, Reason.TASK_NOT_HELD);
    }
    List<DeskTable.Entry> entries =
        table.entries(p.tenantId(), c.task.id()).stream().filter(e -> e.side() <= 2).toList();
    if (entries.size() != 2) {
      throw refuse(p, c, Action.VERIFY, Reason.TASK_STATE);
    }
    if (entries.stream().anyMatch(e -> e.operator().equals(p.userId()))) {
      throw refuse(p, c, Action.VERIFY, Reason.TASK_SAME_OPERATOR);
    }
    return entries;
  }

  // ---- accuracy

  /** An operator's accuracy on a job: fields keyed and how many were the value accepted. */
  public record Accuracy(String operator, long keyed, long right) {}

  /** Each operator's accuracy on a job, for the controller's job page. */
  public List<Accuracy> accuracy(TenantId tenant, JobId job) {
    return table.accuracy(tenant, job).stream()
        .map(a -> new Accuracy(a.operator().value(), a.keyed(), a.right()))
        .toList();
  }

  // ---- deciding and accepting

  /**
   * Stores the accepted values of a task's fields, sealed; inside the deciding transaction. When
   * the task decides the payee's number of a document not tied yet, its tie is marked pending in
   * the same transaction: its other parts wait until {@link #decided} (or the retry) has tied it.
   */
  private void decide(Context c, DocumentKey key, Map<String, String> values, String decided) {
    if (c.doc.personToken().isEmpty()
        && c.part.fields().stream()
            .anyMatch(f -> f.personField().equals(Optional.of(Field.MY_NUMBER)))) {
      table.tiePending(c.task.tenant(), c.doc.id());
    }
    // the deciding call ties and accepts the document itself: the retry loop waits one back-off
    // before it takes it up (a call that died), so the two never run it at once
    table.lease(c.task.tenant(), c.doc.id(), clock.instant().plus(BACK_OFF));
    for (Map.Entry<String, String> v : values.entrySet()) {
      table.insertValue(
          c.task.tenant(),
          c.doc.id(),
          v.getKey(),
          key.seal(valuePart(v.getKey()), v.getValue().getBytes(StandardCharsets.UTF_8)),
          decided);
    }
  }

  /** After a task was decided: ties the document by its number, accepts it when all is done. */
  private void decided(Principal p, Context c, Map<String, String> values, Instant now) {
    WorkDocument doc = c.doc;
    if (doc.personToken().isEmpty()) {
      for (DocumentType.FieldSpec f : c.part.fields()) {
        if (f.personField().equals(Optional.of(Field.MY_NUMBER))) {
          Optional<IndividualNumber> number =
              IndividualNumber.tryParse(values.getOrDefault(f.id(), ""));
          try {
            beforeTie.run();
            Optional<AccessGate.Tied> found =
                number.isEmpty()
                    ? Optional.empty()
                    : gate.findForWork(p, c.allowed, c.why, number.get());
            if (found.isPresent()) {
              AccessGate.Tied t = found.get();
              table.tie(p.tenantId(), doc.id(), t.personId(), t.token().person());
            } else {
              table.tieSettled(p.tenantId(), doc.id());
            }
          } catch (RuntimeException e) {
            // its tie stays pending in the table: the other parts wait until it is retried
            LOG.warn("a document's tie failed and will be retried: {}", e.getClass().getName());
          }
        }
      }
    }
    if (table.undone(p.tenantId(), doc.id()) == 0) {
      try {
        accept(c.job, c.type, doc.id());
      } catch (RuntimeException e) {
        // the decision stands and its entries are kept; acceptance is retried (retryDue)
        LOG.warn(
            "a document's acceptance failed and will be retried: {}",
            e instanceof Held ? e.getMessage() : e.getClass().getName());
        holdIfRefused(c.job, doc.id(), e);
      }
    }
  }

  /**
   * Accepts the open documents of a job whose tasks are all done and whose retry is due (an
   * acceptance that failed before), as the system's act; answers how many were accepted. The caller
   * must be one the job is given to.
   */
  public int acceptPending(Principal p, JobId jobId) {
    return gate.oneCall(() -> acceptPendingInOneCall(p, jobId));
  }

  private int acceptPendingInOneCall(Principal p, JobId jobId) {
    Job job = job(p, jobId, Action.DOCUMENT_ACCEPT);
    Why why = why(job);
    gate.work(p, why, Action.ENTER, set(job), Set.of(), Optional.empty(), false);
    DocumentType type = type(job);
    Instant now = clock.instant();
    int n = 0;
    int after = 0;
    for (List<DeskTable.Due> page = List.of(); ; ) {
      page = table.due(p.tenantId(), jobId, now, after, RETRY_PAGE);
      for (DeskTable.Due d : page) {
        if (retry(job, type, d, now)) {
          n++;
        }
        after = d.seq();
      }
      if (page.size() < RETRY_PAGE) {
        return n;
      }
    }
  }

  private static final int RETRY_PAGE = 100;

  /**
   * Retries every due document of every tenant (its tie pending, or all its tasks done and its
   * acceptance not made), page by page, as the system: {@link AcceptRetry}'s tick. A document of a
   * job no longer open waits; one that fails is backed off on its row. Answers how many were
   * accepted.
   */
  int retryDue() {
    Instant now = clock.instant();
    Map<String, Optional<Job>> jobsSeen = new java.util.HashMap<>();
    int n = 0;
    DeskTable.Due after = null;
    for (List<DeskTable.Due> page = List.of(); ; ) {
      page = table.due(now, after, RETRY_PAGE);
      for (DeskTable.Due d : page) {
        after = d;
        try {
          // a job read once a tick; one that cannot be read leaves its documents to the next tick
          Optional<Job> job =
              jobsSeen.computeIfAbsent(
                  d.tenant().value() + "/" + d.job().value(), k -> store.job(d.tenant(), d.job()));
          if (job.isEmpty() || job.get().state() != Job.State.OPEN) {
            continue;
          }
          if (retry(job.get(), type(job.get()), d, now)) {
            n++;
          }
        } catch (RuntimeException e) {
          LOG.warn(
              "the retry of document {} of job {} failed: {}",
              d.document(),
              d.job().value(),
              e.getClass().getName());
        }
      }
      if (page.size() < RETRY_PAGE) {
        return n;
      }
    }
  }

  /**
   * Retries one due document: its tie when pending, then its acceptance when all its tasks are
   * done. A failure backs it off on its row ({@link #BACK_OFF}, doubling to {@link #MAX_BACK_OFF})
   * and is logged once without values, so one bad document never holds up the others.
   */
  private boolean retry(Job job, DocumentType type, DeskTable.Due d, Instant now) {
    TenantId tenant = job.tenant();
    try {
      if (d.tiePending()) {
        retryTie(job, type, d.document());
      }
      boolean ready = table.undone(tenant, d.document()) == 0;
      boolean accepted = ready && accept(job, type, d.document());
      if (ready && !accepted) {
        // it cannot be accepted as it is (its type keys no payee number): asked again hourly
        table.backOff(tenant, d.document(), now.plus(MAX_BACK_OFF));
        return false;
      }
      if (d.failures() > 0) {
        table.retried(tenant, d.document());
      }
      return accepted;
    } catch (RuntimeException e) {
      Duration wait = BACK_OFF.multipliedBy(1L << Math.min(d.failures(), 12));
      if (wait.compareTo(MAX_BACK_OFF) > 0) {
        wait = MAX_BACK_OFF;
      }
      table.backOff(tenant, d.document(), now.plus(wait));
      holdIfRefused(job, d.document(), e);
      if (d.failures() == 0) {
        LOG.warn(
            "the tie or acceptance of document {} of job {} failed and is backed off: {}",
            d.document(),
            job.id().value(),
            e instanceof Held ? e.getMessage() : e.getClass().getName());
      }
      return false;
    }
  }

  /** Ties a document whose tie is pending, by its decided number, as the system. */
  private void retryTie(Job job, DocumentType type, long documentId) {
    TenantId tenant = job.tenant();
    Optional<WorkDocument> doc = store.document(tenant, documentId);
    if (doc.isEmpty() || doc.get().personToken().isPresent()) {
      table.tieSettled(tenant, documentId);
      return;
    }
    Optional<IndividualNumber> number =
        Optional.ofNullable(decidedValues(doc.get(), type).get(Field.MY_NUMBER))
            .flatMap(IndividualNumber::tryParse);
    beforeTie.run();
    Optional<AccessGate.Tied> found =
        number.isEmpty()
            ? Optional.empty()
            : gate.findForAcceptance(tenant, why(job), number.get());
    if (found.isPresent()) {
      table.tie(tenant, documentId, found.get().personId(), found.get().token().person());
    } else {
      table.tieSettled(tenant, documentId);
    }
  }

  /** The alert raised once for each document held for the controller. */
  public static final String HELD_KIND = "work.held";

  /**
   * Why a failed acceptance will not pass as the document is, or empty for a failure a retry may
   * get past (the log or the store down).
   */
  private static Optional<Reason> heldFor(RuntimeException e) {
    if (e instanceof Held) {
      return Optional.of(Reason.DOCUMENT_UNREGISTERED);
    }
    if (e instanceof AccessException a && a.reason() == Reason.DOCUMENT_MISMATCH) {
      return Optional.of(Reason.DOCUMENT_MISMATCH);
    }
    return Optional.empty();
  }

  /**
   * Holds a document whose acceptance {@code failure} refused as it is, and raises its {@code
   * work.held} alert in the same transaction, once: the controller sees it on the job's page and on
   * the dashboard, not only in the service's log. Its acceptance goes on being retried (a
   * resident's record corrected lets it pass, and clears the hold).
   */
  private void holdIfRefused(Job job, long documentId, RuntimeException failure) {
    Optional<Reason> reason = heldFor(failure);
    if (reason.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    try {
      Sql.run(
          WorkStore.FAILED,
          () ->
              Sql.inTransaction(
                  store.dataSource(),
                  () -> {
                    if (table.hold(job.tenant(), documentId, reason.get(), now)) {
                      alerts.raise(
                          job.tenant().value(),
                          new SecurityAlerts.Raised(
                              HELD_KIND,
                              Pace.subject(job.id()),
                              "document "
                                  + documentId
                                  + " of job "
                                  + job.id().value()
                                  + " is held, not accepted: "
                                  + reason.get().code()
                                  + "; the job's page lists it",
                              Severity.MEDIUM,
                              List.of(),
                              AlertPolicy.NOTIFY,
                              ""));
                    }
                    return null;
                  }));
    } catch (RuntimeException e) {
      LOG.warn("the hold of document {} failed: {}", documentId, e.getClass().getName());
    }
  }

  /** A document that cannot be accepted as it is: its message says why, never a value. */
  private static final class Held extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Held(String why) {
      super(why, null, false, false);
    }
  }

  /** Another entry or verification moved the task on first: refused {@code task.state}, logged. */
  private static final class MovedOn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MovedOn() {
      super("the task moved on", null, false, false);
    }
  }

  /** The decided person fields of a document still open, by field. */
  private Map<Field, String> decidedValues(WorkDocument doc, DocumentType type) {
    DocumentKey key = key(doc);
    Map<String, byte[]> sealed = table.values(doc.tenant(), doc.id());
    Map<Field, String> person = new java.util.EnumMap<>(Field.class);
    for (DocumentType.FieldSpec f : type.fields()) {
      byte[] v = sealed.get(f.id());
      if (v != null && f.personField().isPresent()) {
        person.put(
            f.personField().get(),
            new String(key.open(valuePart(f.id()), v), StandardCharsets.UTF_8));
      }
    }
    return person;
  }

  /**
   * Accepts one document as the system's act for the controller (never under the operator who
   * decided its last task); false when it is not ready or was accepted already.
   */
  private boolean accept(Job job, DocumentType type, long documentId) {
    TenantId tenant = job.tenant();
    Optional<WorkDocument> found = store.document(tenant, documentId);
    if (found.isEmpty() || found.get().state() != WorkDocument.State.OPEN) {
      return false;
    }
    WorkDocument doc = found.get();
    DocumentKey key = key(doc);
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, byte[]> sealed = table.values(tenant, documentId);
    for (DocumentType.FieldSpec f : type.fields()) {
      byte[] s = sealed.get(f.id());
      if (s != null) {
        values.put(f.id(), new String(key.open(valuePart(f.id()), s), StandardCharsets.UTF_8));
      }
    }
    Map<Field, String> person = new java.util.EnumMap<>(Field.class);
    for (DocumentType.FieldSpec f : type.fields()) {
      f.personField().ifPresent(pf -> person.put(pf, values.getOrDefault(f.id(), "")));
    }
    Optional<IndividualNumber> number =
        IndividualNumber.tryParse(person.getOrDefault(Field.MY_NUMBER, ""));
    if (number.isEmpty()) {
      // a type with no payee number cannot be tied to a person: it stays open, its values kept
      return false;
    }
    // a new person is registered only from what the type supplies: never a placeholder birth date
    Optional<LocalDate> born = birthDate(person.get(Field.BIRTH_DATE));
    Optional<PersonData> data =
        born.isEmpty()
                || person.getOrDefault(Field.FAMILY_NAME, "").isEmpty()
                || person.getOrDefault(Field.GIVEN_NAME, "").isEmpty()
            ? Optional.empty()
            : Optional.of(
                new PersonData(
                    number.get(),
                    person.getOrDefault(Field.FAMILY_NAME, ""),
                    person.getOrDefault(Field.GIVEN_NAME, ""),
                    person.getOrDefault(Field.FAMILY_NAME_KANA, ""),
                    person.getOrDefault(Field.GIVEN_NAME_KANA, ""),
                    born.get(),
                    // ISO/IEC 5218 "0": not known, when the type does not say
                    person.getOrDefault(Field.SEX, "0"),
                    person.getOrDefault(Field.POSTAL_CODE, ""),
                    person.getOrDefault(Field.ADDRESS, ""),
                    "",
                    ""));
    Set<Field> stored = java.util.EnumSet.noneOf(Field.class);
    person.forEach((f, v) -> {
      if (!v.isEmpty()) {
        stored.add(f);
      }
    });
    AccessGate.Acceptance acceptance =
        new AccessGate.Acceptance(
            number.get(),
            data,
            documentId,
            job.id().value(),
            job.typeId(),
            bytes(values),
            doc.personToken().map(t -> new AgencyToken(t.value())),
            stored);
    Instant now = clock.instant();
    boolean[] marked = {false};
    Optional<AccessGate.Tied> accepted =
        gate.acceptDocument(
            tenant,
            why(job),
            acceptance,
            tied -> {
              table.deleteValues(tenant, documentId);
              duringAcceptance.run();
              marked[0] =
                  table.markAccepted(
                      tenant, documentId, tied.personId(), tied.token().person(), now);
            });
    if (accepted.isEmpty()) {
      // held: backed off and warned of once, its values kept (retry)
      throw new Held(
          "no one has the document's number and its type does not give the family name, given"
              + " name and birth date a person is registered with");
    }
    return marked[0];
  }

  private static Optional<LocalDate> birthDate(@Nullable String text) {
    try {
      return text == null || text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The part holding the payee's number, keyed before any other part of its document. */
  static Optional<String> numberPart(DocumentType type) {
    return type.parts().stream()
        .filter(pt ->
            pt.fields().stream()
                .anyMatch(f -> f.personField().equals(Optional.of(Field.MY_NUMBER))))
        .map(DocumentType.Part::id)
        .findFirst();
  }

  // ---- checks, quotas, context

  /**
   * The values checked and normalised, in the part's order: every field of the part and no other,
   * each passing its check.
   */
  private Map<String, String> checked(
      Principal p, Context c, Action action, Map<String, String> values) {
    for (String k : values.keySet()) {
      if (c.part.fields().stream().noneMatch(f -> f.id().equals(k))) {
        throw invalid(p, c, action, "a field not of this task");
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (DocumentType.FieldSpec f : c.part.fields()) {
      String raw = values.get(f.id());
      if (raw == null) {
        throw invalid(p, c, action, f.id() + " is missing");
      }
      switch (f.check().check(raw, f.required(), f.maxLength())) {
        case Check.Result.Passed(String v) -> out.put(f.id(), v);
        case Check.Result.Failed(String problem) ->
            throw invalid(p, c, action, f.id() + " " + problem);
      }
    }
    return out;
  }

  private AccessException invalid(Principal p, Context c, Action action, String problem) {
    gate.refuse(
        p,
        c.why,
        action,
        c.allowed.chain(),
        c.doc.personToken(),
        c.part.scopeFields(),
        Reason.ENTRY_INVALID);
    return new AccessException(Reason.ENTRY_INVALID, problem);
  }

  /** Refuses when the operator reached their hourly or daily quota of the entrustment. */
  private void quota(
      Principal p,
      Why why,
      AccessGate.WorkAllowed allowed,
      Action action,
      Optional<PersonToken> person,
      Instant now) {
    WorkStore.Quota q = quotaOf(p.tenantId(), allowed.entrustment());
    Instant day = LocalDate.ofInstant(now, TOKYO).atStartOfDay(TOKYO).toInstant();
    long[] done = table.enteredSince(p.tenantId(), p.userId(), day, now.minus(Duration.ofHours(1)));
    if (done[1] >= q.hourly()) {
      throw gate.refuse(p, why, action, allowed.chain(), person, Set.of(), Reason.QUOTA_HOURLY);
    }
    if (done[0] >= q.daily()) {
      throw gate.refuse(p, why, action, allowed.chain(), person, Set.of(), Reason.QUOTA_DAILY);
    }
  }

  /** The entrustment's quota, else the tenant's settings: read on every call (one row each). */
  private WorkStore.Quota quotaOf(TenantId tenant, String entrustment) {
    return store
        .quota(tenant, entrustment)
        .orElseGet(() -> {
          int hourly = setting(tenant, QUOTA_HOURLY, DEFAULT_HOURLY);
          int daily = setting(tenant, QUOTA_DAILY, DEFAULT_DAILY);
          return new WorkStore.Quota(Math.min(hourly, daily), daily);
        });
  }

  private int setting(TenantId tenant, String name, int fallback) {
    return WorkSettings.read(settings, tenant, name, fallback);
  }

  /** A task as the caller may work on it, decided by the gate. */
  private record Context(
      Task task,
      Job job,
      WorkDocument doc,
      DocumentType type,
      DocumentType.Part part,
      Why why,
      AccessGate.WorkAllowed allowed) {
    Action action() {
      return Mode.of(task.state()).action();
    }
  }

  /**
   * The task {@code id} of the caller's tenant, decided by the gate for {@code action} (the task's
   * own when null). A task of a job not given to the caller is refused {@code task.unknown}: its
   * refusal is logged with the gate's reason, and the caller is not told the task exists.
   */
  private Context context(Principal p, TaskId id, @Nullable Action action) {
    Optional<Task> found = store.task(p.tenantId(), id);
    if (found.isEmpty()) {
      throw gate.refuse(
          p,
          Why.NONE,
          action == null ? Action.TASK_VIEW : action,
          List.of(),
          Optional.empty(),
          Set.of(),
          Reason.TASK_UNKNOWN);
    }
    Task t = found.get();
    Job job =
        store
            .job(p.tenantId(), t.job())
            .orElseThrow(() -> new IllegalStateException("a task's job is missing"));
    DocumentType type = type(job);
    DocumentType.Part part = part(type, t);
    WorkDocument doc = document(p, t);
    Why why = why(job);
    Action decided = action != null ? action : Mode.of(t.state()).action();
    AccessGate.WorkAllowed allowed;
    try {
      allowed = gate.work(p, why, decided, set(job), part.scopeFields(), doc.personToken(), false);
    } catch (AccessException e) {
      if (e.reason() == Reason.PERSON_OUT_OF_SCOPE
          || e.reason() == Reason.CHAIN_NONE
          || e.reason() == Reason.PURPOSE_NOT_GRANTED) {
        throw new AccessException(Reason.TASK_UNKNOWN, "no such task");
      }
      throw e;
    }
    if (job.state() != Job.State.OPEN) {
      // a closed job's tasks are not worked: its regions, entries and verifications are refused
      // (after the gate, so a caller the job is not given to is still told only task.unknown)
      throw gate.refuse(
          p,
          why,
          decided,
          allowed.chain(),
          doc.personToken(),
          part.scopeFields(),
          Reason.JOB_CLOSED);
    }
    return new Context(t, job, doc, type, part, why, allowed);
  }

  private AccessException refuse(Principal p, Context c, Action action, Reason reason) {
    return gate.refuse(
        p, c.why, action, c.allowed.chain(), c.doc.personToken(), c.part.scopeFields(), reason);
  }

  private boolean heldNow(Task t, Principal p) {
    return t.heldBy().equals(Optional.of(p.userId()))
        && t.heldUntil().map(u -> u.isAfter(clock.instant())).orElse(false);
  }

  private Job job(Principal p, JobId id, Action action) {
    Job job =
        store
            .job(p.tenantId(), id)
            .orElseThrow(() ->
                gate.refuse(
                    p,
                    Why.NONE,
                    action,
                    List.of(),
                    Optional.empty(),
                    Set.of(),
                    Reason.JOB_UNKNOWN));
    if (job.state() != Job.State.OPEN) {
      throw gate.refuse(
          p, why(job), action, List.of(), Optional.empty(), Set.of(), Reason.JOB_CLOSED);
    }
    return job;
  }

  private DocumentType type(Job job) {
    return types
        .type(job.tenant(), job.typeId(), job.typeVersion())
        .orElseThrow(() ->
            new IllegalStateException(
                "the document type " + job.typeId() + " v" + job.typeVersion() + " is missing"));
  }

  private static DocumentType.Part part(DocumentType type, Task t) {
    return type.part(t.part())
        .orElseThrow(() -> new IllegalStateException("a task's part is not of its type"));
  }

  private WorkDocument document(Principal p, Task t) {
    return store
        .document(p.tenantId(), t.document())
        .orElseThrow(() -> new IllegalStateException("a task's document is missing"));
  }

  private DocumentKey key(WorkDocument doc) {
    return keys.documentKey(doc.tenant().value(), doc.id(), doc.dataKey());
  }

  private static Why why(Job job) {
    return new Why(job.purpose(), job.id().value());
  }

  private static PersonSet.Job set(Job job) {
    return new PersonSet.Job(job.id().value());
  }

  static String entryPart(TaskId task, int side) {
    return "entry/" + task.value() + "/" + side;
  }

  static String valuePart(String field) {
    return "value/" + field;
  }

  private static byte[] bytes(Map<String, String> values) {
    return JSON.writeValueAsBytes(values);
  }

  private static Map<String, String> open(DocumentKey key, String part, byte[] sealed) {
    return Objects.requireNonNull(JSON.readValue(key.open(part, sealed), MAP));
  }
}
