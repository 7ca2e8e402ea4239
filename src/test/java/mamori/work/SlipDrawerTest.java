package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mamori.generate.Residents;
import mamori.generate.SyntheticCompanies;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Synthetic slips drawn as pages: each field's value lies inside its region (the desk cuts the
 * region, so a value outside it would never be seen), the Japanese text is drawn in the embedded
 * font, and the pages decode as PNG and PDF.
 */
class SlipDrawerTest {
  static SlipDrawer drawer;
  static Map<String, String> values;

  @BeforeAll
  static void slip() throws IOException {
    drawer = SlipDrawer.withDefaultFont();
    // a slip with two dependants, so that every field has a value
    values =
        SyntheticSlips.of(Residents.generate(2000, 3), SyntheticCompanies.generate(20, 3), 400, 3)
            .stream()
            .filter(s -> !s.values().get("dependant_2_my_number").isEmpty())
            .findFirst()
            .orElseThrow()
            .values();
  }

  @Test
  void theFont_isTheLettersFont() {
    assertThat(SlipDrawer.DEFAULT_FONT).isEqualTo(mamori.portal.LetterPdf.DEFAULT_FONT);
  }

  @Test
  void everyFieldsValue_liesInsideItsRegion_andIsDrawn() {
    for (DocumentType type : SlipTypes.all()) {
      BufferedImage empty = drawer.draw(type, Map.of(), SyntheticSlips.YEAR).getFirst();
      for (DocumentType.FieldSpec f : type.fields()) {
        String value = values.get(f.id());
        assertThat(value).as(f.id() + " has a value").isNotEmpty();
        BufferedImage one =
            drawer.draw(type, Map.of(f.id(), value), SyntheticSlips.YEAR).getFirst();
        Rectangle region = SlipDrawer.pixels(f.region(), one.getWidth(), one.getHeight());
        int inside = 0;
        int outside = 0;
        for (int y = 0; y < one.getHeight(); y++) {
          for (int x = 0; x < one.getWidth(); x++) {
            if (one.getRGB(x, y) != empty.getRGB(x, y)) {
              if (region.contains(x, y)) {
                inside++;
              } else {
                outside++;
              }
            }
          }
        }
        assertThat(outside).as(type.id() + " " + f.id() + ": pixels drawn outside").isZero();
        assertThat(inside).as(type.id() + " " + f.id() + ": pixels of the value").isGreaterThan(50);
      }
    }
  }

  @Test
  void aValueTooLongForItsBox_isMadeSmaller_notDrawnOutside() {
    DocumentType type = DocumentTypes.builtIn(SyntheticSlips.TYPE);
    DocumentType.FieldSpec f = type.field("payee_family_name").orElseThrow();
    BufferedImage empty = drawer.draw(type, Map.of(), SyntheticSlips.YEAR).getFirst();
    BufferedImage one =
        drawer.draw(type, Map.of(f.id(), "長い名前".repeat(10)), SyntheticSlips.YEAR).getFirst();
    Rectangle region = SlipDrawer.pixels(f.region(), one.getWidth(), one.getHeight());
    for (int y = 0; y < one.getHeight(); y++) {
      for (int x = 0; x < one.getWidth(); x++) {
        if (one.getRGB(x, y) != empty.getRGB(x, y)) {
          assertThat(region.contains(x, y)).as("a pixel of the long value").isTrue();
        }
      }
    }
  }

  @Test
  void theJapaneseText_isInTheFont_andTheTitleIsDrawnOutsideEveryRegion() {
    DocumentType type = DocumentTypes.builtIn(SyntheticSlips.TYPE);
    String title = SlipDrawer.title(type, 2025);
    assertThat(title).isEqualTo("令和7年分 給与所得の源泉徴収票");
    assertThat(drawer.canDisplay(title)).isTrue();
    type.fields().forEach(f -> assertThat(drawer.canDisplay(f.labelJa())).as(f.id()).isTrue());
    values.values().forEach(v -> assertThat(drawer.canDisplay(v)).as("a value's glyphs").isTrue());
    BufferedImage page = drawer.draw(type, Map.of(), 2025).getFirst();
    int top =
        type.fields().stream()
            .mapToInt(f -> SlipDrawer.pixels(f.region(), page.getWidth(), page.getHeight()).y)
            .min()
            .orElseThrow();
    int ink = 0;
    for (int y = 0; y < top; y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        ink += (page.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF ? 1 : 0;
      }
    }
    assertThat(ink).as("the title's pixels above the regions").isGreaterThan(1000);
  }

  @Test
  void thePng_decodes_asA4At150Dpi() throws IOException {
    List<byte[]> pages =
        drawer.drawPng(DocumentTypes.builtIn(SyntheticSlips.TYPE), values, SyntheticSlips.YEAR);
    assertThat(pages).hasSize(1);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(pages.getFirst()));
    assertThat(image.getWidth()).isEqualTo(1240);
    assertThat(image.getHeight()).isEqualTo(1754);
  }

  @Test
  void thePng_isEncodedInMemory_neverInImageIOsCacheFile() throws IOException {
    List<byte[]> pages =
        NoImageCacheFile.encode(() ->
            drawer.drawPng(
                DocumentTypes.builtIn(SyntheticSlips.TYPE), values, SyntheticSlips.YEAR));
    assertThat(ImageIO.read(new ByteArrayInputStream(pages.getFirst())).getWidth())
        .isEqualTo(SlipDrawer.WIDTH);
    BufferedImage cut =
        Intake.cut(
            drawer.draw(DocumentTypes.builtIn(SyntheticSlips.TYPE), values, 2025).getFirst(),
            DocumentTypes.builtIn(SyntheticSlips.TYPE).fields().getFirst().region());
    byte[] region = NoImageCacheFile.encode(() -> SlipDrawer.png(cut));
    assertThat(ImageIO.read(new ByteArrayInputStream(region)).getWidth()).isEqualTo(cut.getWidth());
  }

  @Test
  void thePdf_holdsOnePageAndItsImage() throws IOException {
    byte[] pdf =
        drawer.drawPdf(DocumentTypes.builtIn(SyntheticSlips.TYPE), values, SyntheticSlips.YEAR);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isEqualTo(1);
      var resources = doc.getPage(0).getResources();
      var name = resources.getXObjectNames().iterator().next();
      PDImageXObject image = (PDImageXObject) resources.getXObject(name);
      assertThat(image.getWidth()).isEqualTo(1240);
      assertThat(image.getHeight()).isEqualTo(1754);
    }
  }

  @Test
  void aMissingFont_saysHowToInstallIt() {
    assertThatThrownBy(() -> SlipDrawer.withFont(Path.of("/nonexistent/font.ttf")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("fonts-ipaexfont-gothic");
  }
}
