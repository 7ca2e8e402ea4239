package mamori.number.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a file is, judged by its first bytes rather than its name, since a leaking file need not be
 * named honestly: {@code %PDF-} within the first kilobyte, the OLE2 signature (Word and Excel 97-2003,
 * and encrypted Office Open XML), the ZIP signature (Office Open XML); anything else is text. The name
 * is only a hint: it tells CSV from TSV, and a ZIP that fails to open is unreadable rather than text
 * only when it is named like an Office file.
 */
enum FileKind {
  PDF,
  OLE2,
  ZIP,
  TEXT;

  private static final int HEAD = 1024;
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
      (byte) 0xB1, 0x1A, (byte) 0xE1};

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
