package mamori.number.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jspecify.annotations.Nullable;

/**
 * Scans a Word .docx file with POI's XWPF: body paragraphs ({@code paragraph N}), table cells
 * ({@code table T row R cell C}, nested tables included in their cell), then headers, footers and
 * footnotes ({@code header 1 paragraph 2}). A table's first row is read as column headers; a cell's
 * context is the cell itself and the nearest non-empty cell before it in the row. The document is
 * loaded whole, which a Word file's size allows.
 */
final class DocxScanner {
  private final Judge judge;
  private @Nullable String previous;

  private DocxScanner(Judge judge) {
    this.judge = judge;
  }

  static void scan(Path file, Judge judge) throws IOException {
    OPCPackage pkg = open(file);
    try {
      XWPFDocument doc = new XWPFDocument(pkg);
      DocxScanner scanner = new DocxScanner(judge);
      scanner.body(doc.getBodyElements(), "");
      for (int i = 0; i < doc.getHeaderList().size(); i++) {
        scanner.body(doc.getHeaderList().get(i).getBodyElements(), "header " + (i + 1) + " ");
      }
      for (int i = 0; i < doc.getFooterList().size(); i++) {
        scanner.body(doc.getFooterList().get(i).getBodyElements(), "footer " + (i + 1) + " ");
      }
      for (int i = 0; i < doc.getFootnotes().size(); i++) {
        scanner.body(doc.getFootnotes().get(i).getBodyElements(), "footnote " + (i + 1) + " ");
      }
    } finally {
      pkg.revert();
    }
  }

  /** Opens an OOXML package read-only; close it with {@code revert()}, which writes nothing. */
  static OPCPackage open(Path file) throws IOException {
    try {
      return OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private void body(List<IBodyElement> elements, String where) {
    previous = null;
    int paragraphs = 0;
    int tables = 0;
    for (IBodyElement element : elements) {
      if (element instanceof XWPFParagraph p) {
        int n = ++paragraphs;
        previous = judge.judge(p.getText(), previous, null, () -> where + "paragraph " + n);
      } else if (element instanceof XWPFTable t) {
        table(t, where + "table " + ++tables);
        previous = null;
      }
    }
  }

  private void table(XWPFTable table, String where) {
    List<@Nullable String> headers = new ArrayList<>();
    List<XWPFTableRow> rows = table.getRows();
    for (int r = 0; r < rows.size(); r++) {
      List<XWPFTableCell> cells = rows.get(r).getTableCells();
      String left = null;
      for (int c = 0; c < cells.size(); c++) {
        String text = cells.get(c).getTextRecursively();
        if (r == 0) {
          headers.add(ContextWords.header(text));
        }
        if (text.isEmpty()) {
          continue;
        }
        String header = r > 0 && c < headers.size() ? headers.get(c) : null;
        int row = r + 1;
        int col = c + 1;
        left = judge.judge(text, left, header, () -> where + " row " + row + " cell " + col);
      }
    }
  }
}
