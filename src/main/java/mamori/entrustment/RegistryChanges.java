package mamori.entrustment;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Why;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;

/*
 * Design. Who may register and change what, kept as small as it can be and still safe:
 * - the tenant's security officer or organisation admin registers contractors and subcontractors and
 *   changes any detail of any organisation of the tenant, and registers and changes purposes;
 * - a contractor's (or subcontractor's) organisation admin registers subcontractors tied to its own
 *   organisation (kind SUBCONTRACTOR, parent = its organisation), and changes its own organisation's
 *   address and networks, nothing else: not its name, corporate number or country (the country is
 *   what the contract allows), and nothing of another organisation;
 * - no one else changes anything.
 * Each change is checked in full, then written to the tenant's log (organisation.add, .change,
 * purpose.add, .change, the organisation's or purpose's id as the case), and only then stored, so a
 * closed log changes nothing. A refusal is an EntrustmentException, which Entrustments logs as a
 * denial in the caller's tenant's log.
 */
/** Registering and changing organisations and purposes (issue 14, points 2 and 3). */
final class RegistryChanges {
  private final RegistryTable registry;
  private final TransparencyLogs logs;
  private final Clock clock;

  RegistryChanges(RegistryTable registry, TransparencyLogs logs, Clock clock) {
    this.registry = registry;
    this.logs = logs;
    this.clock = clock;
  }

  Organisation addOrganisation(Organisation org, Caller caller) {
    Organisation own = callerOrganisation(caller);
    if (!org.tenant().equals(own.tenant())) {
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_NOT_OWN,
          "an organisation is registered for the caller's own tenant, " + own.tenant());
    }
    if (org.kind() == Organisation.Kind.CONTROLLER) {
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_CONTROLLER,
          "a tenant is set up with its own command; here contractors and subcontractors are"
              + " registered");
    }
    if (own.kind() == Organisation.Kind.CONTROLLER) {
      requireAdministrator(caller, "registers an organisation");
      String parent = org.parent();
      if (parent != null
          && registry.organisation(parent).filter(p -> p.tenant().equals(own.tenant())).isEmpty()) {
        throw EntrustmentChanges.refused(
            Reason.ORGANISATION_UNKNOWN, "no contractor " + parent + " works for " + own.tenant());
      }
    } else {
      if (caller.role() != Role.ORG_ADMIN) {
        throw EntrustmentChanges.refused(
            Reason.ROLE_NOT_ALLOWED, "only an organisation admin registers a subcontractor");
      }
      if (org.kind() != Organisation.Kind.SUBCONTRACTOR || !own.id().equals(org.parent())) {
        throw EntrustmentChanges.refused(
            Reason.ORGANISATION_NOT_OWN,
            "a contractor's admin registers only subcontractors tied to " + own.id());
      }
      // no wider than itself: a subcontractor in another country, or on networks the contractor
      // was not given, is the tenant's to register
      if (!org.country().equals(own.country()) || !within(org.networks(), own.networks())) {
        throw EntrustmentChanges.refused(
            Reason.ORGANISATION_NOT_OWN,
            "a contractor's admin registers a subcontractor in its own country and within its own"
                + " networks; the tenant registers any other");
      }
    }
    requireDetails(org);
    if (registry.organisation(org.id()).isPresent()) {
      throw EntrustmentChanges.refused(
          Reason.REGISTRY_TAKEN, "organisation id " + org.id() + " is taken");
    }
    log(caller, own.tenant(), Action.ORGANISATION_ADD, org.id());
    if (!registry.addOrganisation(org)) {
      throw EntrustmentChanges.refused(
          Reason.REGISTRY_TAKEN, "organisation id " + org.id() + " was taken meanwhile");
    }
    return org;
  }

  Organisation changeOrganisation(String id, UnaryOperator<Organisation> change, Caller caller) {
    Organisation own = callerOrganisation(caller);
    Organisation before =
        registry
            .organisation(id)
            .filter(o -> o.tenant().equals(own.tenant()))
            .orElseThrow(() ->
                EntrustmentChanges.refused(
                    Reason.ORGANISATION_UNKNOWN,
                    "no organisation " + id + " works for " + own.tenant()));
    // whatever the change returns, the id, kind, tenant and parent are the stored ones
    Organisation asked = Objects.requireNonNull(change.apply(before), "change");
    Organisation after =
        before.withDetails(
            asked.name(),
            asked.corporateNumber(),
            asked.address(),
            asked.country(),
            asked.networks());
    if (own.kind() == Organisation.Kind.CONTROLLER) {
      requireAdministrator(caller, "changes an organisation");
    } else if (!own.id().equals(before.id())) {
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_NOT_OWN,
          "only the tenant changes another organisation's details, not " + own.id());
    } else if (caller.role() != Role.ORG_ADMIN) {
      throw EntrustmentChanges.refused(
          Reason.ROLE_NOT_ALLOWED, "only the organisation's admin changes its address or networks");
    } else if (!after.name().equals(before.name())
        || !Objects.equals(after.corporateNumber(), before.corporateNumber())
        || !after.country().equals(before.country())) {
      throw EntrustmentChanges.refused(
          Reason.ROLE_NOT_ALLOWED,
          "an organisation's own admin changes its address and networks; its name, corporate"
              + " number and country are changed by the tenant");
    } else if (!within(after.networks(), before.networks())) {
      // its own admin may narrow where its people work, never widen it: that is the tenant's
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_NOT_OWN,
          "an organisation's own admin only narrows its networks; the tenant widens them");
    }
    if (after.kind() != Organisation.Kind.CONTROLLER) {
      requireDetails(after);
    }
    log(caller, own.tenant(), Action.ORGANISATION_CHANGE, id);
    if (!registry.updateOrganisation(after)) {
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_UNKNOWN, "organisation " + id + " was removed meanwhile");
    }
    return after;
  }

  Purpose addPurpose(Purpose purpose, Caller caller) {
    requirePurposeAdministrator(purpose, caller);
    if (registry.purposes(purpose.tenant()).stream().anyMatch(p -> p.id().equals(purpose.id()))) {
      throw EntrustmentChanges.refused(
          Reason.REGISTRY_TAKEN, "purpose " + purpose.id() + " is already registered");
    }
    log(caller, purpose.tenant(), Action.PURPOSE_ADD, purpose.id());
    if (!registry.addPurpose(purpose)) {
      throw EntrustmentChanges.refused(
          Reason.REGISTRY_TAKEN, "purpose " + purpose.id() + " was registered meanwhile");
    }
    return purpose;
  }

  Purpose changePurpose(Purpose purpose, Caller caller) {
    requirePurposeAdministrator(purpose, caller);
    if (registry.purposes(purpose.tenant()).stream().noneMatch(p -> p.id().equals(purpose.id()))) {
      throw EntrustmentChanges.refused(
          Reason.PURPOSE_UNKNOWN,
          "purpose " + purpose.id() + " is not registered by " + purpose.tenant());
    }
    log(caller, purpose.tenant(), Action.PURPOSE_CHANGE, purpose.id());
    if (!registry.updatePurpose(purpose)) {
      throw EntrustmentChanges.refused(
          Reason.PURPOSE_UNKNOWN, "purpose " + purpose.id() + " was removed meanwhile");
    }
    return purpose;
  }

  private void requirePurposeAdministrator(Purpose purpose, Caller caller) {
    Organisation own = callerOrganisation(caller);
    if (own.kind() != Organisation.Kind.CONTROLLER || !own.id().equals(purpose.tenant())) {
      throw EntrustmentChanges.refused(
          Reason.ORGANISATION_NOT_CONTROLLER,
          "only the tenant's own security officer or admin registers and changes its purposes");
    }
    requireAdministrator(caller, "registers or changes a purpose");
  }

  private static void requireAdministrator(Caller caller, String what) {
    if (caller.role() != Role.SECURITY_OFFICER && caller.role() != Role.ORG_ADMIN) {
      throw EntrustmentChanges.refused(
          Reason.ROLE_NOT_ALLOWED,
          "only the tenant's security officer or organisation admin " + what);
    }
  }

  /** A contractor or subcontractor is registered with its corporate number and address. */
  private static void requireDetails(Organisation org) {
    if (org.corporateNumber() == null) {
      throw new IllegalArgumentException(
          "a contractor or subcontractor is registered with its corporate number (法人番号)");
    }
    if (org.address().isBlank()) {
      throw new IllegalArgumentException(
          "a contractor or subcontractor is registered with its address");
    }
  }

  private Organisation callerOrganisation(Caller caller) {
    return registry
        .organisation(caller.organisation())
        .orElseThrow(() ->
            EntrustmentChanges.refused(
                Reason.ORGANISATION_UNKNOWN, "no organisation " + caller.organisation()));
  }

  /** Logs the change before it is made: a closed log throws and nothing changes. */
  private void log(Caller caller, String tenant, Action action, String target) {
    logs.forTenant(tenant)
        .append(
            AccessRecord.of(
                Attempt.withoutPerson(
                    caller.who(new TenantId(tenant)),
                    List.of(),
                    Why.administrative(Why.caseFrom(target)),
                    action,
                    clock.instant()),
                Outcome.allowed()));
  }

  /** Whether every block of {@code narrower} lies within one of {@code wider}. */
  static boolean within(
      java.util.List<mamori.core.Network> narrower, java.util.List<mamori.core.Network> wider) {
    return narrower.stream().allMatch(n -> wider.stream().anyMatch(n::within));
  }
}
