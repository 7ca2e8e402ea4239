package mamori.vault;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.PersonToken;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;

/**
 * Who acts on person records and why, as the access record names them.
 *
 * @param user the acting user
 * @param organisation the user's organisation (the tenant itself for its own staff)
 * @param chain entrustment ids from the tenant's first entrustment down to the organisation; empty
 *     for the tenant's own staff
 * @param why the registered purpose (事務) and the case the access belongs to
 */
public record Actor(UserId user, OrganisationId organisation, List<String> chain, Why why) {
  public Actor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    chain = List.copyOf(chain);
    Objects.requireNonNull(why, "why");
  }

  /** The attempt of this actor on {@code tenant}'s data. */
  public Attempt attempt(
      TenantId tenant,
      Action action,
      Optional<PersonToken> person,
      Collection<Field> fields,
      Instant when) {
    Set<Field> touched = fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields);
    return new Attempt(
        new Who(user, organisation, tenant), chain, why, action, person, touched, when);
  }
}
