package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.TABLE;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JudgeTest {
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();
  private final Judge judge = recorder.judge(TABLE);

  @Test
  void bareNumber_isMedium() {
    judge.judge("id " + A, null, null, () -> "line 1");
    assertThat(recorder.lines()).containsExactly("line 1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void canonicalGrouping_isMedium_otherGroupings_low() {
    judge.judge(grouped(A, "-"), null, null, () -> "line 1");
    judge.judge(A.substring(0, 6) + " " + A.substring(6), null, null, () -> "line 2");
    assertThat(recorder.lines())
        .containsExactly(
            "line 1: " + MASK_A + " medium (grouped 4-4-4)",
            "line 2: " + MASK_A + " low (grouped 6-6)");
  }

  @Test
  void contextWordInTheUnit_isHigh() {
    judge.judge("マイナンバー：" + A.substring(0, 6) + " " + A.substring(6), null, null, () -> "cell");
    assertThat(recorder.lines()).containsExactly("cell: " + MASK_A + " high (context マイナンバー)");
  }

  @Test
  void contextOfTheUnitBefore_isHigh_andIsPassedOn() {
    String context = judge.judge("個人番号", null, null, () -> "line 1");
    assertThat(context).isEqualTo("個人番号");
    String next = judge.judge(A, context, null, () -> "line 2");
    assertThat(next).isNull();
    assertThat(recorder.lines()).containsExactly("line 2: " + MASK_A + " high (context 個人番号)");
  }

  @Test
  void header_winsOverContext() {
    judge.judge("my number " + A, null, "my_number", () -> "line 2");
    assertThat(recorder.lines()).containsExactly("line 2: " + MASK_A + " high (header my_number)");
  }

  @Test
  void numbersInTheLocation_areMasked() {
    judge.judge(A, null, null, () -> "sheet " + A + " cell A1");
    assertThat(recorder.lines())
        .containsExactly("sheet " + MASK_A + " cell A1: " + MASK_A + " medium (12 digits)");
  }

  @Test
  void locationIsAskedOnlyWhenSomethingIsFound() {
    judge.judge(
        "nothing here 1234",
        null,
        null,
        () -> {
          throw new AssertionError("location asked");
        });
    assertThat(judge.findings()).isZero();
  }
}
