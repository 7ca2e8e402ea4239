package mamori.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.crypto.TenantKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/*
 * Sign-in is two steps, and each step's answer is a type: checkPassword gives a PasswordPassed, which is
 * the only thing checkCode and enrol take, and they give a SignedIn, which is the only thing that opens
 * pages and issues API tokens. Neither has a public constructor, so no path skips a factor.
 *
 * Failures of either factor count together. From the SLOW_AFTER-th on, the next attempt must wait
 * 2^(failures - SLOW_AFTER) seconds (and is not even checked before); at LOCK_AFTER the account locks
 * and the tenant's security officer gets an alert, once (the UPDATE that sets locked_at only matches a
 * row that is not locked yet). Only a full sign-in or an officer's unlock clears the count: a correct
 * password does not, or a thief with the password could guess codes forever. Unknown users, users
 * without a password and disabled users are answered like a wrong password, after the same Argon2 work.
 *
 * A code is accepted for the step before, the step of and the step after now (clock drift), and only
 * for a step newer than the last accepted one: the UPDATE ... WHERE totp_last_step < ? is the replay
 * check, atomic on both stores.
 *
 * This class holds the steps and their order; the roles behind them are package-private beside it:
 * Passwords (the rules and Argon2), SecondStep (the second factor's checks and the SignedIn they give),
 * SecondFactor (codes and sealed secrets), Lockout (counting, slowing and locking) and CredentialTable
 * (the one table, each change one conditional statement).
 */
/**
 * Passwords and second factors of staff and contractors: setting them, checking them in order,
 * throttling and locking after failures, and revoking sessions. Bad input throws {@link
 * IllegalArgumentException} and changes nothing.
 */
public final class Credentials {
  static final int SLOW_AFTER = 3;
  static final int LOCK_AFTER = 10;

  /**
   * How long a password check waits for a free hashing slot before the caller is told to try again.
   */
  static final Duration BUSY = Duration.ofSeconds(2);

  private final Users users;
  private final CredentialTable table;
  private final Passwords passwords;
  private final SecondFactor codes;
  private final Lockout lockout;
  private final SecondStep second;
  private final Clock clock;

  public Credentials(DataSource dataSource, TenantKeys keys, SecurityAlerts alerts, Clock clock) {
    this(dataSource, keys, alerts, clock, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * With at most {@code concurrentHashes} Argon2 computations at once (each takes 16 MiB and a
   * core).
   */
  Credentials(
      DataSource dataSource,
      TenantKeys keys,
      SecurityAlerts alerts,
      Clock clock,
      int concurrentHashes) {
    this.users = new Users(dataSource, clock);
    this.table = new CredentialTable(dataSource);
    this.passwords = new Passwords(concurrentHashes);
    this.codes = new SecondFactor(keys, clock);
    this.lockout = new Lockout(table, alerts, clock);
    this.second = new SecondStep(table, codes, lockout, alerts, clock);
    this.clock = clock;
  }

  /** What an officer sees of a user's credentials: never a hash or a secret. */
  public record Status(
      boolean hasPassword, boolean enrolled, int failures, @Nullable Instant lockedAt) {}

  /** The answer to a password or a code. */
  public sealed interface Check {}

  /**
   * The password was right; the second factor comes next (enrolment first when {@code enrolled} is
   * false).
   */
  public static final class PasswordPassed implements Check {
    private final User user;
    private final boolean enrolled;

    PasswordPassed(User user, boolean enrolled) {
      this.user = user;
      this.enrolled = enrolled;
    }

    public User user() {
      return user;
    }

    public boolean enrolled() {
      return enrolled;
    }

    @Override
    public String toString() {
      return "PasswordPassed[" + user.id() + "]";
    }
  }

  /** Both factors passed. */
  public record Passed(SignedIn signedIn) implements Check {}

  /** Wrong, unknown or not allowed; the caller is told nothing more. */
  public record Refused() implements Check {}

  /**
   * Too many failures lately: the next attempt is not checked before {@code remaining} has passed.
   */
  public record Wait(Duration remaining) implements Check {}

  /** Too many password checks are running: nothing was checked or counted; try again shortly. */
  public record Busy() implements Check {}

  /** Locked after too many failures, until an officer unlocks it. */
  public record Locked() implements Check {}

  /**
   * A second factor being set up: the secret to put into an authenticator app, and its otpauth URI.
   */
  public record Enrolment(String secret, String uri) {
    @Override
    public String toString() {
      return "Enrolment[...]";
    }
  }

  /**
   * Sets a user's password, replacing any earlier one and ending their sessions.
   *
   * @throws IllegalArgumentException for an unknown user or a password of fewer than 12 or more
   *     than 128 characters, with control characters, or containing the login name
   */
  public void setPassword(String userId, char[] password) {
    User user = user(userId);
    String hash = passwords.hash(userId, password);
    long now = clock.instant().toEpochMilli();
    table.ensure(user);
    table.setPassword(user, hash, now);
  }

  /**
   * The first step: the password. Counts a failure for a known user.
   *
   * @return {@link PasswordPassed}, {@link Refused}, {@link Wait}, {@link Busy} or {@link Locked}
   */
  public Check checkPassword(String userId, char[] password) {
    Optional<User> found = users.find(userId);
    CredentialTable.Row row = found.flatMap(table::row).orElse(null);
    Optional<Check> blocked = row == null ? Optional.empty() : lockout.blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    Boolean matches = passwords.matches(password, row == null ? null : row.passwordHash());
    if (matches == null) {
      return new Busy();
    }
    if (row == null || row.passwordHash() == null || found.get().disabled()) {
      return new Refused();
    }
    if (!matches) {
      return lockout.fail(found.get());
    }
    return new PasswordPassed(found.get(), row.secret() != null);
  }

  /** A fresh secret for a user who passed the password step and has no second factor yet. */
  public Enrolment beginEnrolment(PasswordPassed passed) {
    String text = newSecret();
    return new Enrolment(text, SecondFactor.uri(passed.user.id(), text));
  }

  /** A fresh secret for a new user enrolling from a one-time address ({@link #checkFirst}). */
  public Enrolment beginFirst(User user) {
    String text = newSecret();
    return new Enrolment(text, SecondFactor.uri(user.id(), text));
  }

  /**
   * Completes enrolment: the code must come from {@code secret} now; then the secret is kept
   * (encrypted) and the user is signed in with both factors.
   */
  public Check enrol(PasswordPassed passed, String secret, String code) {
    return second.enrol(passed.user, secret, code);
  }

  /**
   * A new user's first password and second factor, checked by {@link #checkFirst}: the password's
   * hash, the sealed secret and the time step of the code that proved it. Only {@link #keepFirst}
   * takes it; it shows nothing of them.
   */
  public static final class First {
    private final User user;
    private final String hash;
    private final byte[] sealed;
    private final long step;

    First(User user, String hash, byte[] sealed, long step) {
      this.user = user;
      this.hash = hash;
      this.sealed = sealed;
      this.step = step;
    }

    public User user() {
      return user;
    }

    @Override
    public String toString() {
      return "First[" + user.id() + "]";
    }
  }

  /**
   * Checks the first password and second factor of a user who has neither yet (enrolment from a
   * one-time address): the password follows the rules of {@link #setPassword}, and {@code code}
   * comes from {@code secret} now. Nothing is kept until {@link #keepFirst}. A wrong code counts no
   * failure: whoever holds the address chooses the secret, so guessing gains nothing.
   *
   * @return the checked credentials, or empty when the code does not come from the secret
   * @throws IllegalArgumentException for an unknown or disabled user, one who has a password or a
   *     second factor already, a password that breaks the rules, or a secret of fewer than 128 bits
   */
  public Optional<First> checkFirst(String userId, char[] password, String secret, String code) {
    User user = user(userId);
    if (user.disabled()) {
      throw new IllegalArgumentException("user " + userId + " is disabled");
    }
    Status status = status(userId);
    if (status.hasPassword() || status.enrolled()) {
      throw new IllegalArgumentException("user " + userId + " has enrolled already");
    }
    byte[] raw = Base32.decode(secret);
    if (raw.length < 16) {
      throw new IllegalArgumentException(
          "an authenticator secret has at least 128 bits (26 base32 characters)");
    }
    String hash = passwords.hash(userId, password);
    java.util.OptionalLong step = codes.matchingStep(raw, code, 0);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new First(user, hash, codes.seal(user, raw), step.getAsLong()));
  }

  /**
   * Keeps checked first credentials: the password and the second factor at once; false (and nothing
   * kept) when the user got a password or a second factor meanwhile.
   */
  public boolean keepFirst(First first) {
    table.ensure(first.user);
    return table.setFirst(
        first.user, first.hash, first.sealed, clock.instant().toEpochMilli(), first.step);
  }

  /** The second step for an enrolled user: a code from their authenticator, each accepted once. */
  public Check checkCode(PasswordPassed passed, String code) {
    return second.code(passed.user, code);
  }

  /**
   * The WebAuthn user name of a staff user's passkeys: {@code staff:} and the login name
   * (residents' are {@code r-...}).
   */
  public static String passkeyOwner(String userId) {
    return "staff:" + userId;
  }

  /**
   * The second step with a passkey instead of a code: the assertion must verify under the user's
   * own registered passkey and the challenge {@code options} the session was given.
   */
  public Check checkPasskey(
      PasswordPassed passed,
      WebAuthnRelyingPartyOperations relyingParty,
      PublicKeyCredentialRequestOptions options,
      PublicKeyCredential<AuthenticatorAssertionResponse> credential) {
    return second.passkey(passed.user, relyingParty, options, credential);
  }

  /**
   * Whether a session that passed both factors at {@code signedInAt} may go on: the user is
   * enabled, not locked, still enrolled, and no revocation or password change came after it.
   */
  public boolean sessionValid(String userId, Instant signedInAt) {
    return table.sessionValid(userId, signedInAt);
  }

  /** Ends every session of a user from now on (they sign in again). */
  public void revokeSessions(String userId) {
    User user = user(userId);
    table.ensure(user);
    table.revokeSessions(user, clock.instant().toEpochMilli() + 1);
  }

  /** Unlocks a user and clears their failures; false when they were not locked and had none. */
  public boolean unlock(String userId) {
    return table.unlock(user(userId));
  }

  /**
   * Removes a user's second factor, so they enrol again at their next sign-in; ends their sessions.
   */
  public void resetSecondFactor(String userId) {
    User user = user(userId);
    table.ensure(user);
    table.resetSecret(user, clock.instant().toEpochMilli() + 1);
  }

  /**
   * Sets a user's authenticator secret directly (base32), for an installation's operator preparing
   * accounts, such as the demo's; an enrolled user's secret is replaced.
   */
  public void setSecondFactor(String userId, String base32Secret) {
    User user = user(userId);
    byte[] raw = Base32.decode(base32Secret);
    if (raw.length < 16) {
      throw new IllegalArgumentException(
          "an authenticator secret has at least 128 bits (26 base32 characters)");
    }
    table.ensure(user);
    table.setSecret(user, codes.seal(user, raw), clock.instant().toEpochMilli());
  }

  /** What an officer sees of a user's credentials. */
  public Status status(String userId) {
    User user = user(userId);
    return table
        .row(user)
        .map(r ->
            new Status(
                r.passwordHash() != null,
                r.secret() != null,
                r.failures(),
                r.lockedAt() == null ? null : Instant.ofEpochMilli(r.lockedAt())))
        .orElse(new Status(false, false, 0, null));
  }

  /** A new 160-bit authenticator secret in base32, as authenticator apps take it. */
  public static String newSecret() {
    byte[] secret = new byte[20];
    new SecureRandom().nextBytes(secret);
    return Base32.encode(secret);
  }

  /** The current authenticator code for a secret; for the demo's helper and tests. */
  public static String currentCode(String base32Secret, Clock clock) {
    return Totp.APP.code(Base32.decode(base32Secret), Totp.APP.step(clock.instant()));
  }

  private User user(String userId) {
    return users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
  }
}
