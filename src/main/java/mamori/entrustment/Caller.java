package mamori.entrustment;

import java.util.Objects;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;

/**
 * The authenticated user asking for a change, as the identity module knows them.
 *
 * @param user the user's id
 * @param organisation the id of the user's organisation
 * @param role the user's role there
 */
public record Caller(String user, String organisation, Role role) {
  public Caller {
    if (user.isBlank()) {
      throw new IllegalArgumentException("a caller names a user");
    }
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }

  /** The caller acting on {@code tenant}, as an access record names them. */
  Who who(TenantId tenant) {
    return new Who(new UserId(user), new OrganisationId(organisation), tenant);
  }
}
