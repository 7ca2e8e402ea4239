package mamori.number.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Scans an Excel .xlsx file as a stream of cells (POI's XSSFReader and XSSFSheetXMLHandler, as in
 * its XLSX2CSV example), never loading a workbook into memory: only the shared strings are held.
 * Formulas count by their cached results; comments and sheet headers and footers are scanned too.
 */
final class XlsxScanner {
  private XlsxScanner() {}

  static void scan(Path file, Judge judge) throws IOException {
    OPCPackage pkg = DocxScanner.open(file);
    try {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg, false);
      var styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      while (sheets.hasNext()) {
        try (InputStream sheet = sheets.next()) {
          SheetJudge cells = new SheetJudge(judge, sheets.getSheetName());
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(
              new XSSFSheetXMLHandler(
                  styles,
                  sheets.getSheetComments(),
                  strings,
                  new Cells(cells),
                  SheetJudge.formatter(),
                  false));
          xml.parse(new InputSource(sheet));
        }
      }
    } catch (SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      pkg.revert();
    }
  }

  /** Passes each cell, comment, header and footer on to the sheet's judge. */
  private record Cells(SheetJudge judge) implements SheetContentsHandler {
    @Override
    public void startRow(int rowNum) {}

    @Override
    public void endRow(int rowNum) {}

    @Override
    public void cell(@Nullable String ref, @Nullable String value, @Nullable XSSFComment comment) {
      if (ref == null) {
        judge.note(value, "cell");
        return;
      }
      CellReference at = new CellReference(ref);
      judge.cell(at.getRow(), at.getCol(), value);
      if (comment != null && comment.getString() != null) {
        judge.note(comment.getString().getString(), "comment " + ref);
      }
    }

    @Override
    public void headerFooter(String text, boolean isHeader, String tagName) {
      judge.note(text, isHeader ? "header" : "footer");
    }
  }
}
