package mamori.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import mamori.log.AccessRecord;
import org.jspecify.annotations.Nullable;

/*
 * Design. A field test is compiled once, when the file is loaded, into a chain of small objects that
 * read the record in place: an equality or prefix test is String.regionMatches on the field's own
 * text (case-insensitive, as Sigma matches by default, unless |cased), a wildcard value and |re are
 * java.util.regex patterns compiled once, each thread reusing its own Matcher, and the time modifiers
 * read the hour, weekday or date in Asia/Tokyo from the epoch milliseconds by arithmetic. Nothing is
 * allocated per record except by a date modifier (day, month, year) and a regular expression over
 * the reason code.
 *
 * A regular expression runs on every record, so one that can take exponential time (a quantified group
 * that holds a quantifier or an alternation, as in (a+)+ or (a|ab)*), a backreference or a lookaround
 * is refused at load; with the fields' own lengths bounded by the log (ids of 64 characters, a case of
 * at most a few hundred) what is left runs in time proportional to a small polynomial of a short text.
 */
/** One compiled line of a selection: a field, its modifiers and its values. */
final class FieldTest {
  /** Values in one field's list. */
  static final int MAX_VALUES = 256;

  /** The characters of one regular expression. */
  static final int MAX_PATTERN = 256;

  /** The modifiers a rule may use, for messages. */
  static final String MODIFIERS =
      "contains, startswith, endswith, re (with i, m, s), all, cased, exists, hour, minute,"
          + " weekday, day, month, year, lt, lte, gt, gte";

  private static final long JST_OFFSET_MS = 9L * 3600 * 1000;

  private FieldTest() {}

  /** A value of the rule file with its line; {@code null} for YAML's null (the field is empty). */
  record Value(@Nullable String text, int line) {}

  /** What is wrong with a field test. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Refused(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /** A string test on a field's text from an offset (the reason starts past {@code deny:}). */
  @FunctionalInterface
  interface Text {
    boolean test(String s, int from);
  }

  /**
   * Compiles {@code key} (a field with its modifiers, {@code action|startswith}) and its values.
   *
   * @param line the key's line
   */
  static Match compile(String key, List<Value> values, int line) throws Refused {
    String[] parts = key.split("\\|", -1);
    Optional<RecordField> named = RecordField.ofKey(parts[0]);
    if (named.isEmpty()) {
      throw new Refused(
          line,
          "unknown field '"
              + RuleFile.shown(parts[0])
              + "'; a field is one of "
              + RecordField.names());
    }
    RecordField field = named.get();
    if (values.isEmpty()) {
      throw new Refused(line, "the field " + field.key() + " is given no value");
    }
    if (values.size() > MAX_VALUES) {
      throw new Refused(line, "at most " + MAX_VALUES + " values for one field");
    }
    String op = "";
    String timePart = "";
    String compare = "";
    boolean all = false;
    boolean cased = false;
    boolean exists = false;
    String reFlags = "";
    for (int i = 1; i < parts.length; i++) {
      String m = parts[i];
      switch (m) {
        case "contains", "startswith", "endswith", "re" -> {
          if (!op.isEmpty() || exists || !timePart.isEmpty()) {
            throw new Refused(line, "modifier '" + m + "' cannot follow another match modifier");
          }
          op = m;
        }
        case "i", "m", "s" -> {
          if (!op.equals("re")) {
            throw new Refused(line, "modifier '" + m + "' only follows re");
          }
          reFlags += m;
        }
        case "all" -> all = true;
        case "cased" -> cased = true;
        case "exists" -> exists = true;
        case "hour", "minute", "weekday", "day", "month", "year" -> {
          if (field != RecordField.TIME) {
            throw new Refused(line, "modifier '" + m + "' only applies to the field time");
          }
          if (!timePart.isEmpty()) {
            throw new Refused(line, "one time modifier per line");
          }
          timePart = m;
        }
        case "lt", "lte", "gt", "gte" -> {
          if (timePart.isEmpty()) {
            throw new Refused(
                line,
                "modifier '" + m + "' compares numbers: it follows a time modifier (hour...)");
          }
          compare = m;
        }
        case "cidr" ->
            throw new Refused(
                line, "modifier 'cidr': no field of an access record holds an address");
        default ->
            throw new Refused(
                line, "unknown modifier '" + RuleFile.shown(m) + "'; supported: " + MODIFIERS);
      }
    }
    if (exists) {
      if (!op.isEmpty() || !timePart.isEmpty() || all || values.size() != 1) {
        throw new Refused(line, "exists takes one value, true or false, and no other modifier");
      }
      Value v = values.getFirst();
      boolean want;
      if ("true".equals(v.text())) {
        want = true;
      } else if ("false".equals(v.text())) {
        want = false;
      } else {
        throw new Refused(v.line(), "exists takes true or false");
      }
      return want ? r -> !empty(field, r) : r -> empty(field, r);
    }
    if (field == RecordField.TIME) {
      if (timePart.isEmpty()) {
        throw new Refused(
            line, "the field time is matched through hour, minute, weekday, day, month or year");
      }
      return time(timePart, compare, values, all, line);
    }
    List<Text> tests = new ArrayList<>();
    for (Value v : values) {
      tests.add(text(op, reFlags, cased, v));
    }
    return combine(field, tests, all);
  }

  private static boolean empty(RecordField field, AccessRecord r) {
    if (field.many()) {
      return field.list(r).isEmpty();
    }
    String s = field.text(r);
    return field.from(s) >= s.length();
  }

  private static Match combine(RecordField field, List<Text> tests, boolean all) {
    Text[] t = tests.toArray(Text[]::new);
    if (field.many()) {
      return all
          ? r -> {
            List<String> got = field.list(r);
            for (Text x : t) {
              if (!anyOf(got, x)) {
                return false;
              }
            }
            return true;
          }
          : r -> {
            List<String> got = field.list(r);
            for (Text x : t) {
              if (anyOf(got, x)) {
                return true;
              }
            }
            return false;
          };
    }
    if (t.length == 1) {
      Text only = t[0];
      return r -> {
        String s = field.text(r);
        return only.test(s, field.from(s));
      };
    }
    return all
        ? r -> {
          String s = field.text(r);
          int from = field.from(s);
          for (Text x : t) {
            if (!x.test(s, from)) {
              return false;
            }
          }
          return true;
        }
        : r -> {
          String s = field.text(r);
          int from = field.from(s);
          for (Text x : t) {
            if (x.test(s, from)) {
              return true;
            }
          }
          return false;
        };
  }

  private static boolean anyOf(List<String> got, Text x) {
    for (int i = 0, n = got.size(); i < n; i++) {
      if (x.test(got.get(i), 0)) {
        return true;
      }
    }
    return false;
  }

  private static Text text(String op, String reFlags, boolean cased, Value v) throws Refused {
    String p = v.text();
    if (p == null) {
      if (!op.isEmpty()) {
        throw new Refused(v.line(), "null (an empty field) takes no match modifier");
      }
      return (s, from) -> from >= s.length();
    }
    if (op.equals("re")) {
      return regex(p, reFlags, v.line());
    }
    if (p.isEmpty() && !op.isEmpty()) {
      throw new Refused(v.line(), "an empty value with " + op + " matches every record");
    }
    if (op.isEmpty() && hasWildcard(p)) {
      return glob(p, cased, v.line());
    }
    String w = unescape(p);
    return switch (op) {
      case "contains" -> contains(w, cased);
      case "startswith" -> (s, from) -> s.regionMatches(!cased, from, w, 0, w.length());
      case "endswith" ->
          (s, from) ->
              s.length() - from >= w.length()
                  && s.regionMatches(!cased, s.length() - w.length(), w, 0, w.length());
      default ->
          (s, from) ->
              s.length() - from == w.length() && s.regionMatches(!cased, from, w, 0, w.length());
    };
  }

  private static Text contains(String w, boolean cased) {
    return (s, from) -> {
      for (int i = from, last = s.length() - w.length(); i <= last; i++) {
        if (s.regionMatches(!cased, i, w, 0, w.length())) {
          return true;
        }
      }
      return false;
    };
  }

  /** Whether a plain value holds an unescaped {@code *} or {@code ?} (Sigma's wildcards). */
  static boolean hasWildcard(String p) {
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?') {
        return true;
      }
    }
    return false;
  }

  /** A value with Sigma's escapes ({@code \*}, {@code \?}, {@code \\}) read. */
  static String unescape(String p) {
    if (p.indexOf('\\') < 0) {
      return p;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length() && "*?\\".indexOf(p.charAt(i + 1)) >= 0) {
        c = p.charAt(++i);
      }
      b.append(c);
    }
    return b.toString();
  }

  private static Text glob(String p, boolean cased, int line) throws Refused {
    StringBuilder re = new StringBuilder();
    StringBuilder lit = new StringBuilder();
    boolean onlyStars = true;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '\\' && i + 1 < p.length() && "*?\\".indexOf(p.charAt(i + 1)) >= 0) {
        lit.append(p.charAt(++i));
        onlyStars = false;
      } else if (c == '*' || c == '?') {
        if (!lit.isEmpty()) {
          re.append(Pattern.quote(lit.toString()));
          lit.setLength(0);
        }
        re.append(c == '*' ? ".*" : ".");
        onlyStars &= c == '*';
      } else {
        lit.append(c);
        onlyStars = false;
      }
    }
    if (onlyStars) {
      throw new Refused(line, "the value '*' matches every record");
    }
    if (!lit.isEmpty()) {
      re.append(Pattern.quote(lit.toString()));
    }
    Pattern compiled =
        Pattern.compile(
            re.toString(),
            Pattern.DOTALL | (cased ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    return matching(compiled, true);
  }

  private static Text regex(String p, String flags, int line) throws Refused {
    if (p.length() > MAX_PATTERN) {
      throw new Refused(line, "a regular expression has at most " + MAX_PATTERN + " characters");
    }
    String unsafe = unsafe(p);
    if (unsafe != null) {
      throw new Refused(line, "regular expression refused: " + unsafe);
    }
    int f = 0;
    f |= flags.contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    f |= flags.contains("m") ? Pattern.MULTILINE : 0;
    f |= flags.contains("s") ? Pattern.DOTALL : 0;
    Pattern compiled;
    try {
      compiled = Pattern.compile(p, f);
    } catch (PatternSyntaxException e) {
      throw new Refused(line, "not a regular expression: " + RuleFile.shown(e.getDescription()));
    }
    if (compiled.matcher("").find()) {
      throw new Refused(line, "the regular expression matches an empty text, so every record");
    }
    return matching(compiled, false);
  }

  /**
   * Why a regular expression could take exponential time or hides state, or null: a quantified
   * group holding a quantifier or an alternation, a backreference, a lookaround.
   */
  static @Nullable String unsafe(String p) {
    // for each open group: whether it holds a quantifier or an alternation
    java.util.ArrayDeque<boolean[]> groups = new java.util.ArrayDeque<>();
    boolean inClass = false;
    boolean lastGroupRisky = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      boolean closedRisky = false;
      if (c == '\\') {
        if (i + 1 < p.length()) {
          char n = p.charAt(i + 1);
          if ((n >= '1' && n <= '9') || n == 'k') {
            return "backreferences are not supported";
          }
        }
        i++;
      } else if (inClass) {
        if (c == ']') {
          inClass = false;
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        if (p.startsWith("(?=", i)
            || p.startsWith("(?!", i)
            || p.startsWith("(?<=", i)
            || p.startsWith("(?<!", i)) {
          return "lookarounds are not supported";
        }
        groups.push(new boolean[] {false});
      } else if (c == ')') {
        boolean[] g = groups.isEmpty() ? new boolean[] {false} : groups.pop();
        closedRisky = g[0];
        if (g[0] && !groups.isEmpty()) {
          groups.peek()[0] = true;
        }
      } else if (c == '|') {
        if (!groups.isEmpty()) {
          groups.peek()[0] = true;
        }
      } else if (c == '*' || c == '+' || c == '?' || c == '{') {
        boolean quantifierOfQuantifier = c == '?' || c == '+';
        if (lastGroupRisky && !(quantifierOfQuantifier && i > 0 && isQuantifier(p.charAt(i - 1)))) {
          return "a repeated group that itself repeats or alternates, e.g. (a+)+ or (a|b)*, can"
              + " take exponential time";
        }
        if (!groups.isEmpty()) {
          groups.peek()[0] = true;
        }
      }
      lastGroupRisky = closedRisky;
    }
    return null;
  }

  private static boolean isQuantifier(char c) {
    return c == '*' || c == '+' || c == '?' || c == '}';
  }

  private static Text matching(Pattern compiled, boolean whole) {
    ThreadLocal<Matcher> matchers = ThreadLocal.withInitial(() -> compiled.matcher(""));
    return (s, from) -> {
      Matcher m = matchers.get().reset(from == 0 ? s : s.subSequence(from, s.length()));
      return whole ? m.matches() : m.find();
    };
  }

  private static Match time(String part, String compare, List<Value> values, boolean all, int line)
      throws Refused {
    int[] wanted = new int[values.size()];
    for (int i = 0; i < wanted.length; i++) {
      Value v = values.get(i);
      wanted[i] = timeValue(part, v);
    }
    if (!compare.isEmpty() && wanted.length != 1) {
      throw new Refused(line, compare + " takes one number");
    }
    if (all && wanted.length > 1) {
      throw new Refused(line, "a time has one " + part + ": all would never match");
    }
    int bound = wanted[0];
    return switch (compare) {
      case "lt" -> r -> part(part, r) < bound;
      case "lte" -> r -> part(part, r) <= bound;
      case "gt" -> r -> part(part, r) > bound;
      case "gte" -> r -> part(part, r) >= bound;
      default ->
          r -> {
            int got = part(part, r);
            for (int w : wanted) {
              if (w == got) {
                return true;
              }
            }
            return false;
          };
    };
  }

  private static final List<String> WEEKDAYS =
      List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

  private static int timeValue(String part, Value v) throws Refused {
    String t = v.text() == null ? "" : v.text().strip().toLowerCase(Locale.ROOT);
    if (part.equals("weekday") && WEEKDAYS.contains(t)) {
      return WEEKDAYS.indexOf(t) + 1;
    }
    int n;
    try {
      n = Integer.parseInt(t);
    } catch (NumberFormatException e) {
      throw new Refused(
          v.line(),
          part
              + " takes a whole number"
              + (part.equals("weekday") ? " 1 (Monday) to 7 (Sunday) or mon...sun" : ""));
    }
    int[] range =
        switch (part) {
          case "hour" -> new int[] {0, 23};
          case "minute" -> new int[] {0, 59};
          case "weekday" -> new int[] {1, 7};
          case "day" -> new int[] {1, 31};
          case "month" -> new int[] {1, 12};
          default -> new int[] {1970, 9999};
        };
    if (n < range[0] || n > range[1]) {
      throw new Refused(v.line(), part + " is " + range[0] + " to " + range[1]);
    }
    return n;
  }

  /** The part of the record's time in Asia/Tokyo (UTC+9, no summer time). */
  static int part(String part, AccessRecord r) {
    long local = r.time().toEpochMilli() + JST_OFFSET_MS;
    long day = Math.floorDiv(local, 86_400_000L);
    return switch (part) {
      case "hour" -> (int) Math.floorMod(Math.floorDiv(local, 3_600_000L), 24L);
      case "minute" -> (int) Math.floorMod(Math.floorDiv(local, 60_000L), 60L);
      case "weekday" -> (int) Math.floorMod(day + 3, 7L) + 1;
      case "day" -> LocalDate.ofEpochDay(day).getDayOfMonth();
      case "month" -> LocalDate.ofEpochDay(day).getMonthValue();
      default -> LocalDate.ofEpochDay(day).getYear();
    };
  }
}
