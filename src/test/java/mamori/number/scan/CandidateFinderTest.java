package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.A_WRONG;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.TABLE;
import static mamori.number.scan.Fixtures.fullWidth;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mamori.number.IndividualNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CandidateFinderTest {
  private final CandidateFinder finder = new CandidateFinder(TABLE);

  /** Each candidate as {@code MASKED GROUPING (SHAPE)}. */
  private List<String> find(String text) {
    char[] a = text.toCharArray();
    return finder.find(a, 0, a.length).stream()
        .map(c -> c.masked() + " " + c.grouping() + " (" + c.shape() + ")")
        .toList();
  }

  @Test
  void bareTwelveAsciiDigits_areFound() {
    assertThat(find("番号 " + A + " です")).containsExactly(MASK_A + " BARE (12 digits)");
  }

  @Test
  void fullWidthDigits_areFound() {
    assertThat(find("番号：" + fullWidth(A))).containsExactly(MASK_A + " BARE (12 digits)");
  }

  @Test
  void asciiAndFullWidthMixed_areOneGroup() {
    assertThat(find(A.substring(0, 6) + fullWidth(A.substring(6))))
        .containsExactly(MASK_A + " BARE (12 digits)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-", " ", "\u3000", "－", "\u2010", "\u2212", "ー", "\t", "\u00A0"})
  void fourFourFourWithOneKindOfSeparator_isCanonical(String separator) {
    assertThat(find("x" + grouped(A, separator) + "x"))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void fullWidthFourFourFourWithIdeographicSpaces_isFound() {
    assertThat(find(fullWidth(grouped(A, "\u3000"))))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void fourFourFourWithTwoKindsOfSeparator_isCanonicalMixed() {
    String text = A.substring(0, 4) + "-" + A.substring(4, 8) + " " + A.substring(8);
    assertThat(find(text)).containsExactly(MASK_A + " CANONICAL_MIXED (grouped 4-4-4)");
  }

  @Test
  void otherGrouping_isFoundWithItsShape() {
    String text = A.substring(0, 3) + "-" + A.substring(3, 7) + "-" + A.substring(7);
    assertThat(find(text)).containsExactly(MASK_A + " OTHER (grouped 3-4-5)");
  }

  @Test
  void wrongCheckDigit_isNotFound() {
    assertThat(find(A_WRONG)).isEmpty();
    assertThat(find(grouped(A_WRONG, "-"))).isEmpty();
  }

  @Test
  void twelveDigitsInsideALongerRun_areNotFound() {
    assertThat(find("1" + A)).isEmpty();
    assertThat(find(A + "0")).isEmpty();
    assertThat(find("9999" + A + "9999")).isEmpty();
    assertThat(find(fullWidth("7" + A))).isEmpty();
  }

  @Test
  void aLongRunInTheChain_blocksEveryGroupingThroughIt() {
    assertThat(find(A.substring(0, 4) + "-" + A.substring(4) + "5")).isEmpty();
  }

  @Test
  void digitsGluedToLetters_areFound() {
    assertThat(find("ID" + A + "abc")).containsExactly(MASK_A + " BARE (12 digits)");
  }

  @Test
  void twoSeparatorsInARow_breakTheChain() {
    assertThat(find(A.substring(0, 4) + "  " + A.substring(4, 8) + " " + A.substring(8))).isEmpty();
    assertThat(find(A.substring(0, 4) + " - " + A.substring(4, 8) + "-" + A.substring(8)))
        .isEmpty();
  }

  @Test
  void phoneNumberThenNumber_withWordsBetween_findsTheNumber() {
    assertThat(find("電話 090-1234-5678 番号 " + grouped(A, " ")))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void phoneNumberDirectlyBeforeNumber_findsTheNumberInTheChain() {
    assertThat(find("090-1234-5678 " + grouped(A, " ")))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void overlappingValidGroupings_areReportedOnce_leftmostFirst() {
    String fourth = Fixtures.number(A.substring(4) + "123").substring(8);
    assertThat(find(grouped(A, " ") + " " + fourth))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void oneKindOfSeparator_winsOverAnOverlappingMixedGrouping() {
    String prefix = null;
    for (int p = 0; prefix == null; p++) {
      String candidate = String.format("%04d", p);
      if (IndividualNumber.isValidDigits(candidate + A.substring(0, 8))) {
        prefix = candidate;
      }
    }
    assertThat(find(prefix + "-" + grouped(A, " ")))
        .containsExactly(MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void twoNumbersOnOneLine_areBothFound_inOrder() {
    assertThat(find(B + "," + grouped(A, "-")))
        .containsExactly(MASK_B + " BARE (12 digits)", MASK_A + " CANONICAL (grouped 4-4-4)");
  }

  @Test
  void offsets_pointAtTheDigits() {
    char[] a = ("ab " + grouped(A, "-") + " cd").toCharArray();
    Candidate c = finder.find(a, 0, a.length).getFirst();
    assertThat(c.start()).isEqualTo(3);
    assertThat(c.end()).isEqualTo(3 + 14);
  }

  @Test
  void onlyTheGivenRangeIsRead() {
    char[] a = ("1" + A + "1").toCharArray();
    assertThat(finder.find(a, 1, 13)).hasSize(1);
  }

  @Test
  void maskAll_replacesEveryNumberAndKeepsTheRest() {
    String masked = finder.maskAll("/data/" + A + "/list " + grouped(B, "-") + ".csv");
    assertThat(masked).isEqualTo("/data/" + MASK_A + "/list " + MASK_B + ".csv");
    assertThat(finder.maskAll("no numbers 1234")).isEqualTo("no numbers 1234");
  }
}
