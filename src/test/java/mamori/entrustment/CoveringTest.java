package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The entrustments covering one person set, read by that set in the store. */
@ParameterizedClass
@EnumSource(mamori.store.TestStores.Kind.class)
class CoveringTest extends EntrustmentTestBase {
  static Scope over(Scope s, PersonSet persons) {
    return new Scope(
        s.purposes(), s.fields(), persons, s.from(), s.to(), s.dailyCap(), s.actions());
  }

  @Test
  void aJobsEntrustments_areThoseWhoseSetIsThatJob_reEntrustmentsToo() {
    PersonSet jobA = new PersonSet.Job("job-a");
    Entrustment everyone = first();
    Entrustment a =
        entrustments.create(null, "entry-co", contract(), over(scope(), jobA), CITY_ADMIN);
    Entrustment b =
        entrustments.create(
            null, "entry-co", contract(), over(scope(), new PersonSet.Job("job-b")), CITY_ADMIN);
    Entrustment underA =
        entrustments.create(a.id(), "sub-co", contract(), over(narrower(), jobA), ENTRY_ADMIN);
    // a job whose id reads like another set's reference is still only its own job
    entrustments.create(
        null, "entry-co", contract(), over(scope(), PersonSet.parse("tag:job-a")), CITY_ADMIN);

    // (made at the same instant of the test's clock, so in no order of time)
    assertThat(entrustments.covering(TENANT, jobA))
        .extracting(Entrustment::id)
        .containsExactlyInAnyOrder(a.id(), underA.id());
    assertThat(entrustments.covering(TENANT, new PersonSet.Job("job-b")))
        .extracting(Entrustment::id)
        .containsExactly(b.id());
    assertThat(entrustments.covering(TENANT, PersonSet.ALL))
        .extracting(Entrustment::id)
        .containsExactly(everyone.id());
    assertThat(entrustments.covering("other-city", jobA)).isEmpty();
    assertThat(entrustments.covering(TENANT, new PersonSet.Job("job-none"))).isEmpty();
  }
}
