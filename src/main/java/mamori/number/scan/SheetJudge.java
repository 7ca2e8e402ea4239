package mamori.number.scan;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.jspecify.annotations.Nullable;

/**
 * Judges the cells of one worksheet, in row order: the first row's cells are the column headers,
 * and a cell's context is the cell itself or the nearest non-empty cell to its left. Locations read
 * {@code sheet NAME cell B7}.
 */
final class SheetJudge {
  private final Judge judge;
  private final String sheet;
  private final Map<Integer, String> headers = new HashMap<>();
  private int row = -1;
  private @Nullable String left;

  SheetJudge(Judge judge, String sheet) {
    this.judge = judge;
    this.sheet = sheet;
  }

  /** One cell's text as displayed; {@code row} and {@code col} are 0-based. */
  void cell(int row, int col, @Nullable String text) {
    if (row != this.row) {
      this.row = row;
      left = null;
    }
    if (text == null || text.isEmpty()) {
      return;
    }
    if (row == 0) {
      String header = ContextWords.header(text);
      if (header != null) {
        headers.put(col, header);
      }
    }
    String header = row == 0 ? null : headers.get(col);
    left =
        judge.judge(
            text,
            left,
            header,
            () -> "sheet " + sheet + " cell " + new CellReference(row, col).formatAsString(false));
  }

  /** Text that belongs to the sheet but not to a column: a comment, a header or footer. */
  void note(@Nullable String text, String what) {
    if (text != null && !text.isEmpty()) {
      judge.judge(text, null, null, () -> "sheet " + sheet + " " + what);
    }
  }

  /**
   * A formatter that shows whole numbers as all their digits where Excel would show a rounded
   * scientific form ({@code 1.23457E+11} for a 12-digit number in the General format).
   */
  static DataFormatter formatter() {
    return new DataFormatter() {
      @Override
      public String formatRawCellContents(double value, int formatIndex, String formatString) {
        String shown = super.formatRawCellContents(value, formatIndex, formatString);
        if (shown.indexOf('E') >= 0 && value == Math.rint(value) && Math.abs(value) < 1e15) {
          return Long.toString((long) value);
        }
        return shown;
      }
    };
  }
}
