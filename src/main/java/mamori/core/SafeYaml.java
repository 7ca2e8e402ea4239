package mamori.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/*
 * Design. A YAML scalar is not a line: a quoted or folded scalar runs over as many lines as its
 * author likes, and a My Number split over two of them (1234 5678 / 9018 ...) passes any check made
 * line by line, yet is one value once composed and is shown as one. So free text in a YAML file is
 * judged by its composed scalars, each whole, with NumberText's one detector.
 */
/**
 * YAML files written by people (detection rules, document types), read as composed nodes with one
 * set of reader settings.
 */
public final class SafeYaml {
  /** The deepest nesting of collections a file may have. */
  public static final int MAX_DEPTH = 20;

  private SafeYaml() {}

  /**
   * A reader that composes nodes and never constructs objects from them, for a text of at most
   * {@code maxCodePoints} characters and {@code maxAliases} aliases (0: none): duplicate keys are
   * composed (the caller refuses them with their line), recursive keys are refused, nesting is at
   * most {@link #MAX_DEPTH}. Use its {@code compose} or {@code composeAll} only.
   */
  public static Yaml reader(int maxCodePoints, int maxAliases) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(maxAliases);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(maxCodePoints);
    options.setAllowRecursiveKeys(false);
    return new Yaml(options);
  }

  /**
   * The scalars under {@code node}, keys and values, whose composed value holds a number ({@link
   * NumberText#holdsNumber}), in document order; empty when none does.
   */
  public static List<ScalarNode> numbers(Node node) {
    List<ScalarNode> found = new ArrayList<>();
    numbers(node, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  /** Each node once: an alias is the node it names, and a recursive one would never end. */
  private static void numbers(Node n, List<ScalarNode> found, Set<Node> seen) {
    if (!seen.add(n)) {
      return;
    }
    switch (n) {
      case ScalarNode s -> {
        if (NumberText.holdsNumber(s.getValue())) {
          found.add(s);
        }
      }
      case SequenceNode q -> q.getValue().forEach(item -> numbers(item, found, seen));
      case MappingNode m ->
          m.getValue()
              .forEach(t -> {
                numbers(t.getKeyNode(), found, seen);
                numbers(t.getValueNode(), found, seen);
              });
      default -> {}
    }
  }
}
