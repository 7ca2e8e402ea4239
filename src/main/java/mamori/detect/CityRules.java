package mamori.detect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mamori.core.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of each tenant's rule file in force, for the engine ({@link RuleSource}). The version
 * in force is looked up at most once every {@link #CHECK} per tenant (one indexed query); the file
 * is read and compiled again only when that version changed, so a correlation keeps its windows
 * while the file stays the same, and a newly loaded file takes effect within {@link #CHECK}.
 */
public final class CityRules implements RuleSource {
  /** How long the version in force is trusted before it is looked up again. */
  public static final Duration CHECK = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(CityRules.class);

  private final RuleFiles files;
  private final Clock clock;
  private final Map<TenantId, Compiled> cache = new ConcurrentHashMap<>();

  private record Compiled(int version, List<Rule> rules, Instant checked) {}

  public CityRules(RuleFiles files, Clock clock) {
    this.files = files;
    this.clock = clock;
  }

  @Override
  public List<Rule> rules(TenantId tenant) {
    Instant now = clock.instant();
    Compiled c = cache.get(tenant);
    if (c != null && now.isBefore(c.checked().plus(CHECK))) {
      return c.rules();
    }
    int version = files.current(tenant).orElse(0);
    if (c != null && c.version() == version) {
      cache.put(tenant, new Compiled(version, c.rules(), now));
      return c.rules();
    }
    List<Rule> rules = List.of();
    if (version > 0) {
      Optional<RuleFiles.Version> v = files.get(tenant, Optional.of(version));
      try {
        rules = v.map(x -> RuleFile.compile(x.text())).orElse(List.of());
      } catch (RuleFile.Invalid e) {
        // a file stored by an older version of these checks that this one refuses: the engine
        // runs no city rule rather than half of them, and says so
        LOG.error(
            "the detection rules v{} of {} no longer load: {}",
            version,
            tenant.value(),
            e.getMessage());
      }
    }
    cache.put(tenant, new Compiled(version, rules, now));
    return rules;
  }

  @Override
  public void forget(TenantId tenant) {
    cache.remove(tenant);
  }
}
