package mamori.number.scan;

import static mamori.number.scan.Fixtures.A;
import static mamori.number.scan.Fixtures.B;
import static mamori.number.scan.Fixtures.MASK_A;
import static mamori.number.scan.Fixtures.MASK_B;
import static mamori.number.scan.Fixtures.grouped;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxScannerTest {
  @TempDir Path dir;
  private final Fixtures.Recorder recorder = new Fixtures.Recorder();

  @Test
  void cells_areFoundWithSheetAndReference_andRowOneHeadsTheColumns() throws IOException {
    Path file =
        Documents.workbook(
            dir.resolve("staff.xlsx"),
            true,
            List.of("名簿", "Other"),
            List.of(
                List.of(
                    List.of("氏名", "個人番号", "メモ"),
                    List.of("山田", Double.valueOf(A), "ref " + B),
                    List.of("佐藤", grouped(B, "-"), ""),
                    List.of("マイナンバー", "", A)),
                List.of(List.of("", "", "x" + A.substring(0, 6) + " " + A.substring(6)))));
    XlsxScanner.scan(file, recorder.judge(Fixtures.TABLE));
    assertThat(recorder.lines())
        .containsExactly(
            "sheet 名簿 cell B2: " + MASK_A + " high (header 個人番号)",
            "sheet 名簿 cell C2: " + MASK_B + " medium (12 digits)",
            "sheet 名簿 cell B3: " + MASK_B + " high (header 個人番号)",
            "sheet 名簿 cell C4: " + MASK_A + " high (context マイナンバー)",
            "sheet Other cell C1: " + MASK_A + " low (grouped 6-6)");
  }

  @Test
  void commentsAreScannedToo() throws IOException {
    Path file = dir.resolve("notes.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("S");
      sheet.createRow(0).createCell(0).setCellValue("see note");
      Drawing<?> drawing = sheet.createDrawingPatriarch();
      ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
      Comment comment = drawing.createCellComment(anchor);
      comment.setString(wb.getCreationHelper().createRichTextString("個人番号 " + A));
      sheet.getRow(0).getCell(0).setCellComment(comment);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    XlsxScanner.scan(file, recorder.judge(Fixtures.TABLE));
    assertThat(recorder.lines())
        .containsExactly("sheet S comment A1: " + MASK_A + " high (context 個人番号)");
  }

  @Test
  void wholeNumbersInGeneralFormat_areReadAsAllTheirDigits() {
    assertThat(
            SheetJudge.formatter()
                .formatRawCellContents(Double.parseDouble(A), 0, "General")
                .equals(A))
        .as("General 12-digit number shown in full")
        .isTrue();
    assertThat(
            SheetJudge.formatter().formatRawCellContents(Double.parseDouble(A), 49, "@").equals(A))
        .as("text-formatted 12-digit number shown in full")
        .isTrue();
    assertThat(SheetJudge.formatter().formatRawCellContents(1.5, 0, "General")).isEqualTo("1.5");
    assertThat(SheetJudge.formatter().formatRawCellContents(1.5e20, 0, "General"))
        .isEqualTo("1.5E+20");
  }
}
