package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A request asks for at least one field, but desk work (issue 16) on a part of a form holding no
 * person field asks for none; and the decision of desk work through an entrustment whose person set
 * is a job: on both stores.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RequestTest extends EntrustmentTestBase {
  static final PersonSet.Job JOB = new PersonSet.Job("job-1");
  static final Why JOBS_WHY = new Why("resident-tax", "job-1");

  static Request request(Action action, Predicate<PersonSet> personIn, Set<Field> fields) {
    return new Request(
        new UserId("op"),
        new OrganisationId("entry-co"),
        Role.OPERATOR,
        JOBS_WHY,
        action,
        personIn,
        fields,
        NOW);
  }

  @Test
  void aReadPrintOrPackageOfNoField_isRefused() {
    for (Action a : EnumSet.of(Action.READ, Action.PRINT, Action.PACKAGE)) {
      assertThatThrownBy(() -> request(a, JOB::equals, Set.of()))
          .as(a.code())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("an access asks for at least one field");
    }
  }

  @Test
  void enteringOrVerifyingAPartOfNoPersonField_asksForNoField() {
    assertThat(request(Action.ENTER, JOB::equals, Set.of()).fields()).isEmpty();
    assertThat(request(Action.VERIFY, JOB::equals, Set.of()).fields()).isEmpty();
  }

  @Test
  void theFieldsAsked_areCopied() {
    Set<Field> asked = EnumSet.of(Field.FAMILY_NAME);
    Request r = request(Action.ENTER, JOB::equals, asked);
    asked.add(Field.MY_NUMBER);
    assertThat(r.fields()).containsExactly(Field.FAMILY_NAME);
    assertThatThrownBy(() -> r.fields().add(Field.ADDRESS))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aNonEntrustableAction_isRefused_evenForNoField() {
    assertThatThrownBy(() -> request(Action.TASK_VIEW, JOB::equals, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task.view");
  }

  /** entry-co's entrustment over the job: keying and verifying, the name and the number. */
  Entrustment jobsEntrustment(Set<Action> actions) {
    Entrustment e =
        entrustments.create(
            null,
            "entry-co",
            contract(),
            new Scope(
                Set.of("resident-tax"),
                Map.of(Field.FAMILY_NAME, Mask.NONE, Field.MY_NUMBER, Mask.NONE),
                JOB,
                LocalDate.parse("2025-04-01"),
                LocalDate.parse("2026-03-31"),
                100,
                actions),
            CITY_ADMIN);
    return e.status() == Entrustment.Status.ACTIVE ? e : entrustments.approve(e.id(), OFFICER);
  }

  @Test
  void deskWorkOnNoField_isAllowedThroughTheJobsEntrustment_showingNoField() {
    Entrustment e = jobsEntrustment(EnumSet.of(Action.ENTER, Action.VERIFY));

    for (Action a : EnumSet.of(Action.ENTER, Action.VERIFY)) {
      Decision d = entrustments.decide(request(a, JOB::equals, Set.of()));
      assertThat(d.allowed()).as(a.code()).isTrue();
      assertThat(d.chain()).containsExactly(e.id());
      assertThat(d.fields()).isEmpty();
    }
    Decision named =
        entrustments.decide(request(Action.ENTER, JOB::equals, Set.of(Field.MY_NUMBER)));
    assertThat(named.fields()).isEqualTo(Map.of(Field.MY_NUMBER, Mask.NONE));
  }

  @Test
  void deskWorkOnAnotherJob_isOutOfScope_evenOnNoField() {
    jobsEntrustment(EnumSet.of(Action.ENTER, Action.VERIFY));
    PersonSet.Job other = new PersonSet.Job("job-2");

    Decision d = entrustments.decide(request(Action.ENTER, other::equals, Set.of()));

    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Reason.PERSON_OUT_OF_SCOPE);
  }

  @Test
  void verifyingThroughAnEntrustmentThatOnlyKeys_isRefused_evenOnNoField() {
    jobsEntrustment(EnumSet.of(Action.ENTER));

    Decision d = entrustments.decide(request(Action.VERIFY, JOB::equals, Set.of()));

    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Reason.ACTION_NOT_ALLOWED);
  }

  @Test
  void keyingAFieldTheJobsEntrustmentDoesNotShow_isRefused() {
    jobsEntrustment(EnumSet.of(Action.ENTER, Action.VERIFY));

    Decision d =
        entrustments.decide(request(Action.ENTER, JOB::equals, Set.of(Field.BANK_ACCOUNT)));

    assertThat(d.allowed()).isFalse();
    assertThat(d.reason()).isEqualTo(Reason.FIELD_OUT_OF_SCOPE);
  }
}
