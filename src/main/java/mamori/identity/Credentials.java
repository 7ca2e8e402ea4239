package mamori.identity;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.crypto.TenantKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
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
 */
/**
 * Passwords and second factors of staff and contractors: setting them, checking them in order, throttling
 * and locking after failures, and revoking sessions. Bad input throws {@link IllegalArgumentException} and
 * changes nothing.
 */
public final class Credentials {
  static final int SLOW_AFTER = 3;
  static final int LOCK_AFTER = 10;
  /** How long a password check waits for a free hashing slot before the caller is told to try again. */
  static final Duration BUSY = Duration.ofSeconds(2);
  private static final int MIN_PASSWORD = 12;
  private static final int MAX_PASSWORD = 128;
  private static final String ISSUER = "Mamori";

  private final DataSource dataSource;
  private final TenantKeys keys;
  private final Users users;
  private final SecurityAlerts alerts;
  private final Clock clock;
  private final Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  private final String dummyHash;
  private final SecureRandom random = new SecureRandom();
  private final Semaphore hashing;

  public Credentials(DataSource dataSource, TenantKeys keys, SecurityAlerts alerts, Clock clock) {
    this(dataSource, keys, alerts, clock, Math.max(2, Runtime.getRuntime().availableProcessors()));
  }

  /** With at most {@code concurrentHashes} Argon2 computations at once (each takes 16 MiB and a core). */
  Credentials(DataSource dataSource, TenantKeys keys, SecurityAlerts alerts, Clock clock, int concurrentHashes) {
    this.hashing = new Semaphore(concurrentHashes);
    this.dataSource = dataSource;
    this.keys = keys;
    this.users = new Users(dataSource, clock);
    this.alerts = alerts;
    this.clock = clock;
    this.dummyHash = argon2.encode("not a password of anyone " + random.nextLong());
  }

  /** What an officer sees of a user's credentials: never a hash or a secret. */
  public record Status(boolean hasPassword, boolean enrolled, int failures, @Nullable Instant lockedAt) {}

  /** The answer to a password or a code. */
  public sealed interface Check {}

  /** The password was right; the second factor comes next (enrolment first when {@code enrolled} is false). */
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

  /** Too many failures lately: the next attempt is not checked before {@code remaining} has passed. */
  public record Wait(Duration remaining) implements Check {}

  /** Too many password checks are running: nothing was checked or counted; try again shortly. */
  public record Busy() implements Check {}

  /** Locked after too many failures, until an officer unlocks it. */
  public record Locked() implements Check {}

  /** A second factor being set up: the secret to put into an authenticator app, and its otpauth URI. */
  public record Enrolment(String secret, String uri) {
    @Override
    public String toString() {
      return "Enrolment[...]";
    }
  }

  /**
   * Sets a user's password, replacing any earlier one and ending their sessions.
   *
   * @throws IllegalArgumentException for an unknown user or a password of fewer than 12 or more than 128
   *     characters, with control characters, or containing the login name
   */
  public void setPassword(String userId, char[] password) {
    User user = user(userId);
    String text = new String(password);
    if (text.codePointCount(0, text.length()) < MIN_PASSWORD || text.length() > MAX_PASSWORD) {
      throw new IllegalArgumentException("a password is 12 to 128 characters");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("a password has no control characters");
    }
    if (text.toLowerCase(java.util.Locale.ROOT).contains(userId)) {
      throw new IllegalArgumentException("a password does not contain the login name");
    }
    long now = clock.instant().toEpochMilli();
    ensureRow(user);
    Jdbc.update(dataSource, "UPDATE user_credential SET password_hash = ?, password_set_at = ?, sessions_valid_from = ? "
        + "WHERE tenant_id = ? AND user_id = ?", argon2.encode(CharBuffer.wrap(password)), now, now, user.tenantId(), userId);
  }

  /**
   * The first step: the password. Counts a failure for a known user.
   *
   * @return {@link PasswordPassed}, {@link Refused}, {@link Wait}, {@link Busy} or {@link Locked}
   */
  public Check checkPassword(String userId, char[] password) {
    Optional<User> found = users.find(userId);
    Row row = found.flatMap(this::row).orElse(null);
    Optional<Check> blocked = row == null ? Optional.empty() : blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    String hash = row == null || row.passwordHash == null ? dummyHash : row.passwordHash;
    Boolean matches = argon2(password, hash);
    if (matches == null) {
      return new Busy();
    }
    if (row == null || row.passwordHash == null || found.get().disabled()) {
      return new Refused();
    }
    if (!matches) {
      return fail(found.get());
    }
    return new PasswordPassed(found.get(), row.secret != null);
  }

  /**
   * Argon2 under the semaphore: a flood of sign-ins (known users or not) queues for at most
   * {@link #BUSY} and is then told to wait, instead of taking every core and 16 MiB each.
   *
   * @return whether the password matches, or null when too many checks are running
   */
  private @Nullable Boolean argon2(char[] password, String hash) {
    try {
      if (!hashing.tryAcquire(BUSY.toMillis(), TimeUnit.MILLISECONDS)) {
        return null;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      return argon2.matches(CharBuffer.wrap(password), hash);
    } finally {
      hashing.release();
    }
  }

  /** A fresh secret for a user who passed the password step and has no second factor yet. */
  public Enrolment beginEnrolment(PasswordPassed passed) {
    String text = newSecret();
    String label = ISSUER + ":" + passed.user.id();
    String uri = "otpauth://totp/" + label + "?secret=" + text + "&issuer=" + ISSUER
        + "&algorithm=SHA1&digits=6&period=30";
    return new Enrolment(text, uri);
  }

  /**
   * Completes enrolment: the code must come from {@code secret} now; then the secret is kept (encrypted)
   * and the user is signed in with both factors.
   */
  public Check enrol(PasswordPassed passed, String secret, String code) {
    User user = passed.user;
    Row row = row(user).orElseThrow(() -> new IllegalStateException("no credentials for " + user.id()));
    Optional<Check> blocked = blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    if (row.secret != null) {
      return new Refused();
    }
    byte[] raw = Base32.decode(secret);
    OptionalLong step = matchingStep(raw, code, 0);
    if (step.isEmpty()) {
      return fail(user);
    }
    int changed = Jdbc.update(dataSource, "UPDATE user_credential SET totp_secret = ?, totp_enrolled_at = ?, "
        + "totp_last_step = ? WHERE tenant_id = ? AND user_id = ? AND totp_secret IS NULL", seal(user, raw),
        clock.instant().toEpochMilli(), step.getAsLong(), user.tenantId(), user.id());
    return changed == 1 ? succeed(user) : new Refused();
  }

  /** The second step for an enrolled user: a code from their authenticator, each accepted once. */
  public Check checkCode(PasswordPassed passed, String code) {
    User user = passed.user;
    Row row = row(user).orElseThrow(() -> new IllegalStateException("no credentials for " + user.id()));
    Optional<Check> blocked = blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    if (row.secret == null) {
      return new Refused();
    }
    OptionalLong step = matchingStep(open(user, row.secret), code, row.lastStep);
    if (step.isEmpty()) {
      return fail(user);
    }
    int changed = Jdbc.update(dataSource, "UPDATE user_credential SET totp_last_step = ? WHERE tenant_id = ? "
        + "AND user_id = ? AND totp_last_step < ?", step.getAsLong(), user.tenantId(), user.id(), step.getAsLong());
    return changed == 1 ? succeed(user) : fail(user);
  }

  /** The WebAuthn user name of a staff user's passkeys: {@code staff:} and the login name (residents' are {@code r-...}). */
  public static String passkeyOwner(String userId) {
    return "staff:" + userId;
  }

  /**
   * The second step with a passkey instead of a code: the assertion must verify under the user's own
   * registered passkey and the challenge {@code options} the session was given.
   */
  public Check checkPasskey(PasswordPassed passed, WebAuthnRelyingPartyOperations relyingParty,
      PublicKeyCredentialRequestOptions options, PublicKeyCredential<AuthenticatorAssertionResponse> credential) {
    User user = passed.user;
    Row row = row(user).orElseThrow(() -> new IllegalStateException("no credentials for " + user.id()));
    Optional<Check> blocked = blocked(row);
    if (blocked.isPresent()) {
      return blocked.get();
    }
    PublicKeyCredentialUserEntity owner;
    try {
      owner = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, credential));
    } catch (RuntimeException e) {
      return fail(user);
    }
    return owner.getName().equals(passkeyOwner(user.id())) ? succeed(user) : fail(user);
  }

  /**
   * Whether a session that passed both factors at {@code signedInAt} may go on: the user is enabled, not
   * locked, still enrolled, and no revocation or password change came after it.
   */
  public boolean sessionValid(String userId, Instant signedInAt) {
    String sql = "SELECT 1 FROM app_user u JOIN user_credential c ON c.tenant_id = u.tenant_id AND c.user_id = u.user_id "
        + "WHERE u.user_id = ? AND u.disabled_at IS NULL AND c.locked_at IS NULL AND c.totp_secret IS NOT NULL "
        + "AND c.sessions_valid_from <= ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, userId);
      st.setLong(2, signedInAt.toEpochMilli());
      try (ResultSet rs = st.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot check a session: " + e.getMessage(), e);
    }
  }

  /** Ends every session of a user from now on (they sign in again). */
  public void revokeSessions(String userId) {
    User user = user(userId);
    ensureRow(user);
    Jdbc.update(dataSource, "UPDATE user_credential SET sessions_valid_from = ? WHERE tenant_id = ? AND user_id = ?",
        clock.instant().toEpochMilli() + 1, user.tenantId(), userId);
  }

  /** Unlocks a user and clears their failures; false when they were not locked and had none. */
  public boolean unlock(String userId) {
    User user = user(userId);
    return Jdbc.update(dataSource, "UPDATE user_credential SET failures = 0, last_failure_at = NULL, locked_at = NULL "
        + "WHERE tenant_id = ? AND user_id = ? AND (failures > 0 OR locked_at IS NOT NULL)", user.tenantId(), userId) > 0;
  }

  /** Removes a user's second factor, so they enrol again at their next sign-in; ends their sessions. */
  public void resetSecondFactor(String userId) {
    User user = user(userId);
    ensureRow(user);
    Jdbc.update(dataSource, "UPDATE user_credential SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = 0, "
        + "sessions_valid_from = ? WHERE tenant_id = ? AND user_id = ?", clock.instant().toEpochMilli() + 1,
        user.tenantId(), userId);
  }

  /**
   * Sets a user's authenticator secret directly (base32), for an installation's operator preparing
   * accounts, such as the demo's; an enrolled user's secret is replaced.
   */
  public void setSecondFactor(String userId, String base32Secret) {
    User user = user(userId);
    byte[] raw = Base32.decode(base32Secret);
    if (raw.length < 16) {
      throw new IllegalArgumentException("an authenticator secret has at least 128 bits (26 base32 characters)");
    }
    ensureRow(user);
    Jdbc.update(dataSource, "UPDATE user_credential SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = 0 "
        + "WHERE tenant_id = ? AND user_id = ?", seal(user, raw), clock.instant().toEpochMilli(), user.tenantId(), userId);
  }

  /** What an officer sees of a user's credentials. */
  public Status status(String userId) {
    User user = user(userId);
    return row(user).map(r -> new Status(r.passwordHash != null, r.secret != null, r.failures,
        r.lockedAt == null ? null : Instant.ofEpochMilli(r.lockedAt))).orElse(new Status(false, false, 0, null));
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

  private OptionalLong matchingStep(byte[] secret, String typed, long after) {
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

  private Check succeed(User user) {
    Instant now = clock.instant();
    Jdbc.update(dataSource, "UPDATE user_credential SET failures = 0, last_failure_at = NULL WHERE tenant_id = ? "
        + "AND user_id = ?", user.tenantId(), user.id());
    byte[] id = new byte[9];
    random.nextBytes(id);
    Principal principal = new Principal(new UserId(user.id()), new TenantId(user.tenantId()),
        new OrganisationId(user.organisationId()), user.role(),
        "web:" + HexFormat.of().formatHex(id));
    return new Passed(new SignedIn(principal, now));
  }

  private Check fail(User user) {
    long now = clock.instant().toEpochMilli();
    Jdbc.update(dataSource, "UPDATE user_credential SET failures = failures + 1, last_failure_at = ? "
        + "WHERE tenant_id = ? AND user_id = ?", now, user.tenantId(), user.id());
    int locked = Jdbc.update(dataSource, "UPDATE user_credential SET locked_at = ? WHERE tenant_id = ? AND user_id = ? "
        + "AND failures >= ? AND locked_at IS NULL", now, user.tenantId(), user.id(), LOCK_AFTER);
    if (locked == 1) {
      alerts.raise(user.tenantId(), "account.locked", user.id(),
          "locked after " + LOCK_AFTER + " failed sign-in attempts; unlock with: mamori users unlock " + user.id());
      return new Locked();
    }
    return new Refused();
  }

  /** Locked, or too soon after the last failure: the attempt is not even checked. */
  private Optional<Check> blocked(Row row) {
    if (row.lockedAt != null) {
      return Optional.of(new Locked());
    }
    return waitFor(row).map(Wait::new);
  }

  private Optional<Duration> waitFor(Row row) {
    if (row.failures < SLOW_AFTER || row.lastFailureAt == null) {
      return Optional.empty();
    }
    Duration backoff = Duration.ofSeconds(1L << Math.min(20, row.failures - SLOW_AFTER));
    Instant until = Instant.ofEpochMilli(row.lastFailureAt).plus(backoff);
    Instant now = clock.instant();
    return now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
  }

  private byte[] seal(User user, byte[] secret) {
    try {
      return keys.fieldAead(user.tenantId()).encrypt(secret, aad(user));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot seal an authenticator secret", e);
    }
  }

  private byte[] open(User user, byte[] sealed) {
    try {
      return keys.fieldAead(user.tenantId()).decrypt(sealed, aad(user));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("an authenticator secret does not open for " + user.id(), e);
    }
  }

  private static byte[] aad(User user) {
    return ("mamori/totp/v1/" + user.tenantId() + "/" + user.id()).getBytes(StandardCharsets.UTF_8);
  }

  private User user(String userId) {
    return users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
  }

  private void ensureRow(User user) {
    Jdbc.update(dataSource, "INSERT INTO user_credential (tenant_id, user_id) VALUES (?, ?) "
        + "ON CONFLICT (tenant_id, user_id) DO NOTHING", user.tenantId(), user.id());
  }

  private record Row(@Nullable String passwordHash, byte @Nullable [] secret, long lastStep, int failures,
      @Nullable Long lastFailureAt, @Nullable Long lockedAt, long sessionsValidFrom) {}

  private Optional<Row> row(User user) {
    String sql = "SELECT password_hash, totp_secret, totp_last_step, failures, last_failure_at, locked_at, "
        + "sessions_valid_from FROM user_credential WHERE tenant_id = ? AND user_id = ?";
    try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
      st.setString(1, user.tenantId());
      st.setString(2, user.id());
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new Row(rs.getString(1), rs.getBytes(2), rs.getLong(3), rs.getInt(4),
            (Long) nullable(rs, 5), (Long) nullable(rs, 6), rs.getLong(7)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read credentials: " + e.getMessage(), e);
    }
  }

  private static @Nullable Long nullable(ResultSet rs, int column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
