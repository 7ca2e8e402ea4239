package mamori.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Attempt;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.PersonToken;
import mamori.core.Reason;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.core.Why;
import mamori.log.AccessRecord;

/** Records and settings for the rules' tests: a tenant's accesses made from typed words. */
final class Records {
  static final TenantId TENANT = new TenantId("detect-city");
  static final String CONTRACTOR = "data-co";
  static final String ENTRUSTMENT = "ent-aaaa-bbbb-cccc";
  static final Why WHY = new Why("resident-tax", "case-1");

  private Records() {}

  /** A person token of the tenant, {@code n} spelt in it. */
  static String person(int n) {
    return "P-" + Integer.toString(n, 36).toUpperCase(java.util.Locale.ROOT) + "-X";
  }

  static AccessRecord record(
      String actor,
      String org,
      List<String> chain,
      Action action,
      String person,
      Outcome outcome,
      Instant at) {
    Attempt a =
        new Attempt(
            new Who(new UserId(actor), new OrganisationId(org), TENANT),
            chain,
            WHY,
            action,
            person.isEmpty() ? Optional.empty() : Optional.of(new PersonToken(person)),
            action == Action.LIST || person.isEmpty() ? Set.of() : Set.of(Field.FAMILY_NAME),
            at);
    return AccessRecord.of(a, outcome);
  }

  /** An allowed read of {@code person} by the contractor's operator {@code actor}. */
  static AccessRecord read(String actor, String person, Instant at) {
    return record(actor, CONTRACTOR, List.of(ENTRUSTMENT), Action.READ, person, allowed(), at);
  }

  /** An allowed read by the tenant's own staff member {@code actor} (no chain). */
  static AccessRecord staffRead(String actor, String person, Instant at) {
    return record(actor, TENANT.value(), List.of(), Action.READ, person, allowed(), at);
  }

  /** A listing by {@code actor}. */
  static AccessRecord list(String actor, Instant at) {
    return record(actor, CONTRACTOR, List.of(ENTRUSTMENT), Action.LIST, "", allowed(), at);
  }

  /** A refused read by {@code actor} of {@code org}. */
  static AccessRecord refused(String actor, String org, Reason reason, Instant at) {
    return record(
        actor, org, List.of(ENTRUSTMENT), Action.READ, person(1), Outcome.denied(reason), at);
  }

  static Outcome allowed() {
    return new Outcome.Allowed(Map.of(Field.FAMILY_NAME, mamori.core.Mask.NONE));
  }

  /** Settings from name and value pairs. */
  static RuleSettings settings(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return name -> Optional.ofNullable(m.get(name));
  }

  /** Feeds {@code records} to {@code rule} from index {@code from}; returns all it found. */
  static List<Finding> feed(Rule rule, RuleSettings s, long from, List<AccessRecord> records) {
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      all.addAll(rule.test(new Seen(TENANT, from + i, records.get(i), false), s));
    }
    return all;
  }
}
