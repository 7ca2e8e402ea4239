package mamori.vault.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Tells UTF-8 from Shift_JIS (windows-31j, CP932, as Excel on Windows writes it) at the start of a
 * file, as the scanner in {@code mamori.number} does, but tolerant of a few bad rows: a UTF-8 byte
 * order mark decides; otherwise the sample's lines that hold bytes above ASCII are counted, and the
 * file is UTF-8 unless more of them are malformed UTF-8 than well-formed (a line of Shift_JIS
 * Japanese is almost never valid UTF-8). So a UTF-8 file with a few rows in another encoding stays
 * UTF-8 and only those rows are rejected. A UTF-16 byte order mark, or the NUL pattern of UTF-16
 * without one, is refused.
 */
public final class CsvCharsets {
  public static final Charset CP932 = Charset.forName("windows-31j");

  /** How many bytes of the start of a file {@link #detect} wants. */
  public static final int SAMPLE = 1 << 20;

  private CsvCharsets() {}

  /** The length of a UTF-8 byte order mark at the start of {@code s} (3), else 0. */
  public static int utf8BomLength(byte[] s, int length) {
    return length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF
        ? 3
        : 0;
  }

  /**
   * Whether the sample is UTF-16, with a byte order mark or with the NUL bytes of mostly-ASCII
   * text.
   */
  public static boolean isUtf16(byte[] s, int length) {
    if (length >= 2
        && ((s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF
            || (s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE)) {
      return true;
    }
    int pairs = length / 2;
    if (pairs < 8) {
      return false;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      evenZeros += s[i] == 0 ? 1 : 0;
      oddZeros += s[i + 1] == 0 ? 1 : 0;
    }
    return oddZeros * 10 > pairs * 3 && evenZeros * 10 < pairs
        || evenZeros * 10 > pairs * 3 && oddZeros * 10 < pairs;
  }

  /**
   * UTF-8 or CP932 for a file starting with the first {@code length} bytes of {@code s}; null for
   * UTF-16.
   */
  public static @Nullable Charset detect(byte[] s, int length) {
    if (utf8BomLength(s, length) > 0) {
      return StandardCharsets.UTF_8;
    }
    if (isUtf16(s, length)) {
      return null;
    }
    int validLines = 0;
    int invalidLines = 0;
    boolean wide = false;
    boolean bad = false;
    int i = 0;
    while (i < length) {
      int b = s[i] & 0xFF;
      if (b < 0x80) {
        if (b == '\n') {
          validLines += wide && !bad ? 1 : 0;
          invalidLines += bad ? 1 : 0;
          wide = false;
          bad = false;
        }
        i++;
        continue;
      }
      wide = true;
      int n =
          b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
      if (n > 0 && i + n >= length) {
        break; // a character cut at the end of the sample
      }
      boolean ok = n > 0;
      for (int k = 1; ok && k <= n; k++) {
        ok = (s[i + k] & 0xC0) == 0x80;
      }
      bad |= !ok;
      i += ok ? n + 1 : 1;
    }
    validLines += wide && !bad ? 1 : 0;
    invalidLines += bad ? 1 : 0;
    return invalidLines <= validLines ? StandardCharsets.UTF_8 : CP932;
  }
}
