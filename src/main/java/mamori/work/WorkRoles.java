package mamori.work;

import java.util.Set;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.identity.Principal;
import org.jspecify.annotations.Nullable;

/**
 * Who administers and who reads a tenant's data-entry work, written once for the service, the API,
 * the console and the upload gate: the controller's own security officer and organisation admin
 * administer it (create and change jobs, load types and documents, send large uploads); they and
 * the controller's auditors read it. A contractor's user does neither, whatever its role.
 */
public final class WorkRoles {
  /** The controller's roles that administer its work. */
  public static final Set<Role> ADMINS = Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN);

  /** The controller's roles that read its jobs, types and progress. */
  public static final Set<Role> READERS =
      Set.of(Role.SECURITY_OFFICER, Role.ORG_ADMIN, Role.AUDITOR);

  private WorkRoles() {}

  /**
   * Null when {@code p} administers the tenant's work; else why not ({@code
   * organisation.not-controller} for a contractor, {@code role.not-allowed} for another role).
   */
  public static @Nullable Reason administers(Principal p) {
    return refusal(p, ADMINS);
  }

  /** Null when {@code p} reads the tenant's work; else why not, as {@link #administers}. */
  public static @Nullable Reason reads(Principal p) {
    return refusal(p, READERS);
  }

  private static @Nullable Reason refusal(Principal p, Set<Role> roles) {
    if (!p.controller()) {
      return Reason.ORGANISATION_NOT_CONTROLLER;
    }
    return roles.contains(p.role()) ? null : Reason.ROLE_NOT_ALLOWED;
  }
}
