package mamori.entrustment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.NumberText;
import mamori.core.Outcome;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.entrustment.Entrustment.Status;
import mamori.log.AccessRecord;
import mamori.log.LogUnavailableException;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;

/**
 * Organisations, purposes and entrustments of every tenant, and the decision whether an access may
 * go through them (DESIGN.md promise 2; LAW.md Art. 9, 10, 11).
 *
 * <p>Every change is recorded in the tenant's log before it is stored; when the log cannot record
 * it, {@link LogUnavailableException} propagates and nothing changes. A refused change throws
 * {@link EntrustmentException} with a stable code and changes nothing. Changes publish past-tense
 * events ({@link EntrustmentApproved}, {@link EntrustmentSuspended}, {@link EntrustmentResumed},
 * {@link EntrustmentRevoked}) to the listener given.
 */
public final class Entrustments implements AutoCloseable {
  private static final String FAILED = "the entrustment store failed";
  private static final java.util.regex.Pattern WELL_FORMED_ID =
      java.util.regex.Pattern.compile("ent(-[a-z0-9]{4}){3}");
  private final RegistryTable registry;
  private final EntrustmentTable table;
  private final VolumeLeases volume;
  private final VolumeLeases ownVolume;
  private final ChainDecider decider;
  private final EntrustmentChanges changes;
  private final Snapshots snapshots;
  private final RegistryChanges registryChanges;

  private final TransparencyLogs logs;
  private final Clock clock;

  /**
   * The entrustments of {@code store}; {@code directory} tells whether a staff entry is a user of
   * the organisation that holds the work ({@link StaffDirectory#NONE} refuses every staff list, for
   * tools that create none).
   */
  public Entrustments(
      DataSource store,
      TransparencyLogs logs,
      Consumer<Object> events,
      StaffDirectory directory,
      Clock clock) {
    this.logs = logs;
    this.clock = clock;
    this.registry = new RegistryTable(store);
    this.table = new EntrustmentTable(store);
    this.volume = new VolumeLeases(new VolumeTable(store));
    this.ownVolume = new VolumeLeases(new VolumeTable(store, "staff_volume", "user_id"));
    this.decider = new ChainDecider(Lookup.live(registry, table), volume);
    this.snapshots = new Snapshots(store, registry, table);
    this.changes = new EntrustmentChanges(registry, table, decider, logs, events, directory, clock);
    this.registryChanges = new RegistryChanges(registry, logs, clock);
  }

  /**
   * Registers an organisation. A contractor's tenant must be registered first.
   *
   * @throws IllegalArgumentException when the id is taken or the tenant is unknown; nothing is
   *     stored
   */
  public void registerOrganisation(Organisation org) {
    if (org.kind() != Organisation.Kind.CONTROLLER
        && organisation(org.tenant())
            .filter(t -> t.kind() == Organisation.Kind.CONTROLLER)
            .isEmpty()) {
      throw new IllegalArgumentException("tenant " + org.tenant() + " is not registered");
    }
    if (!Sql.run(FAILED, () -> registry.addOrganisation(org))) {
      throw new IllegalArgumentException("organisation id " + org.id() + " is taken");
    }
  }

  public Optional<Organisation> organisation(String id) {
    return Sql.run(FAILED, () -> registry.organisation(id));
  }

  /** A tenant's organisations, the controller first, then by id. */
  public List<Organisation> organisations(String tenant) {
    return Sql.run(FAILED, () -> registry.organisations(tenant));
  }

  /**
   * Registers a contractor or subcontractor as {@code caller}, with its corporate number and
   * address: the tenant's security officer or organisation admin registers either; a contractor's
   * organisation admin registers only subcontractors tied to its own organisation ({@link
   * Organisation#parent}). Logged as {@code organisation.add} before it is stored.
   *
   * @throws EntrustmentException refused ({@code role.not-allowed}, {@code organisation.not-own},
   *     {@code organisation.controller}, {@code organisation.unknown}, {@code registry.taken});
   *     logged as a denial, nothing stored
   * @throws IllegalArgumentException without a corporate number or address; nothing logged
   * @throws LogUnavailableException when the log cannot record it; nothing stored
   */
  public Organisation addOrganisation(Organisation org, Caller caller) {
    return administered(
        Action.ORGANISATION_ADD,
        caller,
        org.id(),
        () -> registryChanges.addOrganisation(org, caller));
  }

  /**
   * Changes an organisation's details as {@code caller}: {@code change} is given the stored
   * organisation and returns it with a new name, corporate number, address, country or networks
   * (its id, kind, tenant and parent stay the stored ones). The tenant's security officer or
   * organisation admin changes any of them; the organisation's own admin only its address and
   * networks. Logged as {@code organisation.change} before it is stored.
   *
   * @throws EntrustmentException refused, logged as a denial, nothing stored ({@code
   *     organisation.unknown} for one of another tenant or none)
   * @throws LogUnavailableException when the log cannot record it; nothing stored
   */
  public Organisation changeOrganisation(
      String id, java.util.function.UnaryOperator<Organisation> change, Caller caller) {
    return administered(
        Action.ORGANISATION_CHANGE,
        caller,
        id,
        () -> {
          Organisation o = registryChanges.changeOrganisation(id, change, caller);
          snapshots.replaced(o);
          return o;
        });
  }

  /**
   * Registers a purpose of the caller's tenant: only its own security officer or organisation
   * admin. Logged as {@code purpose.add} before it is stored; moves the tenant's epoch.
   *
   * @throws EntrustmentException refused ({@code organisation.not-controller}, {@code
   *     role.not-allowed}, {@code registry.taken}); logged as a denial, nothing stored
   */
  public Purpose addPurpose(Purpose purpose, Caller caller) {
    return administered(
        Action.PURPOSE_ADD,
        caller,
        purpose.id(),
        () -> {
          Purpose p = registryChanges.addPurpose(purpose, caller);
          snapshots.changed(p.tenant());
          return p;
        });
  }

  /**
   * Changes a registered purpose's name, legal basis and retention rule, as {@link #addPurpose}
   * says who may; moves the tenant's epoch like every change to what decisions read.
   *
   * @throws EntrustmentException {@code purpose.unknown} when the tenant has no such purpose, or
   *     refused as {@link #addPurpose}; logged as a denial, nothing stored
   */
  public Purpose changePurpose(Purpose purpose, Caller caller) {
    return administered(
        Action.PURPOSE_CHANGE,
        caller,
        purpose.id(),
        () -> {
          Purpose p = registryChanges.changePurpose(purpose, caller);
          snapshots.changed(p.tenant());
          return p;
        });
  }

  /**
   * Runs an administrative change; a refusal is recorded in the log of the caller's tenant as
   * {@code deny:<code>}, the target (made safe: numbers masked, control characters replaced) as its
   * case.
   */
  private <T> T administered(Action action, Caller caller, String target, Supplier<T> change) {
    try {
      return Sql.run(FAILED, change);
    } catch (EntrustmentException refused) {
      Optional<Organisation> org = organisation(caller.organisation());
      if (org.isPresent()) {
        String named = Why.caseFrom(target);
        Attempt attempt =
            Attempt.withoutPerson(
                caller.who(new TenantId(org.get().tenant())),
                List.of(),
                named.isBlank() ? Why.NONE : Why.administrative(named),
                action,
                clock.instant());
        logs.forTenant(org.get().tenant())
            .append(AccessRecord.of(attempt, Outcome.denied(refused.reason())));
      }
      throw refused;
    }
  }

  /** Registers or replaces a purpose of its tenant. */
  public void registerPurpose(Purpose purpose) {
    Sql.run(
        FAILED,
        () -> {
          registry.putPurpose(purpose, true);
          snapshots.changed(purpose.tenant());
        });
  }

  /**
   * Adds the common municipal purposes ({@code resident-tax}, ...) the tenant has not registered
   * yet.
   */
  public void seedPurposes(String tenant) {
    Sql.run(
        FAILED,
        () -> {
          for (Purpose p : CommonPurposes.forTenant(tenant)) {
            registry.putPurpose(p, false);
          }
          snapshots.changed(tenant);
        });
  }

  /** The tenant's purposes, by id. */
  public List<Purpose> purposes(String tenant) {
    return Sql.run(FAILED, () -> registry.purposes(tenant));
  }

  /**
   * Entrusts work from the caller's organisation to {@code to}: a first entrustment from the tenant
   * (active at once, refused with {@code contract.incomplete} without the mandatory clauses; but
   * requested, awaiting the security officer, when its scope shows the My Number or the bank
   * account in the clear), or under {@code parentId}, which the caller's organisation holds, a
   * re-entrustment that stays requested until approved, or is approved at once under the parent's
   * advance permission for that subcontractor. Refused with {@code scope.*} when its scope is wider
   * than the parent's, and with {@code chain.too-deep} below a chain that already holds 64
   * re-entrustments.
   */
  public Entrustment create(
      @Nullable String parentId, String to, Contract contract, Scope scope, Caller caller) {
    refuseNumbers(contract, scope);
    return changed(
        Action.ENTRUSTMENT_CREATE,
        caller,
        parentId,
        () -> changes.create(parentId, to, contract, scope, caller));
  }

  /**
   * Refuses an entrustment whose free text holds a My Number in any spelling, before anything is
   * stored or logged: the staff list, the compliance reports, the advance terms and the person set
   * are shown to admins, officers and auditors and kept for as long as the entrustment.
   *
   * @throws mamori.core.NumberText.Held naming the field
   */
  static void refuseNumbers(Contract contract, Scope scope) {
    for (String s : contract.staff()) {
      NumberText.refuseNumberIn("the contract's staff list", s);
    }
    NumberText.refuseNumberIn("the contract's compliance reports", contract.complianceReports());
    if (contract.advance() != null) {
      NumberText.refuseNumberIn(
          "the advance terms' subcontractor", contract.advance().subcontractor());
      NumberText.refuseNumberIn(
          "the advance terms' capability documents", contract.advance().capabilityDocuments());
    }
    NumberText.refuseNumberIn("the scope's persons", scope.persons().text());
  }

  /**
   * Approves a requested entrustment; only the security officer of the tenant at its root may, and
   * never the user who requested it ({@code approval.own-request}).
   */
  public Entrustment approve(String id, Caller approver) {
    return changed(Action.ENTRUSTMENT_APPROVE, approver, id, () -> changes.approve(id, approver));
  }

  /**
   * Permits in advance re-entrustments under {@code id} to the subcontractor its contract names;
   * only the root tenant's security officer may, and only when the contract records the three
   * conditions.
   */
  public Entrustment approveInAdvance(String id, Caller approver) {
    return changed(
        Action.ENTRUSTMENT_APPROVE_ADVANCE,
        approver,
        id,
        () -> changes.approveInAdvance(id, approver));
  }

  /** Suspends an active entrustment, and so everything below it. */
  public Entrustment suspend(String id, Caller caller) {
    return changed(
        Action.ENTRUSTMENT_SUSPEND, caller, id, () -> changes.move(id, Status.SUSPENDED, caller));
  }

  /** Resumes a suspended entrustment; only the root tenant's security officer may. */
  public Entrustment resume(String id, Caller caller) {
    return changed(
        Action.ENTRUSTMENT_RESUME, caller, id, () -> changes.move(id, Status.ACTIVE, caller));
  }

  /**
   * Replaces the staff list of {@code id} with {@code staff}, user ids of the organisation that
   * holds it ({@code staff.not-user} otherwise); by the tenant's security officer or the entrusting
   * body's admin or officer. Logged first ({@code entrustment.staff-change}); it moves the tenant's
   * epoch, so an operator taken off the list is refused ({@code staff.not-listed}) from the very
   * next read.
   *
   * @throws IllegalArgumentException for a list of the wrong shape (too long, a blank entry), or
   *     {@link mamori.core.NumberText.Held} for one holding a number; nothing is logged or changed
   */
  public Entrustment changeStaff(String id, List<String> staff, Caller caller) {
    for (String s : staff) {
      NumberText.refuseNumberIn("the contract's staff list", s);
    }
    List<String> list = new Contract(false, false, staff, false, false, false, "", null).staff();
    return changed(
        Action.ENTRUSTMENT_STAFF_CHANGE, caller, id, () -> changes.changeStaff(id, list, caller));
  }

  /** Revokes an entrustment for good, and so everything below it. */
  public Entrustment revoke(String id, Caller caller) {
    return changed(
        Action.ENTRUSTMENT_REVOKE, caller, id, () -> changes.move(id, Status.REVOKED, caller));
  }

  /**
   * Runs a change, then moves the epoch of the changed entrustment's tenant. A refusal is recorded
   * in the log of the caller's tenant as {@code deny:<code>}, naming the entrustment when the id is
   * well formed.
   */
  private Entrustment changed(
      Action action, Caller caller, @Nullable String id, Supplier<Entrustment> change) {
    try {
      return Sql.run(
          FAILED,
          () -> {
            Entrustment e = change.get();
            snapshots.changed(e.tenant());
            return e;
          });
    } catch (EntrustmentException refused) {
      logRefusal(action, caller, id, refused);
      throw refused;
    }
  }

  /**
   * Records a refused change or download in the log of the caller's tenant as {@code deny:<code>},
   * naming the entrustment when the id is well formed; nothing when the caller's organisation is
   * unknown.
   */
  void logRefusal(Action action, Caller caller, @Nullable String id, EntrustmentException refused) {
    Optional<Organisation> org = organisation(caller.organisation());
    if (org.isPresent()) {
      // a caller's id is named (and is the record's case) only when well formed and holding no
      // number: "ent-1234-5678-9012" fits the pattern but must never reach the log
      List<String> named =
          id != null
                  && WELL_FORMED_ID.matcher(id).matches()
                  && !mamori.core.NumberText.holdsNumber(id)
              ? List.of(id)
              : List.of();
      Attempt attempt =
          Attempt.withoutPerson(
              caller.who(new TenantId(org.get().tenant())),
              named,
              named.isEmpty() ? Why.NONE : Why.administrative(named.getFirst()),
              action,
              clock.instant());
      logs.forTenant(org.get().tenant())
          .append(AccessRecord.of(attempt, Outcome.denied(refused.reason())));
    }
  }

  /** The ids of {@code e}'s chain, root first, ending with {@code e}. */
  List<String> chainIds(Entrustment e) {
    return Sql.run(
        FAILED, () -> decider.chain(e, new HashMap<>()).stream().map(Entrustment::id).toList());
  }

  /** Who requested {@code id}; empty for one stored before V20 or unknown. */
  public Optional<String> requestedBy(String tenant, String id) {
    return Sql.run(FAILED, () -> table.requestedBy(tenant, id));
  }

  /**
   * Every entrustment of {@code tenant}, oldest first: the tree the first entrusting body's officer
   * sees.
   */
  public List<Entrustment> all(String tenant) {
    return Sql.run(FAILED, () -> table.all(tenant));
  }

  /**
   * The entrustments of {@code tenant} whose person set is exactly {@code persons}, re-entrustments
   * too, oldest first: those that give one job ({@link PersonSet.Job}), read by the set rather than
   * the whole tree.
   */
  public List<Entrustment> covering(String tenant, PersonSet persons) {
    return Sql.run(FAILED, () -> table.covering(tenant, persons));
  }

  public Optional<Entrustment> entrustment(String tenant, String id) {
    return Sql.run(FAILED, () -> table.byId(tenant, id));
  }

  /** The entrustments {@code organisation} holds, oldest first. */
  public List<Entrustment> heldBy(String organisation) {
    return Sql.run(
        FAILED,
        () -> {
          Lookup at = snapshots.current();
          Optional<Organisation> o = at.organisation(organisation);
          return o.isEmpty() ? List.<Entrustment>of() : at.heldBy(o.get().tenant(), o.get().id());
        });
  }

  /**
   * The entrustments {@code organisation} gives (first entrustments and re-entrustments), oldest
   * first.
   */
  public List<Entrustment> givenBy(String organisation) {
    return organisation(organisation)
        .map(o -> Sql.run(FAILED, () -> table.givenBy(o.tenant(), o.id())))
        .orElse(List.of());
  }

  /** Where an entrustment stands today: its own state, expiry, or the ancestor that cuts it. */
  /**
   * The entrustments given to {@code organisation} that are in force today, judged on the same
   * snapshot decisions are made on (no read of the store when it is current): what a listing's
   * scope is made of, on the path of every read.
   */
  public List<Entrustment> activeHeldBy(String organisation) {
    return Sql.run(
        FAILED,
        () -> {
          Lookup at = snapshots.current();
          Optional<Organisation> o = at.organisation(organisation);
          if (o.isEmpty()) {
            return List.<Entrustment>of();
          }
          LocalDate today = changes.today();
          return at.heldBy(o.get().tenant(), o.get().id()).stream()
              .filter(
                  e -> ChainDecider.standing(decider.chain(e, new HashMap<>(), at), today).active())
              .toList();
        });
  }

  public Standing standing(Entrustment e) {
    return Sql.run(
        FAILED, () -> ChainDecider.standing(decider.chain(e, new HashMap<>()), changes.today()));
  }

  /**
   * Runs {@code call} with every decision and listing in it made on one reading of each tenant's
   * entrustments (one read of its epoch, not one a decision): for a call that decides several
   * times, such as one request of a desk. A change that returned before the call began is seen by
   * every decision in it; the next call reads again.
   */
  public <T> T oneCall(Supplier<T> call) {
    return snapshots.oneCall(call);
  }

  /** Decides an access; logs and counts nothing. */
  public Decision decide(Request request) {
    return Sql.run(FAILED, () -> decider.decide(request, snapshots.current()));
  }

  /**
   * Counts {@code n} accesses of an allowed decision against the daily cap of every entrustment of
   * its chain, atomically: all counted, or none when one cap would be passed (then false).
   */
  public boolean tryConsume(Decision allowed, long n) {
    if (!allowed.allowed() || n < 1) {
      throw new IllegalArgumentException("only an allowed decision consumes, and at least 1");
    }
    if (allowed.chain().isEmpty()) {
      return true;
    }
    return Sql.run(
        FAILED,
        () -> {
          List<VolumeTable.Link> links = new java.util.ArrayList<>();
          Lookup at = snapshots.current();
          for (String id : allowed.chain()) {
            Entrustment e = at.byId(allowed.tenant(), id).orElseThrow();
            links.add(new VolumeTable.Link(id, e.scope().dailyCap()));
          }
          return volume.tryConsume(allowed.tenant(), links, allowed.day(), n);
        });
  }

  /**
   * Un-counts {@code n} accesses {@link #tryConsume} counted for an allowed decision whose record
   * the log then refused or could not write: an access that left no trace uses up no volume.
   */
  public void giveBack(Decision allowed, long n) {
    if (!allowed.allowed() || n < 1) {
      throw new IllegalArgumentException("only an allowed decision gives back, and at least 1");
    }
    List<VolumeTable.Link> links =
        allowed.chain().stream().map(id -> new VolumeTable.Link(id, 0)).toList();
    volume.refund(allowed.tenant(), links, allowed.day(), n);
  }

  /**
   * Counts {@code n} accesses of a staff member of the tenant against their own daily volume
   * ({@code staff_volume}), atomically against {@code cap}; false (nothing counted) when it would
   * pass the cap. Leased in blocks like an entrustment's volume.
   */
  public boolean tryConsumeOwn(String tenant, String user, LocalDate day, long cap, long n) {
    if (n < 1) {
      throw new IllegalArgumentException("at least 1");
    }
    return Sql.run(
        FAILED,
        () -> ownVolume.tryConsume(tenant, List.of(new VolumeTable.Link(user, cap)), day, n));
  }

  /** Un-counts {@code n} accesses {@link #tryConsumeOwn} counted that left no record. */
  public void giveBackOwn(String tenant, String user, LocalDate day, long n) {
    ownVolume.refund(tenant, List.of(new VolumeTable.Link(user, 0)), day, n);
  }

  /** A staff member's accesses counted on a day. */
  public long countOwn(String tenant, String user, LocalDate day) {
    return Sql.run(FAILED, () -> ownVolume.count(tenant, user, day));
  }

  /** The accesses counted against an entrustment on a day. */
  public long count(String tenant, String entrustmentId, LocalDate day) {
    return Sql.run(FAILED, () -> volume.count(tenant, entrustmentId, day));
  }

  /**
   * Gives the daily volume this instance leased but did not use back to the store (see {@link
   * VolumeLeases}); without it, as after a crash, that volume stays counted, which only refuses
   * earlier, never later.
   */
  @Override
  public void close() {
    Sql.run(FAILED, volume::giveBack);
    Sql.run(FAILED, ownVolume::giveBack);
  }
}
