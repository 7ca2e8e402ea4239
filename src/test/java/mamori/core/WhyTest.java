package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one check of a purpose and case, made whenever one is constructed. */
class WhyTest {
  @Test
  void aPurposeAndACase_goOn_strippedOfSpaces() {
    assertThat(Why.problem("resident-tax", "R8-0001")).isEmpty();
    assertThat(Why.typed(" resident-tax ", " R8-0001\t"))
        .isEqualTo(new Why("resident-tax", "R8-0001"));
    assertThat(Why.problem("resident-tax", "令和8年 第12号")).isEmpty();
    assertThat(Why.problem("p", "c".repeat(Why.MAX_CASE))).isEmpty();
  }

  @Test
  void eachProblem_isNamed() {
    assertThat(Why.problem(" ", "c")).contains(Why.Problem.PURPOSE_REQUIRED);
    assertThat(Why.problem("p", "")).contains(Why.Problem.CASE_REQUIRED);
    assertThat(Why.problem("p", " \t ")).contains(Why.Problem.CASE_REQUIRED);
    assertThat(Why.problem("p", "c".repeat(Why.MAX_CASE + 1))).contains(Why.Problem.CASE_TOO_LONG);
    assertThat(Why.problem("p".repeat(Why.MAX_CASE + 1), "c"))
        .contains(Why.Problem.PURPOSE_TOO_LONG);
    assertThat(Why.problem("p", "a\u0007b")).contains(Why.Problem.CASE_CONTROL);
    assertThat(Why.problem("p\nq", "c")).contains(Why.Problem.PURPOSE_CONTROL);
    assertThat(Why.problem("p", "1234.5678.9012")).contains(Why.Problem.CASE_NUMBER);
    assertThat(Why.problem("p 1234 5678 9012", "c")).contains(Why.Problem.PURPOSE_NUMBER);
  }

  @Test
  void linesEscapesAndDirectionControls_areRefused() {
    for (String bad :
        new String[] {
          "R8\nallow forged",
          "R8\rX",
          "\u001B[2J",
          "a\u001B]0;x\u0007",
          "R8\u202E1000",
          "\u2066x\u2069",
          "a\u200Bb",
          "a\u2028b",
          "a\u2029b",
          "a\u0085b",
          "a\uFEFFb",
          "a\u00ADb",
          "a\uD800b",
          "\u0000"
        }) {
      assertThat(Why.problem("resident-tax", bad))
          .as("U+%04X", (int) bad.chars().filter(c -> c < 0x20 || c > 0x7E).findFirst().orElse(0))
          .contains(Why.Problem.CASE_CONTROL);
      assertThatThrownBy(() -> new Why("resident-tax", bad))
          .isInstanceOf(Why.Invalid.class)
          .hasMessage(Why.Problem.CASE_CONTROL.message());
    }
  }

  @Test
  void theConstructor_isTheCheck_forEveryRecordAndSurface() {
    assertThatThrownBy(() -> new Why("resident-tax", ""))
        .isInstanceOf(Why.Invalid.class)
        .satisfies(
            e -> assertThat(((Why.Invalid) e).problem()).isEqualTo(Why.Problem.CASE_REQUIRED));
    assertThatThrownBy(() -> new Why(" ", "c")).isInstanceOf(Why.Invalid.class);
    assertThatThrownBy(() -> new Why("resident-tax", "ref ٠١٢٣-٤٥٦٧-٨٩٠١"))
        .isInstanceOf(Why.Invalid.class)
        .hasMessageNotContaining("٠١٢٣");
    assertThat(Why.NONE).isEqualTo(new Why("", ""));
    assertThat(Why.administrative("user.disable").caseRef()).isEqualTo("user.disable");
    assertThatThrownBy(() -> Why.typed("resident-tax", "")).isInstanceOf(Why.Invalid.class);
  }

  @Test
  void aCaseMadeFromAFileName_alwaysPasses() {
    String c = Why.caseFrom("import list\n\u202E 1234-5678-9012 " + "x".repeat(200) + ".csv");
    assertThat(Why.problem("resident-register", c)).isEmpty();
    assertThat(c).hasSize(Why.MAX_CASE).startsWith("import list?? ****-****-9012 x");
  }

  @Test
  void textFromAFileName_isCutAtItsOwnLength_neverBetweenAPairsHalves() {
    String t = Why.textFrom(" a\u0000b 1234-5678-9012 " + "x".repeat(300), 200);
    assertThat(t).hasSize(200).startsWith("a?b ****-****-9012 x");
    assertThat(Why.textFrom("x".repeat(199) + "\uD83D\uDE00", 200)).hasSize(199);
  }
}
