package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import mamori.entrustment.Entrustment.Status;
import mamori.store.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Contracts, lists and waiting requests are bounded; what is refused is not stored. */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class EntrustmentBoundsTest extends EntrustmentTestBase {

  private static Contract withStaff(List<String> staff, String reports) {
    return new Contract(true, true, staff, true, true, true, reports, null);
  }

  @Test
  void aContract_holdsAtMostAThousandStaffAndAThousandCharactersOfFreeText() {
    assertThat(withStaff(Collections.nCopies(Contract.MAX_STAFF, "s"), "x".repeat(1000)).staff())
        .hasSize(1000);
    assertThatThrownBy(() -> withStaff(Collections.nCopies(Contract.MAX_STAFF + 1, "s"), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 1000 entries");
    assertThatThrownBy(() -> withStaff(List.of("s"), "x".repeat(Contract.MAX_TEXT + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("compliance reports");
    assertThatThrownBy(
            () -> new Contract.AdvanceTerms("sub-co", "x".repeat(Contract.MAX_TEXT + 1), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capability documents");
  }

  @Test
  void anOrganisation_hasAtMostTwentyRequestsWaiting_theNextRefusedAndLogged() {
    Entrustment parent = first();
    List<Entrustment> waiting = new java.util.ArrayList<>();
    for (int i = 0; i < EntrustmentChanges.MAX_PENDING; i++) {
      waiting.add(child(parent));
    }
    assertThat(waiting).allMatch(e -> e.status() == Status.REQUESTED);
    long before = logSize();
    assertThatThrownBy(() -> child(parent))
        .isInstanceOfSatisfying(
            EntrustmentException.class,
            e -> assertThat(e.code()).isEqualTo("entrustment.pending-limit"));
    assertThat(entrustments.givenBy("entry-co")).hasSize(EntrustmentChanges.MAX_PENDING);
    assertThat(logSize()).isEqualTo(before + 1);
    assertThat(logged(before).decision()).isEqualTo("deny:entrustment.pending-limit");

    // an approved one no longer waits: a place is free again
    entrustments.approve(waiting.getFirst().id(), OFFICER);
    assertThat(child(parent).status()).isEqualTo(Status.REQUESTED);
    // first entrustments never wait, so the city is not bound by its contractors' requests
    assertThat(first().status()).isEqualTo(Status.ACTIVE);
  }

  @Test
  void aRowStoredBeforeTheBounds_isReadWithinThem_andBreaksNoListing() {
    Entrustment e = first();
    JdbcClient.create(store.dataSource())
        .sql("UPDATE entrustment SET staff = ?, compliance_reports = ? WHERE entrustment_id = ?")
        .params(String.join("\n", Collections.nCopies(5000, "s")), "x".repeat(100_000), e.id())
        .update();
    Entrustment read = entrustments.entrustment(TENANT, e.id()).orElseThrow();
    assertThat(read.contract().staff()).hasSize(Contract.MAX_STAFF);
    assertThat(read.contract().complianceReports()).hasSize(Contract.MAX_TEXT);
    assertThat(read.contract().missingClauses()).isEmpty();
    assertThat(entrustments.heldBy("entry-co")).hasSize(1);
  }
}
