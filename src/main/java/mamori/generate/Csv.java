package mamori.generate;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Lines of CSV as RFC 4180 has them: CRLF at the end, and a field quoted only when it must be.
 * These twenty lines are all of RFC 4180's writing rules, so no CSV library is used for them.
 *
 * <p>And the one way a synthetic file of full numbers (the persons file, the slips' answer key) is
 * written: whole or not at all, and readable by its owner only.
 */
public final class Csv {
  /** The end of a line. */
  public static final String CRLF = "\r\n";

  private Csv() {}

  /**
   * Appends one field, in double quotes with inner quotes doubled when it holds a comma, quote, CR
   * or LF.
   */
  public static StringBuilder appendField(StringBuilder line, CharSequence field) {
    if (!needsQuotes(field)) {
      return line.append(field);
    }
    line.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    return line.append('"');
  }

  private static boolean needsQuotes(CharSequence field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** What writes a file's lines, answering what it counted. */
  @FunctionalInterface
  public interface Lines<T> {
    T write(Writer out) throws IOException;
  }

  /**
   * Writes {@code out} whole or not at all: the lines go to a temporary file beside it, made
   * owner-only ({@code 0600}) from its creation where the file system is POSIX, which is moved over
   * {@code out} (atomically where the file system can) only once every line is written. A failure
   * leaves no temporary file and {@code out} as it was.
   *
   * @throws IOException when {@code out}'s folder is missing, {@code out} is a folder, or a write
   *     fails (a character {@code encoder} reports unmappable included)
   */
  public static <T> T writeWhole(Path out, CharsetEncoder encoder, Lines<T> lines)
      throws IOException {
    Path target = out.toAbsolutePath();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException("cannot write " + out + ": folder " + folder + " does not exist");
    }
    if (Files.isDirectory(target)) {
      throw new IOException("cannot write " + out + ": it is a folder");
    }
    Path temp =
        Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", ownerOnly(folder));
    try {
      T counted;
      try (Writer w =
          new BufferedWriter(
              new OutputStreamWriter(
                  new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), encoder),
              1 << 16)) {
        counted = lines.write(w);
      }
      moveIntoPlace(temp, target);
      return counted;
    } catch (IOException | RuntimeException | Error e) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static FileAttribute<?>[] ownerOnly(Path folder) {
    return folder.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
