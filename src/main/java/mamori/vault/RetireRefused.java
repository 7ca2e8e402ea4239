package mamori.vault;

import mamori.core.ActRefused;
import mamori.core.Reason;

/**
 * A field key cannot be retired ({@code keys.not-retirable}): it is the tenant's only key, or the
 * keyset has no key of that id and no retirement of it is under way. Nothing was changed.
 */
public final class RetireRefused extends ActRefused {
  private static final long serialVersionUID = 1L;

  RetireRefused(String message) {
    super(
        Kind.CONFLICT,
        Reason.KEYS_NOT_RETIRABLE.code(),
        "key",
        Reason.KEYS_NOT_RETIRABLE.code() + ": " + message);
  }
}
