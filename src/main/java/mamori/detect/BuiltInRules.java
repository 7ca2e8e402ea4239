package mamori.detect;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import mamori.access.RefusalBursts;
import mamori.access.TaggedPersons;
import mamori.core.TenantId;
import mamori.entrustment.Entrustment;
import mamori.entrustment.Entrustments;

/**
 * The rules every tenant has: volume, harvesting, off-hours, refusals and protected persons (see
 * docs/design.md for their settings). Each tenant gets its own instances once, so their state lasts
 * as long as the service.
 */
public final class BuiltInRules implements RuleSource {
  /**
   * The alert kinds that signal misuse, so an incident opened from one presumes an unjust purpose:
   * harvesting, repeated refusals, protected persons read, reads far above the actor's own baseline
   * ({@code detect.volume}, not the cap-near {@code detect.volume-cap}: heavy work within its cap
   * is legitimate) and the gate's refusal burst. A resident's flag (心当たりがない, {@code
   * access.flagged}) says an access was unexpected, not that it was misuse: the officer looks and
   * judges, as for off-hours reads, a new network and every city rule, which count only when the
   * security officer says so.
   */
  public static final Set<String> MISUSE_KINDS =
      Set.of(
          HarvestingRule.ID,
          RefusalsRule.ID,
          ProtectedPersonsRule.ID,
          VolumeRule.ID,
          RefusalBursts.KIND);

  private final Caps caps;
  private final ProtectedPersons protectedPersons;
  private final Map<TenantId, List<Rule>> rules = new ConcurrentHashMap<>();

  /** The built-in rules, reading caps from {@code entrustments} and tags through {@code tagged}. */
  public BuiltInRules(Entrustments entrustments, TaggedPersons tagged, Clock clock) {
    this(new EntrustmentCaps(entrustments, clock), new ProtectedPersons(tagged, clock));
  }

  BuiltInRules(Caps caps, ProtectedPersons protectedPersons) {
    this.caps = caps;
    this.protectedPersons = protectedPersons;
  }

  @Override
  public List<Rule> rules(TenantId tenant) {
    return rules.computeIfAbsent(
        tenant,
        t ->
            List.of(
                new VolumeRule(caps),
                new HarvestingRule(),
                new OffHoursRule(),
                new RefusalsRule(),
                new ProtectedPersonsRule(protectedPersons)));
  }

  @Override
  public void forget(TenantId tenant) {
    rules.remove(tenant);
  }

  /** The entrustments' daily caps, read once a minute per tenant. */
  static final class EntrustmentCaps implements Caps {
    static final long REREAD_MILLIS = 60_000;

    private record Held(long at, Map<String, Long> caps) {}

    private final Entrustments entrustments;
    private final Clock clock;
    private final Map<TenantId, Held> cache = new ConcurrentHashMap<>();

    EntrustmentCaps(Entrustments entrustments, Clock clock) {
      this.entrustments = entrustments;
      this.clock = clock;
    }

    @Override
    public OptionalLong dailyCap(TenantId tenant, String entrustment) {
      long now = clock.millis();
      Held h = cache.get(tenant);
      if (h == null
          || now < h.at()
          || now >= h.at() + REREAD_MILLIS
          || !h.caps().containsKey(entrustment) && now >= h.at() + 1_000) {
        Map<String, Long> all = new java.util.HashMap<>();
        for (Entrustment e : entrustments.all(tenant.value())) {
          all.put(e.id(), e.scope().dailyCap());
        }
        h = new Held(now, Map.copyOf(all));
        cache.put(tenant, h);
      }
      Long cap = h.caps().get(entrustment);
      return cap == null ? OptionalLong.empty() : OptionalLong.of(cap);
    }
  }
}
