package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final String NUMBER =
      IndividualNumber.withCheckDigit("12345678901").digits(InsecureNumberAccess.get());

  @Test
  void toString_isTheScanLine() {
    Finding f =
        new Finding(
            Path.of("data/staff.csv"),
            "line 12",
            "****-****-9018",
            Finding.Confidence.HIGH,
            "header my_number");
    assertThat(f).hasToString("data/staff.csv:line 12: ****-****-9018 high (header my_number)");
  }

  @Test
  void aNumberInThePath_isMaskedInTheLine() {
    Finding f =
        new Finding(
            Path.of("out", NUMBER + ".txt"),
            "name",
            "****-****-9018",
            Finding.Confidence.MEDIUM,
            "12 digits");
    String line = f.toString();
    assertThat(line.contains(NUMBER)).as("full number in the line").isFalse();
    assertThat(line).isEqualTo("out/****-****-9018.txt:name: ****-****-9018 medium (12 digits)");
  }

  @Test
  void confidences_printInLowerCase() {
    assertThat(Finding.Confidence.LOW).hasToString("low");
  }

  @Test
  void nulls_areRefused() {
    assertThatThrownBy(() -> new Finding(Path.of("a"), null, "m", Finding.Confidence.LOW, "r"))
        .isInstanceOf(NullPointerException.class);
  }
}
