package mamori.core;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What was decided on an {@link Attempt}: allowed, at a masking per field, or denied for a {@link
 * Reason}.
 */
public sealed interface Outcome {

  /**
   * Allowed; each field shown at its mask (empty for an access that shows no field).
   *
   * @param masks the masking of each field shown
   */
  record Allowed(Map<Field, Mask> masks) implements Outcome {
    public Allowed {
      masks = masks.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(masks));
    }
  }

  /**
   * Denied, for a reason; nothing is shown.
   *
   * @param reason why
   */
  record Denied(Reason reason) implements Outcome {
    public Denied {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Allowed, showing no field (a listing, a sign-in, an administrative action). */
  static Allowed allowed() {
    return new Allowed(Map.of());
  }

  /** Allowed, each field at its mask. */
  static Allowed allowed(Map<Field, Mask> masks) {
    return new Allowed(masks);
  }

  /** Denied for {@code reason}. */
  static Denied denied(Reason reason) {
    return new Denied(reason);
  }

  /** Whether the attempt was allowed. */
  default boolean isAllowed() {
    return this instanceof Allowed;
  }
}
