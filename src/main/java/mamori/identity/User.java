package mamori.identity;

import java.time.Instant;
import mamori.core.Role;
import org.jspecify.annotations.Nullable;

/**
 * A person who works in Mamori: a login name, unique across the installation, in exactly one
 * organisation of one tenant, with one role. A disabled user is kept (the log names them) but
 * nothing of theirs authenticates.
 */
public record User(
    String id,
    String displayName,
    String tenantId,
    String organisationId,
    Role role,
    Instant createdAt,
    @Nullable Instant disabledAt) {

  public boolean disabled() {
    return disabledAt != null;
  }
}
