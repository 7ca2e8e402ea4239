package mamori.detect;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mamori.core.AlertPolicy;
import mamori.core.NumberText;
import mamori.core.SafeYaml;
import mamori.core.Severity;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/*
 * Design. A city's rules are a subset of Sigma 2 (SigmaHQ/sigma-specification), the format security
 * teams already write: detection rules over one access record, and correlation rules (event_count,
 * value_count, temporal, temporal_ordered) over the records that detection rules match, with a Mamori
 * key for the action policy. docs/detection-rules.md is the reference; this class is its one reader.
 *
 * The file is composed with SnakeYAML into nodes, not constructed into objects: no tag can make it
 * build a Java object, every key and value keeps its line (the node's start mark), and the nodes are
 * walked here with a check at each step. Every problem found is collected with its line, and the file
 * is refused whole when there is any: a city never runs half of what it wrote. What is checked: YAML
 * syntax, the size and the number of rules, unknown keys, fields and modifiers, required keys, ids
 * (lower-case names, since "city." + id becomes the alert's kind) and their uniqueness, conditions
 * naming undefined selections, correlations naming unknown rules, twelve digits in any scalar or
 * comment (a My Number written into a rule file would be stored and shown for good), regular
 * expressions that could take exponential time, and rules that would match everything: a condition
 * that holds when none of its selections matches (only negations), one that holds for every one of a
 * set of unlike probe records, an empty selection or value, and a correlation whose condition holds at
 * the first event of a group.
 */
/**
 * A city's detection rule file: {@link #check} lists its problems with their lines, {@link
 * #compile} gives its rules ready to run, or refuses the whole file.
 */
public final class RuleFile {
  /** The UTF-8 bytes of a file (the API's default body limit). */
  public static final int MAX_BYTES = 64 * 1024;

  /** The rules (documents) of a file. */
  public static final int MAX_RULES = 100;

  /** The selections of one detection rule. */
  static final int MAX_SELECTIONS = 16;

  /** The greatest count a correlation's condition may name. */
  static final long MAX_COUNT = 100_000;

  /** The longest timespan of a correlation. */
  static final Duration MAX_SPAN = Duration.ofDays(7);

  /** The prefix of a city rule's id as the engine and alerts know it. */
  public static final String PREFIX = "city.";

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,47}");
  private static final Pattern SPAN = Pattern.compile("([1-9][0-9]{0,6})([smhd])");
  private static final Set<String> COMMON =
      Set.of(
          "title",
          "id",
          "name",
          "status",
          "description",
          "author",
          "references",
          "date",
          "modified",
          "tags",
          "falsepositives",
          "level",
          "license",
          "related",
          "mamori");
  private static final Set<String> STATUS =
      Set.of("stable", "test", "experimental", "deprecated", "unsupported");

  private RuleFile() {}

  /** A problem of a rule file: the line (1 for the first) and what is wrong, never a number. */
  public record Problem(int line, String message) {
    public Problem {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  /** A file refused, with every problem found. */
  public static final class Invalid extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    Invalid(List<Problem> problems) {
      super(
          "the rule file is refused ("
              + problems.size()
              + (problems.size() == 1 ? " problem" : " problems")
              + "); first: "
              + problems.getFirst());
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  /** The problems of {@code text}, by line; empty when the file would load. */
  public static List<Problem> check(String text) {
    Reader r = new Reader();
    r.read(text);
    return r.sortedProblems();
  }

  /**
   * The rules of {@code text}, compiled to run on every record, ids prefixed {@value #PREFIX}.
   *
   * @throws Invalid with every problem, when there is any; nothing is compiled then
   */
  public static List<Rule> compile(String text) {
    Reader r = new Reader();
    List<Rule> rules = r.read(text);
    List<Problem> problems = r.sortedProblems();
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return rules;
  }

  /** User text as a message may show it: no number, no control character, at most 60 characters. */
  static String shown(@Nullable String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder();
    NumberText.mask(text)
        .codePoints()
        .limit(60)
        .forEach(c -> b.appendCodePoint(mamori.core.Why.unprintable(c) ? '?' : c));
    return b.toString();
  }

  /** A duration as a rule file writes it: {@code 90m}, {@code 1h}, {@code 1d}. */
  static String timespan(Duration d) {
    long s = d.toSeconds();
    if (s % 86_400 == 0) {
      return s / 86_400 + "d";
    }
    if (s % 3600 == 0) {
      return s / 3600 + "h";
    }
    return s % 60 == 0 ? s / 60 + "m" : s + "s";
  }

  /** A rule's fault, at a line: ends the reading of that rule. */
  private static final class Fault extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Fault(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  /** A detection rule as read, before the correlations are resolved. */
  private record Detection(
      String id,
      @Nullable String name,
      int line,
      String title,
      Severity level,
      AlertPolicy policy,
      Match condition) {}

  /** A correlation as read. */
  private record Correlation(
      String id,
      @Nullable String name,
      int line,
      String title,
      Severity level,
      AlertPolicy policy,
      CityCorrelation.Type type,
      List<String> rules,
      List<Integer> ruleLines,
      List<RecordField> groupBy,
      RecordField counted,
      Duration span,
      long min,
      long max,
      boolean generate) {}

  private static final class Reader {
    final List<Problem> problems = new ArrayList<>();
    final List<Detection> detections = new ArrayList<>();
    final List<Correlation> correlations = new ArrayList<>();

    /** The ids and names of rules refused: a correlation naming one is not told it is unknown. */
    final Set<String> refused = new HashSet<>();

    private static List<String> names(Node d) {
      List<String> out = new ArrayList<>();
      if (d instanceof MappingNode m) {
        for (NodeTuple t : m.getValue()) {
          if (t.getKeyNode() instanceof ScalarNode k
              && (k.getValue().equals("id") || k.getValue().equals("name"))
              && t.getValueNode() instanceof ScalarNode v) {
            out.add(v.getValue());
          }
        }
      }
      return out;
    }

    List<Problem> sortedProblems() {
      List<Problem> p = new ArrayList<>(problems);
      p.sort(java.util.Comparator.comparingInt(Problem::line));
      return p;
    }

    List<Rule> read(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > MAX_BYTES) {
        problems.add(
            new Problem(
                lineAtByte(bytes, MAX_BYTES),
                "the file is "
                    + bytes.length
                    + " bytes; a rule file has at most "
                    + MAX_BYTES
                    + " (split it or shorten it)"));
        return List.of();
      }
      comments(text);
      List<Node> documents = new ArrayList<>();
      try {
        // duplicate keys are found below, with their line
        for (Node n : SafeYaml.reader(MAX_BYTES + 1, 10).composeAll(new StringReader(text))) {
          boolean empty = n == null || (n instanceof ScalarNode s && s.getTag().equals(Tag.NULL));
          if (!empty) {
            if (documents.size() == MAX_RULES) {
              problems.add(
                  new Problem(
                      line(n),
                      "a rule file holds at most " + MAX_RULES + " rules; this is one more"));
              return List.of();
            }
            documents.add(n);
          }
        }
      } catch (MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        problems.add(
            new Problem(
                m == null ? 1 : m.getLine() + 1,
                "not valid YAML: " + shown(Objects.toString(e.getProblem(), "syntax error"))));
        return List.of();
      } catch (YAMLException e) {
        problems.add(new Problem(1, "not valid YAML: " + shown(e.getMessage())));
        return List.of();
      }
      if (documents.isEmpty()) {
        problems.add(new Problem(1, "the file holds no rule"));
        return List.of();
      }
      for (Node d : documents) {
        numbers(d);
      }
      if (!problems.isEmpty()) {
        return List.of();
      }
      for (Node d : documents) {
        try {
          rule(d);
        } catch (Fault f) {
          problems.add(new Problem(f.line, String.valueOf(f.getMessage())));
          refused.addAll(names(d));
        }
      }
      return resolve();
    }

    private static int lineAtByte(byte[] bytes, int at) {
      int line = 1;
      for (int i = 0; i < at && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      return line;
    }

    /** Comments are free text too: twelve digits in one are refused with their line. */
    private void comments(String text) {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i];
        int hash = l.indexOf('#');
        while (hash > 0 && !Character.isWhitespace(l.charAt(hash - 1))) {
          hash = l.indexOf('#', hash + 1);
        }
        if (hash >= 0 && NumberText.holdsNumber(l.substring(hash))) {
          problems.add(
              new Problem(
                  i + 1,
                  "a comment holds what looks like a My Number (twelve digits in any spelling)"));
        }
      }
    }

    /** Every scalar, key or value, that holds twelve digits is refused with its line. */
    private void numbers(Node n) {
      for (ScalarNode s : SafeYaml.numbers(n)) {
        problems.add(
            new Problem(
                line(s),
                "this value holds what looks like a My Number (twelve digits in any"
                    + " spelling); a rule file never holds one"));
      }
    }

    private void rule(Node doc) throws Fault {
      Map<String, Node> keys = mapping(doc, "a rule");
      boolean correlation = keys.containsKey("correlation");
      Set<String> allowed = new HashSet<>(COMMON);
      allowed.add(correlation ? "correlation" : "detection");
      allowed.add(correlation ? "generate" : "logsource");
      for (Map.Entry<String, Node> e : keys.entrySet()) {
        if (!allowed.contains(e.getKey())) {
          throw new Fault(
              keyLine(doc, e.getKey()),
              "unknown key '"
                  + shown(e.getKey())
                  + "' in a "
                  + (correlation ? "correlation" : "detection")
                  + " rule");
        }
      }
      if (!correlation && !keys.containsKey("detection")) {
        throw new Fault(line(doc), "a rule has either detection or correlation");
      }
      String title = text(required(doc, keys, "title"), "title", 256);
      Node idNode = required(doc, keys, "id");
      String id = text(idNode, "id", 48);
      if (!ID.matcher(id).matches()) {
        throw new Fault(
            line(idNode),
            "the id '"
                + shown(id)
                + "' is not a lower-case name (a-z, 0-9, '-' and '_', at most 48, starting with a"
                + " letter or digit); it becomes the alert's kind "
                + PREFIX
                + "<id>");
      }
      String name = null;
      Node nameNode = keys.get("name");
      if (nameNode != null) {
        name = text(nameNode, "name", 48);
        if (!ID.matcher(name).matches()) {
          throw new Fault(line(nameNode), "a name is a lower-case name, as an id is");
        }
      }
      Node levelNode = required(doc, keys, "level");
      String levelText = text(levelNode, "level", 20);
      Severity level =
          levelText.equals("informational")
              ? Severity.LOW
              : Severity.ofCode(levelText)
                  .orElseThrow(() ->
                      new Fault(
                          line(levelNode),
                          "level is one of informational, low, medium, high, critical"));
      Node statusNode = keys.get("status");
      if (statusNode != null) {
        String status = text(statusNode, "status", 20);
        if (!STATUS.contains(status)) {
          throw new Fault(
              line(statusNode),
              "status is one of stable, test, experimental, deprecated, unsupported");
        }
      }
      Node descriptionNode = keys.get("description");
      if (descriptionNode != null) {
        text(descriptionNode, "description", 4000);
      }
      AlertPolicy policy = policy(keys.get("mamori"));
      if (correlation) {
        correlation(doc, keys, id, name, title, level, policy);
      } else {
        detection(doc, keys, id, name, title, level, policy);
      }
    }

    private AlertPolicy policy(@Nullable Node node) throws Fault {
      if (node == null) {
        return AlertPolicy.NOTIFY;
      }
      Map<String, Node> keys = mapping(node, "mamori");
      AlertPolicy policy = AlertPolicy.NOTIFY;
      for (Map.Entry<String, Node> e : keys.entrySet()) {
        if (!e.getKey().equals("policy")) {
          throw new Fault(
              keyLine(node, e.getKey()),
              "unknown key '" + shown(e.getKey()) + "' under mamori; it holds policy only");
        }
        String code = text(e.getValue(), "policy", 40);
        policy =
            AlertPolicy.ofCode(code)
                .orElseThrow(() ->
                    new Fault(
                        line(e.getValue()),
                        "policy is one of notify, suspend-entrustment, suspend-user"));
      }
      return policy;
    }

    private void detection(
        Node doc,
        Map<String, Node> keys,
        String id,
        @Nullable String name,
        String title,
        Severity level,
        AlertPolicy policy)
        throws Fault {
      Node source = required(doc, keys, "logsource");
      Map<String, Node> ls = mapping(source, "logsource");
      for (Map.Entry<String, Node> e : ls.entrySet()) {
        String want =
            switch (e.getKey()) {
              case "product" -> "mamori";
              case "service" -> "access";
              default ->
                  throw new Fault(
                      keyLine(source, e.getKey()),
                      "unknown key '" + shown(e.getKey()) + "' in logsource");
            };
        if (!want.equals(text(e.getValue(), e.getKey(), 40))) {
          throw new Fault(
              line(e.getValue()), "logsource " + e.getKey() + " is " + want + " (Mamori's log)");
        }
      }
      if (!ls.containsKey("product") || !ls.containsKey("service")) {
        throw new Fault(line(source), "logsource is product: mamori, service: access");
      }
      Node detNode = keys.get("detection");
      Map<String, Node> det = mapping(Objects.requireNonNull(detNode), "detection");
      Node conditionNode = det.get("condition");
      if (conditionNode == null) {
        throw new Fault(line(detNode), "detection has no condition");
      }
      Map<String, Match> selections = new LinkedHashMap<>();
      for (NodeTuple t : ((MappingNode) detNode).getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        if (key.equals("condition") || key.equals("timeframe")) {
          if (key.equals("timeframe")) {
            throw new Fault(
                line(t.getKeyNode()), "timeframe is not supported; write a correlation rule");
          }
          continue;
        }
        if (!ID.matcher(key).matches()) {
          throw new Fault(
              line(t.getKeyNode()),
              "a selection's name is lower-case letters, digits, '-' and '_'");
        }
        if (selections.size() == MAX_SELECTIONS) {
          throw new Fault(
              line(t.getKeyNode()), "a rule has at most " + MAX_SELECTIONS + " selections");
        }
        selections.put(key, selection(key, t.getValueNode()));
      }
      if (!(conditionNode instanceof ScalarNode)) {
        throw new Fault(line(conditionNode), "the condition is one line of text");
      }
      Condition.Node condition;
      try {
        condition =
            Condition.parse(
                ((ScalarNode) conditionNode).getValue(), List.copyOf(selections.keySet()));
      } catch (Condition.Invalid e) {
        throw new Fault(line(conditionNode), String.valueOf(e.getMessage()));
      }
      if (condition.eval(s -> false)) {
        throw new Fault(
            line(conditionNode),
            "the condition holds for a record that no selection matches (only negations?), so it"
                + " would match nearly every record; name at least one selection positively");
      }
      Match compiled = condition.compile(selections);
      boolean all = true;
      for (var probe : Probes.RECORDS) {
        all &= compiled.test(probe);
      }
      if (all) {
        throw new Fault(
            line(conditionNode),
            "the rule matches every one of a set of unlike records, so it would match everything");
      }
      detections.add(new Detection(id, name, line(doc), title, level, policy, compiled));
    }

    private Match selection(String name, Node node) throws Fault {
      if (node instanceof SequenceNode q) {
        if (q.getValue().isEmpty()) {
          throw new Fault(
              line(node), "the selection " + name + " is empty: it would match everything");
        }
        List<Match> any = new ArrayList<>();
        for (Node item : q.getValue()) {
          if (!(item instanceof MappingNode)) {
            throw new Fault(
                line(item),
                "keyword searches are not supported; a selection maps fields to values");
          }
          any.add(fields(name, item));
        }
        Match[] m = any.toArray(Match[]::new);
        return r -> {
          for (Match x : m) {
            if (x.test(r)) {
              return true;
            }
          }
          return false;
        };
      }
      if (!(node instanceof MappingNode)) {
        throw new Fault(line(node), "a selection maps fields to values");
      }
      return fields(name, node);
    }

    private Match fields(String name, Node node) throws Fault {
      MappingNode map = (MappingNode) node;
      mapping(node, "selection " + name);
      if (map.getValue().isEmpty()) {
        throw new Fault(
            line(node), "the selection " + name + " is empty: it would match everything");
      }
      List<Match> all = new ArrayList<>();
      for (NodeTuple t : map.getValue()) {
        String key = ((ScalarNode) t.getKeyNode()).getValue();
        List<FieldTest.Value> values = new ArrayList<>();
        Node v = t.getValueNode();
        if (v instanceof SequenceNode q) {
          for (Node item : q.getValue()) {
            values.add(value(item));
          }
        } else {
          values.add(value(v));
        }
        try {
          all.add(FieldTest.compile(key, values, line(t.getKeyNode())));
        } catch (FieldTest.Refused e) {
          throw new Fault(e.line, String.valueOf(e.getMessage()));
        }
      }
      Match[] m = all.toArray(Match[]::new);
      if (m.length == 1) {
        return m[0];
      }
      return r -> {
        for (Match x : m) {
          if (!x.test(r)) {
            return false;
          }
        }
        return true;
      };
    }

    private FieldTest.Value value(Node n) throws Fault {
      if (!(n instanceof ScalarNode s)) {
        throw new Fault(line(n), "a value is a text or a number, not a list or a map");
      }
      if (s.getTag().equals(Tag.NULL)) {
        return new FieldTest.Value(null, line(n));
      }
      return new FieldTest.Value(s.getValue(), line(n));
    }

    private void correlation(
        Node doc,
        Map<String, Node> keys,
        String id,
        @Nullable String name,
        String title,
        Severity level,
        AlertPolicy policy)
        throws Fault {
      Node cNode = Objects.requireNonNull(keys.get("correlation"));
      Map<String, Node> c = mapping(cNode, "correlation");
      for (Map.Entry<String, Node> e : c.entrySet()) {
        if (!Set.of("type", "rules", "group-by", "timespan", "condition").contains(e.getKey())) {
          throw new Fault(
              keyLine(cNode, e.getKey()),
              "unknown key '"
                  + shown(e.getKey())
                  + "' in correlation (type, rules, group-by, timespan, condition)"
                  + (e.getKey().equals("aliases") ? "; aliases are not supported" : ""));
        }
      }
      Node typeNode = required(cNode, c, "type");
      String typeText = text(typeNode, "type", 40);
      CityCorrelation.Type type = null;
      for (CityCorrelation.Type t : CityCorrelation.Type.values()) {
        if (t.code.equals(typeText)) {
          type = t;
        }
      }
      if (type == null) {
        throw new Fault(
            line(typeNode), "type is one of event_count, value_count, temporal, temporal_ordered");
      }
      Node rulesNode = required(cNode, c, "rules");
      if (!(rulesNode instanceof SequenceNode rq) || rq.getValue().isEmpty()) {
        throw new Fault(line(rulesNode), "rules is a list of the ids or names of detection rules");
      }
      List<String> rules = new ArrayList<>();
      List<Integer> ruleLines = new ArrayList<>();
      for (Node r : rq.getValue()) {
        rules.add(text(r, "a rule's id", 48));
        ruleLines.add(line(r));
      }
      boolean temporal =
          type == CityCorrelation.Type.TEMPORAL || type == CityCorrelation.Type.TEMPORAL_ORDERED;
      if (temporal && new HashSet<>(rules).size() < 2) {
        throw new Fault(line(rulesNode), type.code + " names at least two different rules");
      }
      List<RecordField> groupBy = new ArrayList<>();
      Node gNode = c.get("group-by");
      if (gNode != null) {
        if (!(gNode instanceof SequenceNode gq)) {
          throw new Fault(line(gNode), "group-by is a list of fields");
        }
        for (Node g : gq.getValue()) {
          groupBy.add(groupField(g, "group-by"));
        }
      }
      Node spanNode = required(cNode, c, "timespan");
      Duration span = span(spanNode);
      Node condNode = c.get("condition");
      long min;
      long max = Long.MAX_VALUE;
      RecordField counted = RecordField.ACTOR;
      if (temporal) {
        if (condNode != null) {
          throw new Fault(
              line(condNode),
              type.code + " holds when every rule it names has matched: no condition");
        }
        min = 1;
      } else {
        if (condNode == null) {
          throw new Fault(line(cNode), "correlation has no condition (gte, gt, lte, lt, eq)");
        }
        Map<String, Node> cond = mapping(condNode, "condition");
        min = 0;
        boolean field = false;
        for (Map.Entry<String, Node> e : cond.entrySet()) {
          if (e.getKey().equals("field")) {
            if (type != CityCorrelation.Type.VALUE_COUNT) {
              throw new Fault(keyLine(condNode, "field"), "field belongs to value_count only");
            }
            counted = groupField(e.getValue(), "field");
            field = true;
            continue;
          }
          long n = count(e.getValue());
          switch (e.getKey()) {
            case "gte" -> min = Math.max(min, n);
            case "gt" -> min = Math.max(min, n + 1);
            case "lte" -> max = Math.min(max, n);
            case "lt" -> max = Math.min(max, n - 1);
            case "eq" -> {
              min = Math.max(min, n);
              max = Math.min(max, n);
            }
            default ->
                throw new Fault(
                    keyLine(condNode, e.getKey()),
                    "unknown key '"
                        + shown(e.getKey())
                        + "' in condition (gte, gt, lte, lt, eq"
                        + (type == CityCorrelation.Type.VALUE_COUNT ? ", field)" : ")"));
          }
        }
        if (type == CityCorrelation.Type.VALUE_COUNT && !field) {
          throw new Fault(line(condNode), "value_count names the field it counts (field: person)");
        }
        if (field && groupBy.contains(counted)) {
          throw new Fault(line(condNode), "the field counted is also grouped by: it counts 1");
        }
        if (min > max) {
          throw new Fault(line(condNode), "the condition never holds");
        }
        if (CityCorrelation.holds(1, min, max)) {
          throw new Fault(
              line(condNode),
              "the condition holds at a group's first event, so every record the rules match"
                  + " would raise it; count at least 2 (gte: 2)");
        }
      }
      boolean generate = false;
      Node g = keys.get("generate");
      if (g != null) {
        String v = text(g, "generate", 5);
        if (!v.equals("true") && !v.equals("false")) {
          throw new Fault(line(g), "generate is true or false");
        }
        generate = v.equals("true");
      }
      correlations.add(
          new Correlation(
              id, name, line(doc), title, level, policy, type, rules, ruleLines, groupBy, counted,
              span, min, max, generate));
    }

    private RecordField groupField(Node n, String what) throws Fault {
      String f = text(n, what, 40);
      Optional<RecordField> field = RecordField.ofKey(f);
      if (field.isEmpty() || field.get() == RecordField.TIME) {
        throw new Fault(
            line(n),
            "unknown field '"
                + shown(f)
                + "' in "
                + what
                + "; one of "
                + RecordField.names().replace(", time", ""));
      }
      return field.get();
    }

    private long count(Node n) throws Fault {
      String t = text(n, "a count", 12);
      try {
        long v = Long.parseLong(t);
        if (v < 0 || v > MAX_COUNT) {
          throw new NumberFormatException();
        }
        return v;
      } catch (NumberFormatException e) {
        throw new Fault(line(n), "a count is a whole number from 0 to " + MAX_COUNT);
      }
    }

    private Duration span(Node n) throws Fault {
      Matcher m = SPAN.matcher(text(n, "timespan", 12));
      if (!m.matches()) {
        throw new Fault(line(n), "timespan is a number and s, m, h or d: 10m, 1h, 1d");
      }
      long v = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            default -> Duration.ofDays(v);
          };
      if (d.compareTo(MAX_SPAN) > 0) {
        throw new Fault(line(n), "timespan is at most 7d");
      }
      return d;
    }

    /** Ids and names unique, correlations naming known detection rules; the compiled rules. */
    private List<Rule> resolve() {
      Map<String, Detection> byRef = new HashMap<>();
      Set<String> taken = new HashSet<>();
      Set<String> correlationRefs = new HashSet<>();
      List<Object> all = new ArrayList<>();
      all.addAll(detections);
      all.addAll(correlations);
      all.sort(
          java.util.Comparator.comparingInt(
              o -> o instanceof Detection d ? d.line() : ((Correlation) o).line()));
      for (Object o : all) {
        String id = o instanceof Detection d ? d.id() : ((Correlation) o).id();
        String name = o instanceof Detection d ? d.name() : ((Correlation) o).name();
        int line = o instanceof Detection d ? d.line() : ((Correlation) o).line();
        for (String ref : name == null || name.equals(id) ? List.of(id) : List.of(id, name)) {
          if (!taken.add(ref)) {
            problems.add(
                new Problem(line, "the id or name '" + ref + "' is used by an earlier rule"));
          }
          if (o instanceof Detection d) {
            byRef.put(ref, d);
          } else {
            correlationRefs.add(ref);
          }
        }
      }
      Set<String> generated = new HashSet<>();
      Set<String> named = new HashSet<>();
      for (Correlation c : correlations) {
        for (int i = 0; i < c.rules().size(); i++) {
          String ref = c.rules().get(i);
          Detection d = byRef.get(ref);
          if (d == null && refused.contains(ref)) {
            continue; // the rule named is refused itself, with its own line
          }
          if (d == null) {
            problems.add(
                new Problem(
                    c.ruleLines().get(i),
                    correlationRefs.contains(ref)
                        ? "'" + ref + "' is a correlation; a correlation names detection rules only"
                        : "no rule has the id or name '" + shown(ref) + "'"));
          } else {
            named.add(d.id());
            if (c.generate()) {
              generated.add(d.id());
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        return List.of();
      }
      Map<String, CityRule> compiled = new LinkedHashMap<>();
      List<Rule> rules = new ArrayList<>();
      for (Detection d : detections) {
        CityRule r =
            new CityRule(
                PREFIX + d.id(),
                d.title(),
                d.level(),
                d.policy(),
                d.condition(),
                !named.contains(d.id()) || generated.contains(d.id()));
        compiled.put(d.id(), r);
        rules.add(r);
      }
      for (Correlation c : correlations) {
        List<CityRule> base =
            c.rules().stream()
                .map(ref -> compiled.get(Objects.requireNonNull(byRef.get(ref)).id()))
                .map(Objects::requireNonNull)
                .distinct()
                .toList();
        rules.add(
            new CityCorrelation(
                PREFIX + c.id(),
                c.title(),
                c.level(),
                c.policy(),
                c.type(),
                base,
                c.groupBy(),
                c.counted(),
                c.span(),
                c.min(),
                c.max()));
      }
      return List.copyOf(rules);
    }

    /** The keys of a mapping node, each a plain text and given once. */
    private static Map<String, Node> mapping(Node n, String what) throws Fault {
      if (!(n instanceof MappingNode m)) {
        throw new Fault(line(n), what + " is a mapping of keys to values");
      }
      Map<String, Node> keys = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (!(t.getKeyNode() instanceof ScalarNode k)) {
          throw new Fault(line(t.getKeyNode()), "a key is a plain text");
        }
        if (keys.put(k.getValue(), t.getValueNode()) != null) {
          throw new Fault(line(k), "the key '" + shown(k.getValue()) + "' is given twice");
        }
      }
      return keys;
    }

    private static int keyLine(Node mapping, String key) {
      for (NodeTuple t : ((MappingNode) mapping).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
          return line(k);
        }
      }
      return line(mapping);
    }

    private static Node required(Node parent, Map<String, Node> keys, String key) throws Fault {
      Node n = keys.get(key);
      if (n == null) {
        throw new Fault(line(parent), "the rule has no " + key);
      }
      return n;
    }

    private static String text(Node n, String what, int max) throws Fault {
      if (!(n instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
        throw new Fault(line(n), what + " is a text");
      }
      String v = s.getValue();
      if (v.isBlank()) {
        throw new Fault(line(n), what + " is empty");
      }
      if (v.length() > max) {
        throw new Fault(line(n), what + " has at most " + max + " characters");
      }
      if (v.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
        throw new Fault(line(n), what + " holds a control character");
      }
      return v;
    }
  }
}
