package mamori.number.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds PDF, Excel, OLE2 and ZIP files for the tests (Word files are built in their own test). */
final class Documents {
  private Documents() {}

  /** A PDF with one page per list of lines, in Helvetica (so ASCII only). */
  static Path pdf(Path file, List<List<String>> pages, String userPassword) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (List<String> lines : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          text.beginText();
          text.setFont(font, 12);
          text.setLeading(16);
          text.newLineAtOffset(50, 700);
          for (String line : lines) {
            text.showText(line);
            text.newLine();
          }
          text.endText();
        }
      }
      if (userPassword != null) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * A workbook whose sheets hold the given rows of cells; a Double cell is numeric, a String text.
   */
  static Path workbook(
      Path file, boolean xlsx, List<String> sheetNames, List<List<List<Object>>> sheets)
      throws IOException {
    try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook()) {
      for (int s = 0; s < sheets.size(); s++) {
        Sheet sheet = wb.createSheet(sheetNames.get(s));
        List<List<Object>> rows = sheets.get(s);
        for (int r = 0; r < rows.size(); r++) {
          Row row = sheet.createRow(r);
          List<Object> cells = rows.get(r);
          for (int c = 0; c < cells.size(); c++) {
            Object v = cells.get(c);
            if (v instanceof Double d) {
              row.createCell(c).setCellValue(d);
            } else if (!"".equals(v)) {
              row.createCell(c).setCellValue((String) v);
            }
          }
        }
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
    }
    return file;
  }

  /**
   * An OLE2 file holding one stream of zeros named {@code entry}: what Word, Excel or an encrypted
   * package would name.
   */
  static Path ole2(Path file, String entry) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem();
        OutputStream out = Files.newOutputStream(file)) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), entry);
      fs.writeFilesystem(out);
    }
    return file;
  }

  /** A ZIP file holding one text entry. */
  static Path zip(Path file, String entry, String content) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
