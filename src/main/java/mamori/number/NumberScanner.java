package mamori.number;

import java.nio.file.Path;
import mamori.number.scan.ScanEngine;

/**
 * The leak scanner: finds individual numbers in files that are about to leave a controlled area. It
 * reads plain text and CSV (UTF-8, UTF-16 with or without a BOM, or Shift_JIS, detected), PDF, Word
 * (.doc, .docx) and Excel (.xls, .xlsx) files, the entries of ZIP archives and gzip files, and
 * folders recursively in sorted order without following symbolic links to folders. Text is streamed
 * through a fixed buffer, so a file of any size, even one line of a gigabyte, is scanned in bounded
 * memory. Nothing it reports holds a full number.
 */
public final class NumberScanner {
  private static final ScanEngine ENGINE =
      new ScanEngine(c -> Digits.digitValue((char) c), c -> Digits.isSeparator((char) c));

  private NumberScanner() {}

  /** What a scan reports, in the order it happens. Calls come from the scanning thread. */
  public interface Listener {
    /** A number was found. */
    void found(Finding finding);

    /**
     * A file or folder could not be read (missing, permission denied, encrypted, corrupt); scanning
     * goes on with the next one. The reason is a few words and holds no full number.
     */
    void unreadable(Path path, String reason);

    /** A path was passed over on purpose: a symbolic link to a folder, a device or pipe. */
    default void skipped(Path path, String reason) {}

    /** A file was scanned to its end; {@code bytes} is its size. */
    default void scanned(Path file, long bytes) {}
  }

  /**
   * Scans a file, or a folder and everything under it, reporting to {@code listener}. Never throws
   * for a bad input: those are reported as {@link Listener#unreadable}.
   */
  public static void scan(Path path, Listener listener) {
    ENGINE.scan(path, listener);
  }

  /**
   * {@code path} as text with every individual number in it masked, for messages about the path.
   */
  public static String displayName(Path path) {
    return ENGINE.maskNumbers(path.toString());
  }
}
