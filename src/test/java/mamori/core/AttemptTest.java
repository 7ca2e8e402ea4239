package mamori.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An attempt holds its own copies; an outcome is allowed with masks or denied with a reason. */
class AttemptTest {
  static final Who CLERK =
      new Who(new UserId("clerk"), new OrganisationId("demo-city"), new TenantId("demo-city"));

  @Test
  void anAttempt_copiesWhatItIsGiven() {
    List<String> chain = new ArrayList<>(List.of("ent-1"));
    Set<Field> fields = EnumSet.of(Field.ADDRESS);
    Attempt a =
        new Attempt(CLERK, chain, Why.NONE, Action.READ, Optional.empty(), fields, Instant.EPOCH);
    chain.add("ent-2");
    fields.add(Field.MY_NUMBER);
    assertThat(a.chain()).containsExactly("ent-1");
    assertThat(a.fields()).containsExactly(Field.ADDRESS);
    assertThatThrownBy(() -> a.fields().add(Field.SEX))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void anAttemptWithoutPerson_touchesNoField() {
    Attempt signIn =
        Attempt.withoutPerson(CLERK, List.of(), Why.NONE, Action.SIGNIN, Instant.EPOCH);
    assertThat(signIn.person()).isEmpty();
    assertThat(signIn.fields()).isEmpty();
  }

  @Test
  void outcomes_sayWhetherAllowed() {
    Outcome allowed = Outcome.allowed(Map.of(Field.MY_NUMBER, Mask.PARTIAL));
    assertThat(allowed.isAllowed()).isTrue();
    assertThat(((Outcome.Allowed) allowed).masks())
        .containsExactly(Map.entry(Field.MY_NUMBER, Mask.PARTIAL));
    assertThat(Outcome.denied(Reason.VOLUME_EXCEEDED).isAllowed()).isFalse();
    assertThat(Outcome.denied(Reason.VOLUME_EXCEEDED))
        .isEqualTo(new Outcome.Denied(Reason.VOLUME_EXCEEDED));
  }
}
