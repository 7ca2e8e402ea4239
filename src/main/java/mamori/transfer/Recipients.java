package mamori.transfer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import mamori.core.Action;
import mamori.core.NumberText;
import mamori.core.Reason;
import mamori.core.Role;
import mamori.core.TenantId;
import mamori.core.Who;
import mamori.crypto.FingerprintWords;
import mamori.crypto.PackageCrypto;
import mamori.log.AdminLog;
import mamori.store.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The recipients a tenant may send packages to (issue 17 point 1): an organisation, or another
 * Mamori tenant, with a registered X25519 public key whose private half it alone holds. Only the
 * controller's security officer or organisation admin adds or revokes one; each act is logged
 * before it takes effect. A key's fingerprint is shown as hex and as {@link FingerprintWords}, to
 * be read over the telephone to the recipient before anything is sent to it. A revoked recipient
 * stays listed (its packages name it) and gets nothing again.
 */
public final class Recipients {
  public static final int MAX_NAME = 200;
  private static final String FAILED = "the recipients' store failed";

  /** Whether a recipient can still be sent to. */
  public enum State {
    ACTIVE,
    REVOKED
  }

  /** A registered recipient. */
  public record Recipient(
      String id,
      String name,
      byte[] publicKey,
      String fingerprint,
      State state,
      Instant addedAt,
      Optional<Instant> revokedAt) {
    public Recipient {
      publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    /** The fingerprint as words to read over the telephone. */
    public String words() {
      return FingerprintWords.of(fingerprint);
    }
  }

  private final JdbcClient jdbc;
  private final AdminLog log;
  private final Clock clock;

  public Recipients(DataSource store, AdminLog log, Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.log = log;
    this.clock = clock;
  }

  /**
   * Registers a recipient and its public key (32 raw bytes of X25519).
   *
   * @throws PackageRefused ({@code role.not-allowed}, logged) when the caller is not the
   *     controller's security officer or admin
   * @throws IllegalArgumentException for a malformed id, name or key, or an id taken; nothing is
   *     logged
   */
  public Recipient add(
      Who who, boolean controller, Role role, String id, String name, byte[] publicKey) {
    if (!TenantId.isValid(id)) { // never like a My Number: ids are shown and logged
      throw new IllegalArgumentException(
          "a recipient id is 1 to 64 of a-z, 0-9 and '-', holding nothing like a My Number");
    }
    String cleaned = name.strip();
    if (cleaned.isEmpty()
        || cleaned.length() > MAX_NAME
        || cleaned.codePoints().anyMatch(mamori.core.Why::unprintable)) {
      throw new IllegalArgumentException(
          "a recipient's name is 1 to " + MAX_NAME + " printable characters");
    }
    if (NumberText.holdsNumber(cleaned)) {
      throw new IllegalArgumentException(
          "a recipient's name may not hold a number like a My Number");
    }
    if (publicKey.length != PackageCrypto.KEY_BYTES) {
      throw new IllegalArgumentException(
          "a recipient's key is 32 bytes of X25519, not " + publicKey.length);
    }
    mayAdminister(who, controller, role, Action.RECIPIENT_ADD, id);
    if (find(who.tenant(), id).isPresent()) {
      throw new IllegalArgumentException("a recipient " + id + " is registered already");
    }
    String fingerprint = PackageCrypto.fingerprint(publicKey);
    log.allowed(who, Action.RECIPIENT_ADD, id + " " + fingerprint.substring(0, 16));
    Instant now = clock.instant();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO transfer_recipient (tenant_id, recipient_id, name, public_key,"
                        + " fingerprint, state, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                    who.tenant().value(),
                    id,
                    cleaned,
                    publicKey,
                    fingerprint,
                    "active",
                    who.user().value(),
                    now.toEpochMilli())
                .update());
    return new Recipient(id, cleaned, publicKey, fingerprint, State.ACTIVE, now, Optional.empty());
  }

  /**
   * Revokes a recipient: no package is made for it or released to it from now on.
   *
   * @throws PackageRefused ({@code recipient.unknown} or {@code role.not-allowed}, logged)
   */
  public void revoke(Who who, boolean controller, Role role, String id) {
    mayAdminister(who, controller, role, Action.RECIPIENT_REVOKE, id);
    Recipient r =
        find(who.tenant(), id)
            .orElseThrow(() -> {
              log.refused(who, Action.RECIPIENT_REVOKE, id, Reason.RECIPIENT_UNKNOWN);
              return new PackageRefused(Reason.RECIPIENT_UNKNOWN, "no recipient " + id);
            });
    if (r.state() == State.REVOKED) {
      return;
    }
    log.allowed(who, Action.RECIPIENT_REVOKE, id);
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "UPDATE transfer_recipient SET state = 'revoked', revoked_at = ?"
                        + " WHERE tenant_id = ? AND recipient_id = ?")
                .params(clock.millis(), who.tenant().value(), id)
                .update());
  }

  /** The recipient {@code id} of the tenant, active or revoked. */
  public Optional<Recipient> find(TenantId tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT recipient_id, name, public_key, fingerprint, state, added_at,"
                        + " revoked_at FROM transfer_recipient WHERE tenant_id = ? AND"
                        + " recipient_id = ?")
                .params(tenant.value(), id)
                .query(Recipients::row)
                .optional());
  }

  /** The tenant's recipients, by id. */
  public List<Recipient> list(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT recipient_id, name, public_key, fingerprint, state, added_at,"
                        + " revoked_at FROM transfer_recipient WHERE tenant_id = ? ORDER BY"
                        + " recipient_id")
                .params(tenant.value())
                .query(Recipients::row)
                .list());
  }

  private void mayAdminister(Who who, boolean controller, Role role, Action action, String id) {
    if (!controller || (role != Role.SECURITY_OFFICER && role != Role.ORG_ADMIN)) {
      log.refused(who, action, id, Reason.ROLE_NOT_ALLOWED);
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED,
          "only the controller's security officer or admin registers or revokes recipients");
    }
  }

  private static Recipient row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    long revoked = rs.getLong("revoked_at");
    boolean never = rs.wasNull();
    return new Recipient(
        rs.getString("recipient_id"),
        rs.getString("name"),
        rs.getBytes("public_key"),
        rs.getString("fingerprint"),
        "revoked".equals(rs.getString("state")) ? State.REVOKED : State.ACTIVE,
        Instant.ofEpochMilli(rs.getLong("added_at")),
        never ? Optional.empty() : Optional.of(Instant.ofEpochMilli(revoked)));
  }
}
