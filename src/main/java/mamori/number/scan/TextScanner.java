package mamori.number.scan;

import java.io.IOException;
import java.io.Reader;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Scans plain text and CSV/TSV line by line through a {@link LineReader}, so memory is bounded by
 * its buffer. The first line is read as a header line; where a column's header names a My Number,
 * findings in that column are {@code high}. A context word on the line before also counts. When a
 * long line comes in segments, a context word counts for the segments after it, not for those
 * before.
 */
final class TextScanner {
  private final CharTable table;
  private final int capacity;

  /**
   * @param table the char classes; for a TSV file, one where the tab breaks runs
   * @param capacity the buffer size in chars, which bounds memory
   */
  TextScanner(CharTable table, int capacity) {
    this.table = table;
    this.capacity = capacity;
  }

  /**
   * Scans all of {@code text}, reporting through {@code judge}.
   *
   * @param delimiter {@code ','} for a .csv file, tab for a .tsv file, 0 when the name does not say
   */
  void scan(Reader text, char delimiter, Judge judge) throws IOException {
    LineReader lines = new LineReader(text, table, capacity);
    CsvColumns columns = null;
    String previousLine = null; // the context word of the line before
    String thisLine = null; // the context word of the segments of this line so far
    CandidateFinder.Carry carry = new CandidateFinder.Carry();
    while (lines.next()) {
      char[] a = lines.buffer();
      int from = lines.start();
      int to = lines.end();
      long line = lines.line();
      IntFunction<@Nullable String> header = Judge.NO_HEADER;
      if (line == 1) {
        if (!lines.continued()) {
          columns = CsvColumns.fromHeader(a, from, to, delimiter);
        }
      } else if (columns != null) {
        CsvColumns c = columns;
        if (!lines.continued()) {
          c.startLine();
        }
        c.startSegment(from);
        header = offset -> c.headerAt(a, offset);
      }
      if (!lines.continued()) {
        carry.clear();
      }
      String found =
          judge.judge(
              a,
              from,
              to,
              lines.reportFrom(),
              lines.reportTo(),
              lines.base(),
              carry,
              thisLine != null ? thisLine : previousLine,
              header,
              () -> "line " + line);
      thisLine = thisLine != null ? thisLine : found;
      if (lines.endsLine()) {
        previousLine = thisLine;
        thisLine = null;
      } else if (line > 1 && columns != null) {
        columns.advance(a, lines.resume());
      }
    }
  }
}
