package mamori.work;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws a synthetic paper form as the pages a scanner would give (issue 16 point 9): A4 portrait at
 * 150 dpi (1240 × 1754 pixels), the form's title with its year, and for each field a ruled box over
 * the field's region with the printed label in its top left corner and the value written below it,
 * in the embedded Japanese font (IPAex Gothic, the file the residents' letters and the incident
 * reports use). Everything a field shows lies inside its region, since the region is what the desk
 * cuts and shows; the title lies outside every region.
 *
 * <p>For demos, benchmarks and tests: nothing here reads real documents, and a drawn page holds
 * only what it is given.
 */
public final class SlipDrawer {
  /** The width of a page: A4 at 150 dpi. */
  public static final int WIDTH = 1240;

  /** The height of a page: A4 at 150 dpi. */
  public static final int HEIGHT = 1754;

  /**
   * IPAex Gothic from Debian's fonts-ipaexfont-gothic: the same file as {@code
   * portal.LetterPdf.DEFAULT_FONT} (a test holds them equal), named here so that work does not
   * depend on the portal.
   */
  public static final Path DEFAULT_FONT =
      Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

  private static final Color INK = new Color(0x10, 0x10, 0x10);
  private static final Color RULE = new Color(0x8a, 0x2b, 0x2b); // the red-brown of printed forms
  private static final int PAD = 6;

  private final Font font;

  private SlipDrawer(Font font) {
    this.font = font;
  }

  /**
   * A drawer writing in the TrueType font at {@code fontFile}.
   *
   * @throws IOException when the file is missing or not a font, saying how to install the default
   */
  public static SlipDrawer withFont(Path fontFile) throws IOException {
    if (!Files.isReadable(fontFile)) {
      throw new IOException(
          "the slips need a Japanese font at "
              + fontFile
              + ": apt-get install fonts-ipaexfont-gothic, or give another TrueType font");
    }
    try {
      return new SlipDrawer(Font.createFont(Font.TRUETYPE_FONT, fontFile.toFile()));
    } catch (FontFormatException e) {
      throw new IOException(fontFile + " is not a TrueType font", e);
    }
  }

  /** A drawer writing in {@link #DEFAULT_FONT}. */
  public static SlipDrawer withDefaultFont() throws IOException {
    return withFont(DEFAULT_FONT);
  }

  /** Whether the drawer's font has a glyph for every character of {@code text}. */
  public boolean canDisplay(String text) {
    return font.canDisplayUpTo(text) == -1;
  }

  /**
   * The form's title for {@code year}: {@code 令和7年分 給与所得の源泉徴収票} for a withholding slip of 2025,
   * else the year and the type's Japanese name.
   */
  public static String title(DocumentType type, int year) {
    String era = year >= 2019 ? "令和" + (year - 2018 == 1 ? "元" : year - 2018) + "年分" : year + "年分";
    String name = type.nameJa().contains("源泉徴収票") ? "給与所得の源泉徴収票" : type.nameJa();
    return era + " " + name;
  }

  /**
   * The pages of one document of {@code type}, each field holding {@code values.get(field id)} (an
   * absent or empty value leaves the box empty).
   */
  public List<BufferedImage> draw(DocumentType type, Map<String, String> values, int year) {
    List<BufferedImage> pages = new ArrayList<>(type.pages());
    for (int page = 1; page <= type.pages(); page++) {
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      try {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(
            RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        if (page == 1) {
          drawTitle(g, type, year, fieldsOn(type, page));
        }
        for (DocumentType.FieldSpec f : fieldsOn(type, page)) {
          drawField(g, f, values.getOrDefault(f.id(), ""));
        }
      } finally {
        g.dispose();
      }
      pages.add(image);
    }
    return pages;
  }

  /** {@link #draw} as PNG files, one a page. */
  public List<byte[]> drawPng(DocumentType type, Map<String, String> values, int year) {
    return draw(type, values, year).stream().map(SlipDrawer::png).toList();
  }

  /**
   * One document as a PDF of its pages, each page an A4 sheet holding the drawn image losslessly:
   * the shape a scanner's PDF has.
   */
  public byte[] drawPdf(DocumentType type, Map<String, String> values, int year) {
    try (PDDocument doc = new PDDocument()) {
      for (BufferedImage image : draw(type, values, year)) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        PDImageXObject x = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
          s.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pixels of {@code region} on a page of {@code width} × {@code height}. */
  public static Rectangle pixels(DocumentType.Region region, int width, int height) {
    int x = (int) Math.round(region.x() * width);
    int y = (int) Math.round(region.y() * height);
    int r = (int) Math.min(width, Math.round((region.x() + region.width()) * width));
    int b = (int) Math.min(height, Math.round((region.y() + region.height()) * height));
    return new Rectangle(x, y, Math.max(1, r - x), Math.max(1, b - y));
  }

  /**
   * A drawn page as PNG bytes, encoded in memory by {@link Regions#write}: the one way pages are
   * written as PNG, since ImageIO's default stream would cache the page, numbers and all, in clear
   * in a temporary file.
   */
  public static byte[] png(BufferedImage page) {
    return Regions.write(page, 64 * 1024);
  }

  private static List<DocumentType.FieldSpec> fieldsOn(DocumentType type, int page) {
    return type.fields().stream().filter(f -> f.page() == page).toList();
  }

  /** The title, centred in the band above the highest region (or at the top when none is free). */
  private void drawTitle(
      Graphics2D g, DocumentType type, int year, List<DocumentType.FieldSpec> fields) {
    int top =
        fields.stream().mapToInt(f -> pixels(f.region(), WIDTH, HEIGHT).y).min().orElse(HEIGHT);
    int band = Math.min(top, 160);
    if (band < 24) {
      return; // no room outside the regions: the title would be cut with a field
    }
    String title = title(type, year);
    int size = Math.min(44, band - 12);
    Font f = font.deriveFont(Font.BOLD, (float) size);
    FontMetrics m = g.getFontMetrics(f);
    while (m.stringWidth(title) > WIDTH - 80 && size > 10) {
      f = font.deriveFont(Font.BOLD, (float) --size);
      m = g.getFontMetrics(f);
    }
    g.setFont(f);
    g.setColor(INK);
    int baseline = (band + m.getAscent() - m.getDescent()) / 2;
    g.drawString(title, (WIDTH - m.stringWidth(title)) / 2, baseline);
  }

  private void drawField(Graphics2D g, DocumentType.FieldSpec field, String value) {
    Rectangle r = pixels(field.region(), WIDTH, HEIGHT);
    g.setColor(RULE);
    g.setStroke(new BasicStroke(2f));
    g.drawRect(r.x + 1, r.y + 1, r.width - 3, r.height - 3);
    Graphics2D inside = (Graphics2D) g.create(r.x, r.y, r.width, r.height);
    try {
      int labelSize = Math.clamp(r.height / 4, 9, 20);
      Font labelFont = fit(inside, font.deriveFont((float) labelSize), field.labelJa(), r.width);
      FontMetrics lm = inside.getFontMetrics(labelFont);
      inside.setFont(labelFont);
      inside.drawString(field.labelJa(), PAD, PAD + lm.getAscent());
      String shown = shown(field, value);
      if (shown.isEmpty()) {
        return;
      }
      int below = PAD + lm.getHeight();
      int room = r.height - below - PAD;
      if (room < 8) {
        return;
      }
      Font valueFont =
          fit(inside, font.deriveFont((float) Math.clamp(room * 0.8, 8, 40)), shown, r.width);
      FontMetrics vm = inside.getFontMetrics(valueFont);
      inside.setFont(valueFont);
      inside.setColor(INK);
      int baseline = below + (room + vm.getAscent() - vm.getDescent()) / 2;
      inside.drawString(shown, PAD + 4, baseline);
    } finally {
      inside.dispose();
    }
  }

  /** {@code base}, made smaller until {@code text} fits {@code width} less the padding. */
  private static Font fit(Graphics2D g, Font base, String text, int width) {
    Font f = base;
    while (g.getFontMetrics(f).stringWidth(text) > width - 2 * PAD - 8 && f.getSize2D() > 6) {
      f = f.deriveFont(f.getSize2D() - 1);
    }
    return f;
  }

  /** How a value is printed: amounts with thousands separators and 円, the rest as given. */
  static String shown(DocumentType.FieldSpec field, String value) {
    if (field.check() == Check.AMOUNT && value.matches("\\d{1,15}")) {
      return String.format(java.util.Locale.ROOT, "%,d円", Long.parseLong(value));
    }
    return value;
  }
}
