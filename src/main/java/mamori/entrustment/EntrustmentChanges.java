package mamori.entrustment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.entrustment.Entrustment.Approval;
import mamori.entrustment.Entrustment.Status;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import org.jspecify.annotations.Nullable;

/**
 * Creating, approving, suspending, resuming and revoking entrustments (LAW.md Art. 10, 11).
 *
 * <p>Design. Every change is checked in full, then written to the tenant's log as an access record
 * ({@code entrustment.create}, {@code .approve}, {@code .approve-advance}, {@code .suspend}, {@code
 * .resume}, {@code .revoke}; the chain is the entrustment's, root first), and only then stored:
 * when the log fails nothing changes. A stored change is a conditional update on the state checked,
 * so of two concurrent changes one is refused ({@code state.changed}); its log record then
 * over-reports an attempt, never under-reports a change. Only the security officer of the tenant at
 * the root approves, whatever the depth; approval in advance needs the three conditions recorded on
 * the parent's contract.
 *
 * <p>Two people for the most sensitive grants: a first entrustment is active at once unless its
 * scope shows the My Number or the bank account in the clear ({@link Scope#needsSecondPerson});
 * then it stays requested until the tenant's security officer approves it, and whoever requested an
 * entrustment never approves it ({@code approval.own-request}), so an admin alone, or an officer
 * alone, cannot hand out the clear number.
 */
final class EntrustmentChanges {
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final String LETTERS = "abcdefghjkmnpqrstvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  /**
   * The most re-entrustment requests one organisation may have waiting for approval (requested,
   * neither approved nor revoked). Each waits on the root tenant's security officer, so a
   * contractor cannot bury the officer's queue; a request approved in advance does not wait and is
   * not counted. Two requests made at the same instant may both pass the count: the bound can be
   * passed by the number of concurrent requests, never without limit.
   */
  static final int MAX_PENDING = 20;

  private final RegistryTable registry;
  private final EntrustmentTable table;
  private final ChainDecider chains;
  private final TransparencyLogs logs;
  private final Consumer<Object> events;
  private final StaffDirectory directory;
  private final Clock clock;

  EntrustmentChanges(
      RegistryTable registry,
      EntrustmentTable table,
      ChainDecider chains,
      TransparencyLogs logs,
      Consumer<Object> events,
      StaffDirectory directory,
      Clock clock) {
    this.directory = directory;
    this.registry = registry;
    this.table = table;
    this.chains = chains;
    this.logs = logs;
    this.events = events;
    this.clock = clock;
  }

  Entrustment create(
      @Nullable String parentId, String to, Contract contract, Scope scope, Caller caller) {
    Organisation from = organisation(caller.organisation());
    String tenant = from.tenant();
    if (caller.role() != Role.ORG_ADMIN && caller.role() != Role.SECURITY_OFFICER) {
      throw refused(
          Reason.ROLE_NOT_ALLOWED,
          "only an organisation admin or a security officer entrusts work");
    }
    Organisation target =
        registry
            .organisation(to)
            .filter(o -> o.tenant().equals(tenant))
            .orElseThrow(() ->
                refused(
                    Reason.ORGANISATION_UNKNOWN, "no organisation " + to + " works for " + tenant));
    if (target.kind() == Organisation.Kind.CONTROLLER) {
      throw refused(
          Reason.ORGANISATION_CONTROLLER,
          "work is entrusted to a contractor or subcontractor, not to the tenant");
    }
    requireUsers(target.id(), contract.staff());
    for (String p : scope.purposes()) {
      if (registry.purposes(tenant).stream().noneMatch(q -> q.id().equals(p))) {
        throw refused(Reason.PURPOSE_UNKNOWN, "purpose " + p + " is not registered by " + tenant);
      }
    }
    Instant now = clock.instant();
    List<Entrustment> above = List.of();
    Status status = Status.REQUESTED;
    @Nullable Approval approval = null;
    if (parentId == null) {
      if (from.kind() != Organisation.Kind.CONTROLLER) {
        throw refused(
            Reason.CHAIN_NOT_ROOT,
            "only the tenant entrusts first; a contractor re-entrusts under its entrustment");
      }
      requireClauses(contract);
      status = scope.needsSecondPerson() ? Status.REQUESTED : Status.ACTIVE;
    } else {
      Entrustment parent = find(tenant, parentId);
      if (!parent.to().equals(from.id())) {
        throw refused(
            Reason.CHAIN_NOT_HOLDER,
            "only the organisation holding " + parentId + " re-entrusts under it");
      }
      above = chains.chain(parent, new HashMap<>());
      if (above.size() > ChainDecider.MAX_REENTRUSTMENTS) {
        throw refused(
            Reason.CHAIN_TOO_DEEP,
            "a chain holds at most "
                + ChainDecider.MAX_REENTRUSTMENTS
                + " re-entrustments below its first entrustment, and "
                + parentId
                + " is at the bottom of a full one");
      }
      if (above.stream().anyMatch(e -> e.from().equals(to) || e.to().equals(to))) {
        throw refused(Reason.CHAIN_CYCLE, to + " is already in the chain of " + parentId);
      }
      Optional<Reason> wider = scope.widerThan(parent.scope());
      if (wider.isPresent()) {
        throw refused(
            wider.get(),
            "a re-entrustment's scope lies within its parent's, and this one's "
                + wider.get().code().substring("scope.".length())
                + " do not");
      }
      Contract.AdvanceTerms terms = parent.contract().advance();
      if (parent.advanceApproval() != null
          && terms != null
          && terms.subcontractor().equals(to)
          && contract.missingClauses().isEmpty()) {
        status = Status.ACTIVE;
        approval = new Approval(true, parent.advanceApproval().by(), now);
      }
    }
    if (status == Status.REQUESTED && table.pendingFrom(tenant, from.id()) >= MAX_PENDING) {
      throw refused(
          Reason.PENDING_LIMIT,
          from.id()
              + " already has "
              + MAX_PENDING
              + " re-entrustment requests waiting for approval; one must be approved or revoked"
              + " first");
    }
    String id = newId();
    Entrustment made =
        new Entrustment(
            id, tenant, parentId, from.id(), to, contract, scope, status, approval, null);
    log(caller, tenant, above, id, Action.ENTRUSTMENT_CREATE, now);
    table.insert(made, caller.user(), now);
    if (approval != null) {
      events.accept(new EntrustmentApproved(tenant, id, approval.by(), now, true));
    }
    return made;
  }

  Entrustment approve(String id, Caller caller) {
    Organisation org = organisation(caller.organisation());
    Entrustment e = find(org.tenant(), id);
    requireRootOfficer(e, caller, "approves a re-entrustment");
    if (e.status() != Status.REQUESTED) {
      throw refused(
          Reason.STATE_INVALID,
          id + " is " + e.status().name().toLowerCase(java.util.Locale.ROOT) + ", not requested");
    }
    requireClauses(e.contract());
    if (caller.user().equals(table.requestedBy(e.tenant(), id).orElse(null))) {
      throw refused(
          Reason.APPROVAL_OWN_REQUEST,
          id + " was requested by " + caller.user() + "; another security officer approves it");
    }
    Instant now = clock.instant();
    log(caller, e.tenant(), chain(e), null, Action.ENTRUSTMENT_APPROVE, now);
    Approval approval = new Approval(false, caller.user(), now);
    if (!table.move(e.tenant(), id, Status.REQUESTED, Status.ACTIVE, approval, now)) {
      throw refused(Reason.STATE_CHANGED, id + " changed meanwhile; nothing was approved");
    }
    events.accept(new EntrustmentApproved(e.tenant(), id, caller.user(), now, false));
    return find(e.tenant(), id);
  }

  Entrustment approveInAdvance(String id, Caller caller) {
    Entrustment e = find(organisation(caller.organisation()).tenant(), id);
    requireRootOfficer(e, caller, "permits re-entrustment in advance");
    Contract.AdvanceTerms terms = e.contract().advance();
    if (terms == null || !terms.complete()) {
      throw refused(
          Reason.ADVANCE_CONDITIONS_MISSING,
          "advance permission needs the subcontractor named, its"
              + " capability checked on documents and regular reports by the contractor, all recorded in "
              + id
              + "'s contract");
    }
    Instant now = clock.instant();
    log(caller, e.tenant(), chain(e), null, Action.ENTRUSTMENT_APPROVE_ADVANCE, now);
    if (!table.approveInAdvance(e.tenant(), id, new Approval(true, caller.user(), now))) {
      throw refused(Reason.STATE_INVALID, id + " already has advance permission");
    }
    return find(e.tenant(), id);
  }

  /** Suspends (ACTIVE to SUSPENDED), resumes (back) or revokes (anything but REVOKED). */
  Entrustment move(String id, Status next, Caller caller) {
    Entrustment e = find(organisation(caller.organisation()).tenant(), id);
    boolean rootOfficer =
        caller.organisation().equals(e.tenant()) && caller.role() == Role.SECURITY_OFFICER;
    boolean giver =
        caller.organisation().equals(e.from())
            && (caller.role() == Role.SECURITY_OFFICER || caller.role() == Role.ORG_ADMIN);
    if (!rootOfficer && !(giver && next != Status.ACTIVE)) {
      throw refused(
          Reason.APPROVAL_NOT_ROOT_OFFICER,
          "the tenant's security officer, or for a suspension or revocation"
              + " the entrusting body's admin or officer, changes "
              + id);
    }
    Status expected = e.status();
    boolean valid =
        switch (next) {
          case SUSPENDED -> expected == Status.ACTIVE;
          case ACTIVE -> expected == Status.SUSPENDED;
          default -> expected != Status.REVOKED;
        };
    if (!valid) {
      throw refused(
          Reason.STATE_INVALID, id + " is " + expected.name().toLowerCase(java.util.Locale.ROOT));
    }
    Action action =
        switch (next) {
          case SUSPENDED -> Action.ENTRUSTMENT_SUSPEND;
          case ACTIVE -> Action.ENTRUSTMENT_RESUME;
          default -> Action.ENTRUSTMENT_REVOKE;
        };
    Instant now = clock.instant();
    log(caller, e.tenant(), chain(e), null, action, now);
    if (!table.move(e.tenant(), id, expected, next, null, now)) {
      throw refused(Reason.STATE_CHANGED, id + " changed meanwhile; nothing was done");
    }
    events.accept(
        switch (next) {
          case SUSPENDED -> new EntrustmentSuspended(e.tenant(), id, caller.user(), now);
          case ACTIVE -> new EntrustmentResumed(e.tenant(), id, caller.user(), now);
          default -> new EntrustmentRevoked(e.tenant(), id, caller.user(), now);
        });
    return find(e.tenant(), id);
  }

  /**
   * Replaces the staff list of {@code id} (issue 14): the tenant's security officer, or the
   * entrusting body's admin or officer, may; every entry must be a user of the holding organisation
   * and the list may not be empty. Logged, then stored; the caller moves the epoch, so an operator
   * taken off the list is refused from the next decision on.
   */
  Entrustment changeStaff(String id, List<String> staff, Caller caller) {
    Entrustment e = find(organisation(caller.organisation()).tenant(), id);
    boolean rootOfficer =
        caller.organisation().equals(e.tenant()) && caller.role() == Role.SECURITY_OFFICER;
    boolean giver =
        caller.organisation().equals(e.from())
            && (caller.role() == Role.SECURITY_OFFICER || caller.role() == Role.ORG_ADMIN);
    if (!rootOfficer && !giver) {
      throw refused(
          Reason.APPROVAL_NOT_ROOT_OFFICER,
          "the tenant's security officer, or the entrusting body's admin or officer, changes the"
              + " staff list of "
              + id);
    }
    if (e.status() == Status.REVOKED) {
      throw refused(Reason.STATE_INVALID, id + " is revoked");
    }
    if (staff.isEmpty()) {
      throw refused(Reason.CONTRACT_INCOMPLETE, "a staff list names at least one user");
    }
    Contract k = e.contract();
    Contract next =
        new Contract(
            k.confidentiality(),
            k.noTakingOffPremises(),
            staff,
            k.inspectionRight(),
            k.noUseOutsidePurpose(),
            k.returnOrDisposal(),
            k.complianceReports(),
            k.advance());
    requireUsers(e.to(), next.staff());
    Instant now = clock.instant();
    log(caller, e.tenant(), chain(e), null, Action.ENTRUSTMENT_STAFF_CHANGE, now);
    if (!table.changeStaff(e.tenant(), id, k.staff(), next.staff(), now)) {
      throw refused(
          Reason.STATE_CHANGED, id + " changed meanwhile; its staff list was not changed");
    }
    return find(e.tenant(), id);
  }

  /**
   * Refuses a staff list naming anyone who is not a user of {@code holder}; the entry is named by
   * its place, never repeated.
   */
  private void requireUsers(String holder, List<String> staff) {
    for (int i = 0; i < staff.size(); i++) {
      if (!directory.isUserOf(holder, staff.get(i))) {
        throw refused(
            Reason.STAFF_NOT_USER,
            "entry " + (i + 1) + " of the staff list is not a user id of " + holder);
      }
    }
  }

  private void requireRootOfficer(Entrustment e, Caller caller, String what) {
    if (!caller.organisation().equals(e.tenant()) || caller.role() != Role.SECURITY_OFFICER) {
      throw refused(
          Reason.APPROVAL_NOT_ROOT_OFFICER,
          "only the security officer of " + e.tenant() + ", the first entrusting body, " + what);
    }
  }

  private static void requireClauses(Contract contract) {
    if (!contract.missingClauses().isEmpty()) {
      throw refused(
          Reason.CONTRACT_INCOMPLETE,
          "the contract lacks " + String.join(", ", contract.missingClauses()));
    }
  }

  private List<Entrustment> chain(Entrustment e) {
    return chains.chain(e, new HashMap<>());
  }

  private void log(
      Caller caller,
      String tenant,
      List<Entrustment> chain,
      @Nullable String last,
      Action action,
      Instant now) {
    List<String> ids = new java.util.ArrayList<>(chain.stream().map(Entrustment::id).toList());
    if (last != null) {
      ids.add(last);
    }
    // an administrative record names no purpose; its case is the entrustment it changed
    Why why = ids.isEmpty() ? Why.NONE : Why.administrative(ids.getLast());
    logs.forTenant(tenant)
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(caller.who(new TenantId(tenant)), ids, why, action, now),
                Outcome.allowed()));
  }

  private Organisation organisation(String id) {
    return registry
        .organisation(id)
        .orElseThrow(() -> refused(Reason.ORGANISATION_UNKNOWN, "no organisation " + id));
  }

  private Entrustment find(String tenant, String id) {
    return table
        .byId(tenant, id)
        .orElseThrow(
            () -> refused(Reason.ENTRUSTMENT_UNKNOWN, "no entrustment " + id + " of " + tenant));
  }

  static EntrustmentException refused(Reason reason, String message) {
    return new EntrustmentException(reason, message);
  }

  /**
   * A random id such as {@code ent-k7m2-p4qx-a9rt}: each group starts with a letter, so no long
   * digit runs.
   */
  static String newId() {
    StringBuilder id = new StringBuilder("ent");
    for (int g = 0; g < 3; g++) {
      id.append('-').append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
      for (int i = 0; i < 3; i++) {
        id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
    }
    return id.toString();
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(ChainDecider.JAPAN));
  }
}
