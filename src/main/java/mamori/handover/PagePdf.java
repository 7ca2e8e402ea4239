package mamori.handover;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mamori.core.NumberText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/*
 * Design. Every page this draws is coded: the code band at the foot of the page holds, at the same
 * place on every page, the QR code (error correction M, the text Documents.PageLabel.qrText()) at the
 * bottom right, and to its left the document's title, the short code in large fixed-pitch characters
 * (so it can be read aloud and typed), and "ページ n / N". An INTERNAL page (a list) says 内部資料・交付禁止
 * in large type at its top and in the band. Content never runs into the band: a Sheet breaks to a new
 * page above it.
 *
 * A page's code names its document, which is registered for the number of pages it has; so a
 * document's pages are drawn first (in memory, nothing is on paper or disk yet), then the document is
 * registered for the pages drawn, then each of its pages gets its band in a second content stream.
 * Drawing that fails (a text holding a number, a font without a glyph) removes the document's pages
 * and registers nothing; a registration that fails removes them too.
 *
 * Nothing drawn may hold a number like a My Number: every text of the content is checked whole, before
 * it is wrapped or cut (NumberText.holdsNumber), whatever the caller meant to print; the band holds
 * only the registered title (checked by Documents), the code and the page. The font is embedded as a
 * subset, so a page prints the same on any printer. The file is written owner-only (a .tmp file made
 * rw-------, then moved into place atomically), as names and addresses are on it.
 */
/** A4 pages in a Japanese font, each carrying its code: the QR code, the short code, the page. */
public final class PagePdf implements AutoCloseable {
  /** IPAex Gothic from Debian's fonts-ipaexfont-gothic, as the other printed papers. */
  public static final Path DEFAULT_FONT = mamori.portal.LetterPdf.DEFAULT_FONT;

  /** What every page of an INTERNAL document says at its top and foot. */
  public static final String INTERNAL_MARK = "内部資料・交付禁止";

  static final float WIDTH = PDRectangle.A4.getWidth();
  static final float HEIGHT = PDRectangle.A4.getHeight();
  static final float SIDE = 50;
  static final float TOP = 48;

  /** The foot of every page, below the content: the code band. */
  static final float FOOT = 110;

  /** The QR code's side: 27 mm, about 2 points a module for a short tenant id. */
  static final float QR_SIZE = 76;

  static final float QR_BOTTOM = 20;
  static final float MARK_SIZE = 18;
  static final float CODE_SIZE = 15;
  static final float LEADING = 15;

  private final PDDocument doc;
  private final PDType0Font font;

  /**
   * A new print job in the TrueType font at {@code fontFile}.
   *
   * @throws IOException when the font is missing or unreadable, saying how to install the default
   */
  public PagePdf(Path fontFile) throws IOException {
    if (!Files.isReadable(fontFile)) {
      throw new IOException(
          "the printed pages need a Japanese font at "
              + fontFile
              + ": apt-get install fonts-ipaexfont-gothic, or give --font FILE (a TrueType font)");
    }
    PDDocument d = new PDDocument();
    try {
      this.font = PDType0Font.load(d, fontFile.toFile());
    } catch (IOException | RuntimeException e) {
      d.close();
      throw e;
    }
    this.doc = d;
  }

  /** What draws a document's content on its sheet. */
  @FunctionalInterface
  public interface Content {
    void draw(Sheet sheet) throws IOException;
  }

  /** Registers a document for the pages drawn, giving the codes of its pages. */
  @FunctionalInterface
  public interface Registration {
    Documents.Printed register(int pages);
  }

  /**
   * Draws one document: its content on fresh pages, then (registered for the pages drawn) the code
   * band on each of them.
   *
   * @param internal whether the document is INTERNAL (a list): marked at top and foot
   * @throws IllegalArgumentException when a text holds a number; nothing is registered or kept
   */
  public Documents.Printed document(boolean internal, Content content, Registration registration)
      throws IOException {
    int first = doc.getNumberOfPages();
    Documents.Printed printed;
    try {
      Sheet sheet = new Sheet(internal);
      try {
        content.draw(sheet);
        if (separate && (doc.getNumberOfPages() - first) % 2 == 1) {
          sheet.newPage();
          sheet.gap(HEIGHT / 2 - TOP - 60);
          sheet.text(BLANK, 14);
        }
      } finally {
        sheet.close();
      }
      printed = registration.register(doc.getNumberOfPages() - first);
    } catch (IOException | RuntimeException e) {
      while (doc.getNumberOfPages() > first) {
        doc.removePage(doc.getNumberOfPages() - 1);
      }
      throw e;
    }
    if (printed.document().internal() != internal
        || printed.pages().size() != doc.getNumberOfPages() - first) {
      throw new IllegalStateException("the registered document does not match the pages drawn");
    }
    for (Documents.PageLabel label : printed.pages()) {
      band(doc.getPage(first + label.page() - 1), printed.document(), label);
    }
    return printed;
  }

  /** What the page that pads a document to a whole number of sheets says. */
  public static final String BLANK = "この面は白紙です";

  private boolean separate;

  /**
   * Keeps each document on its own sheets when the job is printed on both sides: from now on a
   * document of an odd number of pages gets one more, blank but for {@link #BLANK}, coded and
   * registered as the document's own, so the back of a resident's last page is never the front of
   * the next resident's letter. The PDF also asks the printer for one-sided printing
   * (ViewerPreferences /Duplex /Simplex), which a print dialog may follow.
   */
  public void separateSheets() {
    separate = true;
    PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    prefs.setDuplex(PDViewerPreferences.DUPLEX.Simplex);
    doc.getDocumentCatalog().setViewerPreferences(prefs);
  }

  /** The pages drawn so far. */
  public int pages() {
    return doc.getNumberOfPages();
  }

  /** The PDF as it stands. */
  public byte[] bytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** Writes the PDF to {@code out}, owner-only from the moment the file exists. */
  public void write(Path out) throws IOException {
    writeOwnerOnly(out, bytes());
  }

  /**
   * Writes printed pages to {@code out}: to {@code out.tmp} made owner-only first, then moved into
   * place at once, so no one else can read the names and addresses at any moment.
   */
  public static void writeOwnerOnly(Path out, byte[] pdf) throws IOException {
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    mamori.store.OwnerOnly.createFile(tmp);
    try (OutputStream stream = Files.newOutputStream(tmp)) {
      stream.write(pdf);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() throws IOException {
    doc.close();
  }

  /**
   * Where a document's content is drawn: from the top of its first page down, breaking to a new
   * page above the code band. Every string is checked for a number before it is drawn.
   */
  public final class Sheet {
    private final boolean internal;
    private PDPageContentStream page;
    private float y;

    Sheet(boolean internal) throws IOException {
      this.internal = internal;
      this.page = open();
    }

    private PDPageContentStream open() throws IOException {
      PDPage p = new PDPage(PDRectangle.A4);
      doc.addPage(p);
      y = HEIGHT - TOP - (internal ? MARK_SIZE * 2 : 0);
      return new PDPageContentStream(doc, p);
    }

    /** Starts a new page of the document. */
    public void newPage() throws IOException {
      page.close();
      page = open();
    }

    /** The width of a line, in points. */
    public float width() {
      return WIDTH - 2 * SIDE;
    }

    /** Starts a new page unless {@code points} of room are left above the band. */
    public void room(float points) throws IOException {
      if (y - points < FOOT) {
        newPage();
      }
    }

    /** Leaves {@code points} empty. */
    public void gap(float points) {
      y -= points;
    }

    /** Text at {@code size}, wrapped between any two characters; a line break starts a line. */
    public void text(String text, float size) throws IOException {
      text(text, size, 0, Math.max(LEADING, size * 1.5f));
    }

    /** Text at {@code size}, {@code indent} points in, {@code leading} points a line. */
    public void text(String text, float size, float indent, float leading) throws IOException {
      guard(text);
      for (String paragraph : text.split("\n", -1)) {
        for (String line : wrap(paragraph, w -> measure(w, size), width() - indent)) {
          room(leading);
          show(page, line, SIDE + indent, y - size, size);
          y -= leading;
        }
      }
    }

    /** An item of a form: its heading on a shaded bar, its text boxed below, across pages. */
    public void item(String heading, String text) throws IOException {
      guard(heading);
      guard(text);
      float size = 10;
      room(LEADING * 3);
      page.setNonStrokingColor(0.88f, 0.88f, 0.88f);
      page.addRect(SIDE, y - LEADING - 2, width(), LEADING + 2);
      page.fill();
      page.setNonStrokingColor(0f, 0f, 0f);
      show(page, heading, SIDE + 4, y - LEADING + 2, size + 1);
      y -= LEADING + 2;
      float top = y;
      List<String> lines = new ArrayList<>();
      for (String paragraph : (text.isEmpty() ? "（記載なし）" : text).split("\n", -1)) {
        lines.addAll(wrap(paragraph, w -> measure(w, size), width() - 8));
      }
      for (String line : lines) {
        if (y - LEADING < FOOT) {
          box(top);
          newPage();
          top = y;
        }
        show(page, line, SIDE + 4, y - LEADING + 3, size);
        y -= LEADING;
      }
      y -= 3;
      box(top);
      y -= 5;
    }

    /**
     * A row of a table: each cell in its column ({@code widths} in points, left to right), cut with
     * … where it is too long, so that a row is one line; a heading row is shaded.
     */
    public void row(List<String> cells, float[] widths, float size, boolean heading)
        throws IOException {
      if (cells.size() != widths.length) {
        throw new IllegalArgumentException("a row has a cell for each column");
      }
      for (String cell : cells) {
        guard(cell);
      }
      float height = size * 1.9f;
      room(height);
      float x = SIDE;
      if (heading) {
        page.setNonStrokingColor(0.88f, 0.88f, 0.88f);
        page.addRect(SIDE, y - height, sum(widths), height);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
      }
      page.setLineWidth(0.5f);
      for (int i = 0; i < widths.length; i++) {
        page.addRect(x, y - height, widths[i], height);
        show(page, cut(cells.get(i), size, widths[i] - 6), x + 3, y - height + size * 0.6f, size);
        x += widths[i];
      }
      page.stroke();
      y -= height;
    }

    private String cut(String text, float size, float max) throws IOException {
      if (measure(text, size) <= max) {
        return text;
      }
      List<String> parts = wrap(text, w -> measure(w + "…", size), max);
      return parts.getFirst() + "…";
    }

    private void box(float top) throws IOException {
      page.setLineWidth(0.6f);
      page.addRect(SIDE, y, width(), top - y);
      page.stroke();
    }

    void close() throws IOException {
      page.close();
    }
  }

  private static float sum(float[] values) {
    float s = 0;
    for (float v : values) {
      s += v;
    }
    return s;
  }

  private float measure(String text, float size) throws IOException {
    return font.getStringWidth(drawable(text)) / 1000 * size;
  }

  /** The mark printed for a character the font does not have (〓, 下駄記号, as registers print it). */
  static final String MISSING = "\u3013";

  private final Map<Integer, Boolean> glyphs = new java.util.HashMap<>();

  /**
   * {@code text} with every character the font cannot draw (a character outside its repertoire such
   * as 𠮷, a private-use 外字, an emoji, a zero-width space, a lone surrogate) replaced by {@link
   * #MISSING}. Asked of the font one code point at a time (and remembered), so that PDFBox's "No
   * glyph for U+…" never stops a job after everyone was revealed, and never carries a character of
   * a name into an exception or a log.
   */
  String drawable(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int n = Character.charCount(cp);
      if (!hasGlyph(cp)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
        out.append(MISSING);
      } else if (out != null) {
        out.appendCodePoint(cp);
      }
      i += n;
    }
    return out == null ? text : out.toString();
  }

  private boolean hasGlyph(int cp) {
    int type = Character.getType(cp);
    // a control, a format character (a zero-width space), a private-use character (a city's 外字:
    // whatever the font has there is not it), a lone surrogate, an unassigned one: never drawn
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

  /**
   * Refuses a text that holds a number, whole, before it is wrapped or cut (so a number broken over
   * two lines is refused too).
   */
  private static void guard(String text) {
    NumberText.refuseNumberIn("a printed page", text);
  }

  private void show(PDPageContentStream s, String text, float x, float baseline, float size)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, baseline);
    s.showText(drawable(text));
    s.endText();
  }

  /** The code band of one page, and for an INTERNAL page its mark at the top. */
  private void band(PDPage p, Documents.Document d, Documents.PageLabel label) throws IOException {
    try (PDPageContentStream s =
        new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
      s.setNonStrokingColor(0f, 0f, 0f);
      s.setStrokingColor(0.45f, 0.45f, 0.45f);
      s.setLineWidth(0.5f);
      s.moveTo(SIDE, FOOT - 10);
      // the rule stops short of the QR code's quiet zone
      s.lineTo(WIDTH - SIDE - QR_SIZE - 12, FOOT - 10);
      s.stroke();
      s.setStrokingColor(0f, 0f, 0f);
      qr(doc, s, label.qrText(), WIDTH - SIDE - QR_SIZE, QR_BOTTOM, QR_SIZE);
      float text = WIDTH - 2 * SIDE - QR_SIZE - 16;
      show(s, fit(d.title(), 10, text), SIDE, FOOT - 26, 10);
      show(s, "確認コード", SIDE, FOOT - 48, 8);
      code(s, label.shortCode(), SIDE + 46, FOOT - 50);
      show(s, "ページ " + label.page() + " / " + d.pages(), SIDE, FOOT - 68, 9);
      if (d.internal()) {
        bold(s, INTERNAL_MARK, SIDE, QR_BOTTOM + 2, MARK_SIZE);
        float w = measure(INTERNAL_MARK, MARK_SIZE);
        bold(s, INTERNAL_MARK, (WIDTH - w) / 2, HEIGHT - TOP - MARK_SIZE, MARK_SIZE);
      } else {
        show(
            s,
            fit("確認コードとQRコードは窓口での確認に使います。個人番号や個人情報は含まれません。", 7.5f, text),
            SIDE,
            QR_BOTTOM + 4,
            7.5f);
      }
    }
  }

  /** {@code text} cut with … to {@code max} points at {@code size}. */
  private String fit(String text, float size, float max) throws IOException {
    if (measure(text, size) <= max) {
      return text;
    }
    return wrap(text, w -> measure(w + "…", size), max).getFirst() + "…";
  }

  private void bold(PDPageContentStream s, String text, float x, float baseline, float size)
      throws IOException {
    s.setRenderingMode(RenderingMode.FILL_STROKE);
    s.setLineWidth(size / 30);
    show(s, text, x, baseline, size);
    s.setRenderingMode(RenderingMode.FILL);
  }

  /**
   * The short code in fixed-pitch cells, each character centred in its cell (a hyphen in half a
   * cell), so that it reads as a typewriter's would and no character is mistaken for its neighbour.
   */
  private void code(PDPageContentStream s, String code, float x, float baseline)
      throws IOException {
    float cell = 0;
    for (char c : PageCode.ALPHABET.toCharArray()) {
      cell = Math.max(cell, measure(String.valueOf(c), CODE_SIZE));
    }
    float at = x;
    for (int i = 0; i < code.length(); i++) {
      String c = String.valueOf(code.charAt(i));
      float pitch = c.equals("-") ? cell / 2 + 2 : cell + 1;
      s.beginText();
      s.setFont(font, CODE_SIZE);
      s.newLineAtOffset(at + (pitch - measure(c, CODE_SIZE)) / 2, baseline);
      s.showText(drawable(c));
      s.endText();
      at += pitch;
    }
  }

  /**
   * The QR code of {@code text}, error correction M, as one image: a 1-bit picture of the matrix,
   * one pixel a module, scaled to {@code size} without interpolation. Drawn as rectangles, the
   * modules' shared edges were anti-aliased into faint seams that made a code marginal to read at
   * 150 dpi; an image has no seams, and its modules land on whole pixels at any resolution.
   */
  static void qr(PDDocument doc, PDPageContentStream s, String text, float x, float y, float size)
      throws IOException {
    BitMatrix m = readable(text);
    BufferedImage image =
        new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int row = 0; row < m.getHeight(); row++) {
      for (int col = 0; col < m.getWidth(); col++) {
        image.setRGB(col, row, m.get(col, row) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
    xo.setInterpolate(false);
    // a module a whole number of pixels at 150 dpi (and so at 300 and 600): a module of 3.85 pixels
    // rounds to 3 or 4 by where it falls, which a reader takes for a distorted grid now and then
    float pixel = 72f / 150;
    float module = Math.max(4, Math.round(size / m.getWidth() / pixel)) * pixel;
    float side = module * m.getWidth();
    // anchored at the bottom right corner, so the quiet zone on the left and above only grows
    s.drawImage(xo, x + size - side, y, side, side);
  }

  /**
   * The matrix of {@code text}, error correction M, that a reader finds: ZXing's encoder picks the
   * mask by its penalty score alone, and now and then (about 1 code in 300) the chosen mask makes
   * data modules that a finder takes for a finder pattern, so the code is not found at any
   * resolution. Each matrix is read back here (4 pixels a module, a 4-module quiet zone) and, if it
   * does not read, drawn with the next mask instead.
   */
  static BitMatrix readable(String text) {
    BitMatrix first = null;
    for (int mask = -1; mask < 8; mask++) {
      Map<EncodeHintType, Object> hints = new java.util.HashMap<>();
      hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
      hints.put(EncodeHintType.MARGIN, 0);
      if (mask >= 0) {
        hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
      }
      BitMatrix m;
      try {
        m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
      } catch (WriterException e) {
        throw new IllegalArgumentException("cannot draw a QR code for this text", e);
      }
      if (first == null) {
        first = m;
      }
      if (reads(m, text)) {
        return m;
      }
    }
    if (first == null) {
      throw new IllegalStateException("no QR code drawn");
    }
    return first;
  }

  private static boolean reads(BitMatrix m, String text) {
    int px = 4;
    int quiet = 4 * px;
    int w = m.getWidth() * px + 2 * quiet;
    int[] pixels = new int[w * w];
    java.util.Arrays.fill(pixels, 0xFFFFFFFF);
    for (int y = 0; y < m.getHeight() * px; y++) {
      for (int x = 0; x < m.getWidth() * px; x++) {
        if (m.get(x / px, y / px)) {
          pixels[(y + quiet) * w + x + quiet] = 0xFF000000;
        }
      }
    }
    try {
      return new com.google.zxing.qrcode.QRCodeReader()
          .decode(
              new com.google.zxing.BinaryBitmap(
                  new com.google.zxing.common.HybridBinarizer(
                      new com.google.zxing.RGBLuminanceSource(w, w, pixels))),
              Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
          .getText()
          .equals(text);
    } catch (com.google.zxing.ReaderException e) {
      return false;
    }
  }

  /** Measures a string's width in points. */
  interface Width {
    float of(String text) throws IOException;
  }

  /**
   * Lines no wider than {@code max} points, broken between any two characters (Japanese has no
   * spaces to break at), never inside a surrogate pair.
   */
  static List<String> wrap(String text, Width width, float max) throws IOException {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= text.length(); end++) {
      if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
        continue;
      }
      if (width.of(text.substring(start, end)) > max && end > start + 1) {
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
}
