package mamori.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as RFC 6238 defines them: HMAC over the count of 30-second steps
 * since the epoch, truncated as RFC 4226 says. Authenticator apps use HMAC-SHA1 and six digits,
 * which {@link #APP} is; the other algorithms are here so the RFC's own test vectors can be
 * checked.
 */
record Totp(String algorithm, int digits, long stepSeconds) {
  static final Totp APP = new Totp("HmacSHA1", 6, 30);
  private static final int[] POWERS = {
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000
  };

  Totp {
    if (digits < 6 || digits > 8 || stepSeconds <= 0) {
      throw new IllegalArgumentException("a TOTP has 6 to 8 digits and a positive step");
    }
  }

  /** The step {@code at} falls in: whole steps since 1970-01-01T00:00:00Z. */
  long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), stepSeconds);
  }

  /** The code for one step, zero-padded to {@link #digits}. */
  String code(byte[] secret, long step) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(secret, "RAW"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = h[h.length - 1] & 0x0f;
      int binary =
          ((h[offset] & 0x7f) << 24)
              | ((h[offset + 1] & 0xff) << 16)
              | ((h[offset + 2] & 0xff) << 8)
              | (h[offset + 3] & 0xff);
      String code = Integer.toString(binary % POWERS[digits]);
      return "0".repeat(digits - code.length()) + code;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks " + algorithm, e);
    }
  }
}
