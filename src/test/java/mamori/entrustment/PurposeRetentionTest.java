package mamori.entrustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import mamori.entrustment.Purpose.Disposal;
import mamori.entrustment.Purpose.Retention;
import mamori.entrustment.Purpose.Start;
import org.junit.jupiter.api.Test;

/** A retention rule's last day, counted as LAW.md and the civil code count periods. */
class PurposeRetentionTest {

  @Test
  void taxForms_areKeptSevenYearsFromTheDayAfterTenJanuaryFollowingTheDeadline() {
    Retention tax = new Retention(7, Start.AFTER_JANUARY_10_FOLLOWING_FILING_DEADLINE);
    // a deadline of 31 January 2026: the period starts 11 January 2027 and ends 10 January 2034
    assertThat(tax.keepUntil(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2034, 1, 10));
    // the deadline's day within its year does not matter, only its year
    assertThat(tax.keepUntil(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2034, 1, 10));
    assertThat(tax.keepUntil(LocalDate.of(2025, 3, 15))).isEqualTo(LocalDate.of(2033, 1, 10));
  }

  @Test
  void aClosedCase_isKeptFromTheNextDayToTheDayBeforeItsAnniversary() {
    Retention two = new Retention(2, Start.CASE_CLOSED);
    // closed 31 March 2026: the period runs 1 April 2026 to 31 March 2028
    assertThat(two.keepUntil(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2028, 3, 31));
    // a leap day: one year from 1 March 2024 ends 28 February 2025
    assertThat(new Retention(1, Start.CASE_CLOSED).keepUntil(LocalDate.of(2024, 2, 29)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void aPeriodStartingOnTheLeapDay_endsOnTheLastDayOfFebruary_whenItsAnniversaryIsMissing() {
    // closed 28 February 2024: the period starts 29 February 2024; 29 February 2026 does not
    // exist, so it ends on the last day of that month, 28 February 2026 (民法 第143条第2項)
    assertThat(new Retention(2, Start.CASE_CLOSED).keepUntil(LocalDate.of(2024, 2, 28)))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    // four years on, the anniversary exists: the day before it
    assertThat(new Retention(4, Start.CASE_CLOSED).keepUntil(LocalDate.of(2024, 2, 28)))
        .isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(new Retention(1, Start.CASE_CLOSED).keepUntil(LocalDate.of(2024, 2, 28)))
        .isEqualTo(LocalDate.of(2025, 2, 28));
  }

  @Test
  void theShortRule_deletesTheRecord_andAStatedSourceIsKept() {
    Retention r = new Retention(5, Start.CASE_CLOSED);
    assertThat(r.disposal()).isEqualTo(Disposal.RECORD);
    assertThat(r.source()).isEmpty();
    Retention n = new Retention(7, Start.CASE_CLOSED, Disposal.NUMBER, "所得税法施行規則 第76条の3");
    assertThat(n.disposal()).isEqualTo(Disposal.NUMBER);
    assertThat(n.source()).isEqualTo("所得税法施行規則 第76条の3");
  }

  @Test
  void aSourceWithControlCharacters_orTooLong_isRefused() {
    assertThatThrownBy(() -> new Retention(2, Start.CASE_CLOSED, Disposal.RECORD, "a\u0000b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Retention(2, Start.CASE_CLOSED, Disposal.RECORD, "x".repeat(1001)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Retention(0, Start.CASE_CLOSED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSeededRules_nameTheirSource_andTaxKeepsTheRecordWithoutTheNumber() {
    assertThat(CommonPurposes.forTenant("demo-city"))
        .allSatisfy(p -> assertThat(p.retention().source()).isNotBlank());
    assertThat(CommonPurposes.named("demo-city", "resident-tax").retention().disposal())
        .isEqualTo(Disposal.NUMBER);
    assertThat(
            CommonPurposes.named("demo-city", "national-health-insurance").retention().disposal())
        .isEqualTo(Disposal.RECORD);
  }
}
