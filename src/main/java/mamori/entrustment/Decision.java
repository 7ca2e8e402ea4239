package mamori.entrustment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Outcome;
import mamori.core.Reason;

/**
 * Whether an access is allowed, and if so through which chain and at which masking per field.
 *
 * @param outcome allowed with each asked field at the strictest masking of the chain's scopes, or
 *     denied with its reason: {@code chain.none}, {@code chain.not-approved}, {@code
 *     chain.suspended}, {@code chain.revoked}, {@code chain.expired}, {@code purpose.unknown},
 *     {@code purpose.not-granted}, {@code action.not-allowed}, {@code field.out-of-scope}, {@code
 *     period.outside}, {@code volume.exceeded}, {@code person.out-of-scope}, {@code
 *     role.not-allowed}
 * @param tenant the tenant whose data is asked for ("" when the organisation is unknown)
 * @param chain the entrustment ids from the tenant down to the actor's organisation; empty for the
 *     tenant's own staff and on most denials
 * @param day the Asia/Tokyo date of the access, the day its volume counts against
 */
public record Decision(Outcome outcome, String tenant, List<String> chain, LocalDate day) {

  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(tenant, "tenant");
    chain = List.copyOf(chain);
    Objects.requireNonNull(day, "day");
  }

  static Decision allow(Map<Field, Mask> fields, String tenant, List<String> chain, LocalDate day) {
    return new Decision(Outcome.allowed(fields), tenant, chain, day);
  }

  static Decision deny(Reason reason, String tenant, List<String> chain, LocalDate day) {
    return new Decision(Outcome.denied(reason), tenant, chain, day);
  }

  /** Whether it is allowed. */
  public boolean allowed() {
    return outcome.isAllowed();
  }

  /** When allowed, each asked field at its masking; else empty. */
  public Map<Field, Mask> fields() {
    return outcome instanceof Outcome.Allowed a ? a.masks() : Map.of();
  }

  /**
   * Why it was denied.
   *
   * @throws IllegalStateException when it was allowed
   */
  public Reason reason() {
    if (outcome instanceof Outcome.Denied d) {
      return d.reason();
    }
    throw new IllegalStateException("an allowed decision has no reason");
  }
}
