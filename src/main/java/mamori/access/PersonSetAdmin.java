package mamori.access;

import java.time.Clock;
import java.util.List;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Outcome;
import mamori.core.PersonTag;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.Why;
import mamori.crypto.AgencyToken;
import mamori.identity.Principal;
import mamori.log.AccessRecord;
import mamori.log.TransparencyLogs;
import mamori.vault.Actor;
import mamori.vault.PersonSets;

/**
 * Who may build the controller's person sets (issue 14 point 5): tagging persons and making lists
 * are administrative acts of the tenant's own staff and security officer only. Anyone else (a
 * contractor, who would widen its own set; the tenant's auditors and organisation admins) is
 * refused, and the refusal is logged ({@code organisation.not-controller} or {@code
 * role.not-allowed}) before it answers. An allowed act is logged by {@link PersonSets} before it
 * takes effect. The log names the person tagged and the list made, never the tag's text.
 */
public final class PersonSetAdmin {
  private final PersonSets sets;
  private final AccessLog log;
  private final Clock clock;

  public PersonSetAdmin(PersonSets sets, TransparencyLogs logs, Clock clock) {
    this(sets, AccessLog.of(logs), clock);
  }

  PersonSetAdmin(PersonSets sets, AccessLog log, Clock clock) {
    this.sets = sets;
    this.log = log;
    this.clock = clock;
  }

  /**
   * Tags the person with the tenant's token {@code token}.
   *
   * @throws AccessException when the caller may not (logged)
   * @throws mamori.vault.VaultException when the token names no live person
   */
  public void tag(Principal p, AgencyToken token, PersonTag tag) {
    sets.tag(tenant(p), actor(p, Action.PERSON_TAG, Why.NONE), token, tag);
  }

  /** Removes a tag from a person; whether the person carried it. As {@link #tag}. */
  public boolean untag(Principal p, AgencyToken token, PersonTag tag) {
    return sets.untag(tenant(p), actor(p, Action.PERSON_UNTAG, Why.NONE), token, tag);
  }

  /**
   * Tags the persons an import registered, by their numbers: one {@code person.tag} record each.
   */
  public int tagNumbers(Principal p, List<mamori.number.IndividualNumber> numbers, PersonTag tag) {
    return sets.tagNumbers(tenant(p), actor(p, Action.PERSON_TAG, Why.NONE), numbers, tag);
  }

  /**
   * Makes list {@code id} from tokens or numbers ({@link PersonSets#createList}).
   *
   * @throws AccessException when the caller may not (logged)
   */
  public PersonSets.ListReport createList(
      Principal p, String id, String name, List<String> entries) {
    PersonSets.checkList(id, name);
    Actor actor = actor(p, Action.LIST_CREATE, Why.administrative(id));
    // a list made from numbers says which of them name a resident: only a working member of the
    // staff, who may find a person by number through the gate, makes one; an officer lists tokens
    if (p.role() != Role.STAFF
        && entries.stream().anyMatch(e -> mamori.core.NumberText.holdsNumber(e))) {
      log.append(
          tenant(p),
          AccessRecord.of(
              Attempt.withoutPerson(
                  p.who(), List.of(), Why.administrative(id), Action.LIST_CREATE, clock.instant()),
              Outcome.denied(Reason.ROLE_NOT_ALLOWED)));
      throw new AccessException(
          Reason.ROLE_NOT_ALLOWED, "only the tenant's working staff make a list from numbers");
    }
    return sets.createList(tenant(p), actor, id, name, entries);
  }

  /** The tenant's lists; the same callers as the acts that make them. */
  public List<PersonSets.PersonList> lists(Principal p) {
    actor(p, Action.LIST, Why.NONE);
    return sets.lists(tenant(p));
  }

  /** The caller as the acting staff member, or a logged refusal. */
  private Actor actor(Principal p, Action action, Why why) {
    Reason refused =
        !p.controller()
            ? Reason.ORGANISATION_NOT_CONTROLLER
            : p.role() == Role.STAFF || p.role() == Role.SECURITY_OFFICER
                ? null
                : Reason.ROLE_NOT_ALLOWED;
    if (refused != null) {
      log.append(
          tenant(p),
          AccessRecord.of(
              Attempt.withoutPerson(p.who(), List.of(), why, action, clock.instant()),
              Outcome.denied(refused)));
      throw new AccessException(refused, "only the tenant's staff build its person sets");
    }
    return new Actor(p.userId(), p.organisationId(), List.of(), why);
  }

  private static String tenant(Principal p) {
    return p.tenantId().value();
  }
}
