package mamori.number.scan;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text as lines through one fixed buffer, so that memory stays bounded whatever the file: a
 * line longer than the buffer comes out in several segments with the same line number. A long line
 * is cut where no number can straddle the cut when it can: just after a char that is neither a
 * digit nor a separator, or between two separators. A run of digits and single separators longer
 * than the whole buffer (64K chars in use; thousands of numbers joined by single spaces) has no
 * such place: it is cut at the end of the buffer anyway and the next segment starts {@link
 * #OVERLAP} chars back, so that a number across the cut is whole in one of the two. Each segment
 * then has a report window ({@link #reportFrom()}, {@link #reportTo()}): a candidate is reported by
 * the one segment whose window holds its start, and the windows meet {@link #MARGIN} chars before
 * the cut, far enough from both ends for the choice among overlapping candidates to come out as if
 * the line were read whole (see {@link CandidateFinder.Carry}). Lines end at LF, CR LF or CR.
 */
final class LineReader {
  /** Chars the segment after a forced cut goes back over; more than {@link #MARGIN}. */
  static final int OVERLAP = 128;

  /**
   * How far before a forced cut the report windows meet: the choice among overlapping candidates
   * near the cut can depend on candidates past it, at most four classes of 23 chars back.
   */
  static final int MARGIN = 100;

  private final Reader in;
  private final CharTable table;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean skipLf;
  private long base; // the offset in the text of buf[0]
  private long reportFromAt = -1; // where the report window of the next segment starts, or -1
  private int reportFrom;
  private int reportTo;
  private int resume;
  private long nextLine = 1;
  private boolean midLine;

  private int start;
  private int end;
  private long line;
  private boolean continued;

  LineReader(Reader in, CharTable table, int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity " + capacity);
    }
    this.in = in;
    this.table = table;
    this.buf = new char[capacity];
  }

  /** Moves to the next segment; false at the end of the text. */
  boolean next() throws IOException {
    while (true) {
      if (pos == limit && !fill()) {
        return false;
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      for (int i = pos; i < limit; i++) {
        char c = buf[i];
        if (c == '\n' || c == '\r') {
          segment(pos, i, true);
          pos = i + 1;
          skipLf = c == '\r';
          return true;
        }
      }
      if (eof) {
        segment(pos, limit, true);
        pos = limit;
        return true;
      }
      if (pos > 0) {
        fill();
        continue;
      }
      int cut = safeCut();
      if (cut > 0) {
        segment(0, cut, false);
        pos = cut;
        return true;
      }
      forcedCut();
      return true;
    }
  }

  /** The buffer that holds the current segment; valid until the next call to {@link #next()}. */
  char[] buffer() {
    return buf;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  /** The 1-based number of the line the current segment belongs to. */
  long line() {
    return line;
  }

  /** True when the current segment continues the line of the segment before. */
  boolean continued() {
    return continued;
  }

  /** True when the current segment ends its line; false when the line goes on in the next one. */
  boolean endsLine() {
    return !midLine;
  }

  /**
   * Where the current segment's report window starts: a candidate starting before was reported
   * already.
   */
  int reportFrom() {
    return reportFrom;
  }

  /**
   * Where its report window ends: a candidate starting there or after is reported by the next
   * segment.
   */
  int reportTo() {
    return reportTo;
  }

  /**
   * Where the next segment starts when it continues this line: {@link #end()}, or before it after a
   * forced cut.
   */
  int resume() {
    return resume;
  }

  /**
   * The offset in the text of {@code buffer()[0]}, to carry positions from one segment to the next.
   */
  long base() {
    return base;
  }

  int capacity() {
    return buf.length;
  }

  private void segment(int from, int to, boolean endsLine) {
    start = from;
    end = to;
    reportFrom = reportFromAt < 0 ? from : (int) Math.max(from, Math.min(to, reportFromAt - base));
    reportTo = to;
    resume = to;
    reportFromAt = -1;
    line = nextLine;
    continued = midLine;
    midLine = !endsLine;
    if (endsLine) {
      nextLine++;
    }
  }

  /**
   * Compacts the buffer and reads until it is full or the text ends; false when it holds nothing.
   */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      base += pos;
      limit -= pos;
      pos = 0;
    }
    while (!eof && limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    return limit > 0;
  }

  /**
   * Cuts a full buffer that has no safe place at its end, going back {@link #OVERLAP} chars for the
   * next segment (half the buffer when it is smaller; then a number across the cut is still found,
   * but the choice among overlapping ones may differ from reading the line whole).
   */
  private void forcedCut() {
    int overlap = Math.min(OVERLAP, limit / 2);
    int margin = overlap == OVERLAP ? MARGIN : Math.max(1, overlap * MARGIN / OVERLAP);
    segment(0, limit, false);
    reportTo = Math.max(reportFrom, limit - margin);
    resume = limit - overlap;
    pos = resume;
    reportFromAt = base + reportTo;
  }

  /**
   * The last offset in the full buffer where the line may be cut without splitting a chain, or 0.
   */
  private int safeCut() {
    for (int i = limit; i > 0; i--) {
      if (table.isOther(buf[i - 1]) || i < limit && isDoubleSeparator(i)) {
        return i;
      }
    }
    return 0;
  }

  private boolean isDoubleSeparator(int i) {
    return table.classOf(buf[i - 1]) == CharTable.SEPARATOR
        && table.classOf(buf[i]) == CharTable.SEPARATOR;
  }
}
