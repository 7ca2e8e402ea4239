package mamori.work;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.imageio.ImageIO;

/**
 * Runs an encoding with ImageIO's temporary-file cache switched on and pointed at a folder that no
 * longer exists: a stream ImageIO opens with its default cache then fails ("Not a directory!"),
 * while an in-memory stream never looks at the folder. A page that encodes under it has not been
 * written to disk on the way.
 */
public final class NoImageCacheFile {
  private NoImageCacheFile() {}

  /** What {@code encode} answers, run with ImageIO's cache folder gone; the settings restored. */
  public static <T> T encode(Supplier<T> encode) throws IOException {
    boolean used = ImageIO.getUseCache();
    File folder = ImageIO.getCacheDirectory();
    Path gone = Files.createTempDirectory("imageio-cache");
    try {
      ImageIO.setUseCache(true);
      ImageIO.setCacheDirectory(gone.toFile());
      Files.delete(gone);
      return encode.get();
    } finally {
      ImageIO.setCacheDirectory(folder);
      ImageIO.setUseCache(used);
      Files.deleteIfExists(gone);
    }
  }
}
