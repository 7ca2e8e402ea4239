package mamori.number.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An archive entry copied to a temporary file for a scanner that needs a file (PDF, Office):
 * created by {@link Files#createTempFile} (owner-only where the file system has permissions) and
 * deleted after, whatever the scan did.
 */
final class TempCopy {
  private TempCopy() {}

  /** What to do with the copy. */
  interface Scan {
    void run(Path file) throws IOException;
  }

  /** Copies {@code in} to a temporary file, runs {@code scan} on it and deletes it. */
  static void scan(InputStream in, Scan scan) throws IOException {
    Path tmp = Files.createTempFile("mamori-scan-", ".tmp");
    try {
      Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
      scan.run(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
