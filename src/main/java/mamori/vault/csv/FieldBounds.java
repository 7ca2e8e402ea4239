package mamori.vault.csv;

import java.nio.charset.Charset;

/**
 * Where the fields of the current record lie in the {@link CsvRecords} buffer: the first {@link
 * CsvRecords#MAX_COLUMNS} boundaries and whether each holds doubled quotes, and how many fields
 * there are in all. Decodes a field only when asked.
 */
final class FieldBounds {
  private static final int MAX = CsvRecords.MAX_COLUMNS;

  private final int[] starts = new int[MAX];
  private final int[] ends = new int[MAX];
  private final boolean[] escaped = new boolean[MAX];
  private int count;
  private byte[] scratch = new byte[256];

  /** No fields: a new record, or an error record. */
  void clear() {
    count = 0;
    escaped[0] = false;
  }

  /** The number of fields, however many there are. */
  int count() {
    return count;
  }

  /** The quoted field being read holds a doubled quote. */
  void markEscaped() {
    if (count < MAX) {
      escaped[count] = true;
    }
  }

  /** Ends the field being read: its bytes are {@code from} to {@code to}, without its quotes. */
  void end(int from, int to, boolean quoted) {
    if (count < MAX) {
      starts[count] = from;
      ends[count] = to;
      if (!quoted) {
        escaped[count] = false;
      }
    }
    count++;
    if (count < MAX) {
      escaped[count] = false;
    }
  }

  /** The buffer's bytes moved {@code shift} places towards its start. */
  void shift(int shift) {
    for (int i = 0; i < Math.min(count, MAX); i++) {
      starts[i] -= shift;
      ends[i] -= shift;
    }
  }

  /** See {@link CsvRecords#isEmpty}. */
  boolean isEmpty(int i) {
    return ends[i] == starts[i];
  }

  /**
   * See {@link CsvRecords#text}: field {@code i} of {@code buf}, each doubled quote made single.
   */
  String text(byte[] buf, int i, Charset charset) {
    int s = starts[i];
    int len = ends[i] - s;
    if (!escaped[i]) {
      return new String(buf, s, len, charset);
    }
    if (scratch.length < len) {
      scratch = new byte[Math.max(len, 2 * scratch.length)];
    }
    int n = 0;
    for (int p = s; p < s + len; p++) {
      byte b = buf[p];
      scratch[n++] = b;
      if (b == '"') {
        p++; // the second of a doubled quote
      }
    }
    return new String(scratch, 0, n, charset);
  }
}
