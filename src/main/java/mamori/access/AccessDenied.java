package mamori.access;

import java.util.Objects;
import mamori.core.Attempt;
import mamori.core.Reason;

/**
 * The gate denied an access; published after the denial is in the tenant's log, for detection.
 *
 * @param attempt who tried what on whose data, why and when; its person is the tenant's own token
 *     of the person, empty when none is known
 * @param reason why it was denied
 */
public record AccessDenied(Attempt attempt, Reason reason) {
  public AccessDenied {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(reason, "reason");
  }
}
