package mamori.identity;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/*
 * The text of an API token, after GitHub's format: "mamori_", 43 base62 characters carrying 256 random
 * bits, and 6 base62 characters of CRC32 over everything before them. The fixed prefix and the checksum
 * let a secret scanner recognise a leaked token with almost no false positives, and let authenticate
 * refuse a mistyped or made-up token without a lookup. Base62 (no '-' or '_') keeps the token one word
 * for double-click selection. A text that happens to hold a run of 12 digits is drawn again, so that no
 * token can ever look like a My Number to the leak scanner.
 *
 * Only SHA-256 of the text is stored. A slow password hash (Argon2, bcrypt) protects low-entropy secrets
 * against guessing; a 256-bit random secret cannot be guessed, so one fast hash is enough and lets the
 * store find the token by its hash: the comparison happens inside an index lookup on a value the caller
 * cannot steer, so its timing tells nothing about the secret.
 */
final class TokenText {
  static final String PREFIX = "mamori_";
  static final int SECRET_CHARS = 43;
  static final int CHECK_CHARS = 6;
  static final int LENGTH = PREFIX.length() + SECRET_CHARS + CHECK_CHARS;
  private static final Pattern SHAPE =
      Pattern.compile("mamori_[0-9A-Za-z]{" + (SECRET_CHARS + CHECK_CHARS) + "}");
  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{12}");
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private TokenText() {}

  /** A fresh token text from 256 random bits. */
  static String generate(SecureRandom random) {
    while (true) {
      byte[] secret = new byte[32];
      random.nextBytes(secret);
      String body = PREFIX + base62(secret, SECRET_CHARS);
      String text = body + checksum(body);
      if (!DIGIT_RUN.matcher(text).find()) {
        return text;
      }
    }
  }

  /** A short public id for a token, e.g. {@code tok_3fK9...}: shown in lists, never a secret. */
  static String newId(SecureRandom random) {
    while (true) {
      byte[] bytes = new byte[12];
      random.nextBytes(bytes);
      String id = "tok_" + base62(bytes, 17);
      if (!DIGIT_RUN.matcher(id).find()) {
        return id;
      }
    }
  }

  /** True when {@code text} has the prefix, the length, the alphabet and a matching checksum. */
  static boolean wellFormed(String text) {
    if (text.length() != LENGTH || !SHAPE.matcher(text).matches()) {
      return false;
    }
    int split = LENGTH - CHECK_CHARS;
    return checksum(text.substring(0, split)).equals(text.substring(split));
  }

  /** SHA-256 of the token text, the only form in which a token is stored. */
  static byte[] hash(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  static boolean hasDigitRun(String text) {
    return DIGIT_RUN.matcher(text).find();
  }

  static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(BigInteger.valueOf(crc.getValue()), CHECK_CHARS);
  }

  private static String base62(byte[] bytes, int width) {
    return base62(new BigInteger(1, bytes), width);
  }

  private static String base62(BigInteger value, int width) {
    char[] out = new char[width];
    BigInteger base = BigInteger.valueOf(62);
    BigInteger v = value;
    for (int i = width - 1; i >= 0; i--) {
      BigInteger[] qr = v.divideAndRemainder(base);
      out[i] = BASE62.charAt(qr[1].intValue());
      v = qr[0];
    }
    return new String(out);
  }
}
