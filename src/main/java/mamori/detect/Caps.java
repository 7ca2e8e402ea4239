package mamori.detect;

import java.util.OptionalLong;
import mamori.core.TenantId;

/** The daily volume cap of an entrustment, as the volume rule compares reads to it. */
interface Caps {
  /** The cap of {@code entrustment} in {@code tenant}; empty when unknown. */
  OptionalLong dailyCap(TenantId tenant, String entrustment);

  /** No caps known. */
  Caps NONE = (t, e) -> OptionalLong.empty();
}
