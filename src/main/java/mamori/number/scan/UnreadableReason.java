package mamori.number.scan;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.zip.ZipException;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.jspecify.annotations.Nullable;

/**
 * Why a file or an archive entry could not be read, in a few words for the report: missing, denied,
 * encrypted, too large, or the parser's own first line, with any number in it masked.
 */
final class UnreadableReason {
  static final String TOO_LARGE = "too large to read safely";

  private UnreadableReason() {}

  /**
   * A few words on why a path could not be read, with any number in them masked by {@code finder}.
   */
  static String of(CandidateFinder finder, @Nullable FileKind kind, Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof InvalidPasswordException
        || e instanceof EncryptedDocumentException
        || isEncrypted(e)) {
      return "encrypted";
    }
    if (e instanceof ArchiveLimits.LimitException) {
      return finder.maskAll("archive " + TOO_LARGE + ": " + e.getMessage());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError
          || t.getMessage() != null && t.getMessage().startsWith("Zip bomb detected")) {
        return TOO_LARGE;
      }
    }
    String message =
        e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
    if (message.isEmpty()) {
      message = e.getClass().getSimpleName();
    } else if (message.length() > 160) {
      message = message.substring(0, 160) + "...";
    }
    String what =
        kind == null
            ? ""
            : switch (kind) {
              case PDF -> "invalid PDF: ";
              case OLE2 -> "invalid Office 97-2003 file: ";
              case ZIP -> "invalid ZIP or Office Open XML file: ";
              case GZIP -> "invalid gzip file: ";
              case OTHER_ARCHIVE, TEXT -> "";
            };
    return finder.maskAll(what + message);
  }

  /** Whether {@code e} is a ZIP archive refusing to open because it is encrypted. */
  static boolean isEncrypted(Throwable e) {
    return e instanceof ZipException
        && e.getMessage() != null
        && e.getMessage().contains("encrypted");
  }
}
