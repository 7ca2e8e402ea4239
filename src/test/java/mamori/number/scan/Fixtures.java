package mamori.number.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mamori.number.DigitRulesForTests;
import mamori.number.Finding;
import mamori.number.IndividualNumber;
import mamori.number.InsecureNumberAccess;
import mamori.number.NumberScanner;

/**
 * Test numbers and helpers. The full numbers here are synthetic and are never printed: assertions
 * about them use booleans, so that a failure message cannot echo one.
 */
final class Fixtures {
  static final CharTable TABLE =
      CharTable.of(DigitRulesForTests.DIGIT_VALUE, DigitRulesForTests.SEPARATOR);

  /** Masks as {@code ****-****-9018}. */
  static final String A = number("12345678901");

  /** Masks as {@code ****-****-1093}. */
  static final String B = number("98765432109");

  /** {@link #A} with a wrong check digit. */
  static final String A_WRONG = A.substring(0, 11) + (char) ('0' + (A.charAt(11) - '0' + 1) % 10);

  static final String MASK_A = "****-****-9018";
  static final String MASK_B = "****-****-1093";

  private Fixtures() {}

  static String number(String eleven) {
    return IndividualNumber.withCheckDigit(eleven).digits(InsecureNumberAccess.get());
  }

  /** {@code n} as 4-4-4 with {@code sep} between the groups. */
  static String grouped(String n, String sep) {
    return n.substring(0, 4) + sep + n.substring(4, 8) + sep + n.substring(8);
  }

  /** {@code n} in full-width digits. */
  static String fullWidth(String n) {
    StringBuilder s = new StringBuilder();
    for (char c : n.toCharArray()) {
      s.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
    }
    return s.toString();
  }

  static void assertNoFullNumber(String text) {
    for (String n : List.of(A, B, A_WRONG)) {
      assertThat(text.contains(n)).as("a full test number appears in the text").isFalse();
      assertThat(text.contains(fullWidth(n)))
          .as("a full test number appears in the text")
          .isFalse();
    }
  }

  /** A listener that keeps everything it hears. */
  static final class Recorder implements NumberScanner.Listener {
    final List<Finding> findings = new ArrayList<>();
    final List<String> unreadable = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<Path> scanned = new ArrayList<>();

    @Override
    public void found(Finding finding) {
      findings.add(finding);
    }

    @Override
    public void unreadable(Path path, String reason) {
      unreadable.add(path.getFileName() + ": " + reason);
    }

    @Override
    public void skipped(Path path, String reason) {
      skipped.add(path.getFileName() + ": " + reason);
    }

    @Override
    public void scanned(Path file, long bytes) {
      scanned.add(file);
    }

    /**
     * Each finding as {@code LOCATION: MASKED CONFIDENCE (REASON)}, after checking none holds a
     * full number.
     */
    List<String> lines() {
      List<String> lines = new ArrayList<>();
      for (Finding f : findings) {
        String line =
            f.location() + ": " + f.masked() + " " + f.confidence() + " (" + f.reason() + ")";
        assertNoFullNumber(line);
        lines.add(line);
      }
      return lines;
    }

    Judge judge(CharTable table) {
      return new Judge(new CandidateFinder(table), Path.of("test.txt"), this);
    }
  }
}
