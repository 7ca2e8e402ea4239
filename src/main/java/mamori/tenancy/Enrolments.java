package mamori.tenancy;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.OrganisationId;
import mamori.core.TenantId;
import mamori.core.UserId;
import mamori.core.Who;
import mamori.crypto.TenantKeys;
import mamori.identity.Credentials;
import mamori.identity.User;
import mamori.identity.Users;
import mamori.log.AdminLog;
import mamori.log.TransparencyLogs;
import mamori.store.Sql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/*
 * An enrolment address is /enrol/<id>-<secret>: the id (10 characters) finds the row without naming the
 * tenant, the secret (26 characters, 130 bits) is kept only as a keyed hash bound to the id under the
 * tenant's blind-index key, compared in constant time. An address is good for 24 hours from its issue
 * (at exactly 24 hours it is not), once, and only while it is the user's newest. Issuing is a log record
 * (user.enrolment-issue, by whoever issued it) before the row exists; using it is a log record
 * (user.enrol, by the user) before the password and factor are kept, and the use is one conditional
 * UPDATE in the same transaction as keeping them, so two tabs at once cannot both enrol. Every way an
 * address can be unusable (unknown, wrong secret, used, replaced, expired, user disabled) gives the same
 * answer, so a stranger learns nothing by trying.
 */
/** One-time enrolment addresses: a new user chooses their first password and second factor. */
public final class Enrolments {
  /** How long an address is good for. */
  public static final Duration VALID_FOR = Duration.ofHours(24);

  static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  static final int ID_LENGTH = 10;
  static final int SECRET_LENGTH = 26;
  private static final Pattern CODE =
      Pattern.compile(
          "([" + ALPHABET + "]{" + ID_LENGTH + "})-([" + ALPHABET + "]{" + SECRET_LENGTH + "})");
  private static final String WRITE_FAILED = "cannot write enrolments";

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final TenantKeys keys;
  private final Credentials credentials;
  private final Users users;
  private final AdminLog log;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public Enrolments(
      DataSource dataSource,
      TenantKeys keys,
      Credentials credentials,
      Users users,
      TransparencyLogs logs,
      Clock clock) {
    this.dataSource = dataSource;
    this.jdbc = JdbcClient.create(dataSource);
    this.keys = keys;
    this.credentials = credentials;
    this.users = users;
    this.log = new AdminLog(logs, clock);
    this.clock = clock;
  }

  /** An address just issued; {@link #code} exists only until it is shown. */
  public record Issued(String userId, String enrolmentId, String code, Instant expiresAt) {
    /** The address under {@code base} (such as {@code https://mamori.city.example}). */
    public String address(String base) {
      return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/enrol/" + code;
    }

    @Override
    public String toString() {
      return "Issued[" + userId + "/" + enrolmentId + ", expires " + expiresAt + "]";
    }
  }

  /** A usable address: whose account it opens. */
  public record Pending(User user, String enrolmentId) {}

  /** What using an address gives. */
  public sealed interface Result {}

  /** The user chose a password and a second factor; they sign in at /signin from now on. */
  public record Enrolled(User user) implements Result {}

  /** The code did not come from the secret: nothing was kept; the address is still good. */
  public record WrongCode() implements Result {}

  /** Unknown, used, replaced or expired, or its user is disabled: nothing was changed. */
  public record Unusable() implements Result {}

  /**
   * Issues an address for a user who has neither password nor second factor, written to the user's
   * tenant's log first as {@code user.enrolment-issue} by {@code by}; the user's earlier unused
   * address stops working. Whether {@code by} may is decided by the caller ({@link UserAdmin}).
   *
   * @throws IllegalArgumentException for an unknown or disabled user, or one who has enrolled
   */
  public Issued issue(Who by, String userId) {
    User user =
        users.find(userId).orElseThrow(() -> new IllegalArgumentException("no user " + userId));
    if (user.disabled()) {
      throw new IllegalArgumentException("user " + userId + " is disabled");
    }
    Credentials.Status status = credentials.status(userId);
    if (status.hasPassword() || status.enrolled()) {
      throw new IllegalArgumentException("user " + userId + " has enrolled already");
    }
    log.allowed(by, Action.USER_ENROLMENT_ISSUE, userId);
    Instant now = clock.instant();
    Instant expires = now.plus(VALID_FOR);
    String secret = random(SECRET_LENGTH);
    for (int attempt = 0; ; attempt++) {
      String id = random(ID_LENGTH);
      try {
        Sql.inTransaction(
            dataSource,
            () ->
                Sql.run(
                    WRITE_FAILED,
                    () -> {
                      jdbc.sql(
                              "UPDATE user_enrolment SET replaced_at = ? WHERE tenant_id = ?"
                                  + " AND user_id = ? AND used_at IS NULL AND replaced_at IS NULL")
                          .params(now.toEpochMilli(), user.tenantId(), userId)
                          .update();
                      return jdbc.sql(
                              "INSERT INTO user_enrolment (tenant_id, enrolment_id, user_id,"
                                  + " code_hash, issued_at, issued_by, expires_at)"
                                  + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                          .params(
                              user.tenantId(),
                              id,
                              userId,
                              hash(user.tenantId(), id, secret),
                              now.toEpochMilli(),
                              by.user().value(),
                              expires.toEpochMilli())
                          .update();
                    }));
        return new Issued(userId, id, id + "-" + secret, expires);
      } catch (IllegalStateException e) {
        if (attempt >= 3) {
          throw e; // not a collision of random ids
        }
      }
    }
  }

  /**
   * The account a usable address opens; empty for an unknown, wrong, used, replaced or expired one,
   * or a disabled user's. Changes nothing.
   */
  public Optional<Pending> open(String code) {
    Matcher m = CODE.matcher(code);
    if (!m.matches()) {
      return Optional.empty();
    }
    String id = m.group(1);
    Row row = row(id);
    if (row == null
        || row.usedAt != null
        || row.replacedAt != null
        || clock.millis() >= row.expiresAt
        || !MessageDigest.isEqual(row.codeHash, hash(row.tenantId, id, m.group(2)))) {
      return Optional.empty();
    }
    return users
        .find(row.userId)
        .filter(u -> !u.disabled() && u.tenantId().equals(row.tenantId))
        .map(u -> new Pending(u, id));
  }

  /**
   * Uses an address: the password (rules as {@link Credentials#setPassword}) and the authenticator
   * {@code secret}, proven by a {@code code} from it now, become the user's; the use is written to
   * the log first ({@code user.enrol}, by the user).
   *
   * @throws IllegalArgumentException when the password breaks the rules or the secret is not one
   *     (nothing is changed, the address is still good)
   */
  public Result complete(String code, char[] password, String secret, String totpCode) {
    Optional<Pending> pending = open(code);
    if (pending.isEmpty()) {
      return new Unusable();
    }
    User user = pending.get().user();
    Credentials.Status status = credentials.status(user.id());
    if (status.hasPassword() || status.enrolled()) {
      return new Unusable(); // enrolled by another way since the address was issued
    }
    Optional<Credentials.First> first =
        credentials.checkFirst(user.id(), password, secret, totpCode);
    if (first.isEmpty()) {
      return new WrongCode();
    }
    log.allowed(
        new Who(
            new UserId(user.id()),
            new OrganisationId(user.organisationId()),
            new TenantId(user.tenantId())),
        Action.USER_ENROL,
        user.id());
    String id = pending.get().enrolmentId();
    long now = clock.millis();
    try {
      return Sql.inTransaction(
          dataSource,
          () -> {
            int used =
                Sql.run(
                    WRITE_FAILED,
                    () ->
                        jdbc.sql(
                                "UPDATE user_enrolment SET used_at = ? WHERE tenant_id = ?"
                                    + " AND enrolment_id = ? AND used_at IS NULL"
                                    + " AND replaced_at IS NULL AND expires_at > ?")
                            .params(now, user.tenantId(), id, now)
                            .update());
            if (used != 1 || !credentials.keepFirst(first.get())) {
              throw new Raced();
            }
            return new Enrolled(user);
          });
    } catch (Raced e) {
      return new Unusable();
    }
  }

  /** Whether a user has a live (unused, newest, unexpired) address. */
  public boolean live(String tenantId, String userId) {
    return Sql.run(
        "cannot read enrolments",
        () ->
            jdbc.sql(
                        "SELECT COUNT(*) FROM user_enrolment WHERE tenant_id = ? AND user_id = ?"
                            + " AND used_at IS NULL AND replaced_at IS NULL AND expires_at > ?")
                    .params(tenantId, userId, clock.millis())
                    .query(Long.class)
                    .single()
                > 0);
  }

  /** Another use or a newer address came first: the transaction rolls back. */
  private static final class Raced extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Raced() {
      super("the enrolment address was used or replaced meanwhile", null, false, false);
    }
  }

  private String random(int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private byte[] hash(String tenantId, String id, String secret) {
    return keys.blindIndex(tenantId, "user-enrolment", id + ":" + secret);
  }

  private record Row(
      String tenantId,
      String userId,
      byte[] codeHash,
      long expiresAt,
      @Nullable Long usedAt,
      @Nullable Long replacedAt) {}

  private @Nullable Row row(String id) {
    return Sql.run(
            "cannot read enrolments",
            () ->
                jdbc.sql(
                        "SELECT tenant_id, user_id, code_hash, expires_at, used_at, replaced_at"
                            + " FROM user_enrolment WHERE enrolment_id = ?")
                    .param(id)
                    .query((rs, n) ->
                        new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getBytes(3),
                            rs.getLong(4),
                            nullable(rs, 5),
                            nullable(rs, 6)))
                    .optional())
        .orElse(null);
  }

  private static @Nullable Long nullable(java.sql.ResultSet rs, int column)
      throws java.sql.SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
