package mamori.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;

/**
 * Intake against decompression bombs and active PDFs: an image that declares more pixels than the
 * limit is refused before it is decoded, wherever the page draws it from, and the heap stays small.
 */
class IntakeTest {
  static final Intake INTAKE = new Intake(Intake.Limits.DEFAULT);

  /** 20000×20000 grey pixels of zeros, deflated: about 400 KB that decode to 400 MB. */
  static byte[] zeros20000() {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    byte[] row = new byte[20_000 * 100];
    byte[] buf = new byte[1 << 16];
    for (int i = 0; i < 200; i++) {
      d.setInput(row);
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  static final byte[] ZEROS = zeros20000();

  static COSStream bombImage(PDDocument doc) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    s.setItem(COSName.TYPE, COSName.XOBJECT);
    s.setItem(COSName.SUBTYPE, COSName.IMAGE);
    s.setInt(COSName.WIDTH, 20_000);
    s.setInt(COSName.HEIGHT, 20_000);
    s.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
    s.setInt(COSName.BITS_PER_COMPONENT, 8);
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream o = s.createRawOutputStream()) {
      o.write(ZEROS);
    }
    return s;
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A small page that draws a 20000×20000 image directly. */
  static byte[] pdfBomb() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(190, 269));
      doc.addPage(page);
      PDResources r = new PDResources();
      r.put(
          COSName.getPDFName("Im1"),
          new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
              new org.apache.pdfbox.pdmodel.common.PDStream(bombImage(doc)), null));
      page.setResources(r);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.saveGraphicsState();
        c.transform(new org.apache.pdfbox.util.Matrix(190, 0, 0, 269, 0, 0));
        c.appendRawCommands("/Im1 Do\n");
        c.restoreGraphicsState();
      }
      return save(doc);
    }
  }

  /** The same image drawn from a form XObject inside a form XObject. */
  static byte[] nestedBomb() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(190, 269));
      doc.addPage(page);
      PDFormXObject inner = new PDFormXObject(doc);
      inner.setBBox(new PDRectangle(1, 1));
      PDResources ir = new PDResources();
      ir.put(
          COSName.getPDFName("Im1"),
          new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
              new org.apache.pdfbox.pdmodel.common.PDStream(bombImage(doc)), null));
      inner.setResources(ir);
      try (OutputStream o = inner.getContentStream().createOutputStream()) {
        o.write("q /Im1 Do Q\n".getBytes(StandardCharsets.US_ASCII));
      }
      PDFormXObject outer = new PDFormXObject(doc);
      outer.setBBox(new PDRectangle(1, 1));
      PDResources or = new PDResources();
      or.put(COSName.getPDFName("Fm1"), inner);
      outer.setResources(or);
      try (OutputStream o = outer.getContentStream().createOutputStream()) {
        o.write("q /Fm1 Do Q\n".getBytes(StandardCharsets.US_ASCII));
      }
      PDResources r = new PDResources();
      r.put(COSName.getPDFName("Fm2"), outer);
      page.setResources(r);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.appendRawCommands("q 190 0 0 269 0 0 cm /Fm2 Do Q\n");
      }
      return save(doc);
    }
  }

  /** An inline image declaring 20000×20000 pixels in the page's own content. */
  static byte[] inlineBomb() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(190, 269));
      doc.addPage(page);
      COSStream content = doc.getDocument().createCOSStream();
      try (OutputStream o = content.createOutputStream()) {
        o.write(
            "q 190 0 0 269 0 0 cm BI /W 20000 /H 20000 /CS /G /BPC 8 /F /Fl ID\n"
                .getBytes(StandardCharsets.US_ASCII));
        o.write(ZEROS);
        o.write("\nEI Q\n".getBytes(StandardCharsets.US_ASCII));
      }
      page.getCOSObject().setItem(COSName.CONTENTS, content);
      return save(doc);
    }
  }

  static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  void assertRefusedBeforeDecoding(byte[] pdf) throws Exception {
    assertThat(pdf.length).isLessThan(1_000_000);
    long before = allocated();
    assertThatThrownBy(
            () -> {
              try (Intake.Pages pages = INTAKE.open(pdf)) {
                pages.page(0);
              }
            })
        .isInstanceOf(Intake.Refused.class)
        .hasMessageContaining("declares 20000×20000 pixels")
        .hasMessageContaining("over 35 megapixels")
        .hasMessageContaining("before decoding");
    assertThat(allocated() - before).as("bytes allocated").isLessThan(64L * 1024 * 1024);
  }

  @Test
  void aPdfImageDeclaring20000x20000_isRefusedBeforeDecoding() throws Exception {
    assertRefusedBeforeDecoding(pdfBomb());
  }

  @Test
  void theSameImage_inANestedForm_isRefusedBeforeDecoding() throws Exception {
    assertRefusedBeforeDecoding(nestedBomb());
  }

  @Test
  void anInlineImageDeclaring20000x20000_isRefusedBeforeDecoding() throws Exception {
    assertRefusedBeforeDecoding(inlineBomb());
  }

  @Test
  void aJpegHeaderDeclaringAHugeSize_inAPdf_isRefused() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(190, 269));
      doc.addPage(page);
      COSStream s = bombImage(doc);
      s.setItem(COSName.FILTER, COSName.DCT_DECODE);
      s.setInt(COSName.WIDTH, 60_000);
      s.setInt(COSName.HEIGHT, 60_000);
      PDResources r = new PDResources();
      r.put(
          COSName.getPDFName("Im1"),
          new org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject(
              new org.apache.pdfbox.pdmodel.common.PDStream(s), null));
      page.setResources(r);
      byte[] pdf = save(doc);
      try (Intake.Pages pages = INTAKE.open(pdf)) {
        assertThatThrownBy(() -> pages.page(0)).hasMessageContaining("60000×60000");
      }
    }
  }

  @Test
  void thePixelLimit_isAnA4PageAt600Dpi() {
    assertThat(Intake.Limits.DEFAULT.maxPixels()).isEqualTo(35_000_000L);
    assertThat(4961L * 7016).isLessThan(Intake.Limits.DEFAULT.maxPixels());
  }

  @Test
  void thePageLimit_isTheMostATypeDeclares_andAFileOverItIsRefusedUnread() throws Exception {
    assertThat(Intake.Limits.DEFAULT.maxPages()).isEqualTo(DocumentType.MAX_PAGES);
    byte[] pdf = JobsTest.pdf(DocumentType.MAX_PAGES + 1, false);
    assertThatThrownBy(() -> INTAKE.open(pdf))
        .isInstanceOf(Intake.Refused.class)
        .hasMessage("has more than " + DocumentType.MAX_PAGES + " pages");
    String type = TypeFileTest.GOOD.replace("pages: 2", "pages: " + (DocumentType.MAX_PAGES + 1));
    assertThatThrownBy(() -> TypeFile.parse(type, 1)).hasMessageContaining("'pages'");
  }

  @Test
  void aPdfWithJavaScriptOrAnOpeningScript_isRefused() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(190, 269)));
      doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
      pdf = save(doc);
    }
    assertThatThrownBy(() -> INTAKE.open(pdf).close())
        .isInstanceOf(Intake.Refused.class)
        .hasMessageContaining("opening action");
    byte[] named;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(190, 269)));
      COSDictionary js = new COSDictionary();
      COSArray names = new COSArray();
      names.add(new org.apache.pdfbox.cos.COSString("x"));
      names.add(new PDActionJavaScript("app.alert(1)").getCOSObject());
      js.setItem(COSName.NAMES, names);
      COSDictionary nd = new COSDictionary();
      nd.setItem(COSName.JAVA_SCRIPT, js);
      doc.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, nd);
      named = save(doc);
    }
    assertThatThrownBy(() -> INTAKE.open(named).close())
        .isInstanceOf(Intake.Refused.class)
        .hasMessageContaining("JavaScript");
  }

  @Test
  void aPdfWithAnEmbeddedFile_isRefused() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(190, 269)));
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile("payload.exe");
      PDEmbeddedFile ef =
          new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(new byte[] {'M', 'Z'}));
      spec.setEmbeddedFile(ef);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of("payload.exe", spec));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      pdf = save(doc);
    }
    assertThatThrownBy(() -> INTAKE.open(pdf).close())
        .isInstanceOf(Intake.Refused.class)
        .hasMessageContaining("embedded files");
  }

  @Test
  void aPlainPdf_stillRenders() throws Exception {
    try (Intake.Pages pages = INTAKE.open(JobsTest.pdf(1, false))) {
      assertThat(pages.page(0).getWidth()).isPositive();
    }
  }

  /** A little-endian TIFF whose one IFD declares 50000×50000 8-bit grey pixels, with no strips. */
  static byte[] tiffBomb() {
    ByteBuffer b = ByteBuffer.allocate(8 + 2 + 8 * 12 + 4 + 4).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.putShort((short) 8);
    entry(b, 256, 4, 50_000); // ImageWidth
    entry(b, 257, 4, 50_000); // ImageLength
    entry(b, 258, 3, 8); // BitsPerSample
    entry(b, 259, 3, 1); // Compression: none
    entry(b, 262, 3, 1); // BlackIsZero
    entry(b, 273, 4, 8 + 2 + 8 * 12 + 4); // StripOffsets
    entry(b, 278, 4, 50_000); // RowsPerStrip
    entry(b, 279, 4, 4); // StripByteCounts
    b.putInt(0);
    b.putInt(0);
    return b.array();
  }

  private static void entry(ByteBuffer b, int tag, int type, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(1);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }

  @Test
  void aTiffDeclaringAHugeSize_isRefusedBeforeDecoding() throws Exception {
    byte[] tiff = tiffBomb();
    long before = allocated();
    try (Intake.Pages pages = INTAKE.open(tiff)) {
      assertThatThrownBy(() -> pages.page(0))
          .isInstanceOf(Intake.Refused.class)
          .hasMessageContaining("50000×50000")
          .hasMessageContaining("before decoding");
    }
    assertThat(allocated() - before).isLessThan(64L * 1024 * 1024);
  }
}
