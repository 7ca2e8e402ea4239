package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.fullWidth;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxScannerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  @Test
  void paragraphsTablesAndHeaders_areScannedWithTheirLocations() throws IOException {
    Path file = dir.resolve("letter.docx");
    try (XWPFDocument doc = new XWPFDocument()) {
      doc.createParagraph().createRun().setText("通知書");
      doc.createParagraph().createRun().setText("あなたの個人番号");
      doc.createParagraph().createRun().setText(fullWidth(grouped(A, "\u3000")));
      XWPFTable table = doc.createTable(3, 3);
      table.getRow(0).getCell(0).setText("氏名");
      table.getRow(0).getCell(1).setText("個人番号");
      table.getRow(0).getCell(2).setText("備考");
      table.getRow(1).getCell(0).setText("山田");
      table.getRow(1).getCell(1).setText(B);
      table.getRow(1).getCell(2).setText("ref " + A);
      table.getRow(2).getCell(0).setText("マイナンバー");
      table.getRow(2).getCell(2).setText(grouped(B, "-"));
      doc.createParagraph().createRun().setText("after the table " + A);
      doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("控え " + B);
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
    DocxScanner.scan(file, recorder.judge(Fixtures.TABLE));
    assertThat(recorder.lines())
        .containsExactly(
            "paragraph 3: " + MASK_A + " high (context 個人番号)",
            "table 1 row 2 cell 2: " + MASK_B + " high (header 個人番号)",
            "table 1 row 2 cell 3: " + MASK_A + " medium (12 digits)",
            "table 1 row 3 cell 3: " + MASK_B + " high (context マイナンバー)",
            "paragraph 4: " + MASK_A + " medium (12 digits)",
            "header 1 paragraph 1: " + MASK_B + " medium (12 digits)");
  }
}
