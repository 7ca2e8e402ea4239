package mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The field an error answer names is the caller's own text where a map key is in its path. */
class ApiErrorsTest {
  @Test
  void aPathHoldingANumber_isAnsweredMasked() {
    String key = "1234" + "-5678-" + "9012";
    assertThat(ApiErrors.named("scope.fields." + key))
        .startsWith("scope.fields.")
        .doesNotContain("1234")
        .endsWith("9012");
  }

  @Test
  void aPathsControlAndFormatCharacters_areShownAsQuestionMarks_andItIsCut() {
    assertThat(ApiErrors.named("a\nb\u202ec\u001b[31m")).isEqualTo("a?b?c?[31m");
    assertThat(ApiErrors.named("x".repeat(500))).hasSize(200);
    assertThat(ApiErrors.named("scope.from")).isEqualTo("scope.from");
  }

  @Test
  void aJobsAndAnIncidentsRefusal_areAnsweredByTheOneHandler_alike() {
    ApiErrors errors = new ApiErrors();
    var job = errors.act(mamori.work.JobException.unknownJob());
    assertThat(job.getStatusCode().value()).isEqualTo(404);
    assertThat(job.getBody()).isNotNull();
    assertThat(job.getBody().code()).isEqualTo("job.unknown");
    assertThat(mamori.core.ActRefused.class)
        .isAssignableFrom(mamori.incident.IncidentException.class)
        .isAssignableFrom(mamori.work.JobException.class);
  }
}
