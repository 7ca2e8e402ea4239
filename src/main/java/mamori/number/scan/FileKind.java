package mamori.number.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file is, judged by its first bytes rather than its name, since a leaking file need not be
 * named honestly: {@code %PDF-} within the first kilobyte, the OLE2 signature (Word and Excel
 * 97-2003, and encrypted Office Open XML), the ZIP signature (Office Open XML or an archive), gzip,
 * and the signatures of archives that cannot be read here (7z, rar, xz, bzip2); anything else is
 * text. The name is only a hint: it tells CSV from TSV, and a ZIP that fails to open is unreadable
 * rather than text only when it is named like an Office file.
 */
enum FileKind {
  PDF,
  OLE2,
  ZIP,
  /** A gzip stream, scanned as it decompresses. */
  GZIP,
  /**
   * An archive that cannot be opened here (7z, rar, xz, bzip2): unreadable, never taken for text.
   */
  OTHER_ARCHIVE,
  TEXT;

  private static final int HEAD = 1024;
  private static final byte[] OLE2_MAGIC = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  static FileKind of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD);
    }
    return of(head);
  }

  static FileKind of(byte[] head) {
    if (startsWith(head, OLE2_MAGIC)) {
      return OLE2;
    }
    if (startsWith(head, new byte[] {'P', 'K', 3, 4})) {
      return ZIP;
    }
    if (startsWith(head, new byte[] {0x1F, (byte) 0x8B})) {
      return GZIP;
    }
    if (startsWith(head, new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C})
        || startsWith(head, new byte[] {'R', 'a', 'r', '!', 0x1A, 0x07})
        || startsWith(head, new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0})
        || startsWith(head, new byte[] {'B', 'Z', 'h'})
            && head.length > 3
            && head[3] >= '1'
            && head[3] <= '9') {
      return OTHER_ARCHIVE;
    }
    if (new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
      return PDF;
    }
    return TEXT;
  }

  /** The file name's extension in lower case, without the dot; "" when it has none. */
  static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (head[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
