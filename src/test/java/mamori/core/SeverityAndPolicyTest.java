package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The stored codes of severities and action policies, which rule files and alerts keep. */
class SeverityAndPolicyTest {
  @Test
  void severities_areOrderedAndReadBack() {
    assertThat(Arrays.stream(Severity.values()).map(Severity::code))
        .containsExactly("low", "medium", "high", "critical");
    for (Severity s : Severity.values()) {
      assertThat(Severity.ofCode(s.code())).contains(s);
    }
    assertThat(Severity.ofCode("HIGH")).isEmpty();
    assertThat(Severity.ofCode("")).isEmpty();
    assertThat(Severity.HIGH.compareTo(Severity.MEDIUM)).isPositive();
  }

  @Test
  void policies_readBack() {
    assertThat(Arrays.stream(AlertPolicy.values()).map(AlertPolicy::code))
        .containsExactly("notify", "suspend-entrustment", "suspend-user");
    for (AlertPolicy p : AlertPolicy.values()) {
      assertThat(AlertPolicy.ofCode(p.code())).contains(p);
    }
    assertThat(AlertPolicy.ofCode("suspend")).isEmpty();
  }
}
