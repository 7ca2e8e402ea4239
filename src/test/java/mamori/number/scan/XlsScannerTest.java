package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.fullWidth;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsScannerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  @Test
  void cells_areFoundWithSheetAndReference_andRowOneHeadsTheColumns() throws IOException {
    Path file =
        Documents.workbook(
            dir.resolve("old.xls"),
            false,
            List.of("Sheet1"),
            List.of(
                List.of(
                    List.of("name", "My Number"),
                    List.of("Yamada", Double.valueOf(A)),
                    List.of("Sato", fullWidth(B)),
                    List.of("", "", "", "memo " + A))));
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      XlsScanner.scan(fs.getRoot(), recorder.judge(Fixtures.TABLE));
    }
    assertThat(recorder.lines())
        .containsExactly(
            "sheet Sheet1 cell B2: " + MASK_A + " high (header My Number)",
            "sheet Sheet1 cell B3: " + MASK_B + " high (header My Number)",
            "sheet Sheet1 cell D4: " + MASK_A + " medium (12 digits)");
  }
}
