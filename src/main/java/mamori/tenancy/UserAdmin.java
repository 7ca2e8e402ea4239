package mamori.tenancy;

import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.entrustment.Entrustments;
import mamori.entrustment.Organisation;
import mamori.identity.ApiTokens;
import mamori.identity.Credentials;
import mamori.identity.Principal;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;

/*
 * Who may manage whom, decided here once for the console, the API and the command line:
 *  - an organisation's own ORG_ADMIN manages the users of that organisation (add, new enrolment address,
 *    disable);
 *  - the tenant's SECURITY_OFFICER manages the controller's users too, and the organisation admins of the
 *    tenant's contractors: the first admin of an organisation that has none (someone has to be first),
 *    and an existing admin's address or disabling (a contractor's admin gone rogue is stopped by the
 *    city), but not a contractor's other users;
 *  - only a security officer makes another security officer;
 *  - the controller has staff, admins, officers and auditors; a contractor only operators and admins;
 *  - unlocking a user and resetting a factor are the security officer's alone;
 *  - nobody disables themself.
 * A refusal of someone of the tenant is written to the log (user.not-own-organisation) and thrown; a user
 * or organisation of another tenant is answered as unknown, with nothing logged there. Every allowed act
 * is written to the tenant's log before it takes effect: when the append fails nothing changes.
 */
/** Adding, enrolling, disabling, unlocking and resetting the users of a tenant's organisations. */
public final class UserAdmin {
  static final Set<Role> CONTROLLER_ROLES =
      Set.of(Role.STAFF, Role.ORG_ADMIN, Role.SECURITY_OFFICER, Role.AUDITOR);
  static final Set<Role> CONTRACTOR_ROLES = Set.of(Role.OPERATOR, Role.ORG_ADMIN);

  private final Users users;
  private final Credentials credentials;
  private final ApiTokens tokens;
  private final Entrustments entrustments;
  private final Enrolments enrolments;
  private final AdminLog log;

  public UserAdmin(
      Users users,
      Credentials credentials,
      ApiTokens tokens,
      Entrustments entrustments,
      Enrolments enrolments,
      TransparencyLogs logs,
      java.time.Clock clock) {
    this.users = users;
    this.credentials = credentials;
    this.tokens = tokens;
    this.entrustments = entrustments;
    this.enrolments = enrolments;
    this.log = new AdminLog(logs, clock);
  }

  /** The actor may not manage this user or organisation; the refusal is in the log. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    Refused(Reason reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }

    public Reason reason() {
      return reason;
    }
  }

  /** No such user or organisation in the actor's tenant; nothing was logged or changed. */
  public static final class Unknown extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unknown(String message) {
      super(message, null, false, false);
    }
  }

  /** The sign-in changes only the security officer makes. */
  public enum SignInChange {
    UNLOCK(Action.USER_UNLOCK),
    END_SESSIONS(Action.USER_END_SESSIONS),
    RESET_FACTOR(Action.USER_RESET_FACTOR);

    final Action action;

    SignInChange(Action action) {
      this.action = action;
    }
  }

  /** A user just added, and the one-time address by which they enrol. */
  public record Added(User user, Enrolments.Issued enrolment) {}

  /**
   * Adds a user without a password to an organisation of the actor's tenant, written to the log
   * first ({@code user.add}), and issues their enrolment address ({@code user.enrolment-issue}).
   *
   * @throws IllegalArgumentException for a malformed or taken id, a bad name, or a role the
   *     organisation does not have
   * @throws Unknown for an organisation not of the actor's tenant
   * @throws Refused when the actor may not add this user (logged)
   */
  public Added add(
      Principal actor, String organisationId, String userId, String displayName, Role role) {
    Organisation org = organisation(actor, organisationId);
    checkNew(userId, displayName);
    if (!free(userId)) {
      throw new IllegalArgumentException("user " + userId + " exists already");
    }
    Set<Role> roles =
        org.kind() == Organisation.Kind.CONTROLLER ? CONTROLLER_ROLES : CONTRACTOR_ROLES;
    if (!roles.contains(role)) {
      throw new IllegalArgumentException(
          "a "
              + (org.kind() == Organisation.Kind.CONTROLLER ? "controller" : "contractor")
              + " has no user of role "
              + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    boolean first =
        role == Role.ORG_ADMIN
            && users.list(org.tenant()).stream()
                .noneMatch(u ->
                    u.organisationId().equals(org.id())
                        && u.role() == Role.ORG_ADMIN
                        && !u.disabled());
    if (!mayManage(actor, org, role, first) || !mayAdd(actor, role)) {
      throw refuse(actor, Action.USER_ADD, userId, org.id());
    }
    log.allowed(actor.who(), Action.USER_ADD, userId);
    User added = users.add(org.tenant(), org.id(), userId, displayName, role);
    return new Added(added, enrolments.issue(actor.who(), added.id()));
  }

  /**
   * A new enrolment address for a user who has not enrolled (the older one stops working).
   *
   * @throws IllegalArgumentException when the user is disabled or has enrolled
   */
  public Enrolments.Issued enrolment(Principal actor, String userId) {
    User user = managed(actor, userId, Action.USER_ENROLMENT_ISSUE);
    return enrolments.issue(actor.who(), user.id());
  }

  /** Disables a user at once, logged first; nobody disables themself. */
  public User disable(Principal actor, String userId) {
    User user = managed(actor, userId, Action.USER_DISABLE);
    if (user.id().equals(actor.userId().value())) {
      throw new IllegalArgumentException("nobody disables themself");
    }
    log.allowed(actor.who(), Action.USER_DISABLE, user.id());
    users.disable(user.id());
    return users.find(user.id()).orElseThrow();
  }

  /**
   * The security officer's changes to a user's sign-in, logged first; ending sessions and resetting
   * the factor end the user's API tokens too, each revocation logged before it is made. Returns
   * whether an unlock found the user locked or failing (true for the others).
   */
  public boolean change(Principal actor, String userId, SignInChange change) {
    User user = inTenant(actor, userId);
    if (actor.role() != Role.SECURITY_OFFICER || !actor.controller()) {
      throw refuse(actor, change.action, userId, user.organisationId());
    }
    log.allowed(actor.who(), change.action, user.id());
    if (change != SignInChange.UNLOCK) {
      for (ApiTokens.TokenInfo t : tokens.list(user.id())) {
        if (t.revokedAt() == null) {
          log.allowed(actor.who(), Action.TOKEN_REVOKE, t.tokenId());
          tokens.revoke(t.tokenId());
        }
      }
    }
    return switch (change) {
      case UNLOCK -> credentials.unlock(user.id());
      case END_SESSIONS -> {
        credentials.revokeSessions(user.id());
        yield true;
      }
      case RESET_FACTOR -> {
        credentials.resetSecondFactor(user.id());
        yield true;
      }
    };
  }

  /**
   * The users an actor sees: the security officer and the auditor of the tenant see all of it, an
   * organisation admin their own organisation's.
   */
  public List<User> visible(Principal actor) {
    List<User> all = users.list(actor.tenantId().value());
    if (actor.controller()
        && (actor.role() == Role.SECURITY_OFFICER || actor.role() == Role.AUDITOR)) {
      return all;
    }
    if (actor.role() == Role.ORG_ADMIN) {
      return all.stream()
          .filter(u -> u.organisationId().equals(actor.organisationId().value()))
          .toList();
    }
    return List.of();
  }

  /** Whether {@code actor} may manage users of role {@code role} in {@code org}. */
  static boolean mayManage(Principal actor, Organisation org, Role role, boolean firstAdmin) {
    if (!org.tenant().equals(actor.tenantId().value())) {
      return false;
    }
    if (actor.role() == Role.ORG_ADMIN) {
      return actor.organisationId().value().equals(org.id());
    }
    if (actor.role() == Role.SECURITY_OFFICER && actor.controller()) {
      return org.kind() == Organisation.Kind.CONTROLLER || role == Role.ORG_ADMIN && firstAdmin;
    }
    return false;
  }

  /** Only a security officer makes another. */
  private static boolean mayAdd(Principal actor, Role role) {
    return role != Role.SECURITY_OFFICER || actor.role() == Role.SECURITY_OFFICER;
  }

  private User managed(Principal actor, String userId, Action action) {
    User user = inTenant(actor, userId);
    Organisation org = organisation(actor, user.organisationId());
    // a contractor's admin may be given an address or stopped by the officer, as if first
    boolean officerOverAdmin = user.role() == Role.ORG_ADMIN;
    if (!mayManage(actor, org, user.role(), officerOverAdmin)
        || user.role() == Role.SECURITY_OFFICER && actor.role() != Role.SECURITY_OFFICER) {
      throw refuse(actor, action, userId, org.id());
    }
    return user;
  }

  private User inTenant(Principal actor, String userId) {
    return users
        .find(userId)
        .filter(u -> u.tenantId().equals(actor.tenantId().value()))
        .orElseThrow(() -> new Unknown("no user " + userId));
  }

  private Organisation organisation(Principal actor, String organisationId) {
    return entrustments
        .organisation(organisationId)
        .filter(o -> o.tenant().equals(actor.tenantId().value()))
        .orElseThrow(() -> new Unknown("no organisation " + organisationId));
  }

  private Refused refuse(Principal actor, Action action, String userId, String organisationId) {
    log.refused(actor.who(), action, userId, Reason.USER_NOT_OWN_ORGANISATION);
    return new Refused(
        Reason.USER_NOT_OWN_ORGANISATION,
        "only "
            + organisationId
            + "'s own organisation admin manages its users; the refusal is logged");
  }

  /** The checks of {@link Users#add} that need no store, made before the act is logged. */
  static void checkNew(String userId, String displayName) {
    if (!UserId.PATTERN.matcher(userId).matches()) {
      throw new IllegalArgumentException(
          "a user id is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a letter or digit");
    }
    Users.refuseReserved(userId);
    String name = displayName.strip();
    if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a display name is 1 to 200 characters without control characters");
    }
    NumberText.refuseNumberIn("a display name", name);
  }

  /** Whether a user id is free (never used in the installation). */
  boolean free(String userId) {
    return users.find(userId).isEmpty();
  }
}
