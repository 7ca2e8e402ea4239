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
import mamori.core.Network;
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

  /** How long a command-line session ({@code mamori login}) lives. */
  public static final Duration CLI_VALIDITY = Duration.ofHours(8);

  /** How long a person's token lives unless their organisation says otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

  /** The longest lifetime an organisation may give its people's tokens. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(30);

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
      @Nullable Instant lastUsedAt,
      TokenKind kind,
      String networks) {}

  /**
   * Issues an operator token for an enabled user, valid for {@code validity}: at most 366 days for
   * the installation's own seeding ({@link TokenIssuer.Console}), at most the user's organisation's
   * {@link #lifetime} for a signed-in user.
   *
   * @throws IllegalArgumentException for an unknown or disabled user, a label over 100 characters
   *     or with control characters, or a validity that is not positive or too long; nothing is
   *     stored then
   */
  public Issued issue(TokenIssuer issuer, String userId, String label, Duration validity) {
    return issue(issuer, userId, TokenKind.OPERATOR, label, validity, List.of());
  }

  /**
   * Issues a token of {@code kind} for an enabled user. A signed-in user (a web session or the
   * command line) issues only for themself. An operator or machine token lives {@code validity}
   * (null: the organisation's {@link #lifetime}), never longer than that lifetime when a signed-in
   * user issues it; a CLI token lives {@link #CLI_VALIDITY}, whatever is asked. A machine token
   * needs at least one network and none that is everywhere ({@code /0}); other kinds take none.
   *
   * @throws IllegalArgumentException when one of these rules or a rule of the label is broken;
   *     nothing is stored then
   */
  public Issued issue(
      TokenIssuer issuer,
      String userId,
      TokenKind kind,
      String label,
      @Nullable Duration validity,
      List<Network> networks) {
    return issue(issuer, userId, kind, label, validity, networks, id -> {});
  }

  /**
   * As {@link #issue(TokenIssuer, String, TokenKind, String, Duration, List)}, telling {@code
   * beforeStored} the new token's id once every rule has passed and before the token is stored: the
   * caller writes its {@code token.issue} record there, so that a token exists only after its
   * record does; when {@code beforeStored} throws, nothing is stored.
   */
  public Issued issue(
      TokenIssuer issuer,
      String userId,
      TokenKind kind,
      String label,
      @Nullable Duration validity,
      List<Network> networks,
      java.util.function.Consumer<String> beforeStored) {
    String self =
        switch (issuer) {
          case TokenIssuer.Session s -> s.signedIn().principal().userId().value();
          case TokenIssuer.CommandLine c -> c.principal().userId().value();
          case TokenIssuer.Console c -> null;
        };
    if (self != null && !self.equals(userId)) {
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
    if (kind == TokenKind.MACHINE) {
      if (networks.isEmpty() || networks.size() > 20) {
        throw new IllegalArgumentException("a machine token is bound to 1 to 20 networks");
      }
      if (networks.stream().anyMatch(n -> n.prefix() == 0)) {
        throw new IllegalArgumentException(
            "a machine token's network is not everywhere (a prefix of 0)");
      }
    } else if (!networks.isEmpty()) {
      throw new IllegalArgumentException("only a machine token is bound to networks");
    }
    Duration valid;
    if (kind == TokenKind.CLI) {
      valid = CLI_VALIDITY;
    } else {
      Duration allowed = self == null ? MAX_VALIDITY : lifetime(user.organisationId());
      valid = validity == null ? allowed : validity;
      if (valid.isNegative() || valid.isZero() || valid.compareTo(allowed) > 0) {
        throw new IllegalArgumentException(
            "a token is valid for more than nothing and at most "
                + (self == null
                    ? "366 days"
                    : allowed.toHours() + " hours, as " + user.organisationId() + " allows"));
      }
    }
    String text = TokenText.generate(random);
    String id = TokenText.newId(random);
    beforeStored.accept(id);
    Instant now = clock.instant();
    Instant expires = now.plus(valid);
    String nets = String.join(",", networks.stream().map(Network::toString).toList());
    Sql.run(
        Users.WRITE_FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO api_token (token_hash, token_id, tenant_id, user_id, label,"
                        + " issued_by, created_at, expires_at, kind, networks)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    TokenText.hash(text),
                    id,
                    user.tenantId(),
                    userId,
                    label,
                    issuer.describe(),
                    now.toEpochMilli(),
                    expires.toEpochMilli(),
                    kind.code(),
                    nets)
                .update());
    return new Issued(id, text, expires);
  }

  /**
   * How long the operator and machine tokens of an organisation's people may live: the hours its
   * admin or the tenant's security officer set ({@link #setLifetime}), else {@link
   * #DEFAULT_LIFETIME}.
   */
  public Duration lifetime(String organisationId) {
    Optional<Integer> hours =
        Sql.run(
            "cannot read an organisation's token lifetime",
            () ->
                jdbc.sql("SELECT token_hours FROM organisation WHERE org_id = ?")
                    .param(organisationId)
                    .query((rs, n) -> {
                      int h = rs.getInt(1);
                      return rs.wasNull() ? 0 : h;
                    })
                    .optional());
    return hours.filter(h -> h > 0).map(Duration::ofHours).orElse(DEFAULT_LIFETIME);
  }

  /**
   * Sets how long the tokens of an organisation's people may live, 1 hour to 30 days; tokens
   * already issued keep their expiry. Log the change first.
   *
   * @throws IllegalArgumentException for hours out of range or an unknown organisation
   */
  public void setLifetime(String organisationId, int hours) {
    if (hours < 1 || hours > MAX_LIFETIME.toHours()) {
      throw new IllegalArgumentException(
          "a token lifetime is 1 to " + MAX_LIFETIME.toHours() + " hours (30 days)");
    }
    int changed =
        Sql.run(
            Users.WRITE_FAILED,
            () ->
                jdbc.sql("UPDATE organisation SET token_hours = ? WHERE org_id = ?")
                    .params(hours, organisationId)
                    .update());
    if (changed == 0) {
      throw new IllegalArgumentException("no organisation " + organisationId);
    }
  }

  /**
   * The caller a presented token text proves, or empty when it is malformed, unknown, expired,
   * revoked, or its user is disabled or locked; a machine token is refused here too, since no
   * address is known. Never throws for any text; never logs it.
   */
  public Optional<Principal> authenticate(@Nullable String presented) {
    return check(presented).filter(c -> c.kind() != TokenKind.MACHINE).map(Checked::principal);
  }

  /**
   * The caller of a command-line session: only a {@link TokenKind#CLI} token proves one. Empty as
   * {@link #authenticate} is.
   */
  public Optional<Principal> authenticateCommandLine(@Nullable String presented) {
    return check(presented).filter(c -> c.kind() == TokenKind.CLI).map(Checked::principal);
  }

  /** What a token presented from an address proves. */
  public sealed interface Answer {}

  /** The token proves this caller. */
  public record Accepted(Principal principal) implements Answer {}

  /** Malformed, unknown, expired, revoked, or its user disabled or locked: nothing more said. */
  public record Refused() implements Answer {}

  /**
   * A valid machine token presented from outside its networks: refused, and the caller is named
   * only so that the refusal can be logged.
   */
  public record OutsideNetworks(Principal principal) implements Answer {}

  /**
   * What a token presented by a client at {@code address} (a literal IP address, as the request's
   * peer or a trusted proxy says) proves: a machine token only from one of its networks.
   */
  public Answer authenticate(@Nullable String presented, String address) {
    Optional<Checked> checked = check(presented);
    if (checked.isEmpty()) {
      return new Refused();
    }
    Checked c = checked.get();
    if (c.kind() == TokenKind.MACHINE
        && c.networks().stream().noneMatch(n -> n.containsLiteral(address))) {
      return new OutsideNetworks(c.principal());
    }
    return new Accepted(c.principal());
  }

  private record Checked(Principal principal, TokenKind kind, List<Network> networks) {}

  private Optional<Checked> check(@Nullable String presented) {
    if (presented == null || !TokenText.wellFormed(presented)) {
      return Optional.empty();
    }
    byte[] hash = TokenText.hash(presented);
    long now = clock.instant().toEpochMilli();
    String sql =
        "SELECT t.token_hash, t.token_id, t.expires_at, t.revoked_at, t.last_used_at, u.user_id, "
            + "u.tenant_id, u.organisation_id, u.role, u.disabled_at, c.locked_at, t.kind,"
            + " t.networks FROM api_token t"
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
                            rs.getObject(11) != null,
                            rs.getString(12),
                            rs.getString(13)))
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
    List<Network> networks =
        t.networks().isBlank()
            ? List.of()
            : java.util.Arrays.stream(t.networks().split(",")).map(Network::parse).toList();
    return Optional.of(
        new Checked(
            new Principal(
                new UserId(t.userId()),
                new TenantId(t.tenantId()),
                new OrganisationId(t.organisationId()),
                Role.valueOf(t.role()),
                t.tokenId()),
            TokenKind.ofCode(t.kind()),
            networks));
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
      boolean userLocked,
      String kind,
      String networks) {}

  /** A user's tokens, newest first, revoked and expired ones included; without secrets. */
  public List<TokenInfo> list(String userId) {
    String sql =
        "SELECT token_id, user_id, label, issued_by, created_at, expires_at, revoked_at, last_used_at,"
            + " kind, networks "
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
                        instant(rs, 8),
                        TokenKind.ofCode(rs.getString(9)),
                        rs.getString(10)))
                .list());
  }

  /** One token by its id, without its secret; empty when there is none. */
  public Optional<TokenInfo> find(String tokenId) {
    String sql =
        "SELECT token_id, user_id, label, issued_by, created_at, expires_at, revoked_at, last_used_at,"
            + " kind, networks "
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
                        instant(rs, 8),
                        TokenKind.ofCode(rs.getString(9)),
                        rs.getString(10)))
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
