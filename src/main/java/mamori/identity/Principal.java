package mamori.identity;

import java.util.Objects;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;

/**
 * An authenticated caller: the user, where they belong, their role, and the token that proved it.
 * Held only for one request; the gate decides from it what the caller may reach.
 *
 * @param userId the user
 * @param tenantId the tenant the user belongs to
 * @param organisationId the user's organisation (the tenant itself for its own staff)
 * @param role the user's role there
 * @param tokenId the token or session that proved who they are ({@code web:...})
 */
public record Principal(
    UserId userId, TenantId tenantId, OrganisationId organisationId, Role role, String tokenId) {
  public Principal {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(tokenId, "tokenId");
  }

  /** The caller as an access names who acts. */
  public Who who() {
    return new Who(userId, organisationId, tenantId);
  }

  /** Whether the caller is of the tenant's own staff, who need no entrustment. */
  public boolean controller() {
    return organisationId.isTenant(tenantId);
  }
}
