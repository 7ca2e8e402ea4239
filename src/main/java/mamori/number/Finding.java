package mamori.number;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One individual number found by {@link NumberScanner} in a file, already masked: no finding ever
 * holds the full digits.
 *
 * @param path the file, as reached from the path that was scanned
 * @param location where in the file: {@code line 12}, {@code page 3 line 5}, {@code sheet Sheet1
 *     cell B7}, {@code paragraph 4}, {@code table 1 row 2 cell 3}, or {@code name} for the file
 *     name itself
 * @param masked the number with all but the last four digits hidden: {@code ****-****-9018}
 * @param confidence how likely the digits are a My Number and not some other code
 * @param reason why that confidence: {@code context 個人番号}, {@code header my_number}, {@code 12
 *     digits}, {@code grouped 4-4-4}, {@code grouped 3-4-5}
 */
public record Finding(
    Path path, String location, String masked, Confidence confidence, String reason) {

  /** How likely a finding is a My Number. */
  public enum Confidence {
    /**
     * A context word (個人番号, マイナンバー, my number) on the same or the previous line, or a matching
     * column header.
     */
    HIGH,
    /**
     * Twelve digits in a row, or grouped 4-4-4, with nothing around them that says what they are.
     */
    MEDIUM,
    /** Another grouping whose check digit happens to hold. */
    LOW;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Finding {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(masked, "masked");
    Objects.requireNonNull(confidence, "confidence");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * The line {@code mamori scan} prints: {@code FILE:LOCATION: MASKED CONFIDENCE (REASON)}, for
   * example {@code staff.csv:line 12: ****-****-9018 high (header my_number)}. A number in the
   * file's path is masked too.
   */
  @Override
  public String toString() {
    return NumberScanner.displayName(path)
        + ":"
        + location
        + ": "
        + masked
        + " "
        + confidence
        + " ("
        + reason
        + ")";
  }
}
