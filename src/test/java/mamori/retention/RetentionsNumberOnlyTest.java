package mamori.retention;

import static mamori.retention.RetentionFixture.CITY;
import static mamori.retention.RetentionFixture.NHI;
import static mamori.retention.RetentionFixture.OFFICER;
import static mamori.retention.RetentionFixture.STAFF;
import static mamori.retention.RetentionFixture.T;
import static mamori.retention.RetentionFixture.TAX;
import static mamori.retention.RetentionFixture.closed;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import mamori.crypto.AgencyToken;
import mamori.entrustment.Purpose;
import mamori.log.LogVerifier;
import mamori.retention.Model.Confirmation;
import mamori.retention.Model.Progress;
import mamori.retention.Model.Run;
import mamori.store.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Number-only disposals (a purpose whose rule keeps the rest of the record): these need the vault's
 * number-only erasure ({@code Vault.eraseAll} with {@code BulkErasure.What.NUMBER}), which throws
 * until that path lands; run this class once it has.
 */
@ParameterizedClass
@EnumSource(TestStores.Kind.class)
class RetentionsNumberOnlyTest {
  @Parameter TestStores.Kind kind;
  @TempDir Path keys;

  RetentionFixture f;
  Retentions retentions;

  @BeforeEach
  void openFixture() {
    f = new RetentionFixture(kind, keys);
    retentions = f.retentions();
  }

  @AfterEach
  void closeFixture() {
    f.close();
  }

  @Test
  void theTaxRule_erasesTheNumberOnly_andTheHealthInsuranceTheWholeRecord_thenNeitherIsDueAgain() {
    List<AgencyToken> t = f.register(4);
    retentions.recordBases(
        STAFF,
        List.of(
            closed(t.get(0), TAX, LocalDate.of(2026, 1, 31)),
            closed(t.get(1), NHI, LocalDate.of(2026, 3, 31)),
            RetentionFixture.open(t.get(2), TAX),
            RetentionFixture.open(t.get(3), NHI)));
    f.today(LocalDate.of(2034, 1, 11));
    Run r = retentions.propose(STAFF, retentions.today()).orElseThrow();
    assertThat(r.persons()).isEqualTo(2);
    retentions.approve(OFFICER, r.id(), Confirmation.NONE);
    Run done = retentions.run(OFFICER, r.id(), Progress.NONE);
    assertThat(done.numberOnly()).isEqualTo(1);
    assertThat(done.whole()).isEqualTo(1);
    // the number-only person is still there, without a number
    assertThat(f.vault.personId(CITY, t.get(0))).isPositive();
    assertThat(
            f.count(
                "SELECT COUNT(*) FROM person WHERE number_erased_at IS NOT NULL AND erased_at IS"
                    + " NULL"))
        .isEqualTo(1);
    assertThat(retentions.deletions(T, t.get(0)))
        .singleElement()
        .satisfies(d -> assertThat(d.disposal()).isEqualTo(Purpose.Disposal.NUMBER));
    assertThat(retentions.propose(STAFF, retentions.today())).isEmpty();
    assertThat(LogVerifier.verify(f.logs, CITY, x -> {}).ok()).isTrue();
  }
}
