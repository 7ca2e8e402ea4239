package mamori.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
 * The senders a receiving tenant accepts packages from (issue 17 point 4): each pinned by its
 * package key (the raw Ed25519 public key, confirmed out of band by its fingerprint words) and by
 * the address where its releases are asked. A package is trusted because a registered key signed
 * it, never because of what its manifest says of itself, and a release is asked only at the
 * registered address, never at one a package names: a forged package cannot send the recipient's
 * Mamori to an address of the forger's choosing. Only the controller's security officer or admin
 * registers a sender, logged before it takes effect.
 */
public final class Senders {
  public static final int MAX_NAME = 200;
  static final int MAX_URL = 400;
  private static final String FAILED = "the senders' store failed";

  /** A registered sender. */
  public record Sender(
      String id, String name, byte[] signingKey, String releaseUrl, Instant addedAt) {
    public Sender {
      signingKey = signingKey.clone();
    }

    @Override
    public byte[] signingKey() {
      return signingKey.clone();
    }

    /** SHA-256 of the package key, hex. */
    public String fingerprint() {
      return PackageCrypto.fingerprint(signingKey);
    }

    /** The fingerprint as words to read over the telephone. */
    public String words() {
      return FingerprintWords.of(fingerprint());
    }

    /** Whether the manifest of {@code reader} is signed by this sender's key. */
    boolean signed(PackageReader reader) {
      return reader.signedBy(signingKey);
    }
  }

  private final JdbcClient jdbc;
  private final AdminLog log;
  private final Clock clock;

  public Senders(DataSource store, AdminLog log, Clock clock) {
    this.jdbc = JdbcClient.create(store);
    this.log = log;
    this.clock = clock;
  }

  /**
   * Registers a sender: its id here, its name, its package key (32 raw bytes of Ed25519) and its
   * release address ({@code https://}, or {@code http://} on the loopback interface only).
   *
   * @throws PackageRefused ({@code role.not-allowed}, logged) when the caller is not the
   *     controller's security officer or admin
   * @throws IllegalArgumentException for a malformed id, name, key or address, an id taken or a key
   *     registered already under another id; nothing is logged or stored
   */
  public Sender add(
      Who who,
      boolean controller,
      Role role,
      String id,
      String name,
      byte[] signingKey,
      String releaseUrl) {
    if (!TenantId.isValid(id)) {
      throw new IllegalArgumentException(
          "a sender id is 1 to 64 of a-z, 0-9 and '-', holding nothing like a My Number");
    }
    String cleaned = name.strip();
    if (cleaned.isEmpty()
        || cleaned.length() > MAX_NAME
        || cleaned.codePoints().anyMatch(mamori.core.Why::unprintable)) {
      throw new IllegalArgumentException(
          "a sender's name is 1 to " + MAX_NAME + " printable characters");
    }
    if (NumberText.holdsNumber(cleaned)) {
      throw new IllegalArgumentException("a sender's name may not hold a number like a My Number");
    }
    if (signingKey.length != PackageCrypto.KEY_BYTES) {
      throw new IllegalArgumentException(
          "a sender's package key is 32 bytes of Ed25519, not " + signingKey.length);
    }
    String url = releaseUrl(releaseUrl);
    if (!controller || (role != Role.SECURITY_OFFICER && role != Role.ORG_ADMIN)) {
      log.refused(who, Action.SENDER_ADD, id, Reason.ROLE_NOT_ALLOWED);
      throw new PackageRefused(
          Reason.ROLE_NOT_ALLOWED,
          "only the controller's security officer or admin registers senders");
    }
    if (find(who.tenant(), id).isPresent()) {
      throw new IllegalArgumentException("a sender " + id + " is registered already");
    }
    Optional<Sender> sameKey = findByKey(who.tenant(), signingKey);
    if (sameKey.isPresent()) {
      throw new IllegalArgumentException(
          "this package key is registered already, as the sender " + sameKey.get().id());
    }
    String fingerprint = PackageCrypto.fingerprint(signingKey);
    log.allowed(who, Action.SENDER_ADD, id + " " + fingerprint.substring(0, 16));
    Instant now = clock.instant();
    Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "INSERT INTO transfer_sender (tenant_id, sender_id, name, signing_key,"
                        + " release_url, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                    who.tenant().value(),
                    id,
                    cleaned,
                    signingKey,
                    url,
                    who.user().value(),
                    now.toEpochMilli())
                .update());
    return new Sender(id, cleaned, signingKey, url, now);
  }

  /** The tenant's senders, by id. */
  public List<Sender> list(TenantId tenant) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT sender_id, name, signing_key, release_url, added_at FROM"
                        + " transfer_sender WHERE tenant_id = ? ORDER BY sender_id")
                .params(tenant.value())
                .query(Senders::row)
                .list());
  }

  /** The sender {@code id} of the tenant. */
  public Optional<Sender> find(TenantId tenant, String id) {
    return Sql.run(
        FAILED,
        () ->
            jdbc.sql(
                    "SELECT sender_id, name, signing_key, release_url, added_at FROM"
                        + " transfer_sender WHERE tenant_id = ? AND sender_id = ?")
                .params(tenant.value(), id)
                .query(Senders::row)
                .optional());
  }

  /** The tenant's sender registered with this package key (32 raw bytes), if any. */
  public Optional<Sender> findByKey(TenantId tenant, byte[] signingKey) {
    return list(tenant).stream()
        .filter(s -> java.security.MessageDigest.isEqual(s.signingKey, signingKey))
        .findFirst();
  }

  /**
   * The registered sender whose key signed the manifest {@code reader} holds, if any: the signature
   * is checked under each registered key, never under the key the manifest carries.
   */
  Optional<Sender> signerOf(TenantId tenant, PackageReader reader) {
    return list(tenant).stream().filter(s -> s.signed(reader)).findFirst();
  }

  /**
   * A release address as stored: {@code https://host[:port][/path]}, or {@code http://} to
   * 127.0.0.1, [::1] or localhost; no query, fragment or user info; no trailing slash.
   *
   * @throws IllegalArgumentException for anything else
   */
  static String releaseUrl(String text) {
    String t = text.strip();
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(t);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the release address is not a URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty()
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || t.length() > MAX_URL) {
      throw new IllegalArgumentException(
          "the release address is https://host[:port][/path], without user, query or fragment");
    }
    boolean loopback = host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("localhost");
    if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
      throw new IllegalArgumentException(
          "the release address is https://, or http:// only on the loopback interface");
    }
    return t;
  }

  private static Sender row(ResultSet rs, int n) throws SQLException {
    return new Sender(
        rs.getString("sender_id"),
        rs.getString("name"),
        rs.getBytes("signing_key"),
        rs.getString("release_url"),
        Instant.ofEpochMilli(rs.getLong("added_at")));
  }
}
