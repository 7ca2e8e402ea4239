package mamori.entrustment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import mamori.vault.Field;
import mamori.vault.Mask;

/**
 * Whether an access is allowed, and if so through which chain and at which masking per field.
 *
 * @param allowed whether it is
 * @param reason "" when allowed, else a stable code: {@code chain.none}, {@code chain.not-approved},
 *     {@code chain.suspended}, {@code chain.revoked}, {@code chain.expired}, {@code purpose.unknown},
 *     {@code purpose.not-granted}, {@code action.not-allowed}, {@code field.out-of-scope},
 *     {@code period.outside}, {@code volume.exceeded}, {@code person.out-of-scope}, {@code role.not-allowed}
 * @param tenant the tenant whose data is asked for ("" when the organisation is unknown)
 * @param chain the entrustment ids from the tenant down to the actor's organisation; empty for the
 *     tenant's own staff and on most denials
 * @param fields when allowed, each asked field at the strictest masking of the chain's scopes
 * @param day the Asia/Tokyo date of the access, the day its volume counts against
 */
public record Decision(boolean allowed, String reason, String tenant, List<String> chain, Map<Field, Mask> fields,
    LocalDate day) {

  public Decision {
    chain = List.copyOf(chain);
    fields = Collections.unmodifiableMap(fields.isEmpty() ? Map.of() : new EnumMap<>(fields));
  }

  static Decision deny(String reason, String tenant, List<String> chain, LocalDate day) {
    return new Decision(false, reason, tenant, chain, Map.of(), day);
  }

  /** The decision as an access record writes it: {@code allow} or {@code deny:<reason>}. */
  public String recorded() {
    return allowed ? "allow" : "deny:" + reason;
  }
}
