package mamori.retention;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mamori.core.NumberText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificate's A4 pages: text from the top down, wrapped between any two characters and
 * carried to a new page above the foot; facts as label and value; the token list in three columns
 * filled top to bottom. Every text is checked for a number before it is drawn; a character the font
 * lacks is drawn as 〓.
 */
final class CertificatePages implements AutoCloseable {
  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float SIDE = 50;
  static final float TOP = 50;
  static final float FOOT = 60;
  static final int COLUMNS = 3;
  static final float CELL_SIZE = 7f;
  static final float CELL_LEADING = 10.5f;

  private final PDDocument doc;
  private final PDType0Font font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private PDPageContentStream page;
  private float y;

  /** Where the token list's columns start on the current page, and which column is being filled. */
  private float columnsTop = -1;

  private int column;

  CertificatePages(PDDocument doc, PDType0Font font) throws IOException {
    this.doc = doc;
    this.font = font;
    this.page = open();
  }

  private PDPageContentStream open() throws IOException {
    PDPage p = new PDPage(PDRectangle.A4);
    doc.addPage(p);
    y = HEIGHT - TOP;
    columnsTop = -1;
    column = 0;
    return new PDPageContentStream(doc, p);
  }

  void newPage() throws IOException {
    page.close();
    page = open();
  }

  void gap(float points) {
    y -= points;
  }

  private void room(float points) throws IOException {
    if (y - points < FOOT) {
      newPage();
    }
  }

  void text(String text, float size) throws IOException {
    text(text, size, 0);
  }

  /** Text at {@code size}, {@code indent} points in, wrapped; checked for a number whole. */
  void text(String text, float size, float indent) throws IOException {
    NumberText.refuseNumberIn("a disposal certificate", text);
    lines(text, size, indent);
  }

  /**
   * The list's hash, hexadecimal: drawn without the number check, as its digits are the hash's
   * (computed here, never typed) and may run to twelve.
   */
  void hash(String hex, float size) throws IOException {
    if (!hex.matches("[0-9a-f]*")) {
      throw new IllegalArgumentException("a hash is hexadecimal");
    }
    lines(hex, size, 0);
  }

  private void lines(String text, float size, float indent) throws IOException {
    float leading = Math.max(size * 1.5f, 11);
    for (String paragraph : text.split("\n", -1)) {
      for (String line : wrap(paragraph, size, WIDTH - 2 * SIDE - indent)) {
        room(leading);
        show(page, line, SIDE + indent, y - size, size);
        y -= leading;
      }
    }
  }

  /** A fact: its label in the left column, its value beside it, wrapped. */
  void fact(String label, String value) throws IOException {
    NumberText.refuseNumberIn("a disposal certificate", label);
    NumberText.refuseNumberIn("a disposal certificate", value);
    float size = 9.5f;
    float labelWidth = 110;
    List<String> lines = wrap(value, size, WIDTH - 2 * SIDE - labelWidth);
    room(size * 1.6f * lines.size());
    show(page, label, SIDE, y - size, size);
    for (String line : lines) {
      show(page, line, SIDE + labelWidth, y - size, size);
      y -= size * 1.6f;
    }
  }

  /**
   * One person of the list: the token, the kind of disposal and the purposes' references, in the
   * next row of the current column; the columns fill top to bottom, then the next page.
   */
  void cell(String token, String kind, String purposes) throws IOException {
    NumberText.refuseNumberIn("a disposal certificate", token);
    NumberText.refuseNumberIn("a disposal certificate", purposes);
    if (columnsTop < 0) {
      columnsTop = y;
    }
    if (y - CELL_LEADING < FOOT) {
      if (++column == COLUMNS) {
        newPage();
        columnsTop = y;
      }
      y = columnsTop;
    }
    float width = (WIDTH - 2 * SIDE) / COLUMNS;
    float x = SIDE + column * width;
    float baseline = y - CELL_SIZE;
    show(page, token, x, baseline, CELL_SIZE);
    // a token in this font is at most about 86 points wide at this size
    show(page, kind, x + 94, baseline, CELL_SIZE);
    show(page, fit(purposes, CELL_SIZE, width - 116 - 4), x + 116, baseline, CELL_SIZE);
    y -= CELL_LEADING;
  }

  /** The foot of a page, drawn last (the page count is known only then). */
  static void foot(PDDocument doc, PDPage p, PDType0Font font, String text) throws IOException {
    NumberText.refuseNumberIn("a disposal certificate", text);
    try (PDPageContentStream s =
        new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
      s.setLineWidth(0.5f);
      s.moveTo(SIDE, FOOT - 14);
      s.lineTo(WIDTH - SIDE, FOOT - 14);
      s.stroke();
      s.beginText();
      s.setFont(font, 8);
      s.newLineAtOffset(SIDE, FOOT - 28);
      s.showText(text);
      s.endText();
    }
  }

  @Override
  public void close() throws IOException {
    page.close();
  }

  private String fit(String text, float size, float max) throws IOException {
    if (measure(text, size) <= max) {
      return text;
    }
    return wrap(text, size, max - measure("…", size)).getFirst() + "…";
  }

  private List<String> wrap(String text, float size, float max) throws IOException {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= text.length(); end++) {
      if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        continue;
      }
      if (measure(text.substring(start, end), size) > max && end > start + 1) {
        int cut = end - Character.charCount(text.codePointBefore(end));
        if (cut > start) {
          parts.add(text.substring(start, cut));
          start = cut;
        }
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private float measure(String text, float size) throws IOException {
    return font.getStringWidth(drawable(text)) / 1000 * size;
  }

  private void show(PDPageContentStream s, String text, float x, float baseline, float size)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, baseline);
    s.showText(drawable(text));
    s.endText();
  }

  /** {@code text} with each character the font cannot draw replaced by 〓 (as registers print). */
  private String drawable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> out.appendCodePoint(hasGlyph(cp) ? cp : '\u3013'));
    return out.toString();
  }

  private boolean hasGlyph(int cp) {
    int type = Character.getType(cp);
    if (type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED) {
      return false;
    }
    return glyphs.computeIfAbsent(
        cp,
        c -> {
          try {
            font.encode(new String(Character.toChars(c)));
            return true;
          } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
          }
        });
  }
}
