package mamori.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * RFC 4648 base32 without padding, the alphabet authenticator apps read a TOTP secret in. Commons
 * Codec does the coding; this class drops the padding and reads strictly (the codec skips
 * characters outside the alphabet, which would silently turn a mistyped secret into another one).
 */
final class Base32 {
  private static final org.apache.commons.codec.binary.Base32 CODEC =
      new org.apache.commons.codec.binary.Base32();
  private static final Pattern IGNORED = Pattern.compile("[ =-]");
  private static final Pattern ALPHABET = Pattern.compile("[A-Z2-7]*");

  private Base32() {}

  static String encode(byte[] bytes) {
    String padded = CODEC.encodeAsString(bytes);
    int end = padded.indexOf('=');
    return end < 0 ? padded : padded.substring(0, end);
  }

  /**
   * Decodes base32 ignoring spaces, hyphens, padding and case.
   *
   * @throws IllegalArgumentException for any other character
   */
  static byte[] decode(String text) {
    String clean = IGNORED.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
    if (!ALPHABET.matcher(clean).matches()) {
      throw new IllegalArgumentException("a base32 secret has only A-Z and 2-7");
    }
    return CODEC.decode(clean);
  }
}
