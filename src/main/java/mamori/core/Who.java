package mamori.core;

import java.util.Objects;

/**
 * Who acts: the user, the organisation they act for, and the tenant whose data or settings they
 * touch (the tenant whose log records it).
 *
 * @param user the acting user
 * @param organisation the user's organisation (the tenant itself for its own staff)
 * @param tenant the tenant
 */
public record Who(UserId user, OrganisationId organisation, TenantId tenant) {
  public Who {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(tenant, "tenant");
  }
}
