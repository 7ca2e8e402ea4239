package mamori.detect;

import java.util.Optional;
import java.util.Set;
import mamori.core.Action;
import mamori.identity.Users;
import mamori.log.AccessRecord;

/**
 * What the built-in rules share: reading a threshold (a missing, malformed or out-of-range value is
 * the rule's documented default, so a typo in a setting never turns a rule off), and the words of a
 * record they group by.
 */
final class Knobs {
  private Knobs() {}

  /** The actions that reveal a person's data, counted as reads: read and print. */
  static final Set<String> READS = Set.of(Action.READ.code(), Action.PRINT.code());

  /** The actions that take a person's data out: read, print, package. */
  static final Set<String> TAKES =
      Set.of(Action.READ.code(), Action.PRINT.code(), Action.PACKAGE.code());

  /** {@code detect.<rule>.<param>} as a whole number from {@code min} to {@code max}. */
  static long number(
      RuleSettings s, String rule, String param, long otherwise, long min, long max) {
    Optional<String> t = s.text("detect." + rule + "." + param);
    if (t.isEmpty()) {
      return otherwise;
    }
    String v = t.get().strip();
    if (!v.matches("[0-9]{1,12}")) {
      return otherwise;
    }
    long n = Long.parseLong(v);
    return n < min || n > max ? otherwise : n;
  }

  /** The entrustment the access went through: the last link of its chain, "" when none. */
  static String entrustment(AccessRecord r) {
    return r.chain().isEmpty() ? "" : r.chain().getLast();
  }

  /**
   * Whether the actor is the system itself or a resident (a resident reads their own record): an id
   * no user can have ({@link Users#reserved}: Users.add and every path that creates users refuse
   * it), so no staff member can hide from the rules behind one.
   */
  static boolean system(AccessRecord r) {
    return Users.reserved(r.actor());
  }

  /**
   * A rule's thresholds as parsed from one settings object: parsed again only when the engine hands
   * the rule another one (it keeps the same while the tenant's settings are not read again), so a
   * record costs a map lookup per threshold rather than a parse.
   */
  static final class Memo {
    private @org.jspecify.annotations.Nullable RuleSettings parsedFor;
    private final java.util.HashMap<String, Long> numbers = new java.util.HashMap<>();

    long number(RuleSettings s, String rule, String param, long otherwise, long min, long max) {
      if (s != parsedFor) {
        parsedFor = s;
        numbers.clear();
      }
      Long n = numbers.get(param);
      if (n == null) {
        n = Knobs.number(s, rule, param, otherwise, min, max);
        numbers.put(param, n);
      }
      return n;
    }
  }
}
