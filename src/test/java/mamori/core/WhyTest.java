package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The purpose and case, and the checks a typed purpose and case pass before the gate. */
class WhyTest {
  @Test
  void aPurposeAndACase_goOn_strippedOfSpaces() {
    assertThat(Why.problem("resident-tax", "R8-0001")).isEmpty();
    assertThat(Why.typed(" resident-tax ", " R8-0001\t"))
        .isEqualTo(new Why("resident-tax", "R8-0001"));
  }

  @Test
  void eachProblem_isNamed() {
    assertThat(Why.problem(" ", "c")).contains(Why.Problem.PURPOSE_REQUIRED);
    assertThat(Why.problem("p", "")).contains(Why.Problem.CASE_REQUIRED);
    assertThat(Why.problem("p", "c".repeat(Why.MAX_CASE + 1))).contains(Why.Problem.CASE_INVALID);
    assertThat(Why.problem("p", "a\u0007b")).contains(Why.Problem.CASE_INVALID);
    assertThat(Why.problem("p", "c".repeat(Why.MAX_CASE))).isEmpty();
  }
}
