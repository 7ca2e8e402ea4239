package mamori.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.OptionalLong;
import mamori.crypto.TenantKeys;

/**
 * The second factor's codes: an authenticator secret sealed under the tenant's field keys (bound to
 * the user), and the time step a typed code matches. A code is accepted for the step before, the
 * step of and the step after now (clock drift), and only for a step newer than the last accepted
 * one.
 */
final class SecondFactor {
  static final String ISSUER = "Mamori";

  private final TenantKeys keys;
  private final Clock clock;

  SecondFactor(TenantKeys keys, Clock clock) {
    this.keys = keys;
    this.clock = clock;
  }

  /** The otpauth URI an authenticator app takes for {@code secret} (base32) of {@code userId}. */
  static String uri(String userId, String secret) {
    String label = ISSUER + ":" + userId;
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer="
        + ISSUER
        + "&algorithm=SHA1&digits=6&period=30";
  }

  /** The newest step after {@code after} whose code is {@code typed}, if any. */
  OptionalLong matchingStep(byte[] secret, String typed, long after) {
    String code = normaliseCode(typed);
    if (code.length() != Totp.APP.digits()) {
      return OptionalLong.empty();
    }
    long now = Totp.APP.step(clock.instant());
    long found = -1;
    for (long s = now - 1; s <= now + 1; s++) {
      byte[] expected = Totp.APP.code(secret, s).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, code.getBytes(StandardCharsets.US_ASCII)) && s > after) {
        found = s;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  /** Digits as typed: full-width digits become ASCII; spaces and hyphens go. */
  static String normaliseCode(String typed) {
    StringBuilder out = new StringBuilder(8);
    for (char c : typed.toCharArray()) {
      if (c >= '０' && c <= '９') {
        out.append((char) (c - '０' + '0'));
      } else if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c != ' ' && c != '-' && c != '　') {
        return "";
      }
    }
    return out.toString();
  }

  byte[] seal(User user, byte[] secret) {
    try {
      return keys.fieldAead(user.tenantId()).encrypt(secret, aad(user));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal an authenticator secret", e);
    }
  }

  byte[] open(User user, byte[] sealed) {
    try {
      return keys.fieldAead(user.tenantId()).decrypt(sealed, aad(user));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an authenticator secret does not open for " + user.id(), e);
    }
  }

  private static byte[] aad(User user) {
    return ("mamori/totp/v1/" + user.tenantId() + "/" + user.id()).getBytes(StandardCharsets.UTF_8);
  }
}
