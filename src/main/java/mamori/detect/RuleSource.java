package mamori.detect;

import java.util.List;
import mamori.core.TenantId;

/**
 * Where a tenant's rules come from: the built-in rules every tenant has, and the city's own rule
 * file. The engine asks each source again when a tenant's rules may have changed, so a newly loaded
 * file takes effect without a restart.
 */
public interface RuleSource {
  /** The rules this source gives the tenant now; none when it gives it none. */
  List<Rule> rules(TenantId tenant);

  /**
   * Drops the tenant's rule instances (and so their state), so the next {@link #rules} gives new
   * ones: the engine asks this when a batch the rules took in could not be stored.
   */
  default void forget(TenantId tenant) {}
}
