package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pages' messages for a purpose and case come from the one check of {@code Why}. */
class PagesTest {
  @Test
  void eachProblem_hasItsMessage_andAGoodWhyNone() {
    assertThat(Pages.whyNot("resident-tax", "R8-0001")).isNull();
    assertThat(Pages.whyNot(" ", "R8")).isEqualTo("console.error.purpose-required");
    assertThat(Pages.whyNot("resident-tax\n", "R8\u0007")).isEqualTo("console.error.case-invalid");
    assertThat(Pages.whyNot("resident\u202Etax", "R8")).isEqualTo("console.error.purpose-invalid");
    assertThat(Pages.whyNot("resident-tax", "")).isEqualTo("console.error.case-required");
    assertThat(Pages.whyNot("resident-tax", "R8\u2066x")).isEqualTo("console.error.case-invalid");
    assertThat(Pages.whyNot("resident-tax", "c".repeat(101)))
        .isEqualTo("console.error.case-invalid");
    assertThat(Pages.whyNot("resident-tax", "1234.5678/9012"))
        .isEqualTo("console.error.case-holds-number");
  }

  @Test
  void anEcho_masksANumberInAnySpelling() {
    assertThat(Pages.echo(" no. 1234.5678/9012 ")).isEqualTo("no. ****.****/9012");
  }
}
