package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** The one YAML reader of files people write, and the number check over its scalars. */
class SafeYamlTest {
  static Node compose(String text, int aliases) {
    return SafeYaml.reader(10_000, aliases).compose(new StringReader(text));
  }

  @Test
  void aliases_areRefusedBeyondTheirLimit_andNestingBeyondTheDepth() {
    assertThatThrownBy(() -> compose("a: &x [1]\nb: *x\n", 0)).isInstanceOf(YAMLException.class);
    assertThat(compose("a: &x [1]\nb: *x\n", 10)).isNotNull();
    String deep = "[".repeat(SafeYaml.MAX_DEPTH + 2) + "]".repeat(SafeYaml.MAX_DEPTH + 2);
    assertThatThrownBy(() -> compose(deep, 0)).isInstanceOf(YAMLException.class);
    assertThatThrownBy(
            () -> SafeYaml.reader(10, 0).compose(new StringReader("a: " + "b".repeat(20))))
        .isInstanceOf(YAMLException.class);
  }

  @Test
  void duplicateKeys_areComposed_forTheCallerToRefuseWithTheirLine() {
    assertThat(compose("a: 1\na: 2\n", 0)).isNotNull();
  }

  @Test
  void aNumberSplitOverTheLinesOfAScalar_isFound_withTheScalarsLine() {
    Node n = compose("a: ok\nb: >\n  1234 5678\n  9018\nc: [x, \"1234\n  5678 9018\"]\n", 0);
    assertThat(SafeYaml.numbers(n))
        .extracting(s -> s.getStartMark().getLine() + 1)
        .containsExactly(2, 5);
    assertThat(SafeYaml.numbers(compose("a: 1234 5678\nb: 9018\n", 0))).isEmpty();
  }
}
