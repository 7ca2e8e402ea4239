package mamori.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/*
 * Design. The photo comes from anyone on the public found page, so nothing about it is believed before
 * it is checked, and the checks cost little. Its size is bounded twice (BodyLimit before the body is
 * read, MAX_BYTES here); its first bytes must be PNG's or JPEG's signature (nothing else is handed to a
 * decoder, however ImageIO would sniff it); its width and height are read from the header alone (PNG's
 * IHDR, JPEG's frame header) and a picture of more than MAX_PIXELS is refused before a pixel is
 * decoded, which stops a small file that inflates to gigabytes. What is decoded is subsampled to at most
 * DECODE_PIXELS (a 12-megapixel phone photo is read at every second pixel; a printed QR code survives
 * that), metadata is skipped, nothing is written to a temporary file (a memory-cached stream), and at
 * most DECODERS photos are decoded at once; the rest wait briefly, then are told to try again. A
 * decoder that throws anything on a malformed file is "not an image".
 */
/** Reads the QR code in a photo of a printed page: JPEG or PNG, bounded in bytes and pixels. */
final class QrPhoto {
  /** The most bytes of a photo. */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  /** The most pixels a photo may say it has (checked in its header, before decoding). */
  static final long MAX_PIXELS = 25_000_000L;

  /** The most pixels decoded: larger photos are subsampled down to this. */
  static final long DECODE_PIXELS = 6_000_000L;

  /** Photos decoded at once. */
  static final int DECODERS = 2;

  private static final Semaphore SLOTS = new Semaphore(DECODERS, true);

  private static final Map<DecodeHintType, Object> HINTS =
      Map.of(
          DecodeHintType.TRY_HARDER,
          Boolean.TRUE,
          DecodeHintType.POSSIBLE_FORMATS,
          List.of(BarcodeFormat.QR_CODE),
          DecodeHintType.CHARACTER_SET,
          "UTF-8");

  private QrPhoto() {}

  /** What a photo held. */
  sealed interface Read {}

  /** The QR code's text. */
  record Text(String text) implements Read {}

  /** Why no text was read. */
  enum Problem implements Read {
    /** Not a JPEG or PNG file, or one no decoder could read. */
    NOT_AN_IMAGE,
    /** More than {@link #MAX_BYTES} bytes or {@link #MAX_PIXELS} pixels. */
    TOO_LARGE,
    /** An image with no QR code that could be read. */
    NO_CODE,
    /** Too many photos are being decoded: try again shortly. */
    BUSY
  }

  /** The QR code's text in {@code bytes}, or why there is none. */
  static Read read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      return Problem.TOO_LARGE;
    }
    String format = png(bytes) ? "png" : jpeg(bytes) ? "jpeg" : "";
    if (format.isEmpty()) {
      return Problem.NOT_AN_IMAGE;
    }
    try {
      if (!SLOTS.tryAcquire(10, TimeUnit.SECONDS)) {
        return Problem.BUSY;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Problem.BUSY;
    }
    try {
      return decode(bytes, format);
    } finally {
      SLOTS.release();
    }
  }

  private static Read decode(byte[] bytes, String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      return Problem.NOT_AN_IMAGE;
    }
    ImageReader reader = readers.next();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      long width = reader.getWidth(0);
      long height = reader.getHeight(0);
      if (width < 1 || height < 1) {
        return Problem.NOT_AN_IMAGE;
      }
      if (width * height > MAX_PIXELS) {
        return Problem.TOO_LARGE;
      }
      int step = 1;
      while ((width / step) * (height / step) > DECODE_PIXELS) {
        step++;
      }
      ImageReadParam param = reader.getDefaultReadParam();
      param.setSourceSubsampling(step, step, 0, 0);
      return qr(reader.read(0, param));
    } catch (IOException | RuntimeException e) {
      // a malformed file: whatever the decoder threw, it is no photo to read
      return Problem.NOT_AN_IMAGE;
    } finally {
      reader.dispose();
    }
  }

  /** The text of the QR code in {@code image}: the hybrid binarizer first, then the global one. */
  static Read qr(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    LuminanceSource source = new RGBLuminanceSource(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    for (Binarizer b : List.of(new HybridBinarizer(source), new GlobalHistogramBinarizer(source))) {
      try {
        return new Text(new QRCodeReader().decode(new BinaryBitmap(b), HINTS).getText());
      } catch (ReaderException e) {
        // not found with this binarizer: try the next
      }
    }
    return Problem.NO_CODE;
  }

  private static boolean png(byte[] b) {
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (b.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (b[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean jpeg(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xff && b[1] == (byte) 0xd8 && b[2] == (byte) 0xff;
  }
}
