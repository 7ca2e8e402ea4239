package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.Mask;
import mamori.core.Role;
import mamori.entrustment.Entrustment.Status;
import mamori.log.AccessRecord;
import mamori.log.AccessRecordCodec;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class EntrustmentChangesTest extends EntrustmentTestBase {

  /**
   * A change by someone of demo-city or its contractors, refused: only its refusal is logged,
   * nothing changes.
   */
  private void refused(Runnable change, String code) {
    long before = logSize();
    assertThatThrownBy(change::run)
        .isInstanceOfSatisfying(
            EntrustmentException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(logSize())
        .as("a refused change logs its refusal, and only that")
        .isEqualTo(before + 1);
    assertThat(logged(before).decision()).isEqualTo("deny:" + code);
    assertThat(logged(before).action()).startsWith("entrustment.");
  }

  @Test
  void firstEntrustment_withTheMandatoryClauses_isActiveAndLogged() {
    Entrustment e = first();
    assertThat(e.status()).isEqualTo(Status.ACTIVE);
    assertThat(e.id()).matches("ent(-[a-z][0-9a-z]{3}){3}");
    assertThat(entrustments.entrustment(TENANT, e.id())).contains(e);
    assertThat(logged(0).action()).isEqualTo("entrustment.create");
    assertThat(logged(0).chain()).containsExactly(e.id());
    assertThat(logged(0).personToken()).isEmpty();
  }

  /** The scope of {@link #scope()} with {@code field} added in the clear. */
  private static Scope showing(Field field) {
    Scope s = scope();
    Map<Field, Mask> fields = new java.util.EnumMap<>(s.fields());
    fields.put(field, Mask.NONE);
    return new Scope(
        s.purposes(), fields, s.persons(), s.from(), s.to(), s.dailyCap(), s.actions());
  }

  @Test
  void firstEntrustment_showingTheNumberOrBankAccountInTheClear_waitsForTheSecurityOfficer() {
    for (Field sensitive : List.of(Field.MY_NUMBER, Field.BANK_ACCOUNT)) {
      Entrustment e =
          entrustments.create(null, "entry-co", contract(), showing(sensitive), CITY_ADMIN);
      assertThat(e.status()).as(sensitive + " in the clear").isEqualTo(Status.REQUESTED);
      assertThat(entrustments.standing(e).toString()).isEqualTo("requested");
      refused(() -> entrustments.approve(e.id(), CITY_ADMIN), "approval.not-root-officer");
      Entrustment approved = entrustments.approve(e.id(), OFFICER);
      assertThat(approved.status()).isEqualTo(Status.ACTIVE);
      assertThat(approved.approval().by()).isEqualTo("officer-1");
    }
    Entrustment partial = entrustments.create(null, "entry-co", contract(), scope(), CITY_ADMIN);
    assertThat(partial.status()).as("the number partially masked").isEqualTo(Status.ACTIVE);
  }

  @Test
  void theOneWhoRequested_cannotApproveTheirOwnRequest() {
    Entrustment e =
        entrustments.create(null, "entry-co", contract(), showing(Field.MY_NUMBER), OFFICER);
    assertThat(e.status()).isEqualTo(Status.REQUESTED);
    refused(() -> entrustments.approve(e.id(), OFFICER), "approval.own-request");
    assertThat(entrustments.entrustment(TENANT, e.id()).orElseThrow().status())
        .isEqualTo(Status.REQUESTED);
    assertThat(events).isEmpty();
    Entrustment approved =
        entrustments.approve(e.id(), new Caller("officer-2", TENANT, Role.SECURITY_OFFICER));
    assertThat(approved.status()).isEqualTo(Status.ACTIVE);
    assertThat(approved.approval().by()).isEqualTo("officer-2");
  }

  @Test
  void entrustment_withoutAMandatoryClause_isRefusedWithContractIncomplete() {
    for (Contract c :
        List.of(
            new Contract(false, true, List.of("op"), true, true, true, "", null),
            new Contract(true, false, List.of("op"), true, true, true, "", null),
            new Contract(true, true, List.of(), true, true, true, "", null),
            new Contract(true, true, List.of("op"), false, true, true, "", null))) {
      refused(
          () -> entrustments.create(null, "entry-co", c, scope(), CITY_ADMIN),
          "contract.incomplete");
    }
    assertThat(entrustments.heldBy("entry-co")).isEmpty();
  }

  @Test
  void reEntrustment_withoutMandatoryClauses_staysRequestedAndCannotBeApproved() {
    Entrustment parent = first();
    Entrustment child =
        entrustments.create(
            parent.id(),
            "sub-co",
            new Contract(true, true, List.of(), true, false, false, "", null),
            narrower(),
            ENTRY_ADMIN);
    refused(() -> entrustments.approve(child.id(), OFFICER), "contract.incomplete");
    assertThat(entrustments.entrustment(TENANT, child.id()).orElseThrow().status())
        .isEqualTo(Status.REQUESTED);
  }

  @Test
  void reEntrustment_staysRequestedUntilTheRootOfficerApproves() {
    Entrustment child = child(first());
    assertThat(child.status()).isEqualTo(Status.REQUESTED);
    assertThat(logged(1).chain()).hasSize(2).endsWith(child.id());
    Entrustment approved = entrustments.approve(child.id(), OFFICER);
    assertThat(approved.status()).isEqualTo(Status.ACTIVE);
    assertThat(approved.approval().by()).isEqualTo("officer-1");
    assertThat(approved.approval().advance()).isFalse();
    assertThat(logged(2).action()).isEqualTo("entrustment.approve");
    assertThat(events).singleElement().isInstanceOf(EntrustmentApproved.class);
  }

  @Test
  void approval_byAnyoneButTheRootTenantsOfficer_isRefused() {
    Entrustment child = child(first());
    refused(() -> entrustments.approve(child.id(), ENTRY_OFFICER), "approval.not-root-officer");
    refused(() -> entrustments.approve(child.id(), CITY_STAFF), "approval.not-root-officer");
    refused(() -> entrustments.approve(child.id(), CITY_ADMIN), "approval.not-root-officer");
    long before = logSize();
    assertThatThrownBy(() -> entrustments.approve(child.id(), OTHER_OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class, e -> assertThat(e.code()).isEqualTo("entrustment.unknown"));
    assertThat(logSize()).as("another town's refusal goes to its own log").isEqualTo(before);
    AccessRecord other =
        AccessRecordCodec.decode(
            logs.forTenant("other-city")
                .entry(logs.forTenant("other-city").size() - 1)
                .orElseThrow());
    assertThat(other.decision()).isEqualTo("deny:entrustment.unknown");
    assertThat(other.chain()).containsExactly(child.id());
    assertThat(entrustments.entrustment(TENANT, child.id()).orElseThrow().status())
        .isEqualTo(Status.REQUESTED);
    assertThat(events).isEmpty();
  }

  @Test
  void secondLevelReEntrustment_isApprovedByTheFirstEntrustingBodyOnly() {
    Entrustment mid = entrustments.approve(child(first()).id(), OFFICER);
    Entrustment leaf = entrustments.create(mid.id(), "sub2-co", contract(), narrower(), SUB_ADMIN);
    refused(
        () -> entrustments.approve(leaf.id(), new Caller("x", "entry-co", Role.SECURITY_OFFICER)),
        "approval.not-root-officer");
    refused(
        () -> entrustments.approve(leaf.id(), new Caller("y", "sub-co", Role.SECURITY_OFFICER)),
        "approval.not-root-officer");
    assertThat(entrustments.approve(leaf.id(), OFFICER).status()).isEqualTo(Status.ACTIVE);
  }

  @Test
  void advanceApproval_withTheThreeConditions_approvesTheNamedSubcontractorAtCreation() {
    Entrustment parent =
        entrustments.create(
            null, "entry-co", withAdvance("sub-co", "会社案内・ISMS証明書", true), scope(), CITY_ADMIN);
    refused(
        () -> entrustments.approveInAdvance(parent.id(), ENTRY_OFFICER),
        "approval.not-root-officer");
    Entrustment permitted = entrustments.approveInAdvance(parent.id(), OFFICER);
    assertThat(permitted.advanceApproval().by()).isEqualTo("officer-1");
    Entrustment named =
        entrustments.create(parent.id(), "sub-co", contract(), narrower(), ENTRY_ADMIN);
    assertThat(named.status()).isEqualTo(Status.ACTIVE);
    assertThat(named.approval().advance()).isTrue();
    assertThat(events)
        .singleElement()
        .isEqualTo(new EntrustmentApproved(TENANT, named.id(), "officer-1", NOW, true));
    Entrustment other =
        entrustments.create(parent.id(), "sub2-co", contract(), narrower(), ENTRY_ADMIN);
    assertThat(other.status()).as("a subcontractor not named").isEqualTo(Status.REQUESTED);
  }

  @Test
  void advanceApproval_withoutAllThreeConditions_isRefused() {
    for (Contract c :
        List.of(
            contract(),
            withAdvance("", "docs", true),
            withAdvance("sub-co", " ", true),
            withAdvance("sub-co", "docs", false))) {
      Entrustment parent = entrustments.create(null, "entry-co", c, scope(), CITY_ADMIN);
      refused(
          () -> entrustments.approveInAdvance(parent.id(), OFFICER), "advance.conditions-missing");
      assertThat(
              entrustments
                  .create(parent.id(), "sub-co", contract(), narrower(), ENTRY_ADMIN)
                  .status())
          .isEqualTo(Status.REQUESTED);
    }
  }

  @Test
  void childScopeWiderThanItsParent_isRefusedAtCreationWithItsReason() {
    Entrustment parent = entrustments.create(null, "entry-co", contract(), narrower(), CITY_ADMIN);
    Scope n = narrower();
    Map<String, Scope> wider =
        Map.of(
            "scope.purposes",
                new Scope(
                    Set.of("resident-tax", "child-allowance"),
                    n.fields(),
                    n.persons(),
                    n.from(),
                    n.to(),
                    n.dailyCap(),
                    n.actions()),
            "scope.fields",
                new Scope(
                    n.purposes(),
                    Map.of(Field.FAMILY_NAME, Mask.NONE),
                    n.persons(),
                    n.from(),
                    n.to(),
                    n.dailyCap(),
                    n.actions()),
            "scope.actions",
                new Scope(
                    n.purposes(),
                    n.fields(),
                    n.persons(),
                    n.from(),
                    n.to(),
                    n.dailyCap(),
                    EnumSet.of(Action.PRINT)),
            "scope.period",
                new Scope(
                    n.purposes(),
                    n.fields(),
                    n.persons(),
                    n.from(),
                    LocalDate.parse("2026-01-01"),
                    n.dailyCap(),
                    n.actions()),
            "scope.cap",
                new Scope(n.purposes(), n.fields(), n.persons(), n.from(), n.to(), 11, n.actions()),
            "scope.persons",
                new Scope(
                    n.purposes(),
                    n.fields(),
                    PersonSet.ALL,
                    n.from(),
                    n.to(),
                    n.dailyCap(),
                    n.actions()));
    wider.forEach((code, s) ->
        refused(
            () -> entrustments.create(parent.id(), "sub-co", contract(), s, ENTRY_ADMIN), code));
    assertThat(entrustments.heldBy("sub-co")).isEmpty();
    assertThat(entrustments.create(parent.id(), "sub-co", contract(), n, ENTRY_ADMIN).status())
        .isEqualTo(Status.REQUESTED);
  }

  @Test
  void reEntrustment_byAnOrganisationNotHoldingTheParent_isRefused() {
    Entrustment parent = first();
    refused(
        () -> entrustments.create(parent.id(), "sub-co", contract(), narrower(), SUB_ADMIN),
        "chain.not-holder");
    refused(
        () -> entrustments.create(null, "sub-co", contract(), narrower(), ENTRY_ADMIN),
        "chain.not-root");
    refused(
        () -> entrustments.create(null, "entry-co", contract(), scope(), CITY_STAFF),
        "role.not-allowed");
  }

  @Test
  void suspendingOrRevokingAParent_cutsEveryDescendantAtOnce() {
    Entrustment parent = first();
    Entrustment child = entrustments.approve(child(parent).id(), OFFICER);
    Entrustment leaf =
        entrustments.approve(
            entrustments.create(child.id(), "sub2-co", contract(), narrower(), SUB_ADMIN).id(),
            OFFICER);
    entrustments.suspend(parent.id(), OFFICER);
    assertThat(entrustments.standing(leaf)).isEqualTo(new Standing(Status.SUSPENDED, parent.id()));
    assertThat(entrustments.standing(leaf).toString())
        .isEqualTo("suspended (cut by ancestor " + parent.id() + ")");
    assertThat(entrustments.entrustment(TENANT, leaf.id()).orElseThrow().status())
        .as("not rewritten")
        .isEqualTo(Status.ACTIVE);
    entrustments.resume(parent.id(), OFFICER);
    assertThat(entrustments.standing(leaf).active()).isTrue();
    entrustments.revoke(child.id(), ENTRY_ADMIN);
    assertThat(entrustments.standing(leaf)).isEqualTo(new Standing(Status.REVOKED, child.id()));
    assertThat(entrustments.standing(parent).active()).isTrue();
    assertThat(events)
        .hasAtLeastOneElementOfType(EntrustmentSuspended.class)
        .hasAtLeastOneElementOfType(EntrustmentRevoked.class);
    assertThat(logged(logSize() - 1).action()).isEqualTo("entrustment.revoke");
  }

  @Test
  void resume_byTheContractor_andRevokingTwice_areRefused() {
    Entrustment parent = first();
    Entrustment child = entrustments.approve(child(parent).id(), OFFICER);
    entrustments.suspend(child.id(), ENTRY_ADMIN);
    refused(() -> entrustments.resume(child.id(), ENTRY_ADMIN), "approval.not-root-officer");
    refused(() -> entrustments.suspend(parent.id(), ENTRY_ADMIN), "approval.not-root-officer");
    entrustments.revoke(child.id(), OFFICER);
    refused(() -> entrustments.revoke(child.id(), OFFICER), "state.invalid");
    refused(() -> entrustments.resume(child.id(), OFFICER), "state.invalid");
  }

  @Test
  void everyChange_whenTheLogIsClosed_isRefusedAndNothingIsStored() {
    Entrustment parent = first();
    Entrustment child = child(parent);
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> entrustments.create(null, "entry-co", contract(), scope(), CITY_ADMIN))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> entrustments.approve(child.id(), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> entrustments.suspend(parent.id(), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThatThrownBy(() -> entrustments.revoke(parent.id(), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(entrustments.heldBy("entry-co")).containsExactly(parent);
    assertThat(entrustments.heldBy("sub-co")).containsExactly(child);
    assertThat(events).isEmpty();
  }

  @Test
  void seededPurposes_carryTheirLegalBasisAndRetention_andSeedingAgainKeepsChanges() {
    Purpose tax =
        entrustments.purposes(TENANT).stream()
            .filter(p -> p.id().equals("resident-tax"))
            .findFirst()
            .orElseThrow();
    assertThat(tax.name()).isEqualTo("個人住民税の賦課");
    assertThat(tax.legalBasis()).contains("別表");
    assertThat(tax.retention().years()).isEqualTo(7);
    entrustments.registerPurpose(
        new Purpose(
            TENANT,
            "resident-tax",
            "個人住民税",
            "番号法",
            new Purpose.Retention(10, Purpose.Start.CASE_CLOSED)));
    entrustments.seedPurposes(TENANT);
    assertThat(entrustments.purposes(TENANT))
        .hasSize(5)
        .anySatisfy(p -> assertThat(p.retention().years()).isEqualTo(10));
  }
}
