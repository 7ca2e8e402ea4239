package mamori.number.scan;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Scans the text of a PDF page by page with PDFBox, lines in reading order; a finding's location is
 * {@code page P line L}. The file is read in place and PDFBox buffers streams in temporary files,
 * so a large PDF does not have to fit in memory; only one page's text is held at a time. An
 * encrypted PDF that needs a password throws (PDFBox's InvalidPasswordException) and is reported
 * unreadable.
 */
final class PdfScanner {
  private PdfScanner() {}

  static void scan(Path file, Judge judge) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (doc.getNumberOfPages() == 0) {
        throw new IOException("no pages");
      }
      PageStripper stripper = new PageStripper(judge);
      stripper.writeText(doc, stripper.page);
    }
  }

  /** Hands the text of each page to the judge when the page ends. */
  private static final class PageStripper extends PDFTextStripper {
    private final Judge judge;
    private final StringWriter page = new StringWriter();

    PageStripper(Judge judge) {
      this.judge = judge;
      setSortByPosition(true);
      setLineSeparator("\n");
    }

    @Override
    protected void endPage(PDPage pdPage) throws IOException {
      super.endPage(pdPage);
      int pageNo = getCurrentPageNo();
      String[] lines = page.toString().split("\n", -1);
      page.getBuffer().setLength(0);
      String previous = null;
      for (int i = 0; i < lines.length; i++) {
        int lineNo = i + 1;
        previous =
            judge.judge(lines[i], previous, null, () -> "page " + pageNo + " line " + lineNo);
      }
    }
  }
}
