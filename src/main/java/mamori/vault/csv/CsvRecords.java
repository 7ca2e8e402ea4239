package mamori.vault.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.jspecify.annotations.Nullable;

/**
 * Splits RFC 4180 CSV into records, working on bytes through one fixed buffer so that memory stays
 * bounded whatever the input.
 *
 * <p>Design. The delimiters {@code , " CR LF} are single bytes that never occur inside a multi-byte
 * character of UTF-8 or of Shift_JIS (CP932 trail bytes are 0x40-0x7E and 0x80-0xFC), so records
 * and fields are found on the raw bytes and only the fields a caller asks for are decoded. A record
 * is held whole in the buffer, at most {@code maxRecordBytes} long; a longer one is an error record
 * and the input is skipped to the next line break by streaming, so a 2 GB line costs no memory.
 * Only the first {@link #MAX_COLUMNS} field boundaries are kept ({@link FieldBounds}); more are
 * counted, never stored.
 *
 * <p>Bad quoting never swallows the rest of the file: a quoted field that is still open at the end
 * of the input or past {@code maxRecordBytes}, or that is followed by text other than a delimiter,
 * makes an error record, and reading resumes just after the first line break inside that quoted
 * field (the bytes are still in the buffer), or else after the end of the current line. Lines end
 * at LF, CR LF or CR, inside quoted fields too, and {@link #line()} counts them so that a record's
 * line number is its physical line in the file. A quote inside an unquoted field is kept as a
 * character.
 *
 * <p>Hand-written, not Commons CSV: that parser decodes every character and an unclosed quote there
 * swallows the rest of the file (tried with 1.14.1), where an import must reject that one line and
 * read on.
 */
public final class CsvRecords {
  /** The most field boundaries kept per record; a record with more fields only has its count. */
  public static final int MAX_COLUMNS = 1024;

  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int AFTER_QUOTE = 3;

  private final InputStream in;
  private final int maxRecordBytes;
  private final byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long base; // stream offset of buf[0]
  private boolean afterCr;
  private long nextLine = 1;

  private int recStart;
  private long line;
  private final FieldBounds fields = new FieldBounds();
  private @Nullable String error;

  // state of the field being read, kept in fields so that compaction can move them
  private int fieldStart;
  private int quoteBreak;
  private long quoteBreakLine;

  /**
   * Reads from {@code in}, which stays the caller's to close; records of up to {@code
   * maxRecordBytes}.
   */
  public CsvRecords(InputStream in, int maxRecordBytes) {
    if (maxRecordBytes < 16) {
      throw new IllegalArgumentException("maxRecordBytes " + maxRecordBytes);
    }
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
    this.buf = new byte[Math.max(1 << 18, 2 * maxRecordBytes + 2)];
  }

  /**
   * Moves to the next record, or to an error record ({@link #error()}); false at the end of the
   * input.
   */
  public boolean next() throws IOException {
    error = null;
    fields.clear();
    recStart = pos;
    if (pos == limit && !fill()) {
      return false;
    }
    if (afterCr) {
      afterCr = false;
      if (buf[pos] == '\n') {
        pos++;
        if (pos == limit && !fill()) {
          return false;
        }
      }
    }
    recStart = pos;
    line = nextLine;
    int state = FIELD_START;
    while (true) {
      if (pos == limit && !fill()) {
        return endOfInput(state);
      }
      if (pos - recStart > maxRecordBytes) {
        overflow(state);
        return true;
      }
      int stop = Math.min(limit, recStart + maxRecordBytes + 1);
      byte b = buf[pos];
      switch (state) {
        case FIELD_START -> {
          if (b == '"') {
            pos++;
            fieldStart = pos;
            quoteBreak = -1;
            state = QUOTED;
          } else {
            fieldStart = pos;
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          int p = pos;
          while (p < stop && (b = buf[p]) != ',' && b != '\n' && b != '\r') {
            p++;
          }
          pos = p;
          if (p < stop) {
            fields.end(fieldStart, p, false);
            if (b == ',') {
              pos++;
              state = FIELD_START;
            } else {
              endLine(b);
              return true;
            }
          }
        }
        case QUOTED -> {
          int p = pos;
          while (p < stop && (b = buf[p]) != '"') {
            if (b == '\n' || b == '\r') {
              if (b == '\r' || buf[p - 1] != '\r') {
                nextLine++;
              }
              if (quoteBreak < 0) {
                quoteBreak = p;
                quoteBreakLine = nextLine;
              }
            }
            p++;
          }
          pos = p;
          if (p < stop) {
            pos++;
            state = AFTER_QUOTE;
          }
        }
        default -> { // AFTER_QUOTE
          if (b == '"') {
            fields.markEscaped();
            pos++;
            state = QUOTED;
          } else if (b == ',' || b == '\n' || b == '\r') {
            fields.end(fieldStart, pos - 1, true);
            if (b == ',') {
              pos++;
              state = FIELD_START;
            } else {
              endLine(b);
              return true;
            }
          } else {
            error = "text after the closing quote of column " + (fields.count() + 1);
            resync();
            return true;
          }
        }
      }
    }
  }

  /** The 1-based physical line on which the current record starts. */
  public long line() {
    return line;
  }

  /** Why the current record could not be split, or null when it was. */
  public @Nullable String error() {
    return error;
  }

  /** The number of fields of the current record, however many there are (0 for an error record). */
  public int fields() {
    return fields.count();
  }

  /** Bytes of the input consumed so far. */
  public long position() {
    return base + pos;
  }

  /** Whether field {@code i} is empty; {@code i} below {@code min(fields(), MAX_COLUMNS)}. */
  public boolean isEmpty(int i) {
    return fields.isEmpty(i);
  }

  /** Field {@code i} decoded with {@code charset}; what does not decode becomes U+FFFD. */
  public String text(int i, Charset charset) {
    return fields.text(buf, i, charset);
  }

  private void endLine(byte b) {
    pos++;
    nextLine++;
    afterCr = b == '\r';
  }

  private boolean endOfInput(int state) {
    switch (state) {
      case FIELD_START -> {
        if (pos == recStart && fields.count() == 0) {
          return false;
        }
        fields.end(pos, pos, false);
      }
      case UNQUOTED -> fields.end(fieldStart, pos, false);
      case QUOTED -> {
        error = "quote in column " + (fields.count() + 1) + " not closed at the end of the file";
        if (quoteBreak >= 0) {
          resumeAfter(quoteBreak, quoteBreakLine);
        }
        fields.clear();
      }
      default -> fields.end(fieldStart, pos - 1, true);
    }
    return true;
  }

  private void overflow(int state) throws IOException {
    if (state == QUOTED && quoteBreak >= 0) {
      error =
          "quote in column "
              + (fields.count() + 1)
              + " not closed within "
              + String.format("%,d", maxRecordBytes)
              + " bytes";
      resumeAfter(quoteBreak, quoteBreakLine);
    } else {
      error = "line longer than " + String.format("%,d", maxRecordBytes) + " bytes";
      skipLine();
    }
    fields.clear();
  }

  /**
   * After bad quoting: on from the first line break inside the quoted field, else from the next
   * line.
   */
  private void resync() throws IOException {
    fields.clear();
    if (quoteBreak >= 0) {
      resumeAfter(quoteBreak, quoteBreakLine);
    } else {
      skipLine();
    }
  }

  private void resumeAfter(int lineBreak, long lineAfter) {
    pos = lineBreak + 1;
    nextLine = lineAfter;
    afterCr = buf[lineBreak] == '\r';
  }

  /** Streams past the rest of the line, holding nothing but the buffer. */
  private void skipLine() throws IOException {
    while (pos < limit || fill()) {
      for (int p = pos; p < limit; p++) {
        byte b = buf[p];
        if (b == '\n' || b == '\r') {
          pos = p;
          endLine(b);
          return;
        }
      }
      pos = limit;
      recStart = pos;
    }
  }

  /** Drops what is before the current record, reads more; false when nothing is left at all. */
  private boolean fill() throws IOException {
    if (recStart > 0 && (limit == buf.length || pos == limit)) {
      int shift = recStart;
      System.arraycopy(buf, shift, buf, 0, limit - shift);
      base += shift;
      limit -= shift;
      pos -= shift;
      recStart = 0;
      fieldStart -= shift;
      quoteBreak = quoteBreak >= 0 ? quoteBreak - shift : -1;
      fields.shift(shift);
    }
    while (!eof && pos == limit) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
    return pos < limit;
  }
}
