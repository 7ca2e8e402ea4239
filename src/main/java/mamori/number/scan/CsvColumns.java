package mamori.number.scan;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a CSV or TSV file: the first line read as headers, and for a later line the column
 * at a given offset, counting delimiters outside RFC 4180 double quotes. A line may arrive in
 * several segments (see {@link LineReader}); the position is carried from one to the next. A quoted
 * field that spans lines is not followed: the count starts again on each line. Not a CSV library: a
 * parser wants whole records, the scanner sees a line in fixed-size segments and only needs the
 * column at an offset.
 */
final class CsvColumns {
  private final char delimiter;
  private final List<@Nullable String> headers;

  private int field;
  private boolean quoted;
  private int scanned;

  private CsvColumns(char delimiter, List<@Nullable String> headers) {
    this.delimiter = delimiter;
    this.headers = headers;
  }

  /**
   * The columns named by a header line, or null when none of them names a My Number column (then
   * there is nothing to track).
   *
   * @param hint the delimiter when the file name tells it ({@code ','} for .csv, tab for .tsv), or
   *     0 when it does not: then a line with a tab is tab-separated, one with a comma
   *     comma-separated, and one with neither is no header line
   */
  static @Nullable CsvColumns fromHeader(char[] a, int from, int to, char hint) {
    char delimiter = hint;
    for (int i = from; i < to && hint == 0; i++) {
      if (a[i] == '\t' || a[i] == ',' && delimiter == 0) {
        delimiter = a[i];
      }
    }
    if (delimiter == 0) {
      return null;
    }
    List<@Nullable String> headers = new ArrayList<>();
    boolean any = false;
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = from; i <= to; i++) {
      char c = i < to ? a[i] : delimiter;
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted || i == to) {
        String header = ContextWords.header(cell.toString());
        any |= header != null;
        headers.add(header);
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return any ? new CsvColumns(delimiter, headers) : null;
  }

  /** Call at the start of every line. */
  void startLine() {
    field = 0;
    quoted = false;
  }

  /** Call at the start of every segment, with its start offset. */
  void startSegment(int from) {
    scanned = from;
  }

  /**
   * The header of the column that holds {@code a[offset]}, if it names a My Number column, else
   * null. Offsets must not decrease within a segment.
   */
  @Nullable String headerAt(char[] a, int offset) {
    advance(a, offset);
    return field < headers.size() ? headers.get(field) : null;
  }

  /**
   * Moves the position over {@code a[scanned, to)}: call before the next segment of the same line.
   */
  void advance(char[] a, int to) {
    for (int i = scanned; i < to; i++) {
      char c = a[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        field++;
      }
    }
    scanned = Math.max(scanned, to);
  }
}
