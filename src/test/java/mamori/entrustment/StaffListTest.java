package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import mamori.core.Action;
import mamori.core.Field;
import mamori.core.OrganisationId;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.UserId;
import mamori.core.Why;
import mamori.log.LogUnavailableException;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14: a contract's staff list names user ids of the holding organisation, and only they work
 * through the entrustment ({@code staff.not-listed}); changing the list is logged first and takes
 * effect on the next decision.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class StaffListTest extends EntrustmentTestBase {

  private Decision readAs(String user, String org) {
    return entrustments.decide(
        new Request(
            new UserId(user),
            new OrganisationId(org),
            Role.OPERATOR,
            new Why("resident-tax", "case-1"),
            Action.READ,
            s -> true,
            Set.of(Field.FAMILY_NAME),
            NOW));
  }

  private static Contract staffed(List<String> staff) {
    return new Contract(true, true, staff, true, true, true, "monthly", null);
  }

  private Entrustment entryWith(List<String> staff) {
    return entrustments.create(null, "entry-co", staffed(staff), scope(), CITY_ADMIN);
  }

  @Test
  void aListedOperator_isAllowed_andAnUnlistedOne_isRefusedWithStaffNotListed() {
    Entrustment e = entryWith(List.of("op"));
    Decision listed = readAs("op", "entry-co");
    assertThat(listed.allowed()).isTrue();
    assertThat(listed.chain()).containsExactly(e.id());
    Decision unlisted = readAs("entry-op2", "entry-co");
    assertThat(unlisted.allowed()).isFalse();
    assertThat(unlisted.reason()).isEqualTo(Reason.STAFF_NOT_LISTED);
    assertThat(unlisted.reason().code()).isEqualTo("staff.not-listed");
    assertThat(unlisted.chain()).containsExactly(e.id());
    assertThat(unlisted.tenant()).isEqualTo(TENANT);
  }

  @Test
  void theLeafsListDecides_notTheParents() {
    Entrustment parent = entryWith(List.of("op"));
    Entrustment child =
        entrustments.approve(
            entrustments
                .create(parent.id(), "sub-co", staffed(List.of("sub-op")), narrower(), ENTRY_ADMIN)
                .id(),
            OFFICER);
    Decision sub =
        entrustments.decide(
            new Request(
                new UserId("sub-op"),
                new OrganisationId("sub-co"),
                Role.OPERATOR,
                new Why("resident-tax", "case-1"),
                Action.READ,
                s -> true,
                Set.of(Field.FAMILY_NAME),
                NOW));
    assertThat(sub.allowed()).isTrue();
    assertThat(sub.chain()).containsExactly(parent.id(), child.id());
    Decision parentsStaff =
        entrustments.decide(
            new Request(
                new UserId("op"),
                new OrganisationId("sub-co"),
                Role.OPERATOR,
                new Why("resident-tax", "case-1"),
                Action.READ,
                s -> true,
                Set.of(Field.FAMILY_NAME),
                NOW));
    assertThat(parentsStaff.reason()).isEqualTo(Reason.STAFF_NOT_LISTED);
  }

  @Test
  void anOperatorRemovedMidSession_isRefusedOnTheVeryNextRead() {
    Entrustment e = entryWith(List.of("op", "s"));
    assertThat(readAs("op", "entry-co").allowed()).as("cached on this instance").isTrue();
    long before = logSize();
    Entrustment changed = entrustments.changeStaff(e.id(), List.of("s"), CITY_ADMIN);
    assertThat(changed.contract().staff()).containsExactly("s");
    assertThat(changed.contract().missingClauses()).isEmpty();
    assertThat(readAs("op", "entry-co").reason()).isEqualTo(Reason.STAFF_NOT_LISTED);
    assertThat(readAs("s", "entry-co").allowed()).isTrue();
    assertThat(logSize()).isEqualTo(before + 1);
    assertThat(logged(before).action()).isEqualTo("entrustment.staff-change");
    assertThat(logged(before).decision()).isEqualTo("allow");
    assertThat(logged(before).chain()).containsExactly(e.id());
    assertThat(logged(before).caseRef()).isEqualTo(e.id());
    assertThat(entrustments.entrustment(TENANT, e.id()).orElseThrow().contract().staff())
        .containsExactly("s");
    entrustments.changeStaff(e.id(), List.of("s", "op"), OFFICER);
    assertThat(readAs("op", "entry-co").allowed()).as("listed again").isTrue();
  }

  @Test
  void aStaffEntryThatIsNotAUserOfTheHolder_isRefused_andNothingIsStored() {
    long before = logSize();
    assertThatThrownBy(() -> entryWith(List.of("op", "stranger")))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.STAFF_NOT_USER);
              assertThat(e.getMessage()).contains("entry 2 ").doesNotContain("stranger");
            });
    // a user of entry-co is not a user of sub-co
    Entrustment parent = entryWith(List.of("op"));
    assertThatThrownBy(() ->
            entrustments.create(
                parent.id(), "sub-co", staffed(List.of("entry-op2")), narrower(), ENTRY_ADMIN))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.STAFF_NOT_USER));
    assertThat(entrustments.heldBy("entry-co")).containsExactly(parent);
    assertThat(entrustments.heldBy("sub-co")).isEmpty();
    assertThat(logged(before).decision()).isEqualTo("deny:staff.not-user");
    assertThat(logged(before + 2).decision()).isEqualTo("deny:staff.not-user");
    assertThatThrownBy(() -> entrustments.changeStaff(parent.id(), List.of("sub-op"), OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.STAFF_NOT_USER));
    assertThat(entrustments.entrustment(TENANT, parent.id()).orElseThrow().contract().staff())
        .containsExactly("op");
  }

  @Test
  void onlyTheGiverOrTheTenantsOfficer_changesTheList() {
    Entrustment parent = entryWith(List.of("op"));
    Entrustment child =
        entrustments.create(
            parent.id(), "sub-co", staffed(List.of("sub-op")), narrower(), ENTRY_ADMIN);
    for (Caller c : List.of(ENTRY_ADMIN, CITY_STAFF, OTHER_OFFICER)) {
      assertThatThrownBy(() -> entrustments.changeStaff(parent.id(), List.of("s"), c))
          .as(c.user())
          .isInstanceOf(EntrustmentException.class);
    }
    assertThatThrownBy(() -> entrustments.changeStaff(parent.id(), List.of("s"), ENTRY_ADMIN))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.APPROVAL_NOT_ROOT_OFFICER));
    assertThatThrownBy(() -> entrustments.changeStaff(child.id(), List.of("s"), SUB_ADMIN))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.APPROVAL_NOT_ROOT_OFFICER));
    // the tenant's admin is neither the giver of a re-entrustment nor its security officer
    assertThatThrownBy(() -> entrustments.changeStaff(child.id(), List.of("s"), CITY_ADMIN))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.APPROVAL_NOT_ROOT_OFFICER));
    assertThat(entrustments.changeStaff(child.id(), List.of("s"), ENTRY_ADMIN).contract().staff())
        .containsExactly("s");
    assertThat(
            entrustments.changeStaff(child.id(), List.of("u-1"), ENTRY_OFFICER).contract().staff())
        .containsExactly("u-1");
    assertThat(entrustments.changeStaff(child.id(), List.of("op"), OFFICER).contract().staff())
        .containsExactly("op");
    assertThat(entrustments.changeStaff(parent.id(), List.of("s"), CITY_ADMIN).contract().staff())
        .containsExactly("s");
  }

  @Test
  void anEmptyList_andARevokedEntrustment_areRefused() {
    Entrustment e = entryWith(List.of("op"));
    assertThatThrownBy(() -> entrustments.changeStaff(e.id(), List.of(), OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.CONTRACT_INCOMPLETE));
    assertThatThrownBy(() -> entrustments.changeStaff(e.id(), List.of("op", " "), OFFICER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> entrustments.changeStaff(e.id(), List.of("0123456789012"), OFFICER))
        .isInstanceOf(mamori.core.NumberText.Held.class);
    entrustments.revoke(e.id(), OFFICER);
    assertThatThrownBy(() -> entrustments.changeStaff(e.id(), List.of("s"), OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.STATE_INVALID));
    assertThatThrownBy(() -> entrustments.changeStaff("ent-aaaa-bbbb-cccc", List.of("s"), OFFICER))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            x -> assertThat(x.reason()).isEqualTo(Reason.ENTRUSTMENT_UNKNOWN));
    assertThat(entrustments.entrustment(TENANT, e.id()).orElseThrow().contract().staff())
        .containsExactly("op");
  }

  @Test
  void theStoredChange_isConditionalOnTheListReadAndOnNotRevoked() {
    Entrustment e = entryWith(List.of("op"));
    EntrustmentTable table = new EntrustmentTable(store.dataSource());
    assertThat(table.changeStaff(TENANT, e.id(), List.of("s"), List.of("u-1"), NOW))
        .as("another change came first")
        .isFalse();
    assertThat(table.changeStaff(TENANT, e.id(), List.of("op"), List.of("s", "u-1"), NOW)).isTrue();
    assertThat(table.byId(TENANT, e.id()).orElseThrow().contract().staff())
        .containsExactly("s", "u-1");
    entrustments.revoke(e.id(), OFFICER);
    assertThat(table.changeStaff(TENANT, e.id(), List.of("s", "u-1"), List.of("op"), NOW))
        .as("revoked meanwhile")
        .isFalse();
  }

  @Test
  void aStaffChange_whenTheLogIsClosed_changesNothing() {
    Entrustment e = entryWith(List.of("op"));
    logs.forTenant(TENANT).close();
    assertThatThrownBy(() -> entrustments.changeStaff(e.id(), List.of("s"), OFFICER))
        .isInstanceOf(LogUnavailableException.class);
    assertThat(entrustments.entrustment(TENANT, e.id()).orElseThrow().contract().staff())
        .containsExactly("op");
    assertThat(readAs("op", "entry-co").allowed()).isTrue();
  }
}
