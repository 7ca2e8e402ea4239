package mamori.handover;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads printed pages back as the counter would: a page rendered (PDFBox; at 300 dpi, as a scanner
 * would, unless told), its QR code found and decoded in the image (ZXing), its text extracted.
 */
public final class PageScans {
  private PageScans() {}

  /** The text of the QR code on page {@code page} (0-based) of {@code doc}. */
  public static String qr(PDDocument doc, int page) throws IOException {
    return qr(doc, page, 300);
  }

  /**
   * The text of the QR code on page {@code page} (0-based) of {@code doc} rendered at {@code dpi}.
   */
  public static String qr(PDDocument doc, int page, int dpi) throws IOException {
    return decode(new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB), page);
  }

  /**
   * The QR code of page {@code page} as a counter's camera sees it, rendered at {@code dpi}: the
   * code band's right-hand part, where the code is, not the whole sheet.
   */
  public static String band(PDDocument doc, int page, int dpi) throws IOException {
    BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(page, dpi, ImageType.RGB);
    int w = image.getWidth();
    int h = image.getHeight();
    return decode(image.getSubimage(w * 2 / 3, h * 5 / 6, w - w * 2 / 3, h - h * 5 / 6), page);
  }

  /**
   * Decodes as a scanner does, which binarises each frame more than one way: ZXing's local
   * threshold first (the right one for a printed page), then its global histogram. Once, one code
   * of 300 with random texts read with neither the whole page nor its band at 300 dpi under the
   * local threshold alone (PagePdfTest). Either way the text must be the code's, checksum and all.
   */
  private static String decode(BufferedImage image, int page) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    RGBLuminanceSource source = new RGBLuminanceSource(w, h, pixels);
    Map<DecodeHintType, Boolean> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    try {
      return new QRCodeReader()
          .decode(new BinaryBitmap(new HybridBinarizer(source)), hints)
          .getText();
    } catch (ReaderException local) {
      try {
        return new QRCodeReader()
            .decode(new BinaryBitmap(new GlobalHistogramBinarizer(source)), hints)
            .getText();
      } catch (ReaderException global) {
        local.addSuppressed(global);
        if (local instanceof NotFoundException) {
          throw new AssertionError("no QR code found on page " + (page + 1), local);
        }
        throw new AssertionError("the QR code on page " + (page + 1) + " does not read", local);
      }
    }
  }

  /** The text of page {@code page} (0-based) of {@code doc}. */
  public static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper strip = new PDFTextStripper();
    strip.setStartPage(page + 1);
    strip.setEndPage(page + 1);
    return strip.getText(doc);
  }
}
