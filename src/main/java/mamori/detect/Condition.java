package mamori.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A detection's condition, as Sigma writes it: selection names joined by {@code and}, {@code or},
 * {@code not} and parentheses, and {@code 1 of PATTERN} / {@code all of PATTERN} over the
 * selections whose names match a pattern with {@code *} ({@code them} is every selection). Parsed
 * once into a tree that compiles to a {@link Match} evaluating each selection lazily, left to
 * right.
 */
final class Condition {
  /** The characters of one condition. */
  static final int MAX_LENGTH = 1000;

  private Condition() {}

  /** A condition that does not parse or names no selection. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** A parsed condition. */
  sealed interface Node {
    /** The value of the condition when each selection has the value {@code selected} gives. */
    boolean eval(Predicate<String> selected);

    /** The condition compiled over the compiled selections. */
    Match compile(Map<String, Match> selections);
  }

  record Ref(String name) implements Node {
    @Override
    public boolean eval(Predicate<String> selected) {
      return selected.test(name);
    }

    @Override
    public Match compile(Map<String, Match> selections) {
      Match m = selections.get(name);
      if (m == null) {
        throw new IllegalStateException("unchecked selection");
      }
      return m;
    }
  }

  record Not(Node inner) implements Node {
    @Override
    public boolean eval(Predicate<String> selected) {
      return !inner.eval(selected);
    }

    @Override
    public Match compile(Map<String, Match> selections) {
      Match m = inner.compile(selections);
      return r -> !m.test(r);
    }
  }

  record All(List<Node> parts) implements Node {
    @Override
    public boolean eval(Predicate<String> selected) {
      for (Node n : parts) {
        if (!n.eval(selected)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public Match compile(Map<String, Match> selections) {
      Match[] m = parts.stream().map(p -> p.compile(selections)).toArray(Match[]::new);
      if (m.length == 2) {
        Match a = m[0];
        Match b = m[1];
        return r -> a.test(r) && b.test(r);
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
  }

  record Any(List<Node> parts) implements Node {
    @Override
    public boolean eval(Predicate<String> selected) {
      for (Node n : parts) {
        if (n.eval(selected)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Match compile(Map<String, Match> selections) {
      Match[] m = parts.stream().map(p -> p.compile(selections)).toArray(Match[]::new);
      if (m.length == 2) {
        Match a = m[0];
        Match b = m[1];
        return r -> a.test(r) || b.test(r);
      }
      return r -> {
        for (Match x : m) {
          if (x.test(r)) {
            return true;
          }
        }
        return false;
      };
    }
  }

  /**
   * Parses {@code text} over the selections named {@code names}.
   *
   * @throws Invalid naming the token at fault or the undefined selection
   */
  static Node parse(String text, List<String> names) throws Invalid {
    if (text.length() > MAX_LENGTH) {
      throw new Invalid("a condition has at most " + MAX_LENGTH + " characters");
    }
    Parser p = new Parser(tokens(text), names);
    Node n = p.or();
    if (p.at < p.tokens.size()) {
      throw new Invalid("unexpected '" + RuleFile.shown(p.tokens.get(p.at)) + "' in the condition");
    }
    return n;
  }

  private static List<String> tokens(String text) throws Invalid {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '|') {
        throw new Invalid("aggregations after '|' are not supported; write a correlation rule");
      } else {
        int start = i;
        while (i < text.length()
            && !Character.isWhitespace(text.charAt(i))
            && text.charAt(i) != '('
            && text.charAt(i) != ')') {
          i++;
        }
        out.add(text.substring(start, i));
      }
    }
    if (out.isEmpty()) {
      throw new Invalid("the condition is empty");
    }
    return out;
  }

  private static final class Parser {
    final List<String> tokens;
    final List<String> names;
    int at;

    Parser(List<String> tokens, List<String> names) {
      this.tokens = tokens;
      this.names = names;
    }

    boolean next(String word) {
      if (at < tokens.size() && tokens.get(at).equals(word)) {
        at++;
        return true;
      }
      return false;
    }

    Node or() throws Invalid {
      List<Node> parts = new ArrayList<>(List.of(and()));
      while (next("or")) {
        parts.add(and());
      }
      return parts.size() == 1 ? parts.getFirst() : new Any(parts);
    }

    Node and() throws Invalid {
      List<Node> parts = new ArrayList<>(List.of(not()));
      while (next("and")) {
        parts.add(not());
      }
      return parts.size() == 1 ? parts.getFirst() : new All(parts);
    }

    Node not() throws Invalid {
      return next("not") ? new Not(not()) : primary();
    }

    Node primary() throws Invalid {
      if (at >= tokens.size()) {
        throw new Invalid("the condition ends where a selection is expected");
      }
      if (next("(")) {
        Node n = or();
        if (!next(")")) {
          throw new Invalid("a '(' in the condition is not closed");
        }
        return n;
      }
      String t = tokens.get(at++);
      if ((t.equals("1") || t.equals("all") || t.equals("any")) && next("of")) {
        if (at >= tokens.size()) {
          throw new Invalid("'" + t + " of' names no selections");
        }
        String pattern = tokens.get(at++);
        List<Node> refs = new ArrayList<>();
        Pattern p =
            Pattern.compile(
                pattern.equals("them") ? ".*" : Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
        for (String n : names) {
          if (p.matcher(n).matches()) {
            refs.add(new Ref(n));
          }
        }
        if (refs.isEmpty()) {
          throw new Invalid("'" + t + " of " + RuleFile.shown(pattern) + "' matches no selection");
        }
        return t.equals("all") ? new All(refs) : new Any(refs);
      }
      if (List.of("and", "or", "of", ")").contains(t)) {
        throw new Invalid("unexpected '" + t + "' in the condition");
      }
      if (!names.contains(t)) {
        throw new Invalid(
            "the condition names '" + RuleFile.shown(t) + "', which is not a selection");
      }
      return new Ref(t);
    }
  }
}
