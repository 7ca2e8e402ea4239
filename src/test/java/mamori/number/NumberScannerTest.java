package mamori.number;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumberScannerTest {
  private static final String NUMBER =
      IndividualNumber.withCheckDigit("12345678901").digits(InsecureNumberAccess.get());

  @TempDir Path dir;

  @Test
  void scan_reportsMaskedFindings_andWhatWasScanned() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "マイナンバー\n" + NUMBER + "\n");
    List<Finding> found = new ArrayList<>();
    List<String> scanned = new ArrayList<>();
    NumberScanner.scan(
        dir,
        new NumberScanner.Listener() {
          @Override
          public void found(Finding finding) {
            found.add(finding);
          }

          @Override
          public void unreadable(Path path, String reason) {
            scanned.add("unreadable " + path);
          }

          @Override
          public void scanned(Path f, long bytes) {
            scanned.add(f.getFileName() + " " + bytes);
          }
        });
    assertThat(found)
        .containsExactly(
            new Finding(
                file, "line 2", "****-****-9018", Finding.Confidence.HIGH, "context マイナンバー"));
    assertThat(scanned).containsExactly("notes.txt " + Files.size(file));
  }

  @Test
  void scan_reportsAMissingPath_insteadOfThrowing() {
    List<String> unreadable = new ArrayList<>();
    NumberScanner.scan(
        dir.resolve("missing"),
        new NumberScanner.Listener() {
          @Override
          public void found(Finding finding) {}

          @Override
          public void unreadable(Path path, String reason) {
            unreadable.add(reason);
          }
        });
    assertThat(unreadable).containsExactly("no such file or folder");
  }

  @Test
  void displayName_masksNumbersInThePath() {
    String shown = NumberScanner.displayName(Path.of("/exports", NUMBER, "list.csv"));
    assertThat(shown.contains(NUMBER)).as("full number shown").isFalse();
    assertThat(shown).isEqualTo("/exports/****-****-9018/list.csv");
  }
}
