package mamori.identity;

import java.nio.CharBuffer;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The first factor: the rules a password follows, and Argon2id hashing under a semaphore, so that a
 * flood of sign-ins (known users or not) queues for at most {@link Credentials#BUSY} and is then
 * told to wait, instead of taking every core and 16 MiB each. Unknown users are checked against a
 * dummy hash, after the same work as a known one.
 */
final class Passwords {
  private static final int MIN_LENGTH = 12;
  private static final int MAX_LENGTH = 128;

  private final Argon2PasswordEncoder argon2 =
      Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  private final Semaphore hashing;
  private final String dummyHash;

  /**
   * With at most {@code concurrentHashes} Argon2 computations at once (each takes 16 MiB and a
   * core).
   */
  Passwords(int concurrentHashes) {
    this.hashing = new Semaphore(concurrentHashes);
    this.dummyHash = argon2.encode("not a password of anyone " + new SecureRandom().nextLong());
  }

  /**
   * The hash to store for a new password of {@code userId}.
   *
   * @throws IllegalArgumentException for a password of fewer than 12 or more than 128 characters,
   *     with control characters, or containing the login name
   */
  String hash(String userId, char[] password) {
    String text = new String(password);
    if (text.codePointCount(0, text.length()) < MIN_LENGTH || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a password is 12 to 128 characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a password has no control characters");
    }
    if (text.toLowerCase(Locale.ROOT).contains(userId)) {
      throw new IllegalArgumentException("a password does not contain the login name");
    }
    return argon2.encode(CharBuffer.wrap(password));
  }

  /**
   * Whether {@code password} matches {@code hash} (the dummy hash when null, which never matches).
   *
   * @return whether it matches, or null when too many checks are running and nothing was checked
   */
  @Nullable Boolean matches(char[] password, @Nullable String hash) {
    try {
      if (!hashing.tryAcquire(Credentials.BUSY.toMillis(), TimeUnit.MILLISECONDS)) {
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      return argon2.matches(CharBuffer.wrap(password), hash == null ? dummyHash : hash)
          && hash != null;
    } finally {
      hashing.release();
    }
  }
}
