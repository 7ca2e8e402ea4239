package mamori.number.scan;

import java.io.IOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Scans an Excel 97-2003 .xls file with POI's HSSF. The format caps a sheet at 65,536 rows, so the
 * workbook is loaded whole. Formulas count by their cached results; cell comments are scanned too.
 */
final class XlsScanner {
  private XlsScanner() {}

  /** Scans the workbook in {@code root}; the caller owns and closes its file system. */
  static void scan(DirectoryNode root, Judge judge) throws IOException {
    HSSFWorkbook workbook = new HSSFWorkbook(root, false);
    DataFormatter formatter = SheetJudge.formatter();
    for (Sheet sheet : workbook) {
      SheetJudge cells = new SheetJudge(judge, sheet.getSheetName());
      for (Row row : sheet) {
        for (Cell cell : row) {
          cells.cell(cell.getRowIndex(), cell.getColumnIndex(), text(cell, formatter));
          if (cell.getCellComment() != null) {
            cells.note(
                cell.getCellComment().getString().getString(),
                "comment " + cell.getAddress().formatAsString());
          }
        }
      }
    }
  }

  private static String text(Cell cell, DataFormatter formatter) {
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case NUMERIC ->
          DateUtil.isCellDateFormatted(cell)
              ? formatter.formatCellValue(cell)
              : formatter.formatRawCellContents(
                  cell.getNumericCellValue(),
                  cell.getCellStyle().getDataFormat(),
                  cell.getCellStyle().getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      default -> "";
    };
  }
}
