package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.entrustment.CommonPurposes;
import mamori.entrustment.PersonSet;
import mamori.entrustment.Scope;
import org.junit.jupiter.api.Test;

/** The scope an entrustment to key a job needs: the job, and every person field its type shows. */
class JobScopeTest {
  @Test
  void aSlipJobsScope_showsEveryPersonFieldOfItsParts_unmasked_forThatJobOnly() {
    DocumentType type = DocumentTypes.builtIn(SyntheticSlips.TYPE);
    LocalDate from = LocalDate.of(2026, 12, 6);
    Scope s =
        JobScope.of(
            type,
            new JobId("job-slips"),
            CommonPurposes.WITHHOLDING_SLIP_ENTRY,
            from,
            from.plusDays(30),
            500,
            EnumSet.of(Action.ENTER));
    Set<Field> shown = EnumSet.noneOf(Field.class);
    type.parts().forEach(p -> shown.addAll(p.scopeFields()));
    assertThat(s.fields().keySet()).isEqualTo(shown).contains(Field.MY_NUMBER);
    assertThat(s.fields().values()).containsOnly(Mask.NONE);
    assertThat(s.persons()).isEqualTo(new PersonSet.Job("job-slips"));
    assertThat(s.purposes()).containsExactly(CommonPurposes.WITHHOLDING_SLIP_ENTRY);
    assertThat(s.actions()).containsExactly(Action.ENTER);
    assertThat(s.dailyCap()).isEqualTo(500);
  }

  @Test
  void theSlipsPurpose_isACommonPurpose_asEveryTenantIsSeededWithIt() {
    var p = CommonPurposes.named("a-city", CommonPurposes.WITHHOLDING_SLIP_ENTRY);
    assertThat(p.tenant()).isEqualTo("a-city");
    assertThat(p.id()).isEqualTo(CommonPurposes.WITHHOLDING_SLIP_ENTRY);
  }
}
