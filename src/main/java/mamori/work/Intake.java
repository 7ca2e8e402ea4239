package mamori.work;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/*
 * Design. What a file is comes from its first bytes, never its name. Every limit that bounds memory
 * is checked before the work it bounds: the page count before any page is rendered, a page's
 * declared size in pixels before it is decoded (an image's header, a PDF page's media box at the
 * rendering resolution), so a small file that declares a huge image (a decompression bomb) is
 * refused for a few bytes of reading. Pages are handed out one at a time and dropped after they are
 * sealed: a document of many pages never holds more than one decoded page. PDF pages are rasterised
 * here, at load, so what is sealed and later cut is an image: a PDF is a program (fonts, scripts,
 * forms, embedded files), and nothing of it but its pixels ever reaches the desk.
 */
/** Reads an uploaded file into page images, within limits; refuses it with its reason otherwise. */
final class Intake {
  /** The resolution PDF pages are rendered at. */
  static final float DPI = 150f;

  /** A file that cannot be loaded, with the reason in words (never the file's content). */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  /**
   * The limits of a document.
   *
   * @param maxPages the most pages of a document; by default the most a type declares, so a page
   *     count no type has is refused before a page is read
   * @param maxPageBytes the most bytes a page takes in its file (its content and images)
   * @param maxPixels the most pixels a page or an image in it may declare (width × height); 35
   *     megapixels is an A4 page scanned at 600 dpi
   * @param maxFileBytes the most bytes of one file
   */
  record Limits(int maxPages, long maxPageBytes, long maxPixels, long maxFileBytes) {
    static final Limits DEFAULT =
        new Limits(
            DocumentType.MAX_PAGES,
            Jobs.MAX_PAGE_MEGABYTES * 1024L * 1024,
            Jobs.MAX_PAGE_MEGAPIXELS * 1_000_000L,
            Jobs.MAX_FILE_BYTES);
  }

  /** The kinds of file read. */
  enum Kind {
    PDF,
    PNG,
    JPEG,
    TIFF
  }

  /** Pages handed out one at a time. */
  interface Pages extends AutoCloseable {
    int count();

    /** Page {@code i} (from 0) as an RGB image. */
    BufferedImage page(int i) throws Refused;

    @Override
    void close();
  }

  private final Limits limits;

  Intake(Limits limits) {
    this.limits = limits;
  }

  static Kind sniff(byte[] b) throws Refused {
    if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return Kind.PDF;
    }
    if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Kind.PNG;
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return Kind.JPEG;
    }
    if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
      return Kind.TIFF;
    }
    throw new Refused("is not a PDF, PNG, JPEG or TIFF file (read from its bytes, not its name)");
  }

  private static boolean starts(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** Opens {@code bytes} as pages; the caller closes what it gets. */
  Pages open(byte[] bytes) throws Refused {
    if (bytes.length == 0) {
      throw new Refused("is empty");
    }
    if (bytes.length > limits.maxFileBytes()) {
      throw new Refused(tooLarge(limits.maxFileBytes()));
    }
    Kind kind = sniff(bytes);
    return kind == Kind.PDF ? pdf(bytes) : image(bytes, kind);
  }

  /** Why a file of more than {@code max} bytes is refused. */
  static String tooLarge(long max) {
    return "is larger than " + megabytes(max) + " MB";
  }

  private static String megabytes(long bytes) {
    return bytes % (1024 * 1024) == 0
        ? Long.toString(bytes / (1024 * 1024))
        : String.format(Locale.ROOT, "%.3f", bytes / (1024.0 * 1024));
  }

  private Pages pdf(byte[] bytes) throws Refused {
    if (!endsWithEof(bytes)) {
      throw new Refused("is a truncated PDF (it does not end with %%EOF)");
    }
    PDDocument doc;
    try {
      doc = Loader.loadPDF(bytes);
    } catch (InvalidPasswordException e) {
      throw new Refused("is an encrypted PDF; load it unencrypted");
    } catch (IOException | RuntimeException e) {
      throw new Refused("is a corrupted or malformed PDF");
    }
    try {
      if (doc.isEncrypted()) {
        throw new Refused("is an encrypted PDF; load it unencrypted");
      }
      int n = doc.getNumberOfPages();
      if (n < 1) {
        throw new Refused("is a PDF without pages");
      }
      if (n > limits.maxPages()) {
        throw new Refused("has more than " + limits.maxPages() + " pages");
      }
      PdfContent.refuseActive(doc);
    } catch (Refused | RuntimeException e) {
      close(doc);
      if (e instanceof Refused r) {
        throw r;
      }
      throw new Refused("is a corrupted or malformed PDF");
    }
    PDFRenderer renderer = new PDFRenderer(doc);
    renderer.setSubsamplingAllowed(true);
    return new Pages() {
      @Override
      public int count() {
        return doc.getNumberOfPages();
      }

      @Override
      public BufferedImage page(int i) throws Refused {
        try {
          PDPage page = doc.getPage(i);
          long size = pageBytes(page);
          if (size > limits.maxPageBytes()) {
            throw new Refused(
                "page " + (i + 1) + " is over " + megabytes(limits.maxPageBytes()) + " MB");
          }
          PDRectangle box = page.getCropBox();
          long w = (long) Math.ceil(box.getWidth() / 72f * DPI);
          long h = (long) Math.ceil(box.getHeight() / 72f * DPI);
          if (w * h > limits.maxPixels()) {
            throw new Refused(
                "page " + (i + 1) + " is over " + limits.maxPixels() / 1_000_000 + " megapixels");
          }
          PdfContent.refuseLargeImages(page, i + 1, limits);
          return renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
          throw new Refused("page " + (i + 1) + " of the PDF does not render (corrupted)");
        }
      }

      @Override
      public void close() {
        Intake.close(doc);
      }
    };
  }

  private static void close(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException e) {
      // nothing was written; a file in memory has nothing to release
    }
  }

  private static boolean endsWithEof(byte[] b) {
    int end = b.length;
    while (end > 0
        && (b[end - 1] == '\n' || b[end - 1] == '\r' || b[end - 1] == ' ' || b[end - 1] == 0)) {
      end--;
    }
    byte[] eof = {'%', '%', 'E', 'O', 'F'};
    if (end < eof.length) {
      return false;
    }
    for (int i = 0; i < eof.length; i++) {
      if (b[end - eof.length + i] != eof[i]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes a PDF page takes: its content streams and the images and forms it draws. */
  private static long pageBytes(PDPage page) throws IOException {
    long n = 0;
    COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
    if (contents instanceof COSStream s) {
      n += s.getLength();
    } else if (contents instanceof org.apache.pdfbox.cos.COSArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.getObject(i) instanceof COSStream s) {
          n += s.getLength();
        }
      }
    }
    PDResources r = page.getResources();
    if (r != null) {
      for (COSName name : r.getXObjectNames()) {
        if (r.getCOSObject().getDictionaryObject(COSName.XOBJECT)
                instanceof org.apache.pdfbox.cos.COSDictionary x
            && x.getDictionaryObject(name) instanceof COSStream s) {
          n += s.getLength();
        }
      }
    }
    return n;
  }

  private Pages image(byte[] bytes, Kind kind) throws Refused {
    String format =
        switch (kind) {
          case PNG -> "png";
          case JPEG -> "jpeg";
          default -> "tiff";
        };
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new Refused("cannot be read: no " + format + " reader");
    }
    ImageReader reader = readers.next();
    ImageInputStream in;
    int n;
    try {
      // in memory: ImageIO's default stream would cache the scan in clear in a temporary file
      in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
      reader.setInput(in, false, true);
      n = reader.getNumImages(true);
    } catch (IOException | RuntimeException e) {
      reader.dispose();
      throw new Refused(
          "is a corrupted or malformed " + format.toUpperCase(Locale.ROOT) + " image");
    }
    if (n < 1) {
      reader.dispose();
      throw new Refused("holds no image");
    }
    if (n > limits.maxPages()) {
      reader.dispose();
      throw new Refused("has more than " + limits.maxPages() + " pages");
    }
    if (n == 1 && bytes.length > limits.maxPageBytes()) {
      reader.dispose();
      throw new Refused("page 1 is over " + megabytes(limits.maxPageBytes()) + " MB");
    }
    int pages = n;
    return new Pages() {
      @Override
      public int count() {
        return pages;
      }

      @Override
      public BufferedImage page(int i) throws Refused {
        try {
          long w = reader.getWidth(i);
          long h = reader.getHeight(i);
          if (w < 1 || h < 1 || w * h > limits.maxPixels()) {
            throw new Refused(
                "page "
                    + (i + 1)
                    + " declares "
                    + w
                    + "×"
                    + h
                    + " pixels, over "
                    + limits.maxPixels() / 1_000_000
                    + " megapixels (refused before decoding)");
          }
          BufferedImage img = reader.read(i);
          return rgb(img);
        } catch (IOException | RuntimeException e) {
          throw new Refused(
              "page "
                  + (i + 1)
                  + " is a corrupted or malformed "
                  + format.toUpperCase(Locale.ROOT)
                  + " image");
        }
      }

      @Override
      public void close() {
        reader.dispose();
      }
    };
  }

  private static BufferedImage rgb(BufferedImage img) {
    if (img.getType() == BufferedImage.TYPE_INT_RGB) {
      return img;
    }
    BufferedImage out =
        new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
    var g = out.createGraphics();
    try {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.drawImage(img, 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** The region {@code r} of {@code page}, at least one pixel. */
  static BufferedImage cut(BufferedImage page, DocumentType.Region r) {
    int w = page.getWidth();
    int h = page.getHeight();
    int x = Math.min(w - 1, (int) Math.floor(r.x() * w));
    int y = Math.min(h - 1, (int) Math.floor(r.y() * h));
    int cw = Math.max(1, Math.min(w - x, (int) Math.ceil(r.width() * w)));
    int ch = Math.max(1, Math.min(h - y, (int) Math.ceil(r.height() * h)));
    return page.getSubimage(x, y, cw, ch);
  }
}
