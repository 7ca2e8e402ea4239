package mamori.number.scan;

import java.nio.file.Path;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import mamori.number.NumberScanner;

/**
 * The engine behind {@link NumberScanner}: public only so that the number module's facade can build
 * it from the module's own digit rules. Immutable and safe to share; each scan uses its own state.
 */
public final class ScanEngine {
  /**
   * Chars of text held at once per file: the bound on a text file's memory, however long its lines.
   */
  static final int DEFAULT_CAPACITY = 64 * 1024;

  private final CharTable table;
  private final int capacity;

  /**
   * @param digitValue 0-9 for a digit char (ASCII or full-width), -1 for anything else
   * @param isSeparator whether a char may stand between groups of digits (spaces, hyphens)
   */
  public ScanEngine(IntUnaryOperator digitValue, IntPredicate isSeparator) {
    this(CharTable.of(digitValue, isSeparator), DEFAULT_CAPACITY);
  }

  ScanEngine(CharTable table, int capacity) {
    this.table = table;
    this.capacity = capacity;
  }

  /** Scans a file or a folder tree; see {@link NumberScanner#scan}. */
  public void scan(Path path, NumberScanner.Listener listener) {
    new FileWalker(table, capacity, listener).walk(path);
  }

  /** {@code text} with every valid individual number in it masked. */
  public String maskNumbers(String text) {
    return new CandidateFinder(table).maskAll(text);
  }
}
