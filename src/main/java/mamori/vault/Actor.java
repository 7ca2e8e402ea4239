package mamori.vault;

import java.util.List;
import java.util.Objects;

/**
 * Who acts on person records and why, as the access record names them.
 *
 * @param user the acting user's id
 * @param organisation the id of the user's organisation (the tenant itself for its own staff)
 * @param chain entrustment ids from the tenant's first entrustment down to the organisation; empty for
 *     the tenant's own staff
 * @param purpose the registered purpose (事務) id
 * @param caseRef the case the access belongs to
 */
public record Actor(String user, String organisation, List<String> chain, String purpose, String caseRef) {
  public Actor {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(organisation, "organisation");
    chain = List.copyOf(chain);
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(caseRef, "caseRef");
  }
}
