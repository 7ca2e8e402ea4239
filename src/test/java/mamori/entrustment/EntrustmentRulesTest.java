package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may change an entrustment and what they may entrust, taken one rule at a time, and the chain
 * each change writes to the log before it is stored.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class EntrustmentRulesTest extends EntrustmentTestBase {
  static final Caller ENTRY_OPERATOR = new Caller("entry-op", "entry-co", Role.OPERATOR);

  private void refused(Runnable change, String code) {
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            EntrustmentException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void theEntrustingBodysOfficer_suspendsAndRevokes_itsOperatorCannot() {
    Entrustment child = entrustments.approve(child(first()).id(), OFFICER);
    refused(() -> entrustments.suspend(child.id(), ENTRY_OPERATOR), "approval.not-root-officer");
    refused(() -> entrustments.revoke(child.id(), ENTRY_OPERATOR), "approval.not-root-officer");
    assertThat(entrustments.suspend(child.id(), ENTRY_OFFICER).status())
        .isEqualTo(Entrustment.Status.SUSPENDED);
    refused(() -> entrustments.resume(child.id(), ENTRY_OFFICER), "approval.not-root-officer");
    assertThat(entrustments.revoke(child.id(), ENTRY_OFFICER).status())
        .isEqualTo(Entrustment.Status.REVOKED);
  }

  @Test
  void anotherTenantsOrganisation_orAPurposeTheTenantDidNotRegister_isNeverEntrusted() {
    entrustments.registerOrganisation(
        new Organisation("far-co", "遠方株式会社", Organisation.Kind.CONTRACTOR, "other-city"));
    refused(
        () -> entrustments.create(null, "far-co", contract(), scope(), CITY_ADMIN),
        "organisation.unknown");
    Scope s = scope();
    Scope unregistered =
        new Scope(
            Set.of("resident-tax", "dog-licence"),
            s.fields(),
            s.persons(),
            s.from(),
            s.to(),
            s.dailyCap(),
            s.actions());
    refused(
        () -> entrustments.create(null, "entry-co", contract(), unregistered, CITY_ADMIN),
        "purpose.unknown");
    assertThat(entrustments.heldBy("far-co")).isEmpty();
    assertThat(entrustments.heldBy("entry-co")).isEmpty();
  }

  @Test
  void approvalInAdvance_andEveryMove_areLoggedWithTheWholeChain() {
    Entrustment parent =
        entrustments.create(
            null, "entry-co", withAdvance("sub-co", "会社案内", true), scope(), CITY_ADMIN);
    entrustments.approveInAdvance(parent.id(), OFFICER);
    assertThat(logged(logSize() - 1))
        .satisfies(r -> {
          assertThat(r.action()).isEqualTo("entrustment.approve-advance");
          assertThat(r.chain()).containsExactly(parent.id());
        });
    Entrustment child =
        entrustments.create(parent.id(), "sub2-co", contract(), narrower(), ENTRY_ADMIN);
    entrustments.approve(child.id(), OFFICER);
    assertThat(logged(logSize() - 1).chain()).containsExactly(parent.id(), child.id());
    entrustments.suspend(child.id(), OFFICER);
    assertThat(logged(logSize() - 1))
        .satisfies(r -> {
          assertThat(r.action()).isEqualTo("entrustment.suspend");
          assertThat(r.chain()).containsExactly(parent.id(), child.id());
        });
  }

  @Test
  void aScope_namesRegisteredLookingPurposes_aCapOfAtLeastOne_andPersonSetsOf1To200Characters() {
    Map<Field, Mask> name = Map.of(Field.FAMILY_NAME, Mask.NONE);
    Scope s = scope();
    assertThat(
            new Scope(
                    s.purposes(), name, PersonSet.ALL, s.from(), s.to(), 1, EnumSet.of(Action.READ))
                .dailyCap())
        .isEqualTo(1);
    assertThatThrownBy(() ->
            new Scope(
                s.purposes(), name, PersonSet.ALL, s.from(), s.to(), 0, EnumSet.of(Action.READ)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            new Scope(
                Set.of("Resident Tax"),
                name,
                PersonSet.ALL,
                s.from(),
                s.to(),
                1,
                EnumSet.of(Action.READ)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(PersonSet.parse("tag:" + "w".repeat(200))).isInstanceOf(PersonSet.Tagged.class);
    assertThat(new PersonSet.Job("j".repeat(200)).jobId()).hasSize(200);
    for (String bad : new String[] {"", " ", "w".repeat(201)}) {
      assertThatThrownBy(() -> PersonSet.parse("tag:" + bad))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new PersonSet.Job(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
