package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.OrganisationId;
import mamori.core.Outcome;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class DecisionTest extends EntrustmentTestBase {
  static final Predicate<PersonSet> IN_KITA = s -> s.equals(PersonSet.parse("tag:ward=kita"));

  private Decision ask(
      String org, Role role, String purpose, Action action, Set<Field> fields, Instant at) {
    return entrustments.decide(
        new Request(
            new UserId("u-1"),
            new OrganisationId(org),
            role,
            new Why(purpose, "case-1"),
            action,
            IN_KITA,
            fields,
            at));
  }

  private Decision subReads(Set<Field> fields) {
    return ask("sub-co", Role.OPERATOR, "resident-tax", Action.READ, fields, NOW);
  }

  private Entrustment approvedChild() {
    return entrustments.approve(child(first()).id(), OFFICER);
  }

  @Test
  void approvedTwoLevelChain_allowsWithTheStrictestMaskingOfTheChain() {
    Entrustment child = approvedChild();
    Decision d = subReads(Set.of(Field.FAMILY_NAME, Field.MY_NUMBER));
    assertThat(d.allowed()).isTrue();
    assertThat(d.outcome()).isInstanceOf(Outcome.Allowed.class);
    assertThat(d.chain()).containsExactly(child.parent(), child.id());
    assertThat(d.fields())
        .isEqualTo(Map.of(Field.FAMILY_NAME, Mask.PARTIAL, Field.MY_NUMBER, Mask.PARTIAL));
  }

  @Test
  void tenantsOwnStaff_needNoChain_butARegisteredPurposeAndAWorkingRole() {
    Decision d = ask(TENANT, Role.STAFF, "resident-tax", Action.READ, Set.of(Field.ADDRESS), NOW);
    assertThat(d.allowed()).isTrue();
    assertThat(d.chain()).isEmpty();
    assertThat(
            ask(TENANT, Role.AUDITOR, "resident-tax", Action.READ, Set.of(Field.ADDRESS), NOW)
                .reason())
        .isEqualTo(Reason.ROLE_NOT_ALLOWED);
    assertThat(
            ask(TENANT, Role.STAFF, "dog-licence", Action.READ, Set.of(Field.ADDRESS), NOW)
                .reason())
        .isEqualTo(Reason.PURPOSE_UNKNOWN);
  }

  @Test
  void eachRefusal_hasItsOwnCode() {
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).reason()).isEqualTo(Reason.CHAIN_NONE);
    Entrustment child = child(first());
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).outcome())
        .isEqualTo(Outcome.denied(Reason.CHAIN_NOT_APPROVED));
    entrustments.approve(child.id(), OFFICER);
    assertThat(
            ask(
                    "sub-co",
                    Role.OPERATOR,
                    "child-allowance",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .reason())
        .isEqualTo(Reason.PURPOSE_NOT_GRANTED);
    assertThat(
            ask(
                    "sub-co",
                    Role.OPERATOR,
                    "resident-tax",
                    Action.PRINT,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .reason())
        .isEqualTo(Reason.ACTION_NOT_ALLOWED);
    assertThat(subReads(Set.of(Field.ADDRESS)).reason()).isEqualTo(Reason.FIELD_OUT_OF_SCOPE);
    assertThat(
            ask(
                    "sub-co",
                    Role.OPERATOR,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    Instant.parse("2025-04-15T00:00:00Z"))
                .reason())
        .isEqualTo(Reason.PERIOD_OUTSIDE);
    assertThat(
            ask(
                    "sub-co",
                    Role.OPERATOR,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    Instant.parse("2026-01-01T00:00:00Z"))
                .reason())
        .isEqualTo(Reason.CHAIN_EXPIRED);
    assertThat(
            ask(
                    "sub-co",
                    Role.ORG_ADMIN,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .reason())
        .isEqualTo(Reason.ROLE_NOT_ALLOWED);
    assertThat(
            entrustments
                .decide(
                    new Request(
                        new UserId("u-1"),
                        new OrganisationId("sub-co"),
                        Role.OPERATOR,
                        new Why("resident-tax", "c"),
                        Action.READ,
                        s -> false,
                        Set.of(Field.FAMILY_NAME),
                        NOW))
                .reason())
        .isEqualTo(Reason.PERSON_OUT_OF_SCOPE);
    Decision allowed = subReads(Set.of(Field.FAMILY_NAME));
    assertThat(entrustments.tryConsume(allowed, 10)).isTrue();
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).reason()).isEqualTo(Reason.VOLUME_EXCEEDED);
    assertThat(
            ask(
                    "entry-co",
                    Role.OPERATOR,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .allowed())
        .as("the parent's cap of 100 still has room")
        .isTrue();
  }

  @Test
  void suspendingOrRevokingTheParent_deniesTheSubcontractorAtOnce() {
    Entrustment child = approvedChild();
    entrustments.suspend(child.parent(), OFFICER);
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).reason()).isEqualTo(Reason.CHAIN_SUSPENDED);
    entrustments.resume(child.parent(), OFFICER);
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).allowed()).isTrue();
    entrustments.revoke(child.parent(), OFFICER);
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).reason()).isEqualTo(Reason.CHAIN_REVOKED);
  }

  @Test
  void aRevocationByAnotherInstanceOnTheStore_deniesAtOnce_thoughDecisionsAreCached() {
    Entrustment child = approvedChild();
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).allowed())
        .as("cached by this instance")
        .isTrue();
    Entrustments other =
        new Entrustments(
            store.dataSource(),
            logs,
            events::add,
            DIRECTORY,
            java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    other.revoke(child.parent(), OFFICER);
    assertThat(subReads(Set.of(Field.FAMILY_NAME)).reason()).isEqualTo(Reason.CHAIN_REVOKED);
    assertThat(entrustments.heldBy("sub-co"))
        .extracting(Entrustment::id)
        .containsExactly(child.id());
    other.registerPurpose(
        new Purpose(
            TENANT,
            "new-work",
            "新しい事務",
            "条例第1条",
            new Purpose.Retention(5, Purpose.Start.CASE_CLOSED)));
    assertThat(
            entrustments
                .decide(
                    new Request(
                        new UserId("s"),
                        new OrganisationId(TENANT),
                        Role.STAFF,
                        new Why("new-work", "c"),
                        Action.READ,
                        IN_KITA,
                        Set.of(Field.FAMILY_NAME),
                        NOW))
                .allowed())
        .as("a purpose registered elsewhere is known at once")
        .isTrue();
  }

  @Test
  void anotherTenantsPurpose_orAnUnknownOrganisation_isRefused() {
    approvedChild();
    assertThat(
            ask(
                    "nobody-co",
                    Role.OPERATOR,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .reason())
        .isEqualTo(Reason.CHAIN_NONE);
    assertThat(
            ask("sub-co", Role.OPERATOR, "nope", Action.READ, Set.of(Field.FAMILY_NAME), NOW)
                .reason())
        .isEqualTo(Reason.PURPOSE_UNKNOWN);
    assertThat(
            ask(
                    "other-city",
                    Role.STAFF,
                    "resident-tax",
                    Action.READ,
                    Set.of(Field.FAMILY_NAME),
                    NOW)
                .tenant())
        .isEqualTo("other-city");
  }

  @Test
  void decide_countsNothing() {
    Entrustment child = approvedChild();
    for (int i = 0; i < 20; i++) {
      assertThat(subReads(Set.of(Field.FAMILY_NAME)).allowed()).isTrue();
    }
    assertThat(entrustments.count(TENANT, child.id(), subReads(Set.of(Field.FAMILY_NAME)).day()))
        .isZero();
    assertThat(List.of(child.id())).doesNotContainNull();
  }
}
