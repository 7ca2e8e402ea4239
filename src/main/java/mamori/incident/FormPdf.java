package mamori.incident;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small A4 form writer in a Japanese font embedded as a subset (IPAex Gothic by default, as the
 * portal's letters): titles, shaded item headings with their text boxed below, wrapped between any
 * two characters and carried over to a new page when the page is full.
 */
final class FormPdf implements AutoCloseable {
  static final Path DEFAULT_FONT = mamori.portal.LetterPdf.DEFAULT_FONT;
  private static final float MARGIN = 50;
  private static final float SIZE = 10f;
  private static final float LEADING = 15;

  private final PDDocument doc = new PDDocument();
  private final PDType0Font font;
  private PDPageContentStream page;
  private float y;

  FormPdf(Path fontFile) throws IOException {
    if (!Files.isReadable(fontFile)) {
      doc.close();
      throw new IOException(
          "the form needs a Japanese font at "
              + fontFile
              + ": apt-get install fonts-ipaexfont-gothic");
    }
    this.font = PDType0Font.load(doc, fontFile.toFile());
    this.page = newPage();
  }

  private PDPageContentStream newPage() throws IOException {
    PDPage p = new PDPage(PDRectangle.A4);
    doc.addPage(p);
    y = PDRectangle.A4.getHeight() - MARGIN;
    return new PDPageContentStream(doc, p);
  }

  /** Starts a new page. */
  void pageBreak() throws IOException {
    page.close();
    page = newPage();
  }

  int pages() {
    return doc.getNumberOfPages();
  }

  private float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  private void room(float needed) throws IOException {
    if (y - needed < MARGIN) {
      pageBreak();
    }
  }

  /** A line of text at {@code size}, wrapped. */
  void text(String text, float size) throws IOException {
    for (String para : text.split("\n", -1)) {
      for (String line : wrap(para, size, width())) {
        room(size * 1.5f);
        show(line, MARGIN, y - size, size);
        y -= Math.max(LEADING, size * 1.5f);
      }
    }
  }

  void gap(float points) {
    y -= points;
  }

  /** An item of the form: its heading on a shaded bar, its text in a box below, across pages. */
  void item(String heading, String text) throws IOException {
    room(LEADING * 3);
    page.setNonStrokingColor(0.88f, 0.88f, 0.88f);
    page.addRect(MARGIN, y - LEADING - 2, width(), LEADING + 2);
    page.fill();
    page.setNonStrokingColor(0f, 0f, 0f);
    show(heading, MARGIN + 4, y - LEADING + 2, SIZE + 1);
    y -= LEADING + 2;
    float top = y;
    List<String> lines = new ArrayList<>();
    for (String para : (text.isEmpty() ? "（記載なし）" : text).split("\n", -1)) {
      lines.addAll(wrap(para, SIZE, width() - 8));
    }
    for (String line : lines) {
      if (y - LEADING < MARGIN) {
        box(top);
        pageBreak();
        top = y;
      }
      show(line, MARGIN + 4, y - LEADING + 3, SIZE);
      y -= LEADING;
    }
    y -= 3;
    box(top);
    y -= 8;
  }

  private void box(float top) throws IOException {
    page.setLineWidth(0.6f);
    page.addRect(MARGIN, y, width(), top - y);
    page.stroke();
  }

  private void show(String text, float x, float baseline, float size) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(x, baseline);
    page.showText(text);
    page.endText();
  }

  /** Lines no wider than {@code max} points, broken between any two characters. */
  List<String> wrap(String text, float size, float max) throws IOException {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = start + 1; end <= text.length(); end++) {
      if (Character.isLowSurrogate(text.charAt(end - 1)) && end - 1 > start) {
        continue;
      }
      if (font.getStringWidth(text.substring(start, end)) / 1000 * size > max && end - 1 > start) {
        int cut = Character.isLowSurrogate(text.charAt(end - 1)) ? end - 2 : end - 1;
        parts.add(text.substring(start, cut));
        start = cut;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  /** The document's bytes; the form is closed. */
  byte[] bytes() throws IOException {
    page.close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }
}
