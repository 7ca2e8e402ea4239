package mamori.identity;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.OrganisationId;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * API bearer tokens, issued per user. The token text (see TokenText) is returned once by issue and kept
 * only as its SHA-256; authenticate hashes what is presented and looks the hash up, joined with the
 * user on both tenant and user id, and refuses what is malformed, unknown, expired, revoked or whose
 * user is disabled or locked, all alike (an empty answer, no reason a caller could probe). Revocation,
 * disabling and a lock (repeated failed sign-ins) take effect on the next request: nothing is cached;
 * an officer's unlock lets the user's unrevoked tokens work again. last_used_at is written at most once a
 * minute per token, so that reads do not turn into a write each.
 */
/**
 * Issues, checks, lists and revokes API bearer tokens. A token's secret is shown once, at issue,
 * and is never stored or listed; only its SHA-256 is kept.
 */
public final class ApiTokens {
  private static final Duration MAX_VALIDITY = Duration.ofDays(366);
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Users users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public ApiTokens(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.users = new Users(dataSource, clock);
    this.clock = clock;
  }

  /**
   * A token just issued: {@link #secret} is the only time the token text exists outside its holder.
   */
  public record Issued(String tokenId, String secret, Instant expiresAt) {
    @Override
    public String toString() {
      return "Issued[" + tokenId + ", expires " + expiresAt + "]";
    }
  }

  /** What a list shows of a token: never its secret nor its hash. */
  public record TokenInfo(
      String tokenId,
      String userId,
      String label,
      String issuedBy,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant revokedAt,
      @Nullable Instant lastUsedAt) {}

  /**
   * Issues a token for an enabled user, valid for {@code validity} (at most 366 days).
   *
   * @throws IllegalArgumentException for an unknown or disabled user, a label over 100 characters
   *     or with control characters, or a validity that is not positive or too long; nothing is
   *     stored then
   */
  public Issued issue(TokenIssuer issuer, String userId, String label, Duration validity) {
    if (issuer instanceof TokenIssuer.Session s
        && !s.signedIn().principal().userId().value().equals(userId)) {
      throw new IllegalArgumentException("a signed-in user issues tokens only for themself");
    }
    User user =
        users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
    if (user.disabled()) {
      throw new IllegalArgumentException("user " + userId + " is disabled");
    }
    if (label.length() > 100 || label.codePoints().anyMatch(mamori.core.Why::unprintable)) {
      throw new IllegalArgumentException(
          "a label is up to 100 characters without control or format characters");
    }
    // a label is kept and shown for as long as the token's row: it may not carry a number
    mamori.core.NumberText.refuseNumberIn("a token's label", label);
    if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "a token is valid for more than nothing and at most 366 days");
    }
    String text = TokenText.generate(random);
    String id = TokenText.newId(random);
    Instant now = clock.instant();
    Instant expires = now.plus(validity);
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO api_token (token_hash, token_id, tenant_id, user_id, label,"
                        + " issued_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    TokenText.hash(text),
                    id,
                    user.tenantId(),
                    userId,
                    label,
                    issuer.describe(),
                    now.toEpochMilli(),
                    expires.toEpochMilli())
                .update());
    return new Issued(id, text, expires);
  }

  /**
   * The caller a presented token text proves, or empty when it is malformed, unknown, expired,
   * revoked, or its user is disabled or locked. Never throws for any text; never logs it.
   */
  public Optional<Principal> authenticate(@Nullable String presented) {
    if (presented == null || !TokenText.wellFormed(presented)) {
      return Optional.empty();
    }
    byte[] hash = TokenText.hash(presented);
    long now = clock.instant().toEpochMilli();
    String sql =
        "SELECT t.token_hash, t.token_id, t.expires_at, t.revoked_at, t.last_used_at, u.user_id, "
            + "u.tenant_id, u.organisation_id, u.role, u.disabled_at, c.locked_at FROM api_token t"
            + " JOIN app_user u ON u.tenant_id = t.tenant_id AND u.user_id = t.user_id"
            + " LEFT JOIN user_credential c ON c.tenant_id = t.tenant_id AND c.user_id = t.user_id"
            + " WHERE t.token_hash = ?";
    Optional<Stored> stored =
        Sql.run(
            "cannot check a token",
            () ->
                jdbc.sql(sql)
                    .param(hash)
                    .query((rs, n) ->
                        new Stored(
                            rs.getBytes(1),
                            rs.getString(2),
                            rs.getLong(3),
                            rs.getObject(4) != null,
                            rs.getLong(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getObject(10) != null,
                            rs.getObject(11) != null))
                    .optional());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Stored t = stored.get();
    if (!MessageDigest.isEqual(t.hash(), hash)
        || t.expiresAt() <= now
        || t.revoked()
        || t.userDisabled()
        || t.userLocked()) {
      return Optional.empty();
    }
    if (now - t.lastUsedAt() >= TOUCH_EVERY.toMillis()) {
      Sql.run(
          Users.WRITE_FAILED,
          () ->
              jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?")
                  .params(now, hash)
                  .update());
    }
    return Optional.of(
        new Principal(
            new UserId(t.userId()),
            new TenantId(t.tenantId()),
            new OrganisationId(t.organisationId()),
            Role.valueOf(t.role()),
            t.tokenId()));
  }

  /** A token's row joined with its user's, as {@link #authenticate} reads it. */
  private record Stored(
      byte[] hash,
      String tokenId,
      long expiresAt,
      boolean revoked,
      long lastUsedAt,
      String userId,
      String tenantId,
      String organisationId,
      String role,
      boolean userDisabled,
      boolean userLocked) {}

  /** A user's tokens, newest first, revoked and expired ones included; without secrets. */
  public List<TokenInfo> list(String userId) {
    String sql =
        "SELECT token_id, user_id, label, issued_by, created_at, expires_at, revoked_at, last_used_at "
            + "FROM api_token WHERE user_id = ? ORDER BY created_at DESC, token_id";
    return Sql.run(
        "cannot list tokens",
        () ->
            jdbc.sql(sql)
                .param(userId)
                .query((rs, n) ->
                    new TokenInfo(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)),
                        Instant.ofEpochMilli(rs.getLong(6)),
                        instant(rs, 7),
                        instant(rs, 8)))
                .list());
  }

  /** One token by its id, without its secret; empty when there is none. */
  public Optional<TokenInfo> find(String tokenId) {
    String sql =
        "SELECT token_id, user_id, label, issued_by, created_at, expires_at, revoked_at, last_used_at "
            + "FROM api_token WHERE token_id = ?";
    return Sql.run(
        "cannot read a token",
        () ->
            jdbc.sql(sql)
                .param(tokenId)
                .query((rs, n) ->
                    new TokenInfo(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        Instant.ofEpochMilli(rs.getLong(5)),
                        Instant.ofEpochMilli(rs.getLong(6)),
                        instant(rs, 7),
                        instant(rs, 8)))
                .optional());
  }

  /** Revokes one token from now on; false when no unrevoked token has this id. */
  public boolean revoke(String tokenId) {
    return Sql.run(
            Users.WRITE_FAILED,
            () ->
                jdbc.sql(
                        "UPDATE api_token SET revoked_at = ? WHERE token_id = ?"
                            + " AND revoked_at IS NULL")
                    .params(clock.instant().toEpochMilli(), tokenId)
                    .update())
        > 0;
  }

  /** Revokes every unrevoked token of a user; returns how many. */
  public int revokeAll(String userId) {
    return Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "UPDATE api_token SET revoked_at = ? WHERE user_id = ?"
                        + " AND revoked_at IS NULL")
                .params(clock.instant().toEpochMilli(), userId)
                .update());
  }

  private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
