package mamori.number.scan;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text as lines through one fixed buffer, so that memory stays bounded whatever the file: a line
 * longer than the buffer comes out in several segments with the same line number. A long line is cut
 * only where no number can straddle the cut: just after a char that is neither a digit nor a separator,
 * or between two separators. A run of digits and single separators longer than the whole buffer (64K
 * chars in use) has no such place and is dropped up to its end: such a run is a digit dump, not text in
 * which people write numbers, and a twelve-digit number standing alone is never in one. Text after it
 * is scanned as usual. Lines end at LF, CR LF or CR.
 */
final class LineReader {
  private final Reader in;
  private final CharTable table;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean skipLf;
  private boolean dropping;
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
      if (dropping && !dropRun()) {
        continue;
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
      pos = limit;
      dropping = true;
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

  int capacity() {
    return buf.length;
  }

  private void segment(int from, int to, boolean endsLine) {
    start = from;
    end = to;
    line = nextLine;
    continued = midLine;
    midLine = !endsLine;
    if (endsLine) {
      nextLine++;
    }
  }

  /** Compacts the buffer and reads until it is full or the text ends; false when it holds nothing. */
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
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

  /** Skips the rest of an over-long run; true when a place to resume was found in the buffer. */
  private boolean dropRun() {
    for (int i = pos; i < limit; i++) {
      if (table.isOther(buf[i]) || i > pos && isDoubleSeparator(i)) {
        pos = i;
        dropping = false;
        return true;
      }
    }
    pos = limit;
    return false;
  }

  /** The last offset in the full buffer where the line may be cut without splitting a chain, or 0. */
  private int safeCut() {
    for (int i = limit; i > 0; i--) {
      if (table.isOther(buf[i - 1]) || i < limit && isDoubleSeparator(i)) {
        return i;
      }
    }
    return 0;
  }

  private boolean isDoubleSeparator(int i) {
    return table.classOf(buf[i - 1]) == CharTable.SEPARATOR && table.classOf(buf[i]) == CharTable.SEPARATOR;
  }
}
