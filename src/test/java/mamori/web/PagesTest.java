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

  /** The advice's navigation reads nothing of its reasons or messages. */
  static final PageAdvice ADVICE = new PageAdvice(null, null);

  static mamori.identity.Principal user(String organisation, mamori.core.Role role) {
    return new mamori.identity.Principal(
        new mamori.core.UserId("u-1"),
        new mamori.core.TenantId("a-city"),
        new mamori.core.OrganisationId(organisation),
        role,
        "t-1");
  }

  @Test
  void theNavigationsLinks_followTheRuleTheirPagesEnterBy() {
    for (mamori.core.Role role : mamori.core.Role.values()) {
      for (String org : java.util.List.of("a-city", "a-contractor")) {
        var p = user(org, role);
        PageAdvice.Nav nav = ADVICE.nav(p);
        assertThat(nav.jobs())
            .as("jobs link for " + role + " of " + org)
            .isEqualTo(entered(p, mamori.work.WorkRoles.READERS));
        assertThat(nav.alerts()).isEqualTo(entered(p, ConsoleAlertsController.READERS));
        assertThat(nav.incidents()).isEqualTo(entered(p, ConsoleIncidentsController.READERS));
      }
    }
    // the operator and the staff of the controller are not shown the jobs they may not read
    assertThat(ADVICE.nav(user("a-city", mamori.core.Role.OPERATOR)).jobs()).isFalse();
    assertThat(ADVICE.nav(user("a-city", mamori.core.Role.AUDITOR)).jobs()).isTrue();
    assertThat(ADVICE.nav(null)).isEqualTo(new PageAdvice.Nav(false, false, false, false));
  }

  /** Whether the page lets {@code p} in. */
  static boolean entered(mamori.identity.Principal p, java.util.Set<mamori.core.Role> roles) {
    try {
      Pages.console(p, roles);
      return true;
    } catch (PageRefusal e) {
      return false;
    }
  }
}
