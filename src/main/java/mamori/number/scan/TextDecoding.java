package mamori.number.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Picks the charset of a text file: a byte order mark (UTF-8, UTF-16LE, UTF-16BE) decides; then
 * UTF-16 without a mark is told by the pattern of NUL bytes (see {@link #utf16WithoutBom});
 * otherwise the first megabyte is tried as strict UTF-8 (a character cut at the end of the sample
 * is not an error) and anything malformed in it means Shift_JIS as Windows writes it (windows-31j,
 * CP932). The rest of the file is then decoded in that charset, replacing what does not decode.
 */
final class TextDecoding {
  static final Charset CP932 = Charset.forName("windows-31j");
  static final int SAMPLE = 1 << 20;

  private TextDecoding() {}

  /** A decoding reader over {@code in}, which it takes over and closes when closed. */
  static Reader reader(InputStream in) throws IOException {
    byte[] sample = in.readNBytes(SAMPLE);
    boolean whole = sample.length < SAMPLE;
    int bom = bomLength(sample);
    Charset charset = detect(sample, whole);
    InputStream rest =
        new SequenceInputStream(new ByteArrayInputStream(sample, bom, sample.length - bom), in);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputStreamReader(rest, decoder);
  }

  /** The charset {@link #reader} would choose for a file starting with {@code sample}. */
  static Charset detect(byte[] sample, boolean whole) {
    if (bomLength(sample) > 0) {
      return bomCharset(sample);
    }
    Charset utf16 = utf16WithoutBom(sample);
    return utf16 != null ? utf16 : isUtf8(sample, whole) ? StandardCharsets.UTF_8 : CP932;
  }

  /**
   * UTF-16 without a byte order mark (Excel's "Unicode text" as some tools save it), told by its
   * NUL bytes: text that is mostly ASCII or digits has a zero high byte in most chars, so more than
   * 30% of the bytes at odd offsets (little-endian) or even offsets (big-endian) are 0 while the
   * others are mostly not. Other text has almost no NULs.
   */
  static @org.jspecify.annotations.Nullable Charset utf16WithoutBom(byte[] s) {
    int pairs = s.length / 2;
    if (pairs < 2) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < s.length; i += 2) {
      evenZeros += s[i] == 0 ? 1 : 0;
      oddZeros += s[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 10 > pairs * 3 && evenZeros * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros * 10 > pairs * 3 && oddZeros * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static int bomLength(byte[] s) {
    if (s.length >= 3 && (s[0] & 0xFF) == 0xEF && (s[1] & 0xFF) == 0xBB && (s[2] & 0xFF) == 0xBF) {
      return 3;
    }
    if (s.length >= 2
        && ((s[0] & 0xFF) == 0xFE && (s[1] & 0xFF) == 0xFF
            || (s[0] & 0xFF) == 0xFF && (s[1] & 0xFF) == 0xFE)) {
      return 2;
    }
    return 0;
  }

  private static Charset bomCharset(byte[] s) {
    return switch (s[0] & 0xFF) {
      case 0xEF -> StandardCharsets.UTF_8;
      case 0xFE -> StandardCharsets.UTF_16BE;
      default -> StandardCharsets.UTF_16LE;
    };
  }

  /**
   * Whether {@code sample} is well-formed UTF-8; when not {@code whole}, a truncated last char is
   * fine.
   */
  private static boolean isUtf8(byte[] sample, boolean whole) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(sample);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = strict.decode(in, out, whole);
      if (result.isError()) {
        return false;
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    return whole || in.remaining() < 4;
  }
}
