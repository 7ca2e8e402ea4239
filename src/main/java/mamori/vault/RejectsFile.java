package mamori.vault;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import mamori.number.Masking;
import mamori.vault.PersonCsvReader.Reject;
import org.jspecify.annotations.Nullable;

/**
 * The rejected rows of an import, as {@code FILE.rejects.csv} beside {@code FILE}: UTF-8 with a
 * byte order mark (so Excel reads it), CRLF lines, header {@code line,reason,my_number_masked}.
 *
 * <p>Guarantees. The file exists after {@link #commit()} only when there were rejects; it replaces
 * the one of an earlier run whole (written to a temporary file, then moved), and a run without
 * rejects removes an earlier one, so the file always belongs to the last run. A field that starts
 * like a spreadsheet formula is prefixed with an apostrophe, and any twelve-digit run is masked, so
 * the file never holds a full number. The file is readable by its owner only (a temporary file's
 * permissions).
 */
public final class RejectsFile implements Closeable {
  static final String HEADER = "line,reason,my_number_masked";
  private final Path target;
  private @Nullable Path temp;
  private @Nullable Writer out;
  private long count;

  private RejectsFile(Path target) {
    this.target = target;
  }

  /** The rejects file of {@code input}: {@code input.rejects.csv} in the same folder. */
  public static Path pathFor(Path input) {
    Path absolute = input.toAbsolutePath();
    return absolute.resolveSibling(absolute.getFileName() + ".rejects.csv");
  }

  /**
   * A writer for the rejects of {@code input}; nothing is written on disk until the first reject.
   */
  public static RejectsFile forInput(Path input) {
    return new RejectsFile(pathFor(input));
  }

  /** Where {@link #commit()} puts the file. */
  public Path path() {
    return target;
  }

  public void add(Reject reject) throws IOException {
    Writer w = out;
    if (w == null) {
      Path t = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      temp = t;
      w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(t), StandardCharsets.UTF_8), 1 << 16);
      out = w;
      w.write('\uFEFF');
      w.write(HEADER);
      w.write("\r\n");
    }
    w.write(Long.toString(reject.line()));
    w.write(',');
    w.write(field(reject.reason()));
    w.write(',');
    w.write(field(reject.maskedNumber()));
    w.write("\r\n");
    count++;
  }

  public void addAll(List<Reject> rejects) throws IOException {
    for (Reject r : rejects) {
      add(r);
    }
  }

  /** The rejects added so far. */
  public long count() {
    return count;
  }

  /**
   * Puts the file in place when there were rejects, else removes an earlier run's.
   *
   * @return the file written, or empty when there were no rejects
   */
  public Optional<Path> commit() throws IOException {
    Writer w = out;
    Path t = temp;
    if (w == null || t == null) {
      Files.deleteIfExists(target);
      return Optional.empty();
    }
    w.close();
    out = null;
    try {
      Files.move(t, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(t, target, StandardCopyOption.REPLACE_EXISTING);
    }
    temp = null;
    return Optional.of(target);
  }

  /** Discards what was not committed. */
  @Override
  public void close() throws IOException {
    Writer w = out;
    out = null;
    try {
      if (w != null) {
        w.close();
      }
    } finally {
      Path t = temp;
      temp = null;
      if (t != null) {
        Files.deleteIfExists(t);
      }
    }
  }

  /**
   * One field: numbers masked, a formula prefix neutralised by an apostrophe, quoted as RFC 4180
   * asks.
   */
  static String field(String value) {
    String v = Masking.maskNumbers(value);
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\r') < 0 && v.indexOf('\n') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
