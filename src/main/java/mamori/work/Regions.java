package mamori.work;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import mamori.core.UserId;
import mamori.crypto.DocumentKey;
import mamori.crypto.TenantKeys;

/**
 * Renders the region of one field of a document to an operator (issue 16 points 3 and 6): opens the
 * sealed region cut at load, draws the watermark over it and answers a PNG. The page is never
 * rendered whole, and nothing rendered is kept.
 *
 * <p>The watermark is a faint diagonal repeat of the operator's id, the time (Asia/Tokyo, to the
 * second) and the task, with one plain line along the bottom edge, so that a photograph of a screen
 * names its source even when cropped; it is light enough (alpha about 0.18) that the keyed text
 * under it stays legible.
 */
public final class Regions {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(TOKYO);

  private final WorkStore store;
  private final TenantKeys keys;

  public Regions(WorkStore store, TenantKeys keys) {
    this.store = store;
    this.keys = keys;
  }

  /** Who sees a region, of which task, when: what the watermark says. */
  public record Watermark(UserId operator, TaskId task, Instant at) {
    public Watermark {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(task, "task");
      Objects.requireNonNull(at, "at");
    }

    /** The watermark's text. */
    public String text() {
      return operator.value() + "  " + TIME.format(at) + "  " + task.value();
    }
  }

  /** The sealing part name of a field's region: {@code region/<field>}. */
  public static String part(String field) {
    return "region/" + field;
  }

  /**
   * The region of {@code field} of {@code document} as a watermarked PNG; empty when the document
   * has no such region.
   *
   * @throws mamori.crypto.KeyException when the sealed region does not open (changed or moved)
   */
  public Optional<byte[]> render(WorkDocument document, String field, Watermark mark) {
    Optional<byte[]> sealed = store.region(document.tenant(), document.id(), field);
    if (sealed.isEmpty()) {
      return Optional.empty();
    }
    DocumentKey key =
        keys.documentKey(document.tenant().value(), document.id(), document.dataKey());
    byte[] png = key.open(part(field), sealed.get());
    return Optional.of(watermark(png, mark));
  }

  /** Draws {@code mark} over a PNG image and answers the new PNG. */
  static byte[] watermark(byte[] png, Watermark mark) {
    BufferedImage source = read(png);
    int w = source.getWidth();
    int h = source.getHeight();
    // bytes in the order PNG writes them: the encoder copies rows, not pixels one by one
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(source, 0, 0, null);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      String text = mark.text();
      int size = Math.max(10, Math.min(18, h / 4));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
      g.setColor(new Color(0x20, 0x20, 0x80));
      Graphics2D d = (Graphics2D) g.create();
      try {
        d.rotate(-Math.PI / 12, w / 2.0, h / 2.0);
        int step = g.getFontMetrics().stringWidth(text) + size * 3;
        for (int y = -h; y < 2 * h; y += size * 3) {
          for (int x = -w + (y / (size * 3) % 2) * step / 2; x < 2 * w; x += step) {
            d.drawString(text, x, y);
          }
        }
      } finally {
        d.dispose();
      }
      g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f));
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, size - 4)));
      g.drawString(text, 4, h - 4);
    } finally {
      g.dispose();
    }
    return write(out, png.length + 4096);
  }

  /*
   * Design. ImageIO.read and ImageIO.write on a stream cache it in a temporary file by default
   * (ImageIO.getUseCache): an opened region would lie in clear in the system's temporary folder
   * for the length of a request. Reader and writer are given memory-cached streams instead, so
   * nothing of a region leaves the request's memory. The writer deflates at a low level: a region is
   * a few kilobytes of mostly white scan, where level 9 costs several times level 2's time for a
   * few per cent of size.
   */
  private static final float PNG_QUALITY = 0.75f;

  /** Decodes a PNG without a cache file. */
  static BufferedImage read(byte[] png) {
    java.util.Iterator<javax.imageio.ImageReader> readers =
        ImageIO.getImageReadersByFormatName("png");
    if (!readers.hasNext()) {
      throw new IllegalStateException("no PNG reader");
    }
    javax.imageio.ImageReader reader = readers.next();
    try (javax.imageio.stream.ImageInputStream in =
        new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
      reader.setInput(in, true, true);
      return reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("a sealed region is not an image", e);
    } finally {
      reader.dispose();
    }
  }

  /**
   * Encodes a PNG without a cache file, deflating at a low level: the one PNG writer of Mamori's
   * images (regions here, pages through {@link SlipDrawer#png}).
   */
  static byte[] write(BufferedImage image, int sizeHint) {
    java.util.Iterator<javax.imageio.ImageWriter> writers =
        ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IllegalStateException("no PNG writer");
    }
    javax.imageio.ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
    try (javax.imageio.stream.ImageOutputStream out =
        new javax.imageio.stream.MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
      if (param.canWriteCompressed()) {
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(PNG_QUALITY);
      }
      writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
